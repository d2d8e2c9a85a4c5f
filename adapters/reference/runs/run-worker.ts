/**
 * The run worker: a thread that executes runs one message at a time, each on its own connection
 * to the store named in the message. It moves the run to running, does the work, and records
 * success with statistics or failure with a problem. Work is applied in transactions, so a failure
 * leaves nothing half-applied.
 */
import { rmSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import type { ConsolidationRunRequest, FlaggingRunRequest } from '../../../src/contract/index.js';
import { PlumblineError } from '../../../src/adapter/errors.js';
import { problemKinds, problemType } from '../../../src/contract/problem.js';
import { openDatabase } from '../store/database.js';
import { RunsStore } from '../store/runs-store.js';
import { systemClock } from '../store/clock.js';
import { runConsolidation } from '../services/consolidation-service.js';
import { runFlagging } from '../services/flagging-service.js';
import { applyImport } from '../services/import-service.js';

/** A request to execute one run. */
export interface RunMessage {
  readonly databasePath: string;
  readonly runId: string;
}

/** What the worker tells the main thread: progress on the way, then that the run is over (or could not be recorded). */
export interface RunReply {
  readonly runId: string;
  readonly progress?: { readonly done: number; readonly total: number };
  readonly error?: string;
}

/** What an import run's request holds: where its lines were staged. */
export interface ImportRunRequest {
  readonly stagedPath: string;
  readonly lines: number;
}

const PROGRESS_INTERVAL_MS = 250;

async function execute({ databasePath, runId }: RunMessage): Promise<void> {
  const database = openDatabase(databasePath);
  const runs = new RunsStore(database, systemClock);
  const run = runs.start(runId);
  let lastWrite = 0;
  const progress = (done: number, total: number) => {
    const now = Date.now();
    if (now - lastWrite < PROGRESS_INTERVAL_MS && done < total) return;
    lastWrite = now;
    // Work inside one transaction (an import) writes progress nobody else can read until it
    // commits: the main thread is told as well, and answers polls from what it was told.
    parentPort!.postMessage({ runId, progress: { done, total } } satisfies RunReply);
    runs.progress(runId, done, total);
  };
  try {
    let statistics: Record<string, number>;
    if (run.kind === 'consolidation') {
      statistics = runConsolidation(database, runs.request<ConsolidationRunRequest>(runId), systemClock, progress);
    } else if (run.kind === 'flagging') {
      statistics = runFlagging(database, runId, runs.request<FlaggingRunRequest>(runId), systemClock, progress);
    } else {
      const request = runs.request<ImportRunRequest>(runId);
      try {
        // Success is recorded inside the import's own transaction: a process killed just after the
        // commit must not leave an applied import reported as failed with "nothing applied".
        statistics = await applyImport(database, request.stagedPath, request.lines, systemClock, progress, (result) => runs.succeed(runId, result));
      } finally {
        rmSync(request.stagedPath, { force: true });
      }
    }
    if (run.kind !== 'import') runs.succeed(runId, statistics);
  } catch (error) {
    const known = error instanceof PlumblineError;
    const kind = known ? error.kind : 'internal';
    runs.fail(runId, {
      type: problemType(kind),
      title: problemKinds[kind].title,
      status: problemKinds[kind].status,
      detail: known ? error.message : 'The run failed unexpectedly; nothing of it was applied.',
      ...(known && error.errors ? { errors: error.errors } : {}),
    });
    if (!known) console.error(`run ${runId} failed:`, error);
  } finally {
    database.close();
  }
}

parentPort!.on('message', (message: RunMessage) => {
  void execute(message).then(
    () => parentPort!.postMessage({ runId: message.runId }),
    (error: unknown) => parentPort!.postMessage({ runId: message.runId, error: String(error) }),
  );
});
