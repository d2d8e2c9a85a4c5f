/**
 * The CPU-heavy part of a PostgreSQL engine run (resolving identities; evaluating detectors) on a
 * worker thread of its own when the run is large. The PostgreSQL engine reads and writes on the
 * gateway's thread (its I/O is asynchronous), but a whole force's resolution computes for tens of
 * seconds: on the gateway's thread it would stop this replica answering requests and renewing the
 * run's lease, and another replica would take the run over. Small runs (tests, incremental runs
 * on a few records) compute in place: starting a thread costs more than they do.
 */
import { runHeapLimitMb, threadFailure } from '../runs/run-heap-limit.js';
import { startWorker } from '../runs/start-worker.js';
import type { ComputeReply, ComputeRequest } from './pg-compute-worker.js';

/** Nodes (consolidation) or subjects (flagging) from which a run computes on a thread of its own. */
export const THREAD_THRESHOLD = 5_000;

function workerUrl(): URL {
  return new URL(`./pg-compute-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);
}

/** Computes `request` on a fresh worker thread (with the run heap limit) and resolves with its answer. */
export function computeInThread<Answer>(request: ComputeRequest): Promise<Answer> {
  const limitMb = runHeapLimitMb();
  const worker = startWorker(workerUrl(), request, { maxOldGenerationSizeMb: limitMb });
  return new Promise<Answer>((resolve, reject) => {
    worker.once('message', (reply: ComputeReply) => {
      void worker.terminate();
      if ('error' in reply) reject(new Error(reply.error));
      else resolve(reply.answer as Answer);
    });
    worker.once('error', (error) => reject(threadFailure(error, limitMb)));
    worker.once('exit', (code) => reject(new Error(`run compute thread exited with code ${code}`)));
  });
}
