/**
 * A MockAgent-backed supplier for the kit's unit tests, and a client wired to it with instant,
 * recorded sleeps so that retry schedules are checked without waiting for them.
 */
import { MockAgent } from 'undici';
import type { RetryPolicy } from '../retry-policy.js';
import { UpstreamClient } from '../upstream-client.js';
import type { UpstreamCredentials } from '../credentials.js';

export const ORIGIN = 'https://supplier.test';

/** An error shaped like undici's network errors (they carry a `code`). */
export function networkError(code: string): Error {
  return Object.assign(new Error(code), { code });
}

export function mockSupplier(options: { retry?: RetryPolicy; credentials?: UpstreamCredentials; timeoutMs?: number } = {}) {
  const agent = new MockAgent();
  agent.disableNetConnect();
  const sleeps: number[] = [];
  const client = new UpstreamClient({
    adapter: 'acme',
    baseUrl: `${ORIGIN}/api`,
    dispatcher: agent,
    timeoutMs: options.timeoutMs ?? 1_000,
    retry: options.retry ?? { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 1_000, maxRetryAfterMs: 5_000 },
    credentials: options.credentials,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 0.5,
  });
  return { agent, pool: agent.get(ORIGIN), client, sleeps };
}
