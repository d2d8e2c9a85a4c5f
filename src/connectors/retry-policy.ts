/**
 * When and how long to wait before repeating a failed supplier call: exponential backoff with full
 * jitter (AWS Architecture Blog, "Exponential Backoff and Jitter"), a cap, a bounded number of
 * attempts, and the supplier's own `Retry-After` taking precedence over our guess.
 */
import type { ConnectorCallError, Delivery } from './connector-call-error.js';

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

/** A production default: four attempts within a few seconds (the retry settings' defaults). */
export const defaultRetryPolicy: RetryPolicy = { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 5_000, maxRetryAfterMs: 5_000 };

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

/**
 * How safe it is to send a request again:
 * - `idempotent`: repeating has the effect of one call (GET, PUT, DELETE, an upsert by id, a
 *   request with an idempotency key), so even an unknown outcome may be repeated;
 * - `unsafe`: repeated only when the supplier certainly did not act on it (`not-sent`, `refused`);
 * - `once`: never repeated, whatever happened (a one-time body stream, a readiness probe).
 */
export type Repeatability = 'idempotent' | 'unsafe' | 'once';

/** Whether a failure with this delivery may be repeated at all. */
export function mayRepeat(delivery: Delivery, repeatability: Repeatability): boolean {
  if (repeatability === 'once' || delivery === 'answered') return false;
  return delivery !== 'unknown' || repeatability === 'idempotent';
}

/**
 * The one retry decision: the wait before retry number `retryNumber` after `failure`, or
 * `undefined` not to retry (not repeatable, attempts used up, or a Retry-After beyond the cap).
 */
export function retryDelayAfter(
  policy: RetryPolicy,
  failure: ConnectorCallError,
  repeatability: Repeatability,
  retryNumber: number,
  random: () => number = Math.random,
): number | undefined {
  if (!mayRepeat(failure.delivery, repeatability)) return undefined;
  return nextRetryDelayMs(policy, retryNumber, failure.retryAfterSeconds, random);
}

/** Methods that RFC 9110 §9.2.2 defines as idempotent: repeating them has the effect of one call. */
const idempotentMethods: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

/** The repeatability of a method by RFC 9110: GET, PUT, DELETE are idempotent, POST and PATCH are not. */
export function repeatabilityOfMethod(method: string): Repeatability {
  return idempotentMethods.has(method.toUpperCase()) ? 'idempotent' : 'unsafe';
}
