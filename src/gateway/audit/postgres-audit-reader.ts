/**
 * Reading the audit trail on PostgreSQL for `GET /v1/audit-events`: the same filters, cursors and
 * answer as the SQLite reader (`audit-reader.ts`), found through the indexed `lookup_keys` and
 * `occurred_at` (times never go backwards along the chain, so a time bound is an entry bound).
 */
import type pg from 'pg';
import type { AuditEvent, AuditQuery, Page } from '../../contract/index.js';
import type { StoredAuditEntry } from './audit-chain.js';
import { lookupKey } from './audit-lookups.js';
import { decodeCursor, encodeCursor, toAuditEvent } from './audit-reader.js';
import { POSTGRES_ENTRY_COLUMNS } from './postgres-audit-schema.js';

/** One page of entries matching every filter given, oldest first. */
export async function readPostgresAuditEvents(pool: pg.Pool, query: AuditQuery): Promise<Page<AuditEvent>> {
  const values: unknown[] = [query.cursor ? decodeCursor(query.cursor) : 0];
  const conditions = ['sequence > $1'];
  const filter = (condition: (placeholder: string) => string, value: string | undefined) => {
    if (value === undefined) return;
    values.push(value);
    conditions.push(condition(`$${values.length}`));
  };
  filter((p) => `lookup_keys @> ARRAY[${p}::text]`, query.actor && lookupKey('actor', query.actor));
  // The actor is a column of the chained entry too: a lookup key added in someone else's name shows nothing.
  filter((p) => `actor = ${p}`, query.actor);
  filter((p) => `lookup_keys @> ARRAY[${p}::text]`, query.target && lookupKey('target', query.target));
  filter((p) => `action = ${p}`, query.action);
  filter((p) => `operation = ${p}`, query.operation);
  // Stored times are UTC with milliseconds, so normalised bounds compare correctly as text.
  filter((p) => `occurred_at >= ${p}`, query.from && new Date(query.from).toISOString());
  filter((p) => `occurred_at < ${p}`, query.to && new Date(query.to).toISOString());
  values.push(query.limit + 1);
  const { rows } = await pool.query<StoredAuditEntry>(
    `SELECT ${POSTGRES_ENTRY_COLUMNS} FROM audit_events WHERE ${conditions.join(' AND ')} ORDER BY sequence LIMIT $${values.length}`,
    values,
  );
  const more = rows.length > query.limit;
  const items = rows.slice(0, query.limit);
  return { items: items.map(toAuditEvent), nextCursor: more ? encodeCursor(items[items.length - 1].sequence) : null };
}
