/**
 * The HTTP harness: any base URL that speaks the contract (a bidder's sandbox, a gateway on
 * loopback). It cannot make an empty twin of the target, so tests that need one are skipped.
 */
import { fetchWithoutRedirects, type ConformanceTarget, type Credentials } from './target.js';

/** Where a remote target is and how to call it. */
export interface HttpTargetOptions extends Credentials {
  /** The base URL, without `/v1`. */
  readonly url: string;
  /** How reports name it (default: the URL). */
  readonly name?: string;
}

/** A sandbox that throttles (429) is waited for, as `Retry-After` asks, up to this many times a request. */
const THROTTLE_RETRIES = 8;
const LONGEST_WAIT_SECONDS = 60;

/**
 * Honours a sandbox's rate limit instead of failing the test that happened to hit it: the suite
 * makes a few thousand requests, more than a minute's allowance of a typical gateway.
 */
export function waitingOutThrottles(fetch: typeof globalThis.fetch): typeof globalThis.fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    for (let attempt = 0; ; attempt++) {
      const answer = await fetch(request.clone());
      if (answer.status !== 429 || attempt === THROTTLE_RETRIES) return answer;
      const seconds = Math.min(LONGEST_WAIT_SECONDS, Math.max(1, Number(answer.headers.get('retry-after')) || 1));
      await answer.body?.cancel();
      await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    }
  };
}

/** A remote target, reached with the global fetch (redirects not followed, throttling waited out). */
export function httpTarget(options: HttpTargetOptions): ConformanceTarget {
  const baseUrl = options.url.replace(/\/+$/, '');
  return {
    name: options.name ?? baseUrl,
    kind: 'http',
    baseUrl,
    fetch: waitingOutThrottles(fetchWithoutRedirects),
    token: options.token,
    justification: options.justification,
    close: async () => {},
  };
}
