/**
 * When and how long to wait before repeating a failed supplier call: exponential backoff with full
 * jitter (AWS Architecture Blog, "Exponential Backoff and Jitter"), a cap, a bounded number of
 * attempts, and the supplier's own `Retry-After` taking precedence over our guess.
 */

/** How a connector repeats retryable failures. */
export interface RetryPolicy {
  /** Attempts in all, the first included (1 = never retry). */
  readonly maxAttempts: number;
  /** The backoff ceiling of the first retry, in ms; it doubles with every retry. */
  readonly baseDelayMs: number;
  /** No computed backoff is longer than this, in ms. */
  readonly maxDelayMs: number;
  /**
   * The longest `Retry-After` the connector waits for itself, in ms. A longer one ends the retries
   * and is passed on to the client (as `retryAfterSeconds`), so a request thread is never parked
   * for minutes behind a throttled supplier.
   */
  readonly maxRetryAfterMs: number;
}

/** A production default: four attempts within a few seconds. */
export const defaultRetryPolicy: RetryPolicy = { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 2_000, maxRetryAfterMs: 5_000 };

/** A policy that never retries: for calls whose caller handles failure itself. */
export const noRetries: RetryPolicy = { maxAttempts: 1, baseDelayMs: 0, maxDelayMs: 0, maxRetryAfterMs: 0 };

/**
 * The full-jitter backoff before retry number `retryNumber` (1 for the first retry): a uniformly
 * random delay in [0, min(maxDelayMs, baseDelayMs × 2^(retryNumber−1))]. Full jitter spreads the
 * retries of many callers that failed together, which a fixed schedule would line up again.
 */
export function backoffDelayMs(policy: RetryPolicy, retryNumber: number, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retryNumber - 1));
  return Math.floor(random() * ceiling);
}

/**
 * The delay before retry number `retryNumber`, or `undefined` when the policy says to stop:
 * attempts are used up, or the supplier asked for a longer wait than `maxRetryAfterMs`.
 *
 * @param retryAfterSeconds the supplier's `Retry-After`, when it sent one; it wins over backoff.
 */
export function nextRetryDelayMs(
  policy: RetryPolicy,
  retryNumber: number,
  retryAfterSeconds: number | undefined,
  random: () => number = Math.random,
): number | undefined {
  if (retryNumber >= policy.maxAttempts) return undefined;
  if (retryAfterSeconds === undefined) return backoffDelayMs(policy, retryNumber, random);
  const requested = retryAfterSeconds * 1000;
  return requested > policy.maxRetryAfterMs ? undefined : requested;
}

/** Methods that RFC 9110 §9.2.2 defines as idempotent: repeating them has the effect of one call. */
const idempotentMethods: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

/** Whether a method may be repeated when the first attempt's outcome is unknown. */
export function isIdempotentMethod(method: string): boolean {
  return idempotentMethods.has(method.toUpperCase());
}
