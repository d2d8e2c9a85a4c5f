/**
 * Reading the audit trail: filtered pages in entry order for `GET /v1/audit-events`
 * (`audit-verifier.ts` walks the whole trail for `plumbline audit verify`).
 */
import Database from 'better-sqlite3';
import { PlumblineError } from '../../adapter/errors.js';
import type { AuditEvent, AuditQuery, Page } from '../../contract/index.js';
import type { StoredAuditEntry } from './audit-chain.js';
import { lookupKey } from './audit-lookups.js';
import { ENTRY_COLUMNS } from './audit-schema.js';

const cursorPrefix = 'after:';

/** The cursor of the page after entry `sequence`. */
export function encodeCursor(sequence: number): string {
  return Buffer.from(`${cursorPrefix}${sequence}`).toString('base64url');
}

/** The entry a cursor continues after; a 400 problem for a cursor this gateway did not issue. */
export function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString();
  const sequence = Number(text.slice(cursorPrefix.length));
  if (!text.startsWith(cursorPrefix) || !Number.isSafeInteger(sequence) || sequence < 0) {
    throw new PlumblineError('validation-failed', 'The cursor is not one this gateway issued.', {
      errors: [{ path: '/querystring/cursor', message: 'unknown cursor' }],
    });
  }
  return sequence;
}

/** What an entry says happened: an attempt and an unknown outcome have no HTTP status (0). */
function outcomeOf(entry: StoredAuditEntry): AuditEvent['outcome'] {
  if (entry.status === 0) return entry.attempt === null ? 'attempted' : 'unknown';
  return entry.status >= 500 ? 'failed' : entry.status >= 400 ? 'refused' : 'succeeded';
}

/** The stored entry as the contract shows it. */
export function toAuditEvent(entry: StoredAuditEntry): AuditEvent {
  return {
    ...entry,
    role: entry.role as AuditEvent['role'],
    action: entry.action as AuditEvent['action'],
    targets: JSON.parse(entry.targets),
    criteria: JSON.parse(entry.criteria),
    outcome: outcomeOf(entry),
  };
}

/**
 * The first entry number at or after a time, by binary search: the trail never lets time go
 * backwards along the chain, so entry numbers and times are in the same order.
 */
function firstAtOrAfter(database: Database.Database, time: string): number {
  const at = database.prepare<[number], { occurredAt: string }>('SELECT occurred_at AS occurredAt FROM audit_events WHERE sequence = ?');
  let low = 1;
  let high = (database.prepare<[], { last: number | null }>('SELECT MAX(sequence) AS last FROM audit_events').get()!.last ?? 0) + 1;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    const row = at.get(middle);
    if (row === undefined || row.occurredAt >= time) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** One page of entries matching every filter given, oldest first. Lookups must be up to date. */
export function readAuditEvents(database: Database.Database, query: AuditQuery): Page<AuditEvent> {
  const conditions = ['sequence > @after'];
  const parameters: Record<string, string | number> = { after: query.cursor ? decodeCursor(query.cursor) : 0, limit: query.limit + 1 };
  const filter = (name: string, condition: string, value: string | number | undefined) => {
    if (value === undefined) return;
    conditions.push(condition);
    parameters[name] = value;
  };
  const lookup = (key: string) => `sequence IN (SELECT sequence FROM audit_lookups WHERE key = @${key})`;
  filter('actorKey', lookup('actorKey'), query.actor && lookupKey('actor', query.actor));
  // The actor is a column of the chained entry too: a lookup row added in someone else's name shows nothing.
  filter('actor', 'actor = @actor', query.actor);
  filter('targetKey', lookup('targetKey'), query.target && lookupKey('target', query.target));
  filter('action', 'action = @action', query.action);
  filter('operation', 'operation = @operation', query.operation);
  // Stored times are UTC with milliseconds, so normalised bounds compare correctly as text.
  filter('from', 'sequence >= @from', query.from && firstAtOrAfter(database, new Date(query.from).toISOString()));
  filter('to', 'sequence < @to', query.to && firstAtOrAfter(database, new Date(query.to).toISOString()));

  const rows = database
    .prepare<Record<string, string | number>, StoredAuditEntry>(
      `SELECT ${ENTRY_COLUMNS} FROM audit_events WHERE ${conditions.join(' AND ')} ORDER BY sequence LIMIT @limit`,
    )
    .all(parameters);
  const more = rows.length > query.limit;
  const items = rows.slice(0, query.limit);
  return { items: items.map(toAuditEvent), nextCursor: more ? encodeCursor(items[items.length - 1].sequence) : null };
}
