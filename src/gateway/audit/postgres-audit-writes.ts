/**
 * The one statement that writes a chained batch to the PostgreSQL audit trail: the entries (with
 * their lookup keys), the signed head when one is due, the attempts opened and concluded, and the chain head moved
 * on. Data-modifying CTEs run together, so the batch costs one round trip while the chain's lock
 * is held (see `postgres-audit-trail.ts`).
 */
import type pg from 'pg';
import type { StoredAuditEntry } from './audit-chain.js';
import { expectedLookupKeys } from './audit-lookups.js';
import type { SignedHead } from './audit-signing.js';

/** A batch chained under the lock, ready to be written. */
export interface ChainedBatch {
  readonly entries: readonly StoredAuditEntry[];
  /** The head signed over the batch's last entry, when the signing schedule says one is due. */
  readonly signed: SignedHead | undefined;
  /** The last entry's time, kept on the chain head so that times never go backwards. */
  readonly lastTime: string;
  /** The replica writing, recorded on entries, heads and open attempts. */
  readonly replicaId: string;
}

/**
 * Inserts the entries (with their lookup keys) and the signed head if any, opens and closes attempts,
 * and moves the chain head on, in one statement: data-modifying CTEs run together.
 */
export async function writeChainedBatch(client: pg.PoolClient, batch: ChainedBatch): Promise<void> {
  const { entries, signed, lastTime, replicaId } = batch;
  const values: unknown[] = [];
  const parameter = (value: unknown) => {
    values.push(value);
    return `$${values.length}`;
  };
  const rows = entries.map((entry) =>
    [
      entry.sequence,
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
      entry.previousHash,
      entry.hash,
      entry.attempt,
      replicaId,
      expectedLookupKeys(entry),
    ].map(parameter),
  );
  const opened = entries.filter((entry) => entry.status === 0 && entry.attempt === null).map((entry) => entry.sequence);
  const concluded = entries.filter((entry) => entry.attempt !== null).map((entry) => entry.attempt);
  const replica = parameter(replicaId);
  const last = entries[entries.length - 1];
  const head = signed
    ? `head AS (
       INSERT INTO audit_heads (size, hash, signed_at, key_id, signature, sign_every, replica_id)
       VALUES (${[signed.size, signed.hash, signed.signedAt, signed.keyId, signed.signature, signed.signEvery].map(parameter).join(', ')}, ${replica})),`
    : '';
  await client.query(
    `WITH entries AS (
       INSERT INTO audit_events (sequence, occurred_at, actor, role, action, operation, targets, criteria, justification, status, request_id,
         previous_hash, hash, attempt, replica_id, lookup_keys) VALUES ${rows.map((row) => `(${row.join(', ')})`).join(', ')}),
     ${head}
     opened AS (INSERT INTO audit_open_attempts (sequence, replica_id) SELECT unnest(${parameter(opened)}::bigint[]), ${replica}),
     concluded AS (DELETE FROM audit_open_attempts WHERE sequence = ANY(${parameter(concluded)}::bigint[]))
     UPDATE audit_chain SET size = ${parameter(last.sequence)}, hash = ${parameter(last.hash)}, occurred_at = ${parameter(lastTime)} WHERE id = 1`,
    values,
  );
}

/** Inserts a head signed on its own (the signing schedule's timer, start-up, close): no entry comes with it. */
export async function writeSignedHead(client: pg.PoolClient, signed: SignedHead, replicaId: string): Promise<void> {
  await client.query('INSERT INTO audit_heads (size, hash, signed_at, key_id, signature, sign_every, replica_id) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
    signed.size,
    signed.hash,
    signed.signedAt,
    signed.keyId,
    signed.signature,
    signed.signEvery,
    replicaId,
  ]);
}
