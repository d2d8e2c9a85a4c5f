/**
 * The hash chain of the audit trail. Each entry's hash covers the previous entry's hash and the
 * entry's own fields exactly as stored, so changing an entry, removing one or moving one breaks
 * the chain at a place `verifyChain` can name. The entry number is deliberately not hashed: an
 * entry moved to another number still verifies on its own, which lets a reorder be told apart
 * from an alteration.
 */
import { createHash } from 'node:crypto';

/** The `previousHash` of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** An entry as stored: JSON columns stay text, so hashing never depends on re-serialisation. */
export interface StoredAuditEntry {
  readonly sequence: number;
  readonly occurredAt: string;
  readonly actor: string;
  readonly role: string | null;
  readonly action: string;
  readonly operation: string;
  /** JSON text of the targets array. */
  readonly targets: string;
  /** JSON text of the criteria object. */
  readonly criteria: string;
  readonly justification: string | null;
  readonly status: number;
  readonly requestId: string;
  /**
   * For the entry that concludes an attempt (its outcome, or `outcome unknown` written at
   * start-up after a crash), the number of the attempt entry; null for every other entry.
   */
  readonly attempt: number | null;
  readonly previousHash: string;
  readonly hash: string;
}

export type HashedFields = Omit<StoredAuditEntry, 'sequence' | 'previousHash' | 'hash'>;

/** SHA-256 over the previous hash and the entry's fields in a fixed order. */
export function hashEntry(previousHash: string, entry: HashedFields): string {
  const fields: unknown[] = [
    entry.occurredAt,
    entry.actor,
    entry.role,
    entry.action,
    entry.operation,
    entry.targets,
    entry.criteria,
    entry.justification,
    entry.status,
    entry.requestId,
  ];
  // Hashed only when set, so that entries written before attempts were recorded still verify.
  if (entry.attempt !== null && entry.attempt !== undefined) fields.push(entry.attempt);
  return createHash('sha256').update(previousHash).update('\n').update(JSON.stringify(fields)).digest('hex');
}

export interface ChainProblem {
  /** The entry number where the problem shows. */
  readonly sequence: number;
  readonly kind: 'altered' | 'missing' | 'reordered' | 'broken' | 'truncated' | 'unsigned' | 'forged' | 'recomputed' | 'witness' | 'lookup';
  readonly detail: string;
}

/**
 * Entries past the last signed head, fewer than it promised (`audit-signing-schedule.ts`): chained
 * but not yet signed. Not a problem: a running gateway signs them shortly, a crashed one at its
 * next start; but nothing but the chain vouches for them until then.
 */
export interface UnsignedTail {
  readonly from: number;
  readonly to: number;
  /** The interval the last head promised. */
  readonly signEvery: number;
}

export interface ChainReport {
  /** How many entries were read. */
  readonly entries: number;
  /** The last entry's hash. */
  readonly head: string;
  readonly problems: ChainProblem[];
  /** The tail not yet signed, when there is one. */
  readonly unsignedTail?: UnsignedTail;
}

/**
 * Walks the entries in entry-number order, one `step` at a time, so that a trail read in pages
 * (PostgreSQL) and one read through a synchronous iterator (SQLite) are judged by the same code.
 * A link that does not follow is classified only at `finish`, when `findByHash` can name the entry
 * that now holds the hash (to tell a reorder from a removal) without holding every hash in memory.
 */
export class ChainWalker {
  private readonly problems: (ChainProblem | { unresolved: StoredAuditEntry })[] = [];
  private expected = 1;
  private previousHash = GENESIS_HASH;
  private count = 0;
  private headSeen: boolean;

  /** `expectedHead` is a head recorded earlier, which must still be in the chain. */
  constructor(private readonly expectedHead?: string) {
    this.headSeen = expectedHead === undefined || expectedHead === GENESIS_HASH;
  }

  /** Judges the next entry against the one before it. */
  step(entry: StoredAuditEntry): void {
    this.count += 1;
    const expected = this.expected;
    const gap = entry.sequence !== expected;
    if (gap) {
      const range = entry.sequence - 1 === expected ? `${expected}` : `${expected} to ${entry.sequence - 1}`;
      this.problems.push({ sequence: expected, kind: 'missing', detail: `entry ${range} ${entry.sequence - expected === 1 ? 'is' : 'are'} missing (deleted)` });
    }
    if (hashEntry(entry.previousHash, entry) !== entry.hash) {
      this.problems.push({ sequence: entry.sequence, kind: 'altered', detail: `entry ${entry.sequence} was altered: its content does not match its hash` });
    }
    if (entry.previousHash !== this.previousHash && !gap) this.problems.push({ unresolved: entry });
    if (entry.hash === this.expectedHead) this.headSeen = true;
    this.previousHash = entry.hash;
    this.expected = entry.sequence + 1;
  }

  /** The hashes of the links that did not follow, for a caller that looks them up in bulk. */
  unresolvedHashes(): string[] {
    return this.problems.flatMap((problem) => ('unresolved' in problem ? [problem.unresolved.previousHash] : []));
  }

  /** The report, naming where each link that did not follow now points. */
  finish(findByHash: (hash: string) => number | undefined): ChainReport {
    const problems: ChainProblem[] = this.problems.map((problem) => {
      if (!('unresolved' in problem)) return problem;
      const entry = problem.unresolved;
      const writtenAfter = findByHash(entry.previousHash);
      return writtenAfter === undefined
        ? {
            sequence: entry.sequence,
            kind: 'broken',
            detail: `entry ${entry.sequence} does not follow entry ${entry.sequence - 1}: that entry was altered and re-hashed, or entries between them were removed`,
          }
        : {
            sequence: entry.sequence,
            kind: 'reordered',
            detail: `entries are out of order: entry ${entry.sequence} was written right after the entry now numbered ${writtenAfter}, not after entry ${entry.sequence - 1}`,
          };
    });
    if (!this.headSeen) {
      problems.push({
        sequence: this.expected,
        kind: 'truncated',
        detail: `the recorded head ${this.expectedHead} is no longer in the trail: entries were removed from its end or it was rewritten`,
      });
    }
    return { entries: this.count, head: this.previousHash, problems };
  }
}

/**
 * Walks the entries in entry-number order and reports every break. `findByHash` names the entry
 * that now holds a hash (to tell a reorder from a removal); `expectedHead` is a head recorded
 * earlier, which must still be in the chain; `onEntry` sees every entry as it is read.
 */
export function verifyChain(
  entries: Iterable<StoredAuditEntry>,
  findByHash: (hash: string) => number | undefined,
  expectedHead?: string,
  onEntry?: (entry: StoredAuditEntry) => void,
): ChainReport {
  const walker = new ChainWalker(expectedHead);
  for (const entry of entries) {
    onEntry?.(entry);
    walker.step(entry);
  }
  return walker.finish(findByHash);
}
