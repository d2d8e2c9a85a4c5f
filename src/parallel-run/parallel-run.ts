/**
 * A parallel run (GitHub Scientist's experiment, Twitter Diffy's mechanics): the primary answers
 * every client; the candidate is fed the primary's accepted writes through a durable outbox, asked
 * a sample of its reads, and compared after each run. Nothing the candidate does or fails to do
 * ever reaches a client: the gateway's only work on the answer path is committing the outbox entry
 * with the audit outcome and counting the primary's latency.
 */
import type { PlumblineAdapterV1 } from '../adapter/adapter-v1.js';
import type { OperationContext } from '../adapter/context.js';
import { waitForRun } from '../adapter/wait-for-run.js';
import type { AgreementObservation, ParallelRunStatus } from '../contract/index.js';
import type { RetryPolicy } from '../connectors/index.js';
import type { AuditTrail } from '../gateway/audit/audit-trail.js';
import { agreementOf } from './agreement.js';
import { LATENCY_BUCKETS_MS, LatencyTally } from './latency-tally.js';
import { MirrorOutbox, type OutboxEntry } from './mirror-outbox.js';
import { MirrorWorker, PARALLEL_RUN_ACTOR } from './mirror-worker.js';
import { outboxWriteOf, type AcceptedWrite, type ReplayOutcome } from './mirrored-writes.js';
import { ReadSampler } from './read-sampler.js';
import { snapshotOf } from './state-snapshot.js';

export interface ParallelRunOptions {
  readonly primary: PlumblineAdapterV1;
  readonly candidate: PlumblineAdapterV1;
  /** The audit trail: the outbox lives in its database, and every disclosure is recorded in it. */
  readonly trail: AuditTrail;
  /** How deliveries are retried (the connector kit's default when omitted). */
  readonly retry?: RetryPolicy;
  /** Compare one sampled read in this many (default 10; 0 turns read sampling off). */
  readonly sampleEvery?: number;
  /** Writes waiting at most before further ones are counted as overflow (default 100,000). */
  readonly maxBacklog?: number;
  /** Told of failures of the background work (never of the primary's). */
  readonly onProblem?: (message: string, error: unknown) => void;
}

const context: OperationContext = { actor: PARALLEL_RUN_ACTOR, justification: 'parallel run comparison' };

export class ParallelRun {
  readonly outbox: MirrorOutbox;
  readonly worker: MirrorWorker;
  readonly sampler: ReadSampler;
  readonly since = new Date().toISOString();
  /** Whether this run continues the last one, follows a cut-over (the two swapped), or is new. */
  readonly pairing: 'same' | 'new' | 'swapped';
  private readonly primaryLatency = new LatencyTally();
  private readonly candidateLatency = new LatencyTally();
  private comparisons: Promise<unknown> = Promise.resolve();

  constructor(readonly options: ParallelRunOptions) {
    this.outbox = new MirrorOutbox(options.trail.database, options.maxBacklog);
    this.pairing = this.outbox.pair(options.primary.identity.id, options.candidate.identity.id);
    this.worker = new MirrorWorker({
      outbox: this.outbox,
      primary: options.primary,
      candidate: options.candidate,
      trail: options.trail,
      retry: options.retry,
      onSettled: (entry, milliseconds, outcome) => this.settled(entry, milliseconds, outcome),
      onProblem: options.onProblem,
    });
    this.sampler = new ReadSampler(options.primary, options.candidate, options.trail, this.candidateLatency, options.sampleEvery ?? 10);
  }

  get primary(): PlumblineAdapterV1 {
    return this.options.primary;
  }

  get candidate(): PlumblineAdapterV1 {
    return this.options.candidate;
  }

  /** Starts mirroring, from wherever the outbox was left. */
  start(): void {
    this.worker.start();
  }

  /**
   * The work to commit with a write's audit outcome: queueing it for the candidate. Built while the
   * answer is on its way out; the worker is woken once the commit is done (`committed`).
   */
  outboxWork(write: AcceptedWrite): (auditSequence: number | null) => void {
    const queued = outboxWriteOf(write);
    return (auditSequence) => this.outbox.enqueue(queued, auditSequence);
  }

  /** Wakes the worker after an outbox entry was committed. */
  committed(): void {
    this.worker.wake();
  }

  /** Counts one answer the primary gave a client. */
  answered(milliseconds: number, status: number): void {
    this.primaryLatency.add(milliseconds, status >= 500);
  }

  /** What a mirrored write cost the candidate; a mirrored run is compared once both have finished. */
  private settled(entry: OutboxEntry, milliseconds: number, outcome: ReplayOutcome | Error): void {
    this.candidateLatency.add(milliseconds, outcome instanceof Error);
    if (outcome instanceof Error || !outcome.candidateRunId || !outcome.primaryRunId) return;
    const { primaryRunId, candidateRunId, kind } = outcome;
    this.comparisons = this.comparisons
      .then(() => this.compareAfterRuns(kind!, primaryRunId, candidateRunId))
      .catch((error) => this.options.onProblem?.(`comparing after run ${primaryRunId} failed`, error));
  }

  private async compareAfterRuns(kind: 'consolidation' | 'flagging' | 'import', primaryRunId: string, candidateRunId: string): Promise<void> {
    const [primaryRun, candidateRun] = await Promise.all([
      waitForRun(this.primary, primaryRunId, context),
      waitForRun(this.candidate, candidateRunId, context),
    ]);
    if (primaryRun.status !== 'succeeded' || candidateRun.status !== 'succeeded') {
      this.options.onProblem?.(
        `run ${primaryRunId} (primary ${primaryRun.status}) / ${candidateRunId} (candidate ${candidateRun.status}) did not both succeed; not compared`,
        undefined,
      );
      return;
    }
    await this.compareNow(kind, primaryRunId, candidateRunId);
  }

  /** Compares the two adapters' states now and keeps the result. */
  async compareNow(
    kind: AgreementObservation['kind'] = 'on-demand',
    primaryRunId: string | null = null,
    candidateRunId: string | null = null,
  ): Promise<AgreementObservation> {
    const [primary, candidate] = await Promise.all([snapshotOf(this.primary, context), snapshotOf(this.candidate, context)]);
    const agreement = agreementOf(primary, candidate);
    const observation: AgreementObservation = {
      observedAt: new Date().toISOString(),
      kind,
      primaryRunId,
      candidateRunId,
      records: agreement.records,
      consolidation: agreement.consolidation,
      subjectsInDisagreement: agreement.subjectsInDisagreement,
      disagreements: agreement.disagreements.map((item) => ({
        ...item,
        primary: { ...item.primary, records: [...item.primary.records] },
        candidate: item.candidate.map((group) => ({ ...group, records: [...group.records] })),
      })),
      flags: [...agreement.flags],
    };
    this.outbox.observe('agreement', observation);
    return observation;
  }

  /** Resolves when every write committed so far has been mirrored and every comparison it started is done. */
  async settledNow(): Promise<void> {
    await this.worker.drained();
    await this.comparisons;
  }

  /** Everything `GET /v1/parallel-run` reports. */
  status(): ParallelRunStatus {
    const counts = this.outbox.counts();
    const history = this.outbox.observations<AgreementObservation>('agreement');
    const latest = history.at(-1)?.payload ?? null;
    return {
      primary: { ...this.primary.identity },
      candidate: { ...this.candidate.identity },
      since: this.since,
      mirror: { ...counts, problems: this.outbox.undeliverable(20) },
      agreement: {
        latest,
        history: history.map(({ payload }) => ({
          observedAt: payload.observedAt,
          kind: payload.kind,
          f1: payload.consolidation.f1,
          precision: payload.consolidation.precision,
          recall: payload.consolidation.recall,
          subjectsInDisagreement: payload.subjectsInDisagreement,
          flagsSame: payload.flags.reduce((sum, detector) => sum + detector.same, 0),
          flagsTotal: payload.flags.reduce((sum, detector) => sum + Math.max(detector.primary, detector.candidate), 0),
        })),
      },
      reads: this.sampler.tally(),
      latency: { bucketsMs: [...LATENCY_BUCKETS_MS], primary: this.primaryLatency.summary(), candidate: this.candidateLatency.summary() },
    };
  }

  /** Stops the worker (what is left stays in the outbox) and closes the candidate. */
  async close(): Promise<void> {
    await this.worker.stop();
    // A comparison still reading a slow candidate is abandoned: its result would come too late to keep.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.comparisons, new Promise((resolve) => (timer = setTimeout(resolve, 2_000)))]);
    clearTimeout(timer);
    await this.candidate.close();
  }
}
