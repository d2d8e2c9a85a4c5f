/**
 * Runs work one at a time in the run thread (each run on its own database connection), so the
 * gateway keeps answering (including polls of the run itself) while a run computes. A run that
 * crashes the thread is marked failed; its transaction never committed, so nothing is half-applied.
 */
import type { Run } from '../../../src/contract/index.js';
import type { AdapterLogger } from '../../../src/adapter/factory.js';
import type { RunsStore } from '../store/runs-store.js';
import { RunMemoryExceeded } from './run-heap-limit.js';
import { executeInRunThread } from './run-thread.js';

export class RunExecutor {
  private queue: Promise<void> = Promise.resolve();
  private readonly pending = new Set<Promise<void>>();
  /** Progress the worker reported for the run it is executing, which may not be readable in the store yet. */
  private live: { runId: string; done: number; total: number } | undefined;

  constructor(
    private readonly databasePath: string,
    private readonly runs: RunsStore,
    private readonly logger: AdapterLogger,
  ) {}

  /** Queues a created run; resolves once it is queued, not when it finishes. */
  submit(run: Run): void {
    const done = (this.queue = this.queue.then(() => this.execute(run.runId)));
    this.pending.add(done);
    void done.finally(() => this.pending.delete(done));
  }

  /** The run with the latest progress its worker reported, when that is further than the stored one. */
  withLiveProgress(run: Run): Run {
    const live = this.live;
    if (!live || live.runId !== run.runId || run.status !== 'running' || live.done <= run.progress.done) return run;
    return { ...run, progress: { ...run.progress, done: live.done, total: live.total } };
  }

  /** Resolves when every queued run has finished (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  private async execute(runId: string): Promise<void> {
    const started = Date.now();
    try {
      await executeInRunThread({ databasePath: this.databasePath, runId }, (done, total) => (this.live = { runId, done, total }));
    } catch (error) {
      this.logger.error({ runId, error: (error as Error).message }, 'run worker crashed');
      const run = this.runs.get(runId);
      if (run.status === 'queued' || run.status === 'running') {
        this.runs.fail(runId, {
          type: 'urn:plumbline:problem:internal',
          title: 'Internal error',
          status: 500,
          detail:
            error instanceof RunMemoryExceeded ? error.message : 'The run failed unexpectedly; nothing of it was applied. The error is logged with the run id.',
        });
      }
    }
    this.live = undefined;
    const run = this.runs.get(runId);
    // The statistics are on the run (GET /v1/runs/{runId}); the log says what happened, in one short line.
    const seconds = Math.round((Date.now() - started) / 100) / 10;
    this.logger.info({ runId, kind: run.kind, status: run.status, seconds }, `${run.kind} run ${run.status} in ${seconds} s`);
  }
}
