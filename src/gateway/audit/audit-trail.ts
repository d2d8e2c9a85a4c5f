/**
 * The audit trail's store: its own SQLite file, separate from any adapter's data, so it survives a
 * change of supplier and can be handed to an auditor whole. Append-only twice over: the code only
 * inserts, and triggers refuse UPDATE and DELETE (a tamperer with the file can drop them, which is
 * what the hash chain is for). Heads are signed with a key kept outside the file, on the schedule
 * of `audit-signing-schedule.ts` (at least every 32 entries and within 250 ms by default, at start
 * and on close), and handed to the witness (a second file): see `audit-verifier.ts` for what that
 * catches. The trail is verified when opened and refuses to open when broken, unless
 * the operator accepts it explicitly.
 *
 * Durability: WAL with `synchronous=NORMAL` (the default) has each entry committed to the
 * operating system before its answer is sent, so a crash of the gateway loses nothing it has
 * answered; a power cut or kernel crash may lose the last entries (never corrupting the file).
 * `full` also waits for the disk, on every commit.
 *
 * Cost: an entry is one row in one table, nothing else, because every page a commit touches is
 * written again to the WAL. The lookups by actor and target are kept by `AuditLookups`, in bulk,
 * and checkpoints run on a worker thread (`Checkpointer`), both off the answer's path.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AuditEvent, AuditQuery, Page } from '../../contract/index.js';
import { GENESIS_HASH, hashEntry, type ChainProblem, type HashedFields, type StoredAuditEntry, type UnsignedTail } from './audit-chain.js';
import { developmentKeyPathFor, HeadSigner, loadHeadSigner, type SignedHead } from './audit-signing.js';
import { verifyAuditDatabase } from './audit-verifier.js';
import { AuditWitness, defaultWitnessPathFor } from './audit-witness.js';
import { AuditLookups } from './audit-lookups.js';
import { Checkpointer } from './checkpointer.js';
import { readAuditEvents } from './audit-reader.js';
import { createAuditSchema, ENTRY_COLUMNS, HEAD_COLUMNS } from './audit-schema.js';
import { checkedSchedule, HeadSchedule, type SigningSchedule } from './audit-signing-schedule.js';

export interface AuditTrailOptions {
  /** The SQLite file (created when missing); `:memory:` for tests that need no file. */
  readonly databasePath: string;
  /** `normal` (default): durable against process crashes; `full`: against power loss too. */
  readonly synchronous?: 'normal' | 'full';
  /**
   * The Ed25519 private key (PEM) that signs heads, kept away from the database. Default: a
   * development key beside the database, created when missing (refused in production).
   */
  readonly keyFile?: string;
  /** The witness file of signed heads. Default: beside the database. */
  readonly witnessPath?: string;
  /** Open a trail that fails verification anyway (the problems are kept in `startupProblems`). */
  readonly acceptBroken?: boolean;
  /** When heads are signed (default `DEFAULT_SIGNING_SCHEDULE`; `{ everyEntries: 1 }` signs every commit). */
  readonly signing?: Partial<SigningSchedule>;
}

/** The trail failed verification when opened, and the operator did not accept it. */
export class AuditTrailBrokenError extends Error {
  constructor(
    readonly path: string,
    readonly problems: readonly ChainProblem[],
  ) {
    const listed = problems.slice(0, 5).map((problem) => `  - ${problem.kind}: ${problem.detail}`);
    if (problems.length > 5) listed.push(`  - and ${problems.length - 5} more (plumbline audit verify lists them all)`);
    super(
      [
        `The audit trail ${path} failed verification (${problems.length} problem${problems.length === 1 ? '' : 's'}), so the gateway will not append to it:`,
        ...listed,
        'Investigate with `plumbline audit verify`. To serve anyway (recorded in the trail, and /readyz reports it), set PLUMBLINE_AUDIT_ACCEPT_BROKEN=true.',
      ].join('\n'),
    );
    this.name = 'AuditTrailBrokenError';
  }
}

/** What the gateway records about one request; the trail adds the entry number and hashes. */
export interface AuditRecord extends Omit<HashedFields, 'targets' | 'criteria' | 'attempt'> {
  /** The attempt entry this entry concludes, if any. */
  readonly attempt?: number | null;
  readonly targets: readonly { type: string; id: string }[];
  readonly criteria: Readonly<Record<string, string>>;
  /**
   * Work committed in the entry's own transaction, given the entry's number (the parallel run's
   * outbox: a write is queued for the candidate if and only if its outcome is recorded).
   */
  readonly alongside?: (sequence: number) => void;
}

interface Pending {
  readonly record: AuditRecord;
  readonly resolve: (entry: StoredAuditEntry) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * The trail. Entries appended during one turn of the event loop are committed together in one
 * transaction (group commit): each caller still waits for its own entry to be committed, but
 * concurrent requests share the commit, which is most of what an entry costs.
 */
export class AuditTrail {
  private readonly commit: (records: readonly AuditRecord[]) => StoredAuditEntry[];
  private readonly signCommitted: () => void;
  private readonly lookups: AuditLookups;
  private readonly schedule: HeadSchedule;
  private pending: Pending[] = [];

  /** What verification found when the trail was opened with `acceptBroken`; empty when intact. */
  startupProblems: readonly ChainProblem[] = [];
  /** Whether the lookups were found damaged when opened, and rebuilt from the entries. */
  lookupsRebuilt = false;
  /** Entries found chained but unsigned when opened (a crash before their head), signed since. */
  unsignedTailAtOpen: UnsignedTail | undefined;

  private constructor(
    readonly database: Database.Database,
    private readonly checkpointer: Checkpointer | undefined,
    readonly signer: HeadSigner,
    readonly witness: AuditWitness | undefined,
    signing: SigningSchedule,
  ) {
    const head = database.prepare<[], { sequence: number; hash: string; occurredAt: string }>(
      'SELECT sequence, hash, occurred_at AS occurredAt FROM audit_events ORDER BY sequence DESC LIMIT 1',
    );
    const insert = database.prepare<unknown[]>(
      'INSERT INTO audit_events (sequence, occurred_at, actor, role, action, operation, targets, criteria, justification, status, request_id, previous_hash, hash, attempt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const insertHead = database.prepare<unknown[]>('INSERT INTO audit_heads (size, hash, signed_at, key_id, signature, sign_every) VALUES (?, ?, ?, ?, ?, ?)');
    const signedThrough = database.prepare<[], number | null>('SELECT MAX(size) FROM audit_heads').pluck();
    const lastHead = database
      .prepare<[], { size: number; signEvery: number | null }>('SELECT size, sign_every AS signEvery FROM audit_heads ORDER BY size DESC LIMIT 1')
      .get();
    this.schedule = new HeadSchedule(signing, lastHead, () => this.signLate());
    // The head is read inside the write transaction, so two processes sharing a file still chain.
    // `always`: sign the head reached unless it is signed already (the timer, start-up, close).
    const transaction = database.transaction((records: readonly AuditRecord[], always: boolean) => {
      const last = head.get();
      let sequence = last?.sequence ?? 0;
      let previousHash = last?.hash ?? GENESIS_HASH;
      let previousTime = last?.occurredAt ?? '';
      const entries = records.map((record) => {
        // Times never go backwards along the chain, so time filters can search by entry number.
        const occurredAt = record.occurredAt > previousTime ? record.occurredAt : previousTime;
        const fields: HashedFields = {
          ...record,
          occurredAt,
          targets: JSON.stringify(record.targets),
          criteria: JSON.stringify(record.criteria),
          attempt: record.attempt ?? null,
        };
        const hash = hashEntry(previousHash, fields);
        sequence += 1;
        insert.run(
          sequence,
          occurredAt,
          fields.actor,
          fields.role,
          fields.action,
          fields.operation,
          fields.targets,
          fields.criteria,
          fields.justification,
          fields.status,
          fields.requestId,
          previousHash,
          hash,
          fields.attempt,
        );
        record.alongside?.(sequence);
        const entry: StoredAuditEntry = { ...fields, sequence, previousHash, hash };
        previousHash = hash;
        previousTime = occurredAt;
        return entry;
      });
      // Signed in the same transaction as the entries it covers when due, so the tail stays shorter than promised.
      // A head another process signed may cover the chain already (`covered`): nothing to sign then.
      const covered = records.length === 0 && sequence <= (signedThrough.get() ?? -1);
      const due = records.length > 0 ? this.schedule.due(sequence) : always && !covered;
      const signed = due ? signer.sign(sequence, previousHash, signing.everyEntries) : undefined;
      if (signed) insertHead.run(signed.size, signed.hash, signed.signedAt, signed.keyId, signed.signature, signed.signEvery);
      return { entries, signed, size: sequence, covered };
    });
    const commit = (records: readonly AuditRecord[], always: boolean) => {
      const { entries, signed, size, covered } = transaction.immediate(records, always);
      this.schedule.committed(size, signed !== undefined, covered);
      if (signed) this.witness?.offer(signed);
      return entries;
    };
    this.commit = (records) => commit(records, false);
    this.signCommitted = () => void commit([], true);
    this.lookups = new AuditLookups(database);
  }

  /** Opens (creating when needed) the trail at a path. */
  static open(options: AuditTrailOptions): AuditTrail {
    const path = options.databasePath;
    const inMemory = path === ':memory:';
    if (!inMemory) mkdirSync(dirname(path), { recursive: true });
    const signer = options.keyFile
      ? loadHeadSigner(options.keyFile, false)
      : inMemory
        ? HeadSigner.ephemeral()
        : loadHeadSigner(developmentKeyPathFor(path), true);
    const database = new Database(path);
    database.pragma('journal_mode = WAL');
    database.pragma(`synchronous = ${options.synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
    createAuditSchema(database);
    const signing = checkedSchedule(options.signing);
    if (inMemory) {
      const trail = new AuditTrail(database, undefined, signer, undefined, signing);
      trail.signCommitted();
      return trail;
    }

    const witnessPath = options.witnessPath ?? defaultWitnessPathFor(path);
    const { problems, lookupsDamaged, unsignedTail } = AuditTrail.verifyOnOpen(path, database, signer, witnessPath);
    if (problems.length && !options.acceptBroken) {
      database.close();
      throw new AuditTrailBrokenError(path, problems);
    }
    // Checkpoints run on a worker thread; should it die, SQLite goes back to checkpointing itself.
    database.pragma('wal_autocheckpoint = 0');
    const checkpointer = new Checkpointer(path, () => {
      if (database.open) database.pragma('wal_autocheckpoint = 1000');
    });
    const trail = new AuditTrail(database, checkpointer, signer, new AuditWitness(witnessPath), signing);
    trail.startupProblems = problems;
    // A tail left unsigned by a crash is signed before anything else is appended (and recorded by
    // the audit plugin, see `unsignedTailAtOpen`); an empty trail gets the head of its first interval.
    trail.unsignedTailAtOpen = unsignedTail;
    trail.signCommitted();
    if (lookupsDamaged) {
      // Derived data: rebuilt from the chain, which was just verified (or accepted).
      trail.lookups.rebuild();
      trail.lookupsRebuilt = true;
    }
    return trail;
  }

  /** Verifies the whole trail; damaged lookups are set apart, since they can be rebuilt. */
  private static verifyOnOpen(path: string, database: Database.Database, signer: HeadSigner, witnessPath: string) {
    const reader = new Database(path, { readonly: true });
    try {
      const report = verifyAuditDatabase(reader, database, { publicKey: signer.publicKey, witnessPath });
      return {
        problems: report.problems.filter((problem) => problem.kind !== 'lookup'),
        lookupsDamaged: report.problems.some((problem) => problem.kind === 'lookup'),
        unsignedTail: report.unsignedTail,
      };
    } finally {
      reader.close();
    }
  }

  /** The latest signed head: it may trail the last entry by fewer entries than the signing interval. */
  latestHead(): SignedHead | undefined {
    return this.database.prepare<[], SignedHead>(`SELECT ${HEAD_COLUMNS} FROM audit_heads ORDER BY size DESC LIMIT 1`).get();
  }

  /** The file the trail is kept in (see `AuditStore`, the interface it shares with PostgreSQL). */
  get location(): string {
    return this.database.name;
  }

  /** Rejects when the file cannot be read (readiness). */
  async checkReady(): Promise<void> {
    this.database.prepare('SELECT 1').get();
  }

  /** Appends one entry; resolves with it as stored once it is committed, rejects if it is not. */
  append(record: AuditRecord): Promise<StoredAuditEntry> {
    return new Promise((resolve, reject) => {
      this.pending.push({ record, resolve, reject });
      if (this.pending.length === 1) setImmediate(() => this.flush());
    });
  }

  /**
   * Concludes every attempt that has no outcome (the gateway stopped between committing the
   * attempt and its outcome) with an `outcome unknown` entry in the attempt's name, so that the
   * trail says so instead of leaving the question open. Run at start-up, before any request;
   * resolves with the numbers of the attempts concluded.
   */
  async concludeUnfinishedAttempts(): Promise<number[]> {
    const unfinished = this.database
      .prepare<[], StoredAuditEntry>(
        `SELECT ${ENTRY_COLUMNS} FROM audit_events WHERE status = 0 AND attempt IS NULL
           AND sequence NOT IN (SELECT attempt FROM audit_events WHERE attempt IS NOT NULL) ORDER BY sequence`,
      )
      .all();
    await Promise.all(
      unfinished.map((attempt) =>
        this.append({
          ...attempt,
          occurredAt: new Date().toISOString(),
          targets: JSON.parse(attempt.targets),
          criteria: JSON.parse(attempt.criteria),
          status: 0,
          attempt: attempt.sequence,
        }),
      ),
    );
    return unfinished.map((attempt) => attempt.sequence);
  }

  /** One page of entries matching a query, the lookups brought up to date first. */
  read(query: AuditQuery): Page<AuditEvent> {
    this.lookups.catchUp();
    return readAuditEvents(this.database, query);
  }

  /** Commits every entry waiting, in the order appended. */
  private flush(): void {
    const batch = this.pending;
    if (batch.length === 0) return;
    this.pending = [];
    try {
      const entries = this.commit(batch.map((item) => item.record));
      batch.forEach((item, index) => item.resolve(entries[index]));
    } catch (error) {
      // One entry that cannot be stored must not fail the others sharing its commit: each is
      // committed alone, so only the faulty one is refused (and its answer withheld).
      if (batch.length === 1) batch[0].reject(error);
      else for (const item of batch) this.commitAlone(item);
    }
    this.lookups.schedule();
  }

  private commitAlone(item: Pending): void {
    try {
      item.resolve(this.commit([item.record])[0]);
    } catch (error) {
      item.reject(error);
    }
  }

  /** The timer's signature of a tail left by a quiet spell; a failure waits for the next commit or close. */
  private signLate(): void {
    if (!this.database.open) return;
    try {
      this.signCommitted();
    } catch {
      // Busy or unwritable: the entries are committed and chained; the next commit's schedule retries.
    }
  }

  /** Commits what is waiting and signs its head, then the lookups, then closes the file, its WAL folded into it. */
  async close(): Promise<void> {
    if (!this.database.open) return;
    this.flush();
    this.signCommitted();
    this.schedule.stop();
    this.witness?.flush();
    this.lookups.stop();
    await this.checkpointer?.stop();
    this.database.close();
  }
}
