/**
 * Contract pages from casework lists. Casework serves at most 200 items a page with an opaque
 * `page_token`; a contract page may ask for up to 500, so one contract page may take several
 * casework calls, each asking only for what is still missing so that the token left over points
 * exactly at the next unread item. The token is the contract cursor, unchanged, so casework
 * refusing a token (400) is the client's fault: a cursor this connector never issued.
 */
import { z } from 'zod';
import type { Page, PageQuery } from '../../../src/contract/index.js';
import { failMalformed } from '../../../src/connectors/index.js';
import type { CaseworkApi } from './casework-api.js';

/** The most items casework serves in one page. */
export const CASEWORK_MAX_PER_PAGE = 200;

/** A casework list answer with items of the given schema. */
export function caseworkList<Item extends z.ZodType>(item: Item) {
  return z.object({ data: z.array(item), next_page_token: z.string().min(1).nullable() });
}

export async function readPage<Item extends z.ZodType, Mapped>(
  api: CaseworkApi,
  request: { path: string; operation: string; query?: Record<string, string | undefined>; item: Item; clientFaults?: readonly 404[]; signal?: AbortSignal },
  page: PageQuery,
  map: (item: z.output<Item>) => Mapped,
): Promise<Page<Mapped>> {
  const items: Mapped[] = [];
  let token = page.cursor;
  const answer = caseworkList(request.item);
  const seenTokens = new Set<string>(token === undefined ? [] : [token]);
  for (;;) {
    const perPage = Math.min(page.limit - items.length, CASEWORK_MAX_PER_PAGE);
    const body = await api.body({
      ...request,
      method: 'GET',
      query: { ...request.query, per_page: perPage, page_token: token },
      clientFaults: [400, ...(request.clientFaults ?? [])],
      answer,
    });
    if (body.data.length > perPage)
      failMalformed({ adapter: 'casework', operation: request.operation }, `casework answered ${body.data.length} items when asked for ${perPage}`);
    items.push(...body.data.map(map));
    token = body.next_page_token ?? undefined;
    // A token answered twice would loop forever (or serve the same items twice): the supplier's fault, as in the kit's readAllPages.
    if (token !== undefined && seenTokens.has(token)) failMalformed({ adapter: 'casework', operation: request.operation }, 'casework repeated a page token');
    if (token !== undefined) seenTokens.add(token);
    // An empty page with a token is legal but must not spin: hand the token to the client instead.
    if (!token || items.length >= page.limit || body.data.length === 0) return { items, nextCursor: token ?? null };
  }
}
