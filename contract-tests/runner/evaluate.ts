/**
 * An evaluation: the suite and the scores for each target in turn, assembled into one report.
 * In-process targets are scored on a fresh instance, so the accuracy force is measured alone; a
 * remote sandbox is scored where it is, after the suite (its other data is left out of the scores).
 * Speed is scored against the reference engine measured in the same run, on the same machine.
 */
import type { ConformanceTarget } from '../harness/target.js';
import type { Profile } from '../requirements/index.js';
import { targetReport, type ConformanceReport } from '../report/conformance-report.js';
import { defaultForceProfiles, scoreTarget, type TargetScores } from '../scores/score-target.js';
import type { Weights } from '../scores/weights.js';
import type { SuiteResult, TestResult } from './results.js';
import { INJECT_BASE_URL } from '../harness/inject-fetch.js';
import { describeMachine } from '../scores/machine.js';
import type { SpeedReference } from '../scores/weights.js';
import { runSuite } from './run-suite.js';
import type { ProfileName } from '../../src/synth/index.js';
import type { LabelledDataset } from '../../src/bench/labelled-dataset.js';

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
  /** Synthetic profiles accuracy is scored on (default typical, then hard); the first is weighted. */
  readonly forceProfiles?: readonly ProfileName[];
  /** An evaluator's labelled data set, scored for accuracy after the profiles. */
  readonly dataset?: LabelledDataset;
  /** Adapter B of the exit rehearsal: an empty target to import into. */
  readonly exitInto: () => Promise<ConformanceTarget>;
  /** A fresh reference engine served over loopback, measured for speed when no target is one. */
  readonly referenceSpeed: () => Promise<ConformanceTarget>;
  readonly progress?: (message: string) => void;
  readonly onTest?: (target: string, result: TestResult) => void;
}

async function scores(target: ConformanceTarget, options: EvaluationOptions, speedOnly = false): Promise<TargetScores> {
  const scored = target.fresh ? await target.fresh() : target;
  try {
    return await scoreTarget(scored, {
      people: options.people!,
      exitInto: options.exitInto,
      returnInto: target.fresh,
      speedOnly,
      forceProfiles: options.forceProfiles,
      dataset: options.dataset,
      progress: (message) => options.progress?.(`${target.name}: ${message}`),
    });
  } finally {
    if (scored !== target) await scored.close();
  }
}

/** The reference engine's speed in this run: from a `reference` target evaluated in process, or measured now. */
async function speedReference(
  measured: readonly { suite: SuiteResult; scores?: TargetScores }[],
  options: EvaluationOptions,
): Promise<SpeedReference & { name: string }> {
  const evaluated = measured.find(
    ({ suite }) => suite.target.kind === 'in-process' && suite.target.adapter?.id === 'reference' && suite.target.baseUrl !== INJECT_BASE_URL,
  );
  const reference =
    evaluated?.scores ??
    (await (async () => {
      options.progress?.('reference engine: speed, for comparison (same run, same machine)');
      const target = await options.referenceSpeed();
      try {
        return await scores(target, options, true);
      } finally {
        await target.close();
      }
    })());
  const p95ByOperation = Object.fromEntries(Object.entries(reference.latency?.byOperation ?? {}).map(([operation, figures]) => [operation, figures.p95Ms]));
  return {
    name: evaluated ? evaluated.suite.target.name : 'a fresh reference engine',
    ingestRecordsPerSecond: reference.throughput?.recordsPerSecond,
    p95Ms: reference.latency?.overall.p95Ms,
    p95ByOperation,
  };
}

/** Evaluates each target in turn (suite, then scores), measures the reference speed, and assembles the report. */
export async function evaluate(specs: readonly TargetSpec[], options: EvaluationOptions): Promise<ConformanceReport> {
  const machine = describeMachine();
  const measured: { suite: SuiteResult; scores?: TargetScores }[] = [];
  for (const spec of specs) {
    options.progress?.(`${spec.name}: conformance suite (${options.profile} profile)`);
    const target = { ...(await spec.open()), name: spec.name };
    try {
      const suite = await runSuite(target, { profile: options.profile, onTest: (result) => options.onTest?.(spec.name, result) });
      measured.push({ suite, scores: options.people === null ? undefined : await scores(target, options) });
    } finally {
      await target.close();
    }
  }
  const reference = options.people === null ? undefined : await speedReference(measured, options);
  const targets = measured.map(({ suite, scores: measuredScores }) => targetReport(suite, measuredScores, options.weights, reference));
  return {
    generatedAt: new Date().toISOString(),
    profile: options.profile,
    people: options.people,
    ...(options.people === null ? {} : { forceProfiles: options.forceProfiles ?? defaultForceProfiles }),
    ...(options.dataset
      ? {
          dataset: {
            name: options.dataset.name,
            people: options.dataset.peopleCount,
            ...(options.dataset.description ? { description: options.dataset.description } : {}),
          },
        }
      : {}),
    weights: options.weights,
    speedReference: reference,
    machine,
    targets,
  };
}
