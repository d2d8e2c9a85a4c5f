/**
 * The one retry loop of every supplier call, whatever sends it (the kit's `UpstreamClient` over
 * undici's `request`, the http connector over the generated contract client): attempt, map the
 * failure, ask the retry decision, log, wait (Retry-After first, else jittered backoff), repeat.
 */
import { setTimeout as sleepFor } from 'node:timers/promises';
import { silentLogger, type AdapterLogger } from '../adapter/factory.js';
import { ConnectorCallError } from './connector-call-error.js';
import { cancelledCall, type CallDescription } from './failure-mapping.js';
import { defaultRetryPolicy, retryDelayAfter, type Repeatability, type RetryPolicy } from './retry-policy.js';

/** How a call is repeated. */
export interface RetryingCallOptions {
  readonly call: CallDescription;
  readonly repeatability: Repeatability;
  /** Default `defaultRetryPolicy`. */
  readonly policy?: RetryPolicy;
  /** The caller's cancellation: no further attempt starts, and no wait continues, once it fires. */
  readonly signal?: AbortSignal;
  /** Where retries are logged (ids, counts and statuses only). */
  readonly logger?: AdapterLogger;
  /** Injectable for tests: waiting and jitter. */
  readonly sleep?: (milliseconds: number, signal?: AbortSignal) => Promise<void>;
  readonly random?: () => number;
}

/** Waits, stopping early with the signal's reason when it aborts. */
export const sleepUnlessAborted = (milliseconds: number, signal?: AbortSignal): Promise<void> => sleepFor(milliseconds, undefined, { signal });

/**
 * Runs `attempt` until it succeeds or the retry decision says stop. `attempt` throws a
 * `ConnectorCallError` for a failure that may be worth repeating; any other error ends the call.
 */
export async function callWithRetries<Result>(options: RetryingCallOptions, attempt: (attemptNumber: number) => Promise<Result>): Promise<Result> {
  const policy = options.policy ?? defaultRetryPolicy;
  for (let retryNumber = 1; ; retryNumber += 1) {
    try {
      return await attempt(retryNumber);
    } catch (failure) {
      if (!(failure instanceof ConnectorCallError)) throw failure;
      // Whatever broke once the caller went away is the cancellation, not the supplier's doing.
      if (options.signal?.aborted) throw cancelledCall(options.call, failure);
      const delayMs = retryDelayAfter(policy, failure, options.repeatability, retryNumber, options.random);
      if (delayMs === undefined) throw failure;
      (options.logger ?? silentLogger).warn(
        { adapter: options.call.adapter, operation: options.call.operation, kind: failure.kind, upstreamStatus: failure.upstreamStatus, retryNumber, delayMs },
        'retrying supplier call',
      );
      try {
        await (options.sleep ?? sleepUnlessAborted)(delayMs, options.signal);
      } catch (error) {
        throw cancelledCall(options.call, error);
      }
    }
  }
}
