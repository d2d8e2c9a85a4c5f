import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from '../retry-after.js';
import { ConnectorCallError, type Delivery } from '../connector-call-error.js';
import { backoffDelayMs, nextRetryDelayMs, repeatabilityOfMethod, retryDelayAfter, type RetryPolicy } from '../retry-policy.js';
import { retryPolicyOf } from '../retry-settings.js';

const policy: RetryPolicy = { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 1_000, maxRetryAfterMs: 3_000 };

describe('retry policy', () => {
  it('draws full jitter under a doubling, capped ceiling', () => {
    expect(backoffDelayMs(policy, 1, () => 0.999)).toBe(99);
    expect(backoffDelayMs(policy, 3, () => 0.5)).toBe(200);
    expect(backoffDelayMs(policy, 10, () => 0.999)).toBe(999);
    expect(backoffDelayMs(policy, 2, () => 0)).toBe(0);
  });

  it('stops when attempts are used up', () => {
    expect(nextRetryDelayMs(policy, 3, undefined, () => 0.5)).toBeDefined();
    expect(nextRetryDelayMs(policy, 4, undefined)).toBeUndefined();
  });

  it("lets the supplier's Retry-After win, unless it is longer than the connector will wait", () => {
    expect(nextRetryDelayMs(policy, 1, 2)).toBe(2_000);
    expect(nextRetryDelayMs(policy, 1, 0)).toBe(0);
    expect(nextRetryDelayMs(policy, 1, 60)).toBeUndefined();
  });

  it('knows which methods are idempotent', () => {
    expect(['GET', 'put', 'DELETE', 'HEAD'].map(repeatabilityOfMethod)).toEqual(['idempotent', 'idempotent', 'idempotent', 'idempotent']);
    expect(['POST', 'PATCH'].map(repeatabilityOfMethod)).toEqual(['unsafe', 'unsafe']);
  });
});

describe('the retry decision', () => {
  const settingsPolicy = retryPolicyOf({ retries: 3, retryBaseMs: 100, retryMaxMs: 1000 });
  const failure = (delivery: Delivery, retryAfterSeconds?: number) =>
    new ConnectorCallError('upstream-unavailable', 'x', { adapter: 'acme', delivery, retryable: true, retryAfterSeconds });

  it('doubles the backoff ceiling up to the cap, and waits for Retry-After as given', () => {
    expect(retryDelayAfter(settingsPolicy, failure('unknown'), 'idempotent', 3, () => 1)).toBe(400);
    expect(retryDelayAfter(retryPolicyOf({ retries: 9, retryBaseMs: 100, retryMaxMs: 1000 }), failure('unknown'), 'idempotent', 8, () => 1)).toBe(1000);
    expect(retryDelayAfter(settingsPolicy, failure('refused', 1), 'idempotent', 1)).toBe(1000);
  });

  it('never repeats a one-time body, a write that may have arrived, an answered refusal, nor beyond the limit', () => {
    expect(retryDelayAfter(settingsPolicy, failure('not-sent'), 'once', 1)).toBeUndefined();
    expect(retryDelayAfter(settingsPolicy, failure('unknown'), 'unsafe', 1)).toBeUndefined();
    expect(retryDelayAfter(settingsPolicy, failure('answered'), 'idempotent', 1)).toBeUndefined();
    expect(retryDelayAfter(settingsPolicy, failure('unknown'), 'idempotent', 4)).toBeUndefined();
  });

  it('repeats any write the supplier certainly did not act on', () => {
    expect(retryDelayAfter(settingsPolicy, failure('not-sent'), 'unsafe', 1)).toBeDefined();
    expect(retryDelayAfter(settingsPolicy, failure('refused'), 'unsafe', 1)).toBeDefined();
  });
});

describe('Retry-After', () => {
  const now = Date.parse('2026-03-01T12:00:00Z');
  it('reads delta-seconds and HTTP dates', () => {
    expect(parseRetryAfter('7', now)).toBe(7);
    expect(parseRetryAfter(['3', '9'], now)).toBe(3);
    expect(parseRetryAfter('Sun, 01 Mar 2026 12:00:30 GMT', now)).toBe(30);
    expect(parseRetryAfter('Sun, 01 Mar 2026 11:00:00 GMT', now)).toBe(0);
  });
  it('ignores what it cannot read', () => {
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(' ', now)).toBeUndefined();
  });
});
