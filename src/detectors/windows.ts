/**
 * Selecting a subject's records by type and date window. Every rule's window is inclusive at both
 * ends (docs/detector-semantics.md, "Conventions").
 */
import type { RecordOf, RecordRef, RecordType } from '../contract/index.js';
import { keepGreatest } from './collections.js';
import { addDays, utcDateOf } from './dates.js';
import type { DetectorSubject } from './types.js';

/** A period of calendar dates, both ends inclusive. */
export interface DateWindow {
  readonly start: string;
  readonly end: string;
}

/** A record of one known type, with where it came from. */
export interface TypedRecord<Type extends RecordType> {
  readonly ref: RecordRef;
  readonly record: RecordOf<Type>;
}

/** The `days`-day window ending on the as-of date: `asOf − (days − 1)` to `asOf`. */
export function trailingWindow(asOf: string, days: number): DateWindow {
  return { start: addDays(asOf, -(days - 1)), end: asOf };
}

/** Whether a date lies in the window. */
export function inWindow(date: string, window: DateWindow): boolean {
  return date >= window.start && date <= window.end;
}

/** A record's date when its rule names no other: the UTC calendar date of `occurredAt`. */
export function occurredOn(record: { readonly occurredAt: string }): string {
  return utcDateOf(record.occurredAt);
}

/** The subject's records of one type, in input order. */
export function recordsOfType<Type extends RecordType>(subject: DetectorSubject, type: Type): TypedRecord<Type>[] {
  const found: TypedRecord<Type>[] = [];
  for (const entry of subject.records) if (entry.record.type === type) found.push(entry as TypedRecord<Type>);
  return found;
}

/**
 * The subject's records of one type dated in the window, by default by `occurredAt`; rules that
 * name a type-specific date (`weekStart`, `startDate`, …) pass it as `dateOf`.
 */
export function recordsInWindow<Type extends RecordType>(
  subject: DetectorSubject,
  type: Type,
  window: DateWindow,
  dateOf: (record: RecordOf<Type>) => string = occurredOn,
): TypedRecord<Type>[] {
  const found: TypedRecord<Type>[] = [];
  for (const entry of subject.records) {
    if (entry.record.type === type && inWindow(dateOf(entry.record as RecordOf<Type>), window)) found.push(entry as TypedRecord<Type>);
  }
  return found;
}

/**
 * The latest of some records dated on or before the as-of date: greatest `occurredAt` (as an
 * instant: offsets may differ), ties to the greatest record id. Null when there is none.
 */
export function latestOnOrBefore<Type extends RecordType>(entries: Iterable<TypedRecord<Type>>, asOf: string): TypedRecord<Type> | null {
  const latest = new Map<'latest', TypedRecord<Type>>();
  for (const entry of entries) if (occurredOn(entry.record) <= asOf) keepGreatest(latest, 'latest', entry, ({ record }) => Date.parse(record.occurredAt));
  return latest.get('latest') ?? null;
}
