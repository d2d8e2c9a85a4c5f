/**
 * Serves the contract's cursor pages (`limit` items exactly, unless the listing ends) from a
 * supplier's token pages, which may be smaller than asked, capped lower than the contract's
 * limit, or of varying size. The contract cursor records the supplier page token, the page size
 * it was fetched with and how many of its items were already served, so a page can end in the
 * middle of a supplier page; a supplier must answer a repeated token with the same page, as
 * token-paged APIs do.
 */
import type { Page } from '../contract/primitives.js';
import { PlumblineError } from '../adapter/errors.js';
import type { SupplierPage } from './pagination.js';
import { failMalformed } from './answer-validation.js';
import type { CallDescription } from './failure-mapping.js';

interface CursorState {
  /** The supplier page token; absent for the first page. */
  readonly token?: string;
  /** Items of that page already served. */
  readonly skip: number;
  /** The page size the token was fetched with. */
  readonly size: number;
}

function encodeCursor(state: CursorState): string {
  return Buffer.from(JSON.stringify([state.token ?? null, state.skip, state.size])).toString('base64url');
}

function decodeCursor(cursor: string): CursorState {
  try {
    const [token, skip, size] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if ((token === null || typeof token === 'string') && Number.isInteger(skip) && Number.isInteger(size) && (skip as number) >= 0 && (size as number) > 0) {
      return { token: token ?? undefined, skip: skip as number, size: size as number };
    }
  } catch {
    // Falls through to the refusal below.
  }
  throw new PlumblineError('validation-failed', 'The cursor is not one this adapter issued.', { errors: [{ path: '/cursor', message: 'unknown cursor' }] });
}

/** Options of `readContractPage`. */
export interface ContractPageOptions<Item> {
  /** Names the listing in errors. */
  readonly call: CallDescription;
  /** The client's cursor, if any. */
  readonly cursor?: string;
  /** Items the client wants. */
  readonly limit: number;
  /** The supplier's largest page size. */
  readonly maxPageSize: number;
  /** Fetches one supplier page. */
  readonly fetchPage: (pageToken: string | undefined, pageSize: number) => Promise<SupplierPage<Item>>;
}

/** One contract page, fetching as many supplier pages as it takes. */
export async function readContractPage<Item>(options: ContractPageOptions<Item>): Promise<Page<Item>> {
  let state: CursorState = options.cursor ? decodeCursor(options.cursor) : { skip: 0, size: Math.min(options.limit, options.maxPageSize) };
  const items: Item[] = [];
  const seenTokens = new Set<string>();
  for (;;) {
    const page = await options.fetchPage(state.token, state.size);
    const wanted = options.limit - items.length;
    const available = page.items.slice(state.skip);
    items.push(...available.slice(0, wanted));
    if (available.length > wanted) return { items, nextCursor: encodeCursor({ ...state, skip: state.skip + wanted }) };
    if (!page.nextPageToken) return { items, nextCursor: null };
    // A token seen twice would loop forever: the supplier's fault, answered as such.
    if (seenTokens.has(page.nextPageToken)) failMalformed(options.call, 'the supplier repeated a page token');
    seenTokens.add(page.nextPageToken);
    // Later pages are fetched at the size that suits what is still wanted.
    state = { token: page.nextPageToken, skip: 0, size: Math.min(options.maxPageSize, Math.max(options.limit - items.length, 1)) };
    if (items.length === options.limit) return { items, nextCursor: encodeCursor(state) };
  }
}
