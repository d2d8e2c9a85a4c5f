/**
 * Calendar dates as `YYYY-MM-DD` strings and epoch day numbers (days since 1970-01-01, UTC).
 * Strings of that shape compare correctly as strings, so windows test membership without parsing;
 * day numbers are only for arithmetic. Nothing here reads the local time zone.
 */

const millisecondsPerDay = 86_400_000;

/** The epoch day number of a calendar date `YYYY-MM-DD`. */
export function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / millisecondsPerDay;
}

/** The calendar date `YYYY-MM-DD` of an epoch day number. */
export function dateOfDay(day: number): string {
  return new Date(day * millisecondsPerDay).toISOString().slice(0, 10);
}

/** The date `days` days after `date` (before it when negative). */
export function addDays(date: string, days: number): string {
  return dateOfDay(dayNumber(date) + days);
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * The UTC calendar date of an RFC 3339 timestamp. Timestamps in UTC (the common case) are sliced,
 * not parsed, because the engine calls this for millions of records.
 */
export function utcDateOf(timestamp: string): string {
  if (timestamp.endsWith('Z') || timestamp.endsWith('z') || timestamp.endsWith('+00:00')) return timestamp.slice(0, 10);
  return new Date(timestamp).toISOString().slice(0, 10);
}

/** The earlier of two dates. */
export function earlierDate(first: string, second: string): string {
  return first <= second ? first : second;
}

/** Days in a week: duty and attendance records are weekly. */
export const daysPerWeek = 7;
