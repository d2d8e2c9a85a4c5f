/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, UTC). Generating millions of records
 * with `Date` objects is slow and invites time-zone mistakes; integers are exact and cheap, and the
 * formatted strings are cached because the same few thousand days recur millions of times.
 */

const millisecondsPerDay = 86_400_000;

/** Day number of an ISO calendar date (`YYYY-MM-DD`). */
export function dayOf(isoDate: string): number {
  return Math.round(Date.parse(`${isoDate}T00:00:00Z`) / millisecondsPerDay);
}

/** Cached dates by day number plus this offset (1860 onwards, before anyone's date of birth). */
const cacheOffset = 40_000;
const isoCache: string[] = [];

/** The ISO calendar date of a day number. */
export function isoDate(day: number): string {
  let text = isoCache[day + cacheOffset];
  if (text === undefined) {
    text = new Date(day * millisecondsPerDay).toISOString().slice(0, 10);
    if (day + cacheOffset >= 0) isoCache[day + cacheOffset] = text;
  }
  return text;
}

const twoDigits = Array.from({ length: 60 }, (_, value) => String(value).padStart(2, '0'));

/** An RFC 3339 timestamp on `day` at the given minute of the day (0–1439), in UTC. */
export function timestamp(day: number, minuteOfDay = 0): string {
  return `${isoDate(day)}T${twoDigits[Math.floor(minuteOfDay / 60) % 24]}:${twoDigits[minuteOfDay % 60]}:00Z`;
}

/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekday(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

export function isWeekend(day: number): boolean {
  return weekday(day) >= 5;
}

/** The Monday on or before `day`. */
export function mondayOf(day: number): number {
  return day - weekday(day);
}

/** The last day of a spell of `workingDays` weekdays starting on weekday `start` (weekends skipped, not counted). */
export function endOfWorkingSpell(start: number, workingDays: number): number {
  let day = start;
  let counted = isWeekend(day) ? 0 : 1;
  while (counted < workingDays) {
    day++;
    if (!isWeekend(day)) counted++;
  }
  return day;
}

/** Weekdays from `start` to `end`, both inclusive. */
export function weekdaysBetween(start: number, end: number): number {
  let count = 0;
  for (let day = start; day <= end; day++) if (!isWeekend(day)) count++;
  return count;
}

/** The date `years` whole years after `day` (29 February falls back to 28 February). */
export function addYears(day: number, years: number): number {
  const date = new Date(day * millisecondsPerDay);
  const target = new Date(Date.UTC(date.getUTCFullYear() + years, date.getUTCMonth(), 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return Math.round(target.getTime() / millisecondsPerDay);
}

/** The calendar year of a day number. */
export function yearOf(day: number): number {
  return Number(isoDate(day).slice(0, 4));
}
