/**
 * Schemas of remote answers that the contract module does not name on its own (pages, lists,
 * redirects, meta). Built here without `.meta({ id })` so that they never collide with the
 * gateway's registered components when both run in one process.
 */
import { z } from 'zod';
import { AdapterIdentity, Detector, OpaqueId } from '../../src/contract/index.js';

/** A page of items, as every list answers. */
export function pageSchema<Item extends z.ZodType>(item: Item) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/** `GET /v1/detectors`. */
export const DetectorList = z.object({ items: z.array(Detector) });

/** The body of a 308 from `GET /v1/subjects/{subjectId}`. */
export const SubjectRedirect = z.object({ redirectTo: OpaqueId });

/**
 * `GET /v1/meta`, read minimally: capabilities are plain strings because a newer v1 remote may list
 * ones this code does not know, which clients must ignore rather than fail on.
 */
export const RemoteMeta = z.object({
  contractVersion: z.string().regex(/^\d+\.\d+\.\d+/, 'a semantic version such as 1.0.0'),
  adapter: AdapterIdentity,
  capabilities: z.array(z.string()),
  limits: z.object({ maxBatchRecords: z.number().int().positive(), maxPageSize: z.number().int().positive() }),
});

/** A page request within the remote's own page size (a page may hold fewer items than asked for). */
export function withinPageLimit<Page extends { limit: number }>(page: Page, maxPageSize: number): Page {
  return page.limit > maxPageSize ? { ...page, limit: maxPageSize } : page;
}
export type RemoteMeta = z.output<typeof RemoteMeta>;
