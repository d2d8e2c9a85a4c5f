/**
 * The audit trail's tables, in one place: the entries (hash-chained), and the signed heads that
 * anchor the chain to a key kept outside the file (on the schedule of `audit-signing-schedule.ts`,
 * each with the interval it promises). Both are append-only: triggers refuse UPDATE
 * and DELETE through SQLite (a tamperer with the file can drop them, which is what the chain, the
 * signatures and the witness are for).
 */
import type Database from 'better-sqlite3';

const schema = `
CREATE TABLE IF NOT EXISTS audit_events (
  sequence INTEGER PRIMARY KEY,
  occurred_at TEXT NOT NULL,
  actor TEXT NOT NULL,
  role TEXT,
  action TEXT NOT NULL,
  operation TEXT NOT NULL,
  targets TEXT NOT NULL,
  criteria TEXT NOT NULL,
  justification TEXT,
  status INTEGER NOT NULL,
  request_id TEXT NOT NULL,
  previous_hash TEXT NOT NULL,
  hash TEXT NOT NULL,
  attempt INTEGER
);
CREATE TRIGGER IF NOT EXISTS audit_events_no_update BEFORE UPDATE ON audit_events BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_events_no_delete BEFORE DELETE ON audit_events BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TABLE IF NOT EXISTS audit_heads (
  size INTEGER PRIMARY KEY,
  hash TEXT NOT NULL,
  signed_at TEXT NOT NULL,
  key_id TEXT NOT NULL,
  signature TEXT NOT NULL,
  sign_every INTEGER
);
CREATE TRIGGER IF NOT EXISTS audit_heads_no_update BEFORE UPDATE ON audit_heads BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_heads_no_delete BEFORE DELETE ON audit_heads BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
`;

/** Columns of a signed head under the names of `SignedHead`. */
export const HEAD_COLUMNS = 'size, hash, signed_at AS signedAt, key_id AS keyId, signature, sign_every AS signEvery';

/** Columns under the names of `StoredAuditEntry`. */
export const ENTRY_COLUMNS = `sequence, occurred_at AS occurredAt, actor, role, action, operation, targets, criteria, justification, status,
  request_id AS requestId, attempt, previous_hash AS previousHash, hash`;

/** Creates the tables when missing, and adds the columns a trail written by an older version lacks. */
export function createAuditSchema(database: Database.Database): void {
  const columns = database.prepare<[], { name: string }>("SELECT name FROM pragma_table_info('audit_events')").all();
  if (columns.length > 0 && !columns.some((column) => column.name === 'attempt')) database.exec('ALTER TABLE audit_events ADD COLUMN attempt INTEGER');
  const headColumns = database.prepare<[], { name: string }>("SELECT name FROM pragma_table_info('audit_heads')").all();
  if (headColumns.length > 0 && !headColumns.some((column) => column.name === 'sign_every'))
    database.exec('ALTER TABLE audit_heads ADD COLUMN sign_every INTEGER');
  database.exec(schema);
}
