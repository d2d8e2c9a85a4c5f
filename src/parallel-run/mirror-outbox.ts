/**
 * The parallel run's durable outbox: every accepted write to the primary, waiting to be mirrored
 * to the candidate. It lives in the audit trail's database so that an entry is committed in the
 * same transaction as the request's audit outcome (`AuditRecord.alongside`): a crash either loses
 * both (the request's answer was never sent) or keeps both (the write is mirrored after the
 * restart). Delivery walks the entries in order (the cursor is the first entry not settled), so
 * writes reach the candidate in the order the primary accepted them, per source and overall.
 *
 * A delivered entry's payload (records, for an ingest) is removed once delivered: the outbox keeps
 * personal data only as long as the candidate has not got it. The audit entries themselves are
 * untouched, and no table here has a trigger or a hash chain: this is working state, not the record.
 */
import type Database from 'better-sqlite3';

/** Where an entry is on its way to the candidate. */
export type OutboxState = 'pending' | 'sending' | 'delivered' | 'undeliverable' | 'overflow';

/** One write waiting for (or done with) delivery. */
export interface OutboxEntry {
  readonly sequence: number;
  readonly enqueuedAt: string;
  readonly operation: string;
  /** The source the write concerns, when it concerns one (ingests, erasures, sources). */
  readonly sourceId: string | null;
  /** The audit outcome entry the outbox entry was committed with; null for writes not audited. */
  readonly auditSequence: number | null;
  readonly payload: unknown;
  readonly state: OutboxState;
  readonly attempts: number;
}

/** What `enqueue` is given: the write as the primary accepted it. */
export interface OutboxWrite {
  readonly operation: string;
  readonly sourceId: string | null;
  readonly payload: unknown;
}

/** Counts of the outbox by state, and the mirror's lag. */
export interface OutboxCounts {
  readonly pending: number;
  readonly delivered: number;
  readonly undeliverable: number;
  /** Writes not kept because the backlog was full: counted, never silently dropped. */
  readonly overflow: number;
  /** Seconds the oldest pending entry has waited (0 when none waits). */
  readonly lagSeconds: number;
}

const schema = `
CREATE TABLE IF NOT EXISTS parallel_run_outbox (
  sequence INTEGER PRIMARY KEY,
  enqueued_at TEXT NOT NULL,
  operation TEXT NOT NULL,
  source_id TEXT,
  audit_sequence INTEGER,
  payload TEXT,
  state TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  settled_at TEXT,
  problem TEXT
);
CREATE INDEX IF NOT EXISTS parallel_run_outbox_state ON parallel_run_outbox (state, sequence);
CREATE TABLE IF NOT EXISTS parallel_run_ids (
  kind TEXT NOT NULL,
  primary_id TEXT NOT NULL,
  candidate_id TEXT NOT NULL,
  PRIMARY KEY (kind, primary_id)
);
CREATE TABLE IF NOT EXISTS parallel_run_pair (
  only_row INTEGER PRIMARY KEY CHECK (only_row = 1),
  primary_adapter TEXT NOT NULL,
  candidate_adapter TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS parallel_run_observations (
  sequence INTEGER PRIMARY KEY,
  observed_at TEXT NOT NULL,
  kind TEXT NOT NULL,
  payload TEXT NOT NULL
);
`;

interface EntryRow {
  sequence: number;
  enqueuedAt: string;
  operation: string;
  sourceId: string | null;
  auditSequence: number | null;
  payload: string | null;
  state: OutboxState;
  attempts: number;
}

const ENTRY_COLUMNS = 'sequence, enqueued_at AS enqueuedAt, operation, source_id AS sourceId, audit_sequence AS auditSequence, payload, state, attempts';

/** The outbox over a database (the audit trail's). */
export class MirrorOutbox {
  private readonly insert: Database.Statement<unknown[]>;
  private readonly backlog: Database.Statement<[], { count: number }>;

  /**
   * @param maxBacklog entries waiting at most; past it, a write is recorded as `overflow` without
   *   its payload, so a candidate that has stopped never fills the disk nor slows the primary.
   */
  constructor(
    readonly database: Database.Database,
    readonly maxBacklog: number = 100_000,
  ) {
    database.exec(schema);
    this.insert = database.prepare(
      'INSERT INTO parallel_run_outbox (enqueued_at, operation, source_id, audit_sequence, payload, state) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.backlog = database.prepare("SELECT COUNT(*) AS count FROM parallel_run_outbox WHERE state IN ('pending', 'sending')");
  }

  /**
   * Adds a write, inside whatever transaction is open (the audit outcome's, when called from
   * `AuditRecord.alongside`). Never throws for a full backlog: the write is counted as overflow.
   */
  enqueue(write: OutboxWrite, auditSequence: number | null): void {
    const full = this.backlog.get()!.count >= this.maxBacklog;
    this.insert.run(
      new Date().toISOString(),
      write.operation,
      write.sourceId,
      auditSequence,
      full ? null : JSON.stringify(write.payload),
      full ? 'overflow' : 'pending',
    );
  }

  /** The next entries to deliver, in order: the cursor is the first entry not yet settled. */
  next(limit: number): OutboxEntry[] {
    return this.database
      .prepare<[number], EntryRow>(`SELECT ${ENTRY_COLUMNS} FROM parallel_run_outbox WHERE state IN ('pending', 'sending') ORDER BY sequence LIMIT ?`)
      .all(limit)
      .map((row) => ({ ...row, payload: row.payload === null ? null : JSON.parse(row.payload) }));
  }

  /** Marks an entry as on its way: after a crash, an entry found `sending` may have reached the candidate. */
  markSending(sequence: number): void {
    this.database.prepare("UPDATE parallel_run_outbox SET state = 'sending', attempts = attempts + 1 WHERE sequence = ?").run(sequence);
  }

  /** The candidate has it: the payload is removed (the candidate holds the data now). */
  markDelivered(sequence: number): void {
    this.database
      .prepare("UPDATE parallel_run_outbox SET state = 'delivered', payload = NULL, settled_at = ? WHERE sequence = ?")
      .run(new Date().toISOString(), sequence);
  }

  /** The candidate refused it or could not be reached within the retry policy: counted and reported. */
  markUndeliverable(sequence: number, problem: string): void {
    this.database
      .prepare("UPDATE parallel_run_outbox SET state = 'undeliverable', payload = NULL, settled_at = ?, problem = ? WHERE sequence = ?")
      .run(new Date().toISOString(), problem.slice(0, 500), sequence);
  }

  /** Counts by state and the age of the oldest waiting entry. */
  counts(now: Date = new Date()): OutboxCounts {
    const rows = this.database
      .prepare<[], { state: OutboxState; count: number }>('SELECT state, COUNT(*) AS count FROM parallel_run_outbox GROUP BY state')
      .all();
    const count = (state: OutboxState) => rows.find((row) => row.state === state)?.count ?? 0;
    const oldest = this.database
      .prepare<[], { enqueuedAt: string }>(
        "SELECT enqueued_at AS enqueuedAt FROM parallel_run_outbox WHERE state IN ('pending', 'sending') ORDER BY sequence LIMIT 1",
      )
      .get();
    return {
      pending: count('pending') + count('sending'),
      delivered: count('delivered'),
      undeliverable: count('undeliverable'),
      overflow: count('overflow'),
      lagSeconds: oldest ? Math.max(0, (now.getTime() - Date.parse(oldest.enqueuedAt)) / 1000) : 0,
    };
  }

  /** The latest undeliverable entries with what went wrong, newest first. */
  undeliverable(limit: number): { sequence: number; operation: string; sourceId: string | null; problem: string }[] {
    return this.database
      .prepare<[number], { sequence: number; operation: string; sourceId: string | null; problem: string }>(
        "SELECT sequence, operation, source_id AS sourceId, problem FROM parallel_run_outbox WHERE state = 'undeliverable' ORDER BY sequence DESC LIMIT ?",
      )
      .all(limit);
  }

  /**
   * Records which adapters the outbox runs between. After a cut-over (the same two, swapped) the
   * remembered ids are swapped too, and writes still waiting were made on the old primary, which is
   * now the candidate and holds them: they are set aside, named. With another candidate, the ids
   * remembered for the old one are forgotten. Returns what was found.
   */
  pair(primaryAdapter: string, candidateAdapter: string): 'same' | 'new' | 'swapped' {
    return this.database.transaction(() => {
      const row = this.database
        .prepare<[], { primaryAdapter: string; candidateAdapter: string }>(
          'SELECT primary_adapter AS primaryAdapter, candidate_adapter AS candidateAdapter FROM parallel_run_pair',
        )
        .get();
      if (row && row.primaryAdapter === primaryAdapter && row.candidateAdapter === candidateAdapter) return 'same' as const;
      const swapped = row !== undefined && row.primaryAdapter === candidateAdapter && row.candidateAdapter === primaryAdapter;
      if (swapped) {
        this.database.exec('UPDATE parallel_run_ids SET primary_id = candidate_id, candidate_id = primary_id');
        this.database
          .prepare("UPDATE parallel_run_outbox SET state = 'undeliverable', payload = NULL, settled_at = ?, problem = ? WHERE state IN ('pending', 'sending')")
          .run(new Date().toISOString(), `made on ${candidateAdapter} before the cut-over; ${candidateAdapter} is now the candidate and holds it`);
      } else this.database.exec('DELETE FROM parallel_run_ids');
      this.database
        .prepare('INSERT OR REPLACE INTO parallel_run_pair (only_row, primary_adapter, candidate_adapter) VALUES (1, ?, ?)')
        .run(primaryAdapter, candidateAdapter);
      return swapped ? ('swapped' as const) : ('new' as const);
    })();
  }

  /** Remembers which candidate id stands for a primary id (runs, link overrides). */
  rememberId(kind: string, primaryId: string, candidateId: string): void {
    this.database.prepare('INSERT OR REPLACE INTO parallel_run_ids (kind, primary_id, candidate_id) VALUES (?, ?, ?)').run(kind, primaryId, candidateId);
  }

  /** The candidate's id for a primary id, if one was remembered. */
  candidateId(kind: string, primaryId: string): string | undefined {
    return this.database
      .prepare<[string, string], { id: string }>('SELECT candidate_id AS id FROM parallel_run_ids WHERE kind = ? AND primary_id = ?')
      .get(kind, primaryId)?.id;
  }

  /** Keeps one comparison result (agreement over time). */
  observe(kind: string, payload: unknown): void {
    this.database
      .prepare('INSERT INTO parallel_run_observations (observed_at, kind, payload) VALUES (?, ?, ?)')
      .run(new Date().toISOString(), kind, JSON.stringify(payload));
  }

  /** The kept comparison results of one kind, oldest first. */
  observations<T>(kind: string, limit = 1000): { observedAt: string; payload: T }[] {
    return this.database
      .prepare<[string, number], { observedAt: string; payload: string }>(
        'SELECT observed_at AS observedAt, payload FROM (SELECT * FROM parallel_run_observations WHERE kind = ? ORDER BY sequence DESC LIMIT ?) ORDER BY sequence',
      )
      .all(kind, limit)
      .map((row) => ({ observedAt: row.observedAt, payload: JSON.parse(row.payload) as T }));
  }
}
