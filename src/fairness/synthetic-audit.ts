/**
 * The fairness audit of an adapter on a synthetic force, where the truth is known: the force's
 * equality data (never ingested) against the adapter's flags, with false-positive and
 * false-negative rates against the flags the standard detectors raise on the true people. Used by
 * `plumbline fairness --people N`, by the conformance scorecard (on the force its accuracy score
 * loaded) and by the planted-bias test and script.
 */
import type { PlumblineAdapterV1 } from '../adapter/adapter-v1.js';
import type { OperationContext } from '../adapter/context.js';
import { benchmarkForce, type ForceResult } from '../bench/force-benchmark.js';
import { expectedFlagsOf } from '../bench/expected-flags.js';
import type { FairnessOptionsInput, FairnessReport } from '../contract/index.js';
import type { ComparableFlag } from '../metrics/flag-accuracy.js';
import type { SyntheticForce } from '../synth/index.js';
import { auditFairness } from './fairness-audit.js';
import { expectedByPerson, syntheticEquality } from './synthetic-equality.js';

/** Audits the flags an adapter holds for a synthetic force it has ingested, consolidated and flagged. */
export async function auditSyntheticForce(
  adapter: PlumblineAdapterV1,
  force: SyntheticForce,
  options: FairnessOptionsInput | undefined,
  context: OperationContext,
  expectedFlags: readonly ComparableFlag[] = expectedFlagsOf(force, force.manifest.asOf),
): Promise<FairnessReport> {
  const equality = syntheticEquality(force);
  return auditFairness(adapter, equality.people, options, context, { computedBy: 'client', expected: expectedByPerson(expectedFlags, equality.personIds) });
}

/** Loads the force into an empty adapter (ingest, consolidate, flag, scored against the truth), then audits it. */
export async function loadAndAuditSyntheticForce(
  adapter: PlumblineAdapterV1,
  force: SyntheticForce,
  options: FairnessOptionsInput | undefined,
  context: OperationContext,
  progress: (message: string) => void = () => {},
): Promise<{ report: FairnessReport; accuracy: ForceResult }> {
  const expected = expectedFlagsOf(force, force.manifest.asOf);
  const accuracy = await benchmarkForce(force, adapter, progress, context, { expectedFlags: async () => expected });
  return { report: await auditSyntheticForce(adapter, force, options, context, expected), accuracy };
}
