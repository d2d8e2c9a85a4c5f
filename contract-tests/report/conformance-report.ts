/**
 * The report of one evaluation: every target's suite results and scores side by side, with the
 * weights used. `report.json` is this object; the JUnit and HTML reports are views of it.
 */
import type { Profile } from '../requirements/index.js';
import { mustFailed, type SuiteResult } from '../runner/results.js';
import type { TargetScores } from '../scores/score-target.js';
import { weightedTotal, type WeightedTotal, type Weights } from '../scores/weights.js';

export interface TargetReport {
  readonly suite: SuiteResult;
  /** Absent when scores were not asked for. */
  readonly scores?: TargetScores;
  readonly weighted: WeightedTotal;
  /** Whether every MUST requirement passed (no fail, no error). */
  readonly mustsMet: boolean;
}

export interface ConformanceReport {
  readonly generatedAt: string;
  readonly profile: Profile;
  /** Size of the synthetic force the scores were measured on; null when scores were skipped. */
  readonly people: number | null;
  readonly weights: Weights;
  readonly targets: readonly TargetReport[];
}

export function targetReport(suite: SuiteResult, scores: TargetScores | undefined, weights: Weights): TargetReport {
  return {
    suite,
    scores,
    weighted: weightedTotal({ suite, accuracy: scores?.accuracy, latency: scores?.latency, exit: scores?.exit, return: scores?.return }, weights),
    mustsMet: !mustFailed(suite),
  };
}
