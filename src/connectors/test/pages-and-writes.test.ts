import { describe, expect, it } from 'vitest';
import { ConnectorCallError } from '../connector-call-error.js';
import { readContractPage } from '../contract-pages.js';
import { collectAllPages } from '../pagination.js';
import { writeOnce } from '../write-once.js';

const call = { adapter: 'acme', operation: 'listing' };
const all = Array.from({ length: 23 }, (_, index) => index);

/** A supplier that caps pages at 5 and returns one fewer than asked on every other page. */
async function stingySupplier(pageToken: string | undefined, pageSize: number) {
  const offset = pageToken ? Number(pageToken) : 0;
  const size = Math.min(pageSize, 5) - (offset % 2 === 1 ? 1 : 0);
  const items = all.slice(offset, offset + Math.max(size, 1));
  const next = offset + items.length;
  return { items, nextPageToken: next < all.length ? String(next) : undefined };
}

describe('contract pages over supplier pages', () => {
  it('serves exactly `limit` items per page and every item once, whatever the supplier page sizes', async () => {
    for (const limit of [1, 4, 7, 50]) {
      const seen: number[] = [];
      let cursor: string | undefined;
      do {
        const page = await readContractPage({ call, cursor, limit, maxPageSize: 5, fetchPage: stingySupplier });
        if (page.nextCursor !== null) expect(page.items).toHaveLength(limit);
        seen.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen).toEqual(all);
    }
  });

  it('refuses a cursor it did not issue, and a supplier that repeats a token', async () => {
    await expect(readContractPage({ call, cursor: 'bogus', limit: 2, maxPageSize: 5, fetchPage: stingySupplier })).rejects.toMatchObject({
      kind: 'validation-failed',
    });
    const looping = async () => ({ items: [], nextPageToken: 'again' });
    await expect(readContractPage({ call, limit: 2, maxPageSize: 5, fetchPage: looping })).rejects.toMatchObject({ kind: 'upstream-failure' });
    await expect(collectAllPages(call, looping)).rejects.toMatchObject({ kind: 'upstream-failure' });
  });
});

describe('writeOnce', () => {
  const unknownOutcome = new ConnectorCallError('upstream-unavailable', 'lost', { adapter: 'acme', delivery: 'unknown' });
  const refused = new ConnectorCallError('upstream-unavailable', 'busy', { adapter: 'acme', delivery: 'refused' });

  it('confirms a write whose outcome is unknown instead of repeating it', async () => {
    let writes = 0;
    const result = await writeOnce({
      write: async () => {
        writes += 1;
        throw unknownOutcome;
      },
      confirm: async () => 'applied',
    });
    expect(result).toBe('applied');
    expect(writes).toBe(1);
  });

  it('throws the write’s own error when the write did not happen or the failure was definite', async () => {
    await expect(writeOnce({ write: () => Promise.reject(unknownOutcome), confirm: async () => undefined })).rejects.toBe(unknownOutcome);
    await expect(writeOnce({ write: () => Promise.reject(unknownOutcome), confirm: () => Promise.reject(new Error('down')) })).rejects.toBe(unknownOutcome);
    let confirmed = false;
    await expect(writeOnce({ write: () => Promise.reject(refused), confirm: async () => ((confirmed = true), 'x') })).rejects.toBe(refused);
    expect(confirmed).toBe(false);
  });
});
