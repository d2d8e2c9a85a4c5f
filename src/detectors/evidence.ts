/**
 * Ordering records and flags so that the same data always gives the same answer, whatever order
 * the adapter passed the subjects and records in.
 */
import type { RecordRef } from '../contract/index.js';

/** Orders references by source id, then record id, in code-unit order (not locale order, which varies). */
export function compareRecordRefs(first: RecordRef, second: RecordRef): number {
  return compareText(first.sourceId, second.sourceId) || compareText(first.recordId, second.recordId);
}

/** Code-unit comparison of two strings. */
export function compareText(first: string, second: string): number {
  return first < second ? -1 : first > second ? 1 : 0;
}

/** The references sorted by source id then record id, each once. */
export function sortedEvidence(references: Iterable<RecordRef>): RecordRef[] {
  const sorted = [...references].sort(compareRecordRefs);
  return sorted.filter((reference, index) => index === 0 || compareRecordRefs(sorted[index - 1], reference) !== 0);
}

/** The references of some records. */
export function refsOf(records: Iterable<{ readonly ref: RecordRef }>): RecordRef[] {
  return Array.from(records, (entry) => entry.ref);
}

/**
 * The later of two records by the convention "latest, ties: the greatest record id" (then source
 * id, so that two sources reusing one record id still give one answer).
 */
export function laterByRef(first: RecordRef, second: RecordRef): boolean {
  return compareText(first.recordId, second.recordId) > 0 || (first.recordId === second.recordId && compareText(first.sourceId, second.sourceId) > 0);
}
