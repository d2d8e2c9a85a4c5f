/**
 * The error a connector raises for a failed supplier call. It is an `UpstreamCallError` (so the
 * gateway answers 502/503/504 with `retryable` and `Retry-After`) that also records whether the
 * request may have reached the supplier — the one fact that decides whether repeating a write is
 * safe.
 */
import { UpstreamCallError, type PlumblineErrorOptions } from '../adapter/errors.js';

/**
 * What is known about a failed request's delivery:
 * - `not-sent`: the connection was never made, so the supplier did nothing;
 * - `refused`: the supplier answered that it did not process it (429, 503, 408);
 * - `unknown`: it may have been processed (connection dropped, timed out, 5xx);
 * - `answered`: the supplier processed it and said no (4xx); repeating gives the same answer.
 */
export type Delivery = 'not-sent' | 'refused' | 'unknown' | 'answered';

/** A failed supplier call, with what is known about its delivery. */
export class ConnectorCallError extends UpstreamCallError {
  /** Whether the supplier may have acted on the request. */
  readonly delivery: Delivery;

  constructor(
    kind: 'upstream-failure' | 'upstream-unavailable' | 'upstream-timeout',
    message: string,
    options: PlumblineErrorOptions & { adapter: string; upstreamStatus?: number; delivery: Delivery },
  ) {
    super(kind, message, options);
    this.name = 'ConnectorCallError';
    this.delivery = options.delivery;
  }
}

/**
 * Whether a failure leaves a write's outcome unknown: the supplier may or may not have applied it.
 * A connector then reconciles (reads the state back) instead of repeating the write.
 */
export function mayHaveReachedSupplier(error: unknown): boolean {
  return error instanceof ConnectorCallError && error.delivery === 'unknown';
}
