/**
 * Building blocks shared by every resource of the contract: identifiers, dates, pages and the
 * extension namespace. Kept in one place so that every resource spells them the same way.
 */
import { z } from 'zod';
import { freeFormBoundsText, freeFormMap, MAX_FREE_FORM_KEYS } from './free-form.js';

/** Opaque identifiers: clients must not parse them, adapters may use any scheme within these bounds. */
export const OpaqueId = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9._:~-]+$/, 'use letters, digits and . _ : ~ - only');

/** RFC 3339 date-time with an explicit offset (`Z` or `+01:00`). */
export const Timestamp = z.iso.datetime({ offset: true });

/** RFC 3339 full-date (`2026-03-31`), used where only the day matters. */
export const CalendarDate = z.iso.date();

/** An ISO 8601 duration such as `P6Y` or `P18M`, used for retention periods. */
export const IsoDuration = z.string().regex(/^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$/, 'an ISO 8601 duration in years, months, weeks or days, such as P6Y');

/**
 * Supplier-specific additions. Keys must be `x-<vendor>-<name>`; values are free-form. Extensions never
 * change the meaning of standard fields, and clients that do not know a key ignore it.
 */
export const Extensions = freeFormMap(
  z
    .string()
    .max(100)
    .regex(/^x-[a-z0-9]+-[a-zA-Z0-9-]+$/, 'extension keys are x-<vendor>-<name>'),
  {
    id: 'Extensions',
    description: `Supplier-specific additions under the \`x-<vendor>-<name>\` namespace. They never change the meaning of standard fields. At most ${MAX_FREE_FORM_KEYS} keys. ${freeFormBoundsText}`,
    examples: [{ 'x-acme-riskBand': 'amber' }],
  },
);

/** Query parameters of every cursor-paginated list. */
export const PageQuery = z.object({
  cursor: z.string().min(1).max(2000).optional().describe('Opaque cursor from a previous page’s `nextCursor`; omit for the first page.'),
  limit: z.coerce.number().int().min(1).max(500).default(50).describe('Items per page, 1 to 500 (default 50).'),
});
export type PageQuery = z.output<typeof PageQuery>;

/** The first example a schema declares in its metadata; every named schema of the contract has one. */
export function exampleOf<Schema extends z.ZodType>(schema: Schema): z.input<Schema> {
  const examples = schema.meta()?.examples as unknown[] | undefined;
  if (!examples?.length) throw new Error('This schema declares no example.');
  return examples[0] as z.input<Schema>;
}

/** A page of items. `nextCursor` is null on the last page. */
export function pageOf<Item extends z.ZodType>(item: Item, id: string) {
  return z
    .object({
      items: z.array(item),
      nextCursor: z.string().nullable().describe('Pass as `cursor` to fetch the next page; null when this is the last page.'),
    })
    .meta({
      id,
      description: `A page of results. Follow \`nextCursor\` until it is null to read every item exactly once.`,
      examples: [{ items: [exampleOf(item)], nextCursor: null }],
    });
}

/** A page as adapters return it, before the gateway validates it. */
export interface Page<Item> {
  items: Item[];
  nextCursor: string | null;
}

/** A reference to one record: the source that holds it and the source's own id. */
export const RecordRef = z
  .object({
    sourceId: OpaqueId.describe('The source system that holds the record.'),
    recordId: OpaqueId.describe('The record’s id in that source.'),
  })
  .meta({
    id: 'RecordRef',
    description: 'Points at one record: the source that holds it and the source’s own record id.',
    examples: [{ sourceId: 'hr-core', recordId: 'EMP-000123-1' }],
  });
export type RecordRef = z.output<typeof RecordRef>;
