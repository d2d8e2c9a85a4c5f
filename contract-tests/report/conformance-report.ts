/**
 * The report of one evaluation: every target's suite results and scores side by side, with the
 * weights used, the reference speed the others are compared with and the machine it was all
 * measured on. `report.json` is this object; the JUnit and HTML reports are views of it.
 */
import type { Profile } from '../requirements/index.js';
import { mustFailed, type SuiteResult } from '../runner/results.js';
import type { MachineDescription } from '../scores/machine.js';
import type { TargetScores } from '../scores/score-target.js';
import { weightedTotal, type SpeedReference, type WeightedTotal, type Weights } from '../scores/weights.js';

export interface TargetReport {
  readonly suite: SuiteResult;
  /** Absent when scores were not asked for. */
  readonly scores?: TargetScores;
  readonly weighted: WeightedTotal;
  /** Whether every MUST requirement that applies passed (no fail, no error): quality. */
  readonly mustsMet: boolean;
  /** Whether it offers every capability of the baseline profile: coverage. */
  readonly baselineCovered: boolean;
}

export interface ConformanceReport {
  readonly generatedAt: string;
  readonly profile: Profile;
  /** Size of the synthetic force the scores were measured on; null when scores were skipped. */
  readonly people: number | null;
  /** Synthetic profiles accuracy was scored on, the first weighted (absent when scores were skipped). */
  readonly forceProfiles?: readonly string[];
  /** The evaluator's labelled data set, when one was scored. */
  readonly dataset?: { readonly name: string; readonly people: number; readonly description?: string };
  readonly weights: Weights;
  /** The reference engine's speed in this run, which the speed components are ratios to. */
  readonly speedReference?: SpeedReference & { readonly name: string };
  readonly machine?: MachineDescription;
  readonly targets: readonly TargetReport[];
}

export function targetReport(suite: SuiteResult, scores: TargetScores | undefined, weights: Weights, reference?: SpeedReference): TargetReport {
  return {
    suite,
    scores,
    weighted: weightedTotal({ suite, scores }, weights, reference),
    mustsMet: !mustFailed(suite),
    baselineCovered: suite.coverage.baselineDeclined.length === 0,
  };
}

/** A target is acceptable when it meets every applicable MUST and covers the baseline: the command's exit code. */
export const acceptable = (target: TargetReport) => target.mustsMet && target.baselineCovered;
