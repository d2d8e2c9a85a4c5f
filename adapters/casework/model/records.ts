/**
 * Records ↔ casework entries. An entry is the record with casework's field names (see
 * field-names.ts) and its `entry_type` word; the type-specific values are kept as the source
 * said them.
 */
import type { SourceRecord } from '../../../src/contract/index.js';
import { toCaseworkFields, toContractFields } from './field-names.js';
import { entryTypes } from './vocabularies.js';

/** A casework entry as sent and received: snake_case keys, casework entry type. */
export type CaseworkEntry = Record<string, unknown> & { entry_ref: string; entry_type: string };

/** A contract record as the casework entry that carries it. */
export function entryFromRecord(record: SourceRecord): CaseworkEntry {
  const entry = toCaseworkFields(record) as CaseworkEntry;
  return { ...entry, entry_type: entryTypes.toSupplier(record.type) };
}

/**
 * A casework entry as a contract record, not yet validated: an unknown entry type is left out,
 * so that validating the result names the `type` field instead of throwing here.
 */
export function recordFromEntry(entry: Record<string, unknown>): Record<string, unknown> {
  const { entry_type: entryType, ...rest } = entry;
  const known = typeof entryType === 'string' && (entryTypes.supplierValues as readonly string[]).includes(entryType);
  const record = toContractFields(rest) as Record<string, unknown>;
  return known ? { type: entryTypes.toContract(entryType as (typeof entryTypes.supplierValues)[number]), ...record } : record;
}
