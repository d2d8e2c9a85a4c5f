/**
 * The subset of the platform's search language the simulator understands: `eq`, `contains` (an
 * element of an array property) and `containsAllTermsInOrderPrefixLastTerm` on a property,
 * combined with `and`. Anything else — the deprecated `startsWith` too — is refused as the platform
 * refuses a query a property does not support.
 */
import { z } from 'zod';
import { supplierErrors } from './supplier-errors.js';

const Leaf = z.object({
  type: z.enum(['eq', 'contains', 'containsAllTermsInOrderPrefixLastTerm']),
  field: z.string().min(1),
  value: z.union([z.string(), z.number(), z.boolean()]),
});
const Where = z.union([Leaf, z.object({ type: z.literal('and'), value: z.array(Leaf).min(1) })]);

/** One condition: which property, how, and the value. */
export type Condition = z.output<typeof Leaf>;

/** The search request body. */
export const SearchRequest = z.object({
  where: Where.optional(),
  pageSize: z.number().int().positive().optional(),
  pageToken: z.string().optional(),
});

/** The conditions of a `where` clause, as a flat list (the clause is a conjunction). */
export function conditionsOf(where: z.output<typeof Where> | undefined): Condition[] {
  if (!where) return [];
  return where.type === 'and' ? where.value : [where];
}

/**
 * Takes the conditions a search on `objectType` supports, as `{ field: value }`, and refuses the
 * rest: `supported` maps each searchable property to the operator allowed on it.
 */
export function searchableValues(objectType: string, conditions: Condition[], supported: Record<string, Condition['type']>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const condition of conditions) {
    if (supported[condition.field] !== condition.type) {
      throw supplierErrors.invalidQuery(`"${condition.type}" on ${objectType}.${condition.field} is not supported`);
    }
    values[condition.field] = String(condition.value);
  }
  return values;
}
