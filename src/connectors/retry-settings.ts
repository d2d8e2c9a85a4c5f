/**
 * The one vocabulary of retry settings every connector reads from its environment
 * (`PLUMBLINE_<CONNECTOR>_RETRIES`, `…_RETRY_BASE_MS`, `…_RETRY_MAX_MS`), with one set of
 * defaults, and its translation into the kit's `RetryPolicy`.
 */
import { z } from 'zod';
import { defaultRetryPolicy, type RetryPolicy } from './retry-policy.js';

/** Validated retry settings. */
export interface RetrySettings {
  /** Retries of a repeatable failure after the first attempt. */
  readonly retries: number;
  /** The first backoff ceiling, doubled at each retry, in ms. */
  readonly retryBaseMs: number;
  /** The longest single wait, backoff or Retry-After, in ms; a longer Retry-After goes to the client. */
  readonly retryMaxMs: number;
}

/**
 * The retry fields of a connector's settings schema, to spread into its `z.object({ … })`.
 * `variablePrefix` names the environment variables in the descriptions (`PLUMBLINE_FOUNDRY`).
 */
export function retrySettingsFields(variablePrefix: string) {
  const milliseconds = (fallback: number, maximum: number) => z.coerce.number().int().min(1).max(maximum).default(fallback);
  return {
    retries: z.coerce
      .number()
      .int()
      .min(0)
      .max(10)
      .default(defaultRetryPolicy.maxAttempts - 1)
      .describe(`Retries of a repeatable failure after the first attempt (${variablePrefix}_RETRIES).`),
    retryBaseMs: milliseconds(defaultRetryPolicy.baseDelayMs, 60_000).describe(
      `The first backoff ceiling, doubled at each retry (${variablePrefix}_RETRY_BASE_MS).`,
    ),
    retryMaxMs: milliseconds(defaultRetryPolicy.maxDelayMs, 300_000).describe(
      `The longest single wait; a Retry-After beyond it is passed to the client instead of waited for (${variablePrefix}_RETRY_MAX_MS).`,
    ),
  };
}

/** The policy for the settings; a Retry-After is waited for up to the same cap as backoff. */
export function retryPolicyOf(settings: RetrySettings): RetryPolicy {
  return { maxAttempts: settings.retries + 1, baseDelayMs: settings.retryBaseMs, maxDelayMs: settings.retryMaxMs, maxRetryAfterMs: settings.retryMaxMs };
}
