/**
 * An evaluation: the suite and the scores for each target in turn, assembled into one report.
 * In-process targets are scored on a fresh instance, so the accuracy force is measured alone; a
 * remote sandbox is scored where it is, after the suite (its other data is left out of the scores).
 */
import type { ConformanceTarget } from '../harness/target.js';
import type { Profile } from '../requirements/index.js';
import { targetReport, type ConformanceReport } from '../report/conformance-report.js';
import { scoreTarget, type TargetScores } from '../scores/score-target.js';
import type { Weights } from '../scores/weights.js';
import type { TestResult } from './results.js';
import { runSuite } from './run-suite.js';

/** A target to evaluate, opened when its turn comes and closed after it. */
export interface TargetSpec {
  readonly name: string;
  open(): Promise<ConformanceTarget>;
}

/** How to evaluate: the profile, the size of the force for the scores, the weights. */
export interface EvaluationOptions {
  readonly profile: Profile;
  /** Size of the synthetic force for the scores; null skips the scores. */
  readonly people: number | null;
  readonly weights: Weights;
  /** Adapter B of the exit rehearsal: an empty target to import into. */
  readonly exitInto: () => Promise<ConformanceTarget>;
  readonly progress?: (message: string) => void;
  readonly onTest?: (target: string, result: TestResult) => void;
}

async function scores(target: ConformanceTarget, options: EvaluationOptions): Promise<TargetScores> {
  const scored = target.fresh ? await target.fresh() : target;
  try {
    return await scoreTarget(scored, {
      people: options.people!,
      exitInto: options.exitInto,
      returnInto: target.fresh,
      progress: (message) => options.progress?.(`${target.name}: ${message}`),
    });
  } finally {
    if (scored !== target) await scored.close();
  }
}

/** Evaluates each target in turn (suite, then scores) and assembles the report. */
export async function evaluate(specs: readonly TargetSpec[], options: EvaluationOptions): Promise<ConformanceReport> {
  const targets = [];
  for (const spec of specs) {
    options.progress?.(`${spec.name}: conformance suite (${options.profile} profile)`);
    const target = { ...(await spec.open()), name: spec.name };
    try {
      const suite = await runSuite(target, { profile: options.profile, onTest: (result) => options.onTest?.(spec.name, result) });
      const measured = options.people === null ? undefined : await scores(target, options);
      targets.push(targetReport(suite, measured, options.weights));
    } finally {
      await target.close();
    }
  }
  return { generatedAt: new Date().toISOString(), profile: options.profile, people: options.people, weights: options.weights, targets };
}
