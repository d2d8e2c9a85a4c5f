/**
 * Opaque keyset cursors. A cursor carries the last key of the page it ends, so pages stay complete
 * and free of repeats while data is added. Clients must not build them; a cursor that does not
 * decode is a 400 naming the parameter.
 */
import { PlumblineError } from '../../../src/adapter/errors.js';

export function encodeCursor(key: string | number): string {
  return Buffer.from(JSON.stringify({ after: key }), 'utf8').toString('base64url');
}

export function decodeCursor<Key extends string | number>(cursor: string | undefined, type: 'string' | 'number'): Key | undefined {
  if (cursor === undefined) return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { after?: unknown };
    if (typeof parsed.after === type) return parsed.after as Key;
  } catch {
    // fall through to the error below
  }
  throw new PlumblineError('validation-failed', 'The cursor is not one this adapter issued; start again without a cursor.', {
    errors: [{ path: '/querystring/cursor', message: 'unknown cursor' }],
  });
}

/** Builds a page from up to `limit + 1` rows fetched in key order. */
export function pageFromRows<Row, Item>(rows: Row[], limit: number, keyOf: (row: Row) => string | number, toItem: (row: Row) => Item) {
  const hasMore = rows.length > limit;
  const pageRows = hasMore ? rows.slice(0, limit) : rows;
  return {
    items: pageRows.map(toItem),
    nextCursor: hasMore ? encodeCursor(keyOf(pageRows[pageRows.length - 1])) : null,
  };
}
