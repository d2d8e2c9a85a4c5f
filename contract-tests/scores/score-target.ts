/**
 * Everything beyond correctness for one target: accuracy on a labelled synthetic force (with
 * ingest throughput), latency of core reads, and the exit rehearsal, each reported on its own
 * so that one failing measurement does not hide the others.
 */
import { Meta } from '../../src/contract/index.js';
import { clientFor, type ConformanceTarget } from '../harness/target.js';
import { expectStatus, parseAs } from '../suite/answers.js';
import type { FairnessReport } from '../../src/contract/index.js';
import { scoreAccuracy, type AccuracyScore } from './accuracy.js';
import { scoreFairness } from './fairness.js';
import { rehearseExit, type ExitRehearsal } from './exit-rehearsal.js';
import { addHumanDecisions } from './exit-state.js';
import { scoreLatency, type LatencyScore } from './latency.js';

export interface TargetScores {
  readonly accuracy?: AccuracyScore;
  readonly latency?: LatencyScore;
  readonly exit?: ExitRehearsal;
  /**
   * The way back: what the exit left in the fresh reference engine, imported into a fresh instance
   * of the target, so a force could return (or move in) as easily as it left. In-process targets only.
   */
  readonly return?: ExitRehearsal;
  /** The fairness audit of the flags on the accuracy force; shown, never weighted. */
  readonly fairness?: FairnessReport;
  /** Measurements that could not be made, and why. */
  readonly errors: readonly string[];
}

export interface ScoreOptions {
  readonly people: number;
  /** Makes adapter B of the exit rehearsal: an empty target to import into. */
  readonly exitInto: () => Promise<ConformanceTarget>;
  /** Makes a fresh, empty instance of the target for the way back; absent for a remote sandbox. */
  readonly returnInto?: () => Promise<ConformanceTarget>;
  readonly progress?: (message: string) => void;
}

export async function scoreTarget(target: ConformanceTarget, options: ScoreOptions): Promise<TargetScores> {
  const progress = options.progress ?? (() => {});
  const errors: string[] = [];
  const attempt = async <Value>(what: string, measure: () => Promise<Value>): Promise<Value | undefined> => {
    try {
      return await measure();
    } catch (error) {
      errors.push(`${what}: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  };
  const client = clientFor(target);
  const meta = parseAs(Meta, expectStatus(await client.GET('/v1/meta'), 200, 'reading meta'), 'Meta');
  progress(`accuracy: a synthetic force of ${options.people} people`);
  const accuracy = await attempt('accuracy', () => scoreAccuracy(target, { people: options.people, progress }));
  progress('fairness audit of those flags');
  const fairness = accuracy && (await attempt('fairness', () => scoreFairness(target, { people: options.people })));
  progress('latency of core reads');
  const latency = await attempt('latency', () => scoreLatency(client, meta));
  progress('exit rehearsal');
  let back: ExitRehearsal | undefined;
  const exit = await attempt('exit rehearsal', async () => {
    await addHumanDecisions(client, meta);
    const into = await options.exitInto();
    try {
      const rehearsal = await rehearseExit(target, into);
      if (options.returnInto && !rehearsal.error) {
        progress('return rehearsal');
        back = await attempt('return rehearsal', async () => {
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
  return { accuracy, latency, exit, return: back, fairness, errors };
}
