/**
 * Walking cursor-paginated lists. The walk itself checks what every list promises (pages no larger
 * than the limit, a cursor that moves on), so a list that loops is caught rather than followed
 * for ever.
 */
import type { Answer } from './answers.js';
import { expectStatus } from './answers.js';
import { ConformanceFailure } from './failure.js';

interface PageBody {
  readonly items: readonly unknown[];
  readonly nextCursor: string | null;
}

/** A walk gives up after this many pages: no sandbox list of the suite's needs is that long. */
const MAXIMUM_PAGES = 10_000;

export interface WalkedPage<Item> {
  readonly cursor: string | undefined;
  readonly items: Item[];
  readonly nextCursor: string | null;
}

/** Every page of a list, first to last, checking each is within `limit` when one is given. */
export async function walkPages<Item = unknown>(
  fetchPage: (cursor: string | undefined) => Promise<Answer<unknown>>,
  action: string,
  limit?: number,
): Promise<WalkedPage<Item>[]> {
  const pages: WalkedPage<Item>[] = [];
  const cursorsSeen = new Set<string>();
  let cursor: string | undefined;
  do {
    const body = expectStatus(await fetchPage(cursor), 200, action) as PageBody;
    if (!body || !Array.isArray(body.items)) throw new ConformanceFailure(`${action}: the answer is not a page`, body, '{ items, nextCursor }');
    if (limit !== undefined && body.items.length > limit) {
      throw new ConformanceFailure(`${action}: a page holds more items than the limit`, body.items.length, `at most ${limit}`);
    }
    pages.push({ cursor, items: body.items as Item[], nextCursor: body.nextCursor });
    if (body.nextCursor !== null && cursorsSeen.has(body.nextCursor)) {
      throw new ConformanceFailure(`${action}: a cursor came back a second time, so the walk would never end`, body.nextCursor, 'a new cursor or null');
    }
    if (body.nextCursor !== null) cursorsSeen.add(body.nextCursor);
    cursor = body.nextCursor ?? undefined;
    if (pages.length > MAXIMUM_PAGES) throw new ConformanceFailure(`${action}: more than ${MAXIMUM_PAGES} pages`, pages.length, 'a list that ends');
  } while (cursor !== undefined);
  return pages;
}

/** Every item of a list. */
export async function allPages<Item = unknown>(fetchPage: (cursor: string | undefined) => Promise<Answer<unknown>>, action: string): Promise<Item[]> {
  return (await walkPages<Item>(fetchPage, action)).flatMap((page) => page.items);
}
