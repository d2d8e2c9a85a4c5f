/**
 * Identity nodes: the unit consolidation works on. A source repeats the same identity on many
 * records (an HR system on every employment fact, an access log on every login), and comparing each
 * copy would multiply the work by the record count for no new evidence. So the engine gives one node
 * to all the records of one source that carry the very same recorded identity — but only when that
 * identity holds a strong identifier, because two name-only records ("J Smith" in two complaints)
 * may well be two people and must stay free to be resolved apart.
 */
import { identityFields, strongIdentifierFields, type RecordedIdentity } from '../../../src/contract/index.js';

/**
 * The key shared by every record of `sourceId` with this exact recorded identity, or `null` when the
 * identity holds no strong identifier (then each record is a node of its own).
 *
 * Values are compared as recorded (no case folding or trimming): the node keeps one identity for all
 * of its records, so records that differ in any character must not share it. Fields are written in
 * the contract's fixed order, so the key does not depend on the order the source sent them in.
 */
export function nodeKeyOf(sourceId: string, identity: RecordedIdentity): string | null {
  if (!strongIdentifierFields.some((field) => hasValue(identity[field]))) return null;
  return JSON.stringify([sourceId, ...identityFields.map((field) => identity[field] ?? null)]);
}

function hasValue(value: string | undefined): value is string {
  return value !== undefined && value.trim().length > 0;
}
