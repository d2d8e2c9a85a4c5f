/**
 * Checkpoints the audit trail's WAL from a worker thread. SQLite would otherwise checkpoint
 * inside whichever commit crosses a thousand pages, copying the WAL into the database and
 * syncing it to disk on the gateway's event loop, stalling every request in flight for
 * milliseconds. The writer turns automatic checkpoints off; this worker runs a PASSIVE checkpoint
 * (which never blocks the writer) every second on its own connection.
 */
import { createRequire } from 'node:module';
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';

/** Inline CommonJS, so the worker runs the same from TypeScript sources, tests and compiled output. */
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const database = new Database(workerData.path);
const timer = setInterval(() => {
  try { database.pragma('wal_checkpoint(PASSIVE)'); } catch { /* busy: the next round catches up */ }
}, workerData.intervalMs);
parentPort.once('message', () => {
  clearInterval(timer);
  database.close();
  parentPort.close();
});
`;

export class Checkpointer {
  private readonly worker: Worker;
  private readonly exited: Promise<unknown>;

  /** `onFailure` runs if the worker dies, so that the writer can checkpoint again itself. */
  constructor(path: string, onFailure: () => void, intervalMs = 1_000) {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    this.worker = new Worker(workerSource, { eval: true, workerData: { path, driver, intervalMs } });
    this.worker.unref();
    this.worker.on('error', onFailure);
    this.exited = once(this.worker, 'exit').catch(() => undefined);
  }

  /**
   * Closes the worker's connection and waits for it to end, so that the writer's connection is
   * the last one and closing it checkpoints the whole WAL into the database file.
   */
  async stop(): Promise<void> {
    // Held while it winds down: an unreferenced worker would let the process end mid-wait.
    this.worker.ref();
    this.worker.postMessage('stop');
    await this.exited;
  }
}
