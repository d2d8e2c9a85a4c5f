/**
 * Accuracy on a labelled force, through the target's HTTP surface: the benchmark's own scoring
 * (`benchmarkForce`) over the http adapter pointed at the target, so a bidder's sandbox is measured
 * exactly as the reference engine is by `plumbline bench`. The force is a synthetic one of a given
 * profile (typical, hard) or an evaluator's labelled data set; the naive exact-identifier join is
 * scored on the same records beside the target, so the report shows what the target adds over it.
 * A force already held (the throughput stage ingested the first one) answers `unchanged` on ingest.
 */
import { benchmarkForce, type ForceResult } from '../../src/bench/force-benchmark.js';
import type { PossibleMatchFigures } from '../../src/bench/possible-match-share.js';
import type { LabelledForce } from '../../src/bench/labelled-dataset.js';
import type { BaselineScore } from '../../src/metrics/naive-baseline.js';
import type { HardNonMatchScore } from '../../src/bench/hard-non-matches.js';
import { defaultProfile, synthesizeForce, type ProfileName, type SyntheticForce } from '../../src/synth/index.js';
import { adapterFor } from '../harness/target-adapter.js';
import type { ConformanceTarget } from '../harness/target.js';

export interface AccuracyScore {
  /** Which force was scored: a synthetic profile (`typical`, `hard`, `clean`) or `dataset <name>`. Absent in reports made before profiles. */
  readonly force?: string;
  readonly records: number;
  readonly consolidation: { readonly precision: number; readonly recall: number; readonly f1: number; readonly subjects: number };
  /** The naive exact-identifier join on the same records: the floor any engine should clear. */
  readonly baseline?: BaselineScore;
  /** The possible-match queue's size, when the target offers one (`consolidation.candidates`). */
  readonly possibleMatches?: PossibleMatchFigures;
  /** Planted look-alike pairs (twins, namesakes, reissued collar numbers) merged, of those planted: synthetic typical and hard forces only. */
  readonly hardNonMatches?: HardNonMatchScore;
  readonly flags: { readonly precision: number; readonly recall: number; readonly f1: number; readonly expected: number; readonly raised: number };
  readonly timings: ForceResult['timings'];
  /** Set when the force was scored on a target that also held an earlier force (a remote sandbox offers no fresh instance). */
  readonly note?: string;
}

/** A force to score accuracy on, and its name in reports. */
export interface AccuracyForce {
  readonly name: string;
  readonly force: LabelledForce;
}

export interface AccuracyOptions {
  readonly force: AccuracyForce;
  readonly progress?: (message: string) => void;
  readonly note?: string;
}

/** The synthetic force every target is scored on for a profile: the same at every run. */
export function scoringForce(people: number, profile: ProfileName = defaultProfile): SyntheticForce {
  return synthesizeForce({ people, months: 12, seed: 1, profile });
}

export async function scoreAccuracy(target: ConformanceTarget, options: AccuracyOptions): Promise<AccuracyScore> {
  const progress = options.progress ?? (() => {});
  const adapter = await adapterFor(target);
  try {
    const context = { actor: 'conformance-scorecard', justification: target.justification ?? 'Conformance evaluation' };
    const result = await benchmarkForce(options.force.force, adapter, progress, context);
    const { precision, recall, f1, subjects } = result.consolidation;
    const flags = result.flags;
    return {
      force: options.force.name,
      records: result.records,
      consolidation: { precision, recall, f1, subjects },
      baseline: result.baseline,
      ...(result.possibleMatches ? { possibleMatches: result.possibleMatches } : {}),
      ...(result.hardNonMatches ? { hardNonMatches: result.hardNonMatches } : {}),
      flags: { precision: flags.precision, recall: flags.recall, f1: flags.f1, expected: flags.expected, raised: flags.raised },
      timings: result.timings,
      ...(options.note ? { note: options.note } : {}),
    };
  } finally {
    await adapter.close();
  }
}
