/**
 * Reading request parts the way the platform does: zod checks with casework's error format, and
 * its list paging (`per_page` up to 200, an opaque `page_token`, answers `{ data, next_page_token }`).
 */
import { z } from 'zod';
import type { Page, PageQuery } from '../../../../src/contract/index.js';
import { CaseworkHttpError, caseworkFieldPath } from '../casework-errors.js';

/** The largest page the platform serves. */
export const MAX_PER_PAGE = 200;

/** Parses a request part or answers 400 with each bad field. */
export function parsePart<Schema extends z.ZodType>(schema: Schema, value: unknown, part: string): z.output<Schema> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new CaseworkHttpError(
    400,
    'INVALID_REQUEST',
    `The ${part} is not valid.`,
    parsed.error.issues.map((issue) => ({ field: caseworkFieldPath(issue.path), issue: issue.message })),
  );
}

const PagingQuery = z.object({
  per_page: z.coerce.number().int().min(1).max(MAX_PER_PAGE).default(50),
  page_token: z.string().min(1).optional(),
});

/** The paging of a list request as the engine's page query. */
export function pageQuery(query: unknown): PageQuery {
  const paging = parsePart(PagingQuery, query, 'query');
  return { limit: paging.per_page, ...(paging.page_token ? { cursor: paging.page_token } : {}) };
}

/** An engine page as a casework list answer. */
export function listAnswer<Item, Shown>(page: Page<Item>, show: (item: Item) => Shown) {
  return { data: page.items.map(show), next_page_token: page.nextCursor };
}
