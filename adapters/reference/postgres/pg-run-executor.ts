/**
 * Runs of the PostgreSQL engine, shared by every replica through the runs queue
 * (src/runs-queue/postgres-runs-queue.ts). Any replica queues a run (in the transaction that gives
 * it its id, and for an import stores its lines); each replica's executor claims queued runs one at
 * a time (`FOR UPDATE SKIP LOCKED`: one replica per run), holds the run's lease with heartbeats
 * while it works, and applies the run's result in one engine write that also records the run's
 * end. If the replica lost the lease meanwhile (it was cut off or stalled, and another replica took
 * the run over), recording the end fails and the result is rolled back: a run is applied once,
 * whole, or not at all. Runs whose replica died are re-queued (or failed once their attempts are
 * spent) by whichever replica next looks (`recoverExpired`), every `pollMs` and whenever a run is queued.
 */
import type pg from 'pg';
import type { Problem, Run } from '../../../src/contract/index.js';
import { PlumblineError } from '../../../src/adapter/errors.js';
import type { AdapterLogger } from '../../../src/adapter/factory.js';
import { problemKinds, problemType } from '../../../src/contract/problem.js';
import type { PostgresRunsQueue, QueuedRun } from '../../../src/runs-queue/postgres-runs-queue.js';
import type { ProgressReporter } from '../services/consolidation-service.js';
import type { FinishInside } from './pg-consolidation.js';

/** Executes one claimed run: must call `finishInside` in the transaction that applies its result. */
export type RunBody = (run: QueuedRun, progress: ProgressReporter, finishInside: FinishInside) => Promise<unknown>;

/** The run was taken over by another replica before this one could record its end. */
class RunTakenOver extends Error {}

const PROGRESS_INTERVAL_MS = 250;

/** The contract's problem for a run that failed: a PlumblineError says what, anything else is internal (and logged). */
export function runProblem(error: unknown): Problem {
  const known = error instanceof PlumblineError;
  const kind = known ? error.kind : 'internal';
  return {
    type: problemType(kind),
    title: problemKinds[kind].title,
    status: problemKinds[kind].status,
    detail: known ? error.message : 'The run failed unexpectedly; nothing of it was applied.',
    ...(known && error.errors ? { errors: error.errors } : {}),
  };
}

export interface ExecutorOptions {
  /** How often an idle replica looks for queued runs and expired leases (default 1000 ms). */
  readonly pollMs?: number;
  /** The queue's lease, which heartbeats renew at a third of (seconds). */
  readonly leaseSeconds: number;
}

export class PgRunExecutor {
  private timer: NodeJS.Timeout | undefined;
  private ticking: Promise<void> | undefined;
  private again = false;
  private closed = false;

  constructor(
    private readonly pool: pg.Pool,
    private readonly queue: PostgresRunsQueue,
    private readonly body: RunBody,
    private readonly logger: AdapterLogger,
    private readonly options: ExecutorOptions,
  ) {}

  /** Starts looking for runs every `pollMs`. */
  start(): void {
    this.timer = setInterval(() => void this.kick(), this.options.pollMs ?? 1000);
    this.timer.unref();
    void this.kick();
  }

  /** Looks for runs now (a run was just queued); resolves when this replica has none left to claim. */
  kick(): Promise<void> {
    if (this.closed) return Promise.resolve();
    if (this.ticking) {
      this.again = true;
      return this.ticking;
    }
    const ticking = (this.ticking = this.tick().finally(() => {
      this.ticking = undefined;
      if (this.again && !this.closed) {
        this.again = false;
        void this.kick();
      }
    }));
    return ticking;
  }

  private async tick(): Promise<void> {
    try {
      const recovered = await this.queue.recoverExpired();
      if (recovered.requeued.length + recovered.failed.length > 0) this.logger.warn(recovered, 'runs whose replica stopped were taken back');
      while (!this.closed) {
        const run = await this.queue.claim();
        if (!run) break;
        await this.execute(run);
      }
    } catch (error) {
      // The database was unreachable: the next poll tries again; readiness reports it meanwhile.
      this.logger.error({ error: (error as Error).message }, 'looking for runs failed');
    }
  }

  private async execute(run: QueuedRun): Promise<void> {
    const started = Date.now();
    let latest: { done: number; total: number } | undefined;
    let lastWrite = 0;
    const beat = () =>
      void this.queue
        .heartbeat(run.runId, latest)
        .catch((error: unknown) => this.logger.warn({ runId: run.runId, error: (error as Error).message }, 'run heartbeat failed'));
    const heartbeat = setInterval(beat, (this.options.leaseSeconds * 1000) / 3);
    const progress: ProgressReporter = (done, total) => {
      latest = { done, total };
      if (Date.now() - lastWrite < PROGRESS_INTERVAL_MS && done < total) return;
      lastWrite = Date.now();
      beat();
    };
    const finishInside: FinishInside = async (client, statistics) => {
      if (!(await this.queue.finish(run.runId, { statistics }, client))) throw new RunTakenOver();
    };
    let status: Run['status'] = 'succeeded';
    try {
      await this.body(run, progress, finishInside);
    } catch (error) {
      if (error instanceof RunTakenOver) {
        status = 'running';
        this.logger.warn({ runId: run.runId }, 'another replica took this run over; its result here was rolled back');
      } else {
        status = 'failed';
        if (!(error instanceof PlumblineError)) this.logger.error({ runId: run.runId, error: (error as Error).message }, 'run failed');
        await this.queue.finish(run.runId, { error: runProblem(error) });
      }
    } finally {
      clearInterval(heartbeat);
    }
    const seconds = Math.round((Date.now() - started) / 100) / 10;
    this.logger.info({ runId: run.runId, kind: run.kind, status, seconds }, `${run.kind} run ${status} in ${seconds} s`);
  }

  /** Resolves when no run is queued or running in the database (tests, benchmarks). */
  async idle(): Promise<void> {
    for (;;) {
      await this.kick();
      const { rows } = await this.pool.query<{ busy: boolean }>("SELECT EXISTS (SELECT 1 FROM run_queue WHERE status IN ('queued', 'running')) AS busy");
      if (!rows[0].busy) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  /** Stops looking for runs and waits for the one in hand. */
  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.timer);
    await this.ticking;
  }
}
