/**
 * Everything beyond correctness for one target, stage by stage, each reported on its own so that
 * one failing measurement does not hide the others: ingest throughput, latency of core reads,
 * accuracy on a labelled synthetic force, and the exit and return rehearsals. A stage needing a
 * capability the target declines is `notOffered` (left out of the total); one that fails is an
 * error (scored 0). Speed is scored against the reference engine measured in the same run.
 */
import { Meta, type Capability } from '../../src/contract/index.js';
import { clientFor, type ConformanceTarget } from '../harness/target.js';
import { expectStatus, parseAs } from '../suite/answers.js';
import type { FairnessReport } from '../../src/contract/index.js';
import { scoreAccuracy, scoringForce, type AccuracyForce, type AccuracyScore } from './accuracy.js';
import { defaultProfile, type ProfileName } from '../../src/synth/index.js';
import type { LabelledDataset } from '../../src/bench/labelled-dataset.js';
import { scoreFairness } from './fairness.js';
import { rehearseExit, type ExitRehearsal } from './exit-rehearsal.js';
import { addHumanDecisions } from './exit-state.js';
import { scoreLatency, type LatencyScore } from './latency.js';
import { scoreThroughput, type ThroughputScore } from './throughput.js';

export interface TargetScores {
  readonly throughput?: ThroughputScore;
  /** Accuracy on the first force (the first profile): the figure the weighted total uses. */
  readonly accuracy?: AccuracyScore;
  /** Accuracy on every force scored, the first included: each profile, then the evaluator's data set. */
  readonly accuracyByForce?: readonly AccuracyScore[];
  readonly latency?: LatencyScore;
  readonly exit?: ExitRehearsal;
  /**
   * The way back: what the exit left in the fresh reference engine, imported into a fresh instance
   * of the target, so a force could return (or move in) as easily as it left. In-process targets only.
   */
  readonly return?: ExitRehearsal;
  /** Stages not run because the target declines what they need, with the reason: excluded from the total, not scored 0. */
  readonly notOffered: Readonly<Partial<Record<ScoreStage, string>>>;
  /** Measurements that were attempted and failed, and why: those score 0. */
  /** The fairness audit of the flags on the accuracy force; shown, never weighted. */
  readonly fairness?: FairnessReport;
  readonly errors: readonly string[];
}

export type ScoreStage = 'throughput' | 'accuracy' | 'latency' | 'exit' | 'return';

/** What each stage needs the target to offer. */
export const stageNeeds: Readonly<Record<ScoreStage, readonly Capability[]>> = {
  throughput: ['sources', 'records.ingest'],
  accuracy: ['sources', 'records.ingest', 'consolidation', 'flagging', 'portability.export'],
  latency: ['sources', 'records.ingest', 'records.read'],
  exit: ['portability.export'],
  return: ['portability.export', 'portability.import'],
};

export interface ScoreOptions {
  readonly people: number;
  /** Makes adapter B of the exit rehearsal: an empty target to import into. */
  readonly exitInto: () => Promise<ConformanceTarget>;
  /** Makes a fresh, empty instance of the target for the way back; absent for a remote sandbox. */
  readonly returnInto?: () => Promise<ConformanceTarget>;
  /** Only the speed stages (throughput and latency): how the reference is measured for comparison. */
  readonly speedOnly?: boolean;
  /** Synthetic profiles to score accuracy on, the first also timed for throughput (default typical, then hard). */
  readonly forceProfiles?: readonly ProfileName[];
  /** An evaluator's labelled data set, scored after the profiles. */
  readonly dataset?: LabelledDataset;
  readonly progress?: (message: string) => void;
}

/** The profiles scored when none are named: typical (weighted) and hard. */
export const defaultForceProfiles: readonly ProfileName[] = [defaultProfile, 'hard'];

export async function scoreTarget(target: ConformanceTarget, options: ScoreOptions): Promise<TargetScores> {
  const progress = options.progress ?? (() => {});
  const errors: string[] = [];
  const notOffered: Partial<Record<ScoreStage, string>> = {};
  const client = clientFor(target);
  const meta = parseAs(Meta, expectStatus(await client.GET('/v1/meta'), 200, 'reading meta'), 'Meta');
  const offers = (stage: ScoreStage): boolean => {
    const declined = stageNeeds[stage].filter((capability) => !meta.capabilities.includes(capability));
    if (declined.length > 0) notOffered[stage] = `needs ${declined.join(', ')}, which the target declines`;
    return declined.length === 0;
  };
  const attempt = async <Value>(what: ScoreStage, measure: () => Promise<Value>): Promise<Value | undefined> => {
    if (!offers(what)) return undefined;
    try {
      return await measure();
    } catch (error) {
      errors.push(`${what}: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  };
  const [firstProfile, ...moreProfiles] = options.forceProfiles ?? defaultForceProfiles;
  const force = scoringForce(options.people, firstProfile);
  progress(`throughput: ingesting a synthetic force of ${options.people} people`);
  const ingested = await attempt('throughput', () => scoreThroughput(client, force));
  progress('latency of core reads');
  const latency = await attempt('latency', () => scoreLatency(client, meta, ingested?.sample ?? []));
  if (options.speedOnly) return { throughput: ingested?.score, latency, notOffered, errors };
  progress('accuracy: consolidation and flags against the truth');
  const accuracy = await attempt('accuracy', () => scoreAccuracy(target, { force: { name: firstProfile, force }, progress }));
  let fairness: FairnessReport | undefined;
  if (accuracy) {
    // Before any other force is scored: on a remote sandbox they share one store.
    // Shown beside the scores, never weighted: a failure is reported, not scored.
    progress('fairness audit of those flags');
    fairness = await scoreFairness(target, { force }).catch((error: unknown) => {
      errors.push(`fairness: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    });
  }
  const more: AccuracyForce[] = [
    ...moreProfiles.map((profile) => ({ name: profile, force: scoringForce(options.people, profile) })),
    ...(options.dataset ? [{ name: `dataset ${options.dataset.name}`, force: options.dataset }] : []),
  ];
  const accuracyByForce: AccuracyScore[] = accuracy ? [accuracy] : [];
  for (const extra of more) {
    if (!accuracy) break;
    progress(`accuracy on the ${extra.name} force`);
    // Each force alone in a fresh instance where the target offers one; a remote sandbox holds them all.
    const measured = await attempt('accuracy', async () => {
      if (!options.returnInto) return scoreAccuracy(target, { force: extra, progress, note: 'scored on a target that also held the earlier forces' });
      const fresh = await options.returnInto();
      try {
        return await scoreAccuracy(fresh, { force: extra, progress });
      } finally {
        await fresh.close();
      }
    });
    if (measured) accuracyByForce.push(measured);
  }
  progress('exit rehearsal');
  let back: ExitRehearsal | undefined;
  const exit = await attempt('exit', async () => {
    await addHumanDecisions(client, meta);
    const into = await options.exitInto();
    try {
      const rehearsal = await rehearseExit(target, into);
      if (options.returnInto && !rehearsal.error) {
        progress('return rehearsal');
        back = await attempt('return', async () => {
          const fresh = await options.returnInto!();
          try {
            return await rehearseExit(into, fresh);
          } finally {
            await fresh.close();
          }
        });
      }
      return rehearsal;
    } finally {
      await into.close();
    }
  });
  return {
    throughput: ingested?.score,
    accuracy,
    ...(accuracyByForce.length > 0 ? { accuracyByForce } : {}),
    latency,
    exit,
    return: back,
    fairness,
    notOffered,
    errors,
  };
}
