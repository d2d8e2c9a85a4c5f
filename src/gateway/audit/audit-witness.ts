/**
 * The witness: the latest signed head, written to a second place (a file, ideally on another
 * volume or host the database's writer cannot reach; later a remote witness). The heads stored
 * in the database prove that the entries up to them are the gateway's; the witness proves how
 * far the trail had grown, so that removing entries from its end (with their heads) or replacing
 * the whole file with an older copy is caught. Written after the commit (so it never claims more
 * than the database holds), at most every `intervalMs`, and on close; replaced atomically.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SignedHead } from './audit-signing.js';

/** Where the witness of a trail is kept when none is configured. */
export const defaultWitnessPathFor = (databasePath: string) => `${databasePath}.witness.json`;

/** Reads the witnessed head; undefined when there is none yet. Throws on a file that is not one. */
export function readWitness(path: string): SignedHead | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const head = JSON.parse(text) as SignedHead;
  if (!Number.isSafeInteger(head.size) || typeof head.hash !== 'string' || typeof head.signature !== 'string')
    throw new Error(`${path} is not a witnessed head`);
  return head;
}

export class AuditWitness {
  private latest: SignedHead | undefined;
  private written: SignedHead | undefined;
  private lastWriteAt = 0;
  private timer: NodeJS.Timeout | undefined;
  /** Why the last write failed, until one succeeds: reported by readiness, never by a request. */
  failure: Error | undefined;

  constructor(
    readonly path: string,
    private readonly intervalMs = 250,
  ) {
    mkdirSync(dirname(path), { recursive: true });
  }

  /** Records a new head: written now when the last write is old enough, else a little later. */
  offer(head: SignedHead): void {
    this.latest = head;
    if (this.timer) return;
    const wait = this.lastWriteAt + this.intervalMs - Date.now();
    if (wait <= 0) this.flush();
    else this.timer = setTimeout(() => this.flush(), wait).unref();
  }

  /** Writes the latest head if it is not written yet. */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.latest || this.latest === this.written) return;
    const temporary = `${this.path}.${process.pid}.tmp`;
    try {
      writeFileSync(temporary, JSON.stringify(this.latest, null, 2) + '\n', { mode: 0o600 });
      renameSync(temporary, this.path);
      this.written = this.latest;
      this.failure = undefined;
    } catch (error) {
      // The entries are committed and signed in the database; the next head retries the witness.
      this.failure = error as Error;
    }
    this.lastWriteAt = Date.now();
  }
}
