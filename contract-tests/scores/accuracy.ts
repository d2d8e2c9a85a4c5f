/**
 * Accuracy on a labelled synthetic force, through the target's HTTP surface: the benchmark's own
 * scoring (`benchmarkForce`) over the http adapter pointed at the target, so a bidder's sandbox is
 * measured exactly as the reference engine is by `plumbline bench`. The force is already held
 * (the throughput stage ingested it), so its ingest here answers `unchanged` and is not timed.
 */
import { benchmarkForce, type ForceResult } from '../../src/bench/force-benchmark.js';
import { synthesizeForce, type SyntheticForce } from '../../src/synth/index.js';
import { adapterFor } from '../harness/target-adapter.js';
import type { ConformanceTarget } from '../harness/target.js';

export interface AccuracyScore {
  readonly records: number;
  readonly consolidation: { readonly precision: number; readonly recall: number; readonly f1: number; readonly subjects: number };
  readonly flags: { readonly precision: number; readonly recall: number; readonly f1: number; readonly expected: number; readonly raised: number };
  readonly timings: ForceResult['timings'];
}

export interface AccuracyOptions {
  /** The labelled force: `synthesizeForce({ people, months: 12, seed: 1 })` by default. */
  readonly force: SyntheticForce;
  readonly progress?: (message: string) => void;
}

/** The force every target is scored on: the same at every run. */
export function scoringForce(people: number): SyntheticForce {
  return synthesizeForce({ people, months: 12, seed: 1 });
}

export async function scoreAccuracy(target: ConformanceTarget, options: AccuracyOptions): Promise<AccuracyScore> {
  const progress = options.progress ?? (() => {});
  const { force } = options;
  const adapter = await adapterFor(target);
  try {
    const context = { actor: 'conformance-scorecard', justification: target.justification ?? 'Conformance evaluation' };
    const result = await benchmarkForce(force, adapter, progress, context);
    const { precision, recall, f1, subjects } = result.consolidation;
    const flags = result.flags;
    return {
      records: result.records,
      consolidation: { precision, recall, f1, subjects },
      flags: { precision: flags.precision, recall: flags.recall, f1: flags.f1, expected: flags.expected, raised: flags.raised },
      timings: result.timings,
    };
  } finally {
    await adapter.close();
  }
}
