/**
 * Walks a supplier's paged listing to the end. Suppliers may return fewer items than asked, or
 * even an empty page with a next token, so the only end signal trusted is a missing token; a token
 * seen twice is a supplier fault that would otherwise loop forever.
 */
import { failMalformed } from './answer-validation.js';
import type { CallDescription } from './failure-mapping.js';

/** One page as the connector maps it: the items and the supplier's token for the next page. */
export interface SupplierPage<Item> {
  readonly items: readonly Item[];
  readonly nextPageToken?: string;
}

/** Yields every item of a paged listing, fetching pages on demand. */
export async function* readAllPages<Item>(
  call: CallDescription,
  fetchPage: (pageToken: string | undefined) => Promise<SupplierPage<Item>>,
): AsyncGenerator<Item> {
  const seenTokens = new Set<string>();
  let pageToken: string | undefined;
  do {
    const page = await fetchPage(pageToken);
    yield* page.items;
    pageToken = page.nextPageToken || undefined;
    if (pageToken !== undefined) {
      if (seenTokens.has(pageToken)) failMalformed(call, 'the supplier repeated a page token');
      seenTokens.add(pageToken);
    }
  } while (pageToken !== undefined);
}

/** Collects a whole paged listing into an array (for small listings only). */
export async function collectAllPages<Item>(call: CallDescription, fetchPage: (pageToken: string | undefined) => Promise<SupplierPage<Item>>): Promise<Item[]> {
  const items: Item[] = [];
  for await (const item of readAllPages(call, fetchPage)) items.push(item);
  return items;
}
