/**
 * One run worker thread per process, shared by every engine in it and started on first use: a
 * thread's start-up (module loading) costs more than most runs on small data. Runs are sent one
 * at a time; if the thread dies, the run it held fails and the next run starts a fresh thread.
 */
import type { Worker } from 'node:worker_threads';
import { runHeapLimitMb, threadFailure } from './run-heap-limit.js';
import { startWorker } from './start-worker.js';
import type { RunMessage, RunReply } from './run-worker.js';

let thread: Worker | undefined;
/** The heap limit the current thread was started with. */
let threadLimitMb = 0;

function workerUrl(): URL {
  return new URL(`./run-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);
}

/** How far a run has got, as the worker reports it while its work is still uncommitted. */
export type ProgressListener = (done: number, total: number) => void;

/**
 * Executes a run in the shared thread; rejects if the thread dies or reports a failure to record
 * the run. Progress the worker reports on the way reaches `onProgress`.
 */
export function executeInRunThread(message: RunMessage, onProgress?: ProgressListener): Promise<void> {
  if (!thread) {
    threadLimitMb = runHeapLimitMb();
    thread = startWorker(workerUrl(), undefined, { maxOldGenerationSizeMb: threadLimitMb });
  }
  const worker = thread;
  worker.ref();
  return new Promise<void>((resolve, reject) => {
    const cleanup = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      // An idle thread must not keep the process alive.
      worker.unref();
    };
    const onMessage = (reply: RunReply) => {
      if (reply.runId !== message.runId) return;
      if (reply.progress) {
        onProgress?.(reply.progress.done, reply.progress.total);
        return;
      }
      cleanup();
      if (reply.error) reject(new Error(reply.error));
      else resolve();
    };
    const onError = (error: Error) => {
      cleanup();
      thread = undefined;
      reject(threadFailure(error, threadLimitMb));
    };
    const onExit = (code: number) => {
      cleanup();
      thread = undefined;
      reject(new Error(`run worker exited with code ${code}`));
    };
    worker.on('message', onMessage);
    worker.once('error', onError);
    worker.once('exit', onExit);
    worker.postMessage(message);
  });
}
