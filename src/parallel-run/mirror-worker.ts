/**
 * Delivers the outbox to the candidate, one entry at a time in outbox order (so in order per
 * source), off the primary's answer path: a request only commits its outbox entry; this worker
 * picks it up after the answer has gone. Failures are retried with the connector kit's policy
 * (backoff with full jitter, the candidate's own `Retry-After` first); an entry the candidate
 * refuses, or that fails past the policy, is set aside as undeliverable and counted, and the
 * worker goes on, so one bad write never stops the mirror.
 *
 * Every delivery discloses personal data to another processor, so each is recorded in the audit
 * trail as a `disclosure` naming the candidate, before it is sent (status 0, as for any attempt)
 * and once it is settled; a crash in between is concluded as `outcome unknown` at the next start.
 */
import type { PlumblineAdapterV1 } from '../adapter/adapter-v1.js';
import { PlumblineError } from '../adapter/errors.js';
import { defaultRetryPolicy, nextRetryDelayMs, type RetryPolicy } from '../connectors/index.js';
import type { AuditTrail } from '../gateway/audit/audit-trail.js';
import type { MirrorOutbox, OutboxEntry } from './mirror-outbox.js';
import { replayOnCandidate, type ReplayOutcome } from './mirrored-writes.js';

/** Who the trail names as making the disclosures. */
export const PARALLEL_RUN_ACTOR = 'plumbline-parallel-run';

export interface MirrorWorkerOptions {
  readonly outbox: MirrorOutbox;
  readonly primary: PlumblineAdapterV1;
  readonly candidate: PlumblineAdapterV1;
  readonly trail: AuditTrail;
  readonly retry?: RetryPolicy;
  /** Told of every settled delivery, with how long the candidate took (ms) and whether it failed. */
  readonly onSettled?: (entry: OutboxEntry, milliseconds: number, outcome: ReplayOutcome | Error) => void;
  /** Told when the worker itself stops on an error (the audit trail refusing the disclosure entry). */
  readonly onProblem?: (message: string, error: unknown) => void;
}

export class MirrorWorker {
  private running = false;
  private wakeUp: (() => void) | undefined;
  private loop: Promise<void> | undefined;
  private idleWaiters: (() => void)[] = [];
  private readonly retry: RetryPolicy;

  constructor(private readonly options: MirrorWorkerOptions) {
    this.retry = options.retry ?? defaultRetryPolicy;
  }

  /** Starts delivering; entries left `sending` by a crash are delivered again, safely. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run().catch((error) => {
      // Only the audit database can fail here (candidate failures are settled in `deliver`): without
      // it no disclosure may be recorded, so the mirror stops; the outbox keeps the rest for the next start.
      this.running = false;
      for (const resolve of this.idleWaiters.splice(0)) resolve();
      if (this.options.outbox.database.open) this.options.onProblem?.('the mirror stopped: the audit database failed', error);
    });
  }

  /** Says a new entry is committed (the worker otherwise sleeps). */
  wake(): void {
    this.wakeUp?.();
  }

  /** Resolves once every entry committed so far is settled (for cut-over and tests). */
  drained(): Promise<void> {
    if (!this.running || this.options.outbox.counts().pending === 0) return Promise.resolve();
    return new Promise((resolve) => {
      this.idleWaiters.push(resolve);
      this.wake();
    });
  }

  /**
   * Stops after the entry being delivered, waiting for it at most `graceMs`: a candidate that hangs
   * must not hold up the gateway's shutdown. What is left waits in the outbox for the next start
   * (an entry cut short is `sending`, delivered again safely).
   */
  async stop(graceMs = 2_000): Promise<void> {
    this.running = false;
    this.wake();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.loop, new Promise((resolve) => (timer = setTimeout(resolve, graceMs)))]);
    clearTimeout(timer);
  }

  private async run(): Promise<void> {
    while (this.running) {
      // One at a time: an entry may hold a batch of thousands of records, parsed only when its turn comes.
      const entries = this.options.outbox.next(1);
      if (entries.length === 0) {
        for (const resolve of this.idleWaiters.splice(0)) resolve();
        await new Promise<void>((resolve) => (this.wakeUp = resolve));
        this.wakeUp = undefined;
        continue;
      }
      for (const entry of entries) {
        if (!this.running) return;
        await this.deliver(entry);
      }
    }
  }

  private async deliver(entry: OutboxEntry): Promise<void> {
    const { outbox, primary, candidate, trail } = this.options;
    const repeated = entry.state === 'sending';
    const disclosure = {
      actor: PARALLEL_RUN_ACTOR,
      role: null,
      action: 'disclosure' as const,
      operation: 'mirrorToCandidate',
      targets: this.targetsOf(entry),
      criteria: { recipient: candidate.identity.id, vendor: candidate.identity.vendor, mirrors: entry.operation, outboxEntry: String(entry.sequence) },
      justification: 'parallel run of a candidate supplier (PLUMBLINE_CANDIDATE_ADAPTER)',
      requestId: `parallel-run-${entry.sequence}`,
    };
    const attempt = await trail.append({ ...disclosure, occurredAt: new Date().toISOString(), status: 0 });
    outbox.markSending(entry.sequence);
    const started = performance.now();
    let outcome: ReplayOutcome | Error;
    for (let retryNumber = 1; ; retryNumber++) {
      try {
        outcome = await replayOnCandidate(entry, primary, candidate, outbox, repeated || retryNumber > 1);
        break;
      } catch (caught) {
        const error = caught instanceof Error ? caught : new Error(String(caught));
        const retryable = PlumblineError.isInstance(error) ? error.retryable : true;
        const delay = retryable ? nextRetryDelayMs(this.retry, retryNumber, PlumblineError.isInstance(error) ? error.retryAfterSeconds : undefined) : undefined;
        if (delay === undefined) {
          outcome = error;
          break;
        }
        // Stopping: the entry stays `sending` for the next start; its attempt is concluded as unknown then.
        if (!this.running) return;
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
    const milliseconds = performance.now() - started;
    const status = outcome instanceof Error ? (PlumblineError.isInstance(outcome) ? outcome.status : 502) : 200;
    const problem = outcome instanceof Error ? `${PlumblineError.isInstance(outcome) ? outcome.kind : outcome.name}: ${outcome.message}` : undefined;
    // Settled in the outcome entry's own transaction: an entry is delivered (or set aside) if and only if
    // the trail says so. A crash before that commit leaves it `sending`, delivered again at the next start.
    await trail.append({
      ...disclosure,
      occurredAt: new Date().toISOString(),
      status,
      attempt: attempt.sequence,
      alongside: () => (problem === undefined ? outbox.markDelivered(entry.sequence) : outbox.markUndeliverable(entry.sequence, problem)),
    });
    this.options.onSettled?.(entry, milliseconds, outcome);
  }

  /** The same targets as the write's own audit entry: what is disclosed is what was written. */
  private targetsOf(entry: OutboxEntry): { type: string; id: string }[] {
    if (entry.auditSequence !== null) {
      const row = this.options.outbox.database
        .prepare<[number], { targets: string }>('SELECT targets FROM audit_events WHERE sequence = ?')
        .get(entry.auditSequence);
      if (row) return JSON.parse(row.targets);
    }
    return entry.sourceId ? [{ type: 'source', id: entry.sourceId }] : [];
  }
}
