/** What the outsider holds: sources and their records, in memory, listed in id order by opaque cursors. */

export interface HeldRecord {
  readonly record: Record<string, unknown>;
  readonly ingestedAt: string;
  /** The record with its keys sorted, to tell `unchanged` from `updated` whatever the key order. */
  readonly canonical: string;
}

export type HeldSource = Record<string, unknown> & { sourceId: string; createdAt: string };

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

const CURSOR_MARK = 'outsider:';

/** A cursor says which id the next page starts after; one the outsider did not issue is refused. */
export function encodeCursor(afterId: string): string {
  return Buffer.from(`${CURSOR_MARK}${afterId}`).toString('base64url');
}

export function decodeCursor(cursor: string): string | undefined {
  const text = Buffer.from(cursor, 'base64url').toString();
  return text.startsWith(CURSOR_MARK) ? text.slice(CURSOR_MARK.length) : undefined;
}

export class OutsiderStore {
  readonly sources = new Map<string, HeldSource>();
  readonly records = new Map<string, Map<string, HeldRecord>>();

  /** Sources in id order after `afterId`, at most `limit`, and the cursor of the next page. */
  pageOfSources(afterId: string | undefined, limit: number, skipFirst = false): { items: HeldSource[]; nextCursor: string | null } {
    const ids = [...this.sources.keys()].sort().filter((id) => afterId === undefined || id > afterId);
    const page = ids.slice(skipFirst ? 1 : 0, (skipFirst ? 1 : 0) + limit);
    const more = ids.length > page.length + (skipFirst ? 1 : 0);
    return { items: page.map((id) => this.sources.get(id)!), nextCursor: more && page.length > 0 ? encodeCursor(page.at(-1)!) : null };
  }
}
