/** Numbers and counts in rationales, written the way a reviewer reads them. */

/** A number with at most `digits` decimals, without trailing zeros: 2.5, 3, 0.783. */
export function formatNumber(value: number, digits = 2): string {
  return String(Number(value.toFixed(digits)));
}

/** "1 allegation", "3 allegations". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatNumber(count)} ${count === 1 ? singular : plural}`;
}

/** "between 2025-06-01 and 2026-02-10", or "on 2025-06-01" when both dates are the same. */
export function betweenDates(first: string, last: string): string {
  return first === last ? `on ${first}` : `between ${first} and ${last}`;
}

/** The earliest and latest of some dates (which must not be empty). */
export function dateRange(dates: Iterable<string>): { first: string; last: string } {
  let first = '';
  let last = '';
  for (const date of dates) {
    if (first === '' || date < first) first = date;
    if (last === '' || date > last) last = date;
  }
  return { first, last };
}
