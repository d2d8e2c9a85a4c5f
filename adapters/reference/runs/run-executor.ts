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

  /** Resolves when every queued run has finished (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  private async execute(runId: string): Promise<void> {
    const started = Date.now();
    try {
      await executeInRunThread({ databasePath: this.databasePath, runId });
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
    const run = this.runs.get(runId);
    // The statistics are on the run (GET /v1/runs/{runId}); the log says what happened, in one short line.
    const seconds = Math.round((Date.now() - started) / 100) / 10;
    this.logger.info({ runId, kind: run.kind, status: run.status, seconds }, `${run.kind} run ${run.status} in ${seconds} s`);
  }
}
