/**
 * The audit trail's tables on PostgreSQL, as versioned migrations (`src/postgres/postgres-migrations.ts`).
 * The entries and signed heads hold exactly what the SQLite trail holds, so one chain and one
 * verifier serve both; what PostgreSQL adds is for many replicas writing one trail:
 *
 * - `audit_chain`, one row: the chain's head (size, last hash, last time). Every commit locks it
 *   (`SELECT … FOR UPDATE`) before computing hashes, which serialises appends across replicas.
 * - `audit_replicas`: each replica's lease, renewed while it runs; `audit_open_attempts`: the
 *   attempts with no outcome yet and who wrote them. An attempt is concluded as `outcome unknown`
 *   only once its replica's lease has run out (it crashed or was cut off), never while it may still
 *   write the outcome. Both are working tables, not part of the chain.
 * - `lookup_keys` on each entry (its actor and targets), indexed, checked by `audit verify`
 *   against the entry: the lookups SQLite keeps in a separate table, written in the same insert.
 *
 * Append-only: triggers refuse UPDATE, DELETE and TRUNCATE on entries and heads. An owner of the
 * tables can drop the triggers, which is what the chain, the signatures and the witness are for;
 * deployment grants the gateway's role INSERT and SELECT only (docs/deployment.md).
 */
import type { Migration } from '../../postgres/postgres-migrations.js';
import { GENESIS_HASH } from './audit-chain.js';

/** The component name under which these migrations are recorded. */
export const AUDIT_COMPONENT = 'audit';

export const auditMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'entries, signed heads, the chain head, replica leases and open attempts',
    sql: `
CREATE TABLE audit_events (
  sequence bigint PRIMARY KEY,
  occurred_at text NOT NULL,
  actor text NOT NULL,
  role text,
  action text NOT NULL,
  operation text NOT NULL,
  targets text NOT NULL,
  criteria text NOT NULL,
  justification text,
  status integer NOT NULL,
  request_id text NOT NULL,
  previous_hash text NOT NULL,
  hash text NOT NULL,
  attempt bigint,
  replica_id text NOT NULL,
  lookup_keys text[] NOT NULL
);
CREATE UNIQUE INDEX audit_events_hash ON audit_events (hash);
CREATE INDEX audit_events_lookup_keys ON audit_events USING gin (lookup_keys);
CREATE INDEX audit_events_occurred_at ON audit_events (occurred_at);
CREATE TABLE audit_heads (
  size bigint PRIMARY KEY,
  hash text NOT NULL,
  signed_at text NOT NULL,
  key_id text NOT NULL,
  signature text NOT NULL,
  replica_id text NOT NULL
);
CREATE TABLE audit_chain (
  id integer PRIMARY KEY CHECK (id = 1),
  size bigint NOT NULL,
  hash text NOT NULL,
  occurred_at text NOT NULL
);
INSERT INTO audit_chain VALUES (1, 0, '${GENESIS_HASH}', '');
CREATE TABLE audit_replicas (
  replica_id text PRIMARY KEY,
  started_at timestamptz NOT NULL DEFAULT now(),
  lease_until timestamptz NOT NULL
);
CREATE TABLE audit_open_attempts (
  sequence bigint PRIMARY KEY,
  replica_id text NOT NULL
);
CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit trail is append-only';
END $$;
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_heads_append_only BEFORE UPDATE OR DELETE ON audit_heads FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_heads_no_truncate BEFORE TRUNCATE ON audit_heads FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
`,
  },
  {
    version: 2,
    name: 'signed heads carry the signing interval they promise',
    // Null on heads signed before the schedule: those were signed on every commit.
    sql: 'ALTER TABLE audit_heads ADD COLUMN sign_every integer;',
  },
];

/** Columns under the names of `StoredAuditEntry`. */
export const POSTGRES_ENTRY_COLUMNS = `sequence::float8 AS sequence, occurred_at AS "occurredAt", actor, role, action, operation, targets, criteria,
  justification, status, request_id AS "requestId", attempt::float8 AS attempt, previous_hash AS "previousHash", hash`;

/** Columns of a signed head under the names of `SignedHead`. */
export const POSTGRES_HEAD_COLUMNS = 'size::float8 AS size, hash, signed_at AS "signedAt", key_id AS "keyId", signature, sign_every AS "signEvery"';
