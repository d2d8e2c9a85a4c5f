/**
 * Reads a `Retry-After` header. Suppliers send either delta-seconds (`120`) or an HTTP date
 * (`Wed, 21 Oct 2026 07:28:00 GMT`); both are allowed by RFC 9110 §10.2.3, so both must be honoured.
 */

/**
 * Seconds to wait according to a `Retry-After` value, or `undefined` when the header is absent or
 * unreadable. A date in the past gives 0.
 *
 * @param value the raw header value (undici gives `string | string[] | undefined`).
 * @param now the current time in milliseconds, injectable for tests.
 */
export function parseRetryAfter(value: string | readonly string[] | undefined, now: number = Date.now()): number | undefined {
  const raw = (Array.isArray(value) ? value[0] : value) as string | undefined;
  if (raw === undefined) return undefined;
  const trimmed = raw.trim();
  if (trimmed === '') return undefined;
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}
