/**
 * When a failed call to the remote is tried again, and after how long. The backoff itself (full
 * jitter, a cap, `Retry-After` first) is the connector kit's; what is decided here is what may be
 * repeated at all.
 *
 * Idempotency decides. GET, PUT and DELETE are idempotent by HTTP and by the contract, and so is
 * POST of a record batch (same id and content is `unchanged`). POSTs that start runs, record
 * overrides or reviews are not: they are repeated only when the request certainly never reached
 * the remote (the connection was refused or the name did not resolve). An import is never
 * repeated: its body is a one-time stream.
 */
import { nextRetryDelayMs, type RetryPolicy } from '../../src/connectors/index.js';
import type { RetrySettings } from './settings.js';

/** How safe it is to send a request again. */
export type RequestSafety = 'idempotent' | 'unsafe' | 'once';

/** What the retry decision needs to know about a failed attempt. */
export interface AttemptFailure {
  /** A failure that may pass: network trouble, a timeout, 429 or a 5xx other than 501. */
  readonly transient: boolean;
  /** False only when the request certainly did not reach the remote. */
  readonly mayHaveReachedRemote: boolean;
  /** The remote's Retry-After, in seconds. */
  readonly retryAfterSeconds?: number;
}

/** The kit's policy for the adapter's settings; a Retry-After is waited for up to the same cap. */
export function retryPolicyOf(settings: RetrySettings): RetryPolicy {
  return { maxAttempts: settings.retries + 1, baseDelayMs: settings.retryBaseMs, maxDelayMs: settings.retryMaxMs, maxRetryAfterMs: settings.retryMaxMs };
}

/** The wait before retry number `retry` (1 for the first), or null not to retry. */
export function retryDelay(failure: AttemptFailure, safety: RequestSafety, retry: number, policy: RetryPolicy, random = Math.random): number | null {
  if (!failure.transient || safety === 'once') return null;
  if (safety === 'unsafe' && failure.mayHaveReachedRemote) return null;
  return nextRetryDelayMs(policy, retry, failure.retryAfterSeconds, random) ?? null;
}

/** Waits, stopping early with the signal's reason when it aborts. */
export function sleep(milliseconds: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, milliseconds);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
