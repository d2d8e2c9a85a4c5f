/**
 * The platform's paging: `pageSize` is a wish — "each page may be smaller or larger than the
 * requested page size" — so when the simulator is told to vary page sizes it answers with up to
 * two objects fewer or more than asked, decided by the page token so that the same token and size
 * always give the same page (the property token paging relies on).
 */
import { createHash } from 'node:crypto';
import { PlumblineError } from '../../../src/adapter/errors.js';
import type { Page } from '../../../src/contract/primitives.js';
import { MAX_PAGE_SIZE } from '../model/schema.js';
import { supplierErrors } from './supplier-errors.js';

/** A page in the platform's shape. */
export interface ObjectPage<Item> {
  readonly data: Item[];
  readonly nextPageToken?: string;
  /** How many objects the listing holds, as a decimal string (the platform's `TotalCount`); given where the simulator knows it. */
  readonly totalCount?: string;
}

/** How pages are cut. */
export interface PagingOptions {
  /** Answer with fewer objects than asked on some pages (default true). */
  readonly varyPageSizes: boolean;
}

/** The page size actually served for a request. */
export function servedPageSize(requested: number | undefined, pageToken: string | undefined, options: PagingOptions): number {
  const capped = Math.max(1, Math.min(requested ?? MAX_PAGE_SIZE, MAX_PAGE_SIZE));
  if (!options.varyPageSizes || capped < 3) return capped;
  const difference =
    (createHash('sha1')
      .update(pageToken ?? '')
      .digest()[0]! %
      5) -
    2;
  return capped + difference;
}

/** A page of an engine listing; the platform's page token is the engine's cursor. `total` counts the whole listing. */
export async function engineBackedPage<Item, Shown>(
  read: (cursor: string | undefined, limit: number) => Promise<Page<Item>>,
  show: (item: Item) => Shown,
  pageToken: string | undefined,
  size: number,
  total?: () => Promise<number>,
): Promise<ObjectPage<Shown>> {
  try {
    const page = await read(pageToken, size);
    const totalCount = total ? String(await total()) : undefined;
    return { data: page.items.map(show), nextPageToken: page.nextCursor ?? undefined, ...(totalCount ? { totalCount } : {}) };
  } catch (error) {
    if (error instanceof PlumblineError && error.kind === 'validation-failed') throw supplierErrors.invalidPageToken();
    throw error;
  }
}

/** A page of an in-memory list; the token is an offset. */
export function offsetPage<Item>(items: readonly Item[], pageToken: string | undefined, size: number): ObjectPage<Item> & { readonly totalCount: string } {
  const offset = pageToken === undefined ? 0 : Number(pageToken);
  if (!Number.isInteger(offset) || offset < 0) throw supplierErrors.invalidPageToken();
  const data = items.slice(offset, offset + size);
  return { data, nextPageToken: offset + size < items.length ? String(offset + size) : undefined, totalCount: String(items.length) };
}
