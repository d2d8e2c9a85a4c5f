/**
 * The simulator kit's rate limit: a token bucket per caller (per API key, per token, or one for
 * all). When a caller's bucket is empty, requests are refused with 429 (or 503, as some gateways
 * do) and a `Retry-After` in whole seconds, as documented suppliers do.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ErrorBodyOf } from './faults.js';

/** How fast the platform lets requests through. */
export interface ThrottleSettings {
  /** Sustained requests per second. */
  readonly requestsPerSecond: number;
  /** Requests allowed at once after a quiet spell. */
  readonly burst: number;
  /** The status of a refusal (default 429). */
  readonly status?: 429 | 503;
}

/** A token bucket. */
export class Throttle {
  private tokens: number;
  private updatedAt: number;

  constructor(
    readonly settings: ThrottleSettings,
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = settings.burst;
    this.updatedAt = now();
  }

  /** Takes a request's token; returns the seconds to wait when there is none. */
  admit(): { admitted: true } | { admitted: false; retryAfterSeconds: number } {
    const now = this.now();
    this.tokens = Math.min(this.settings.burst, this.tokens + ((now - this.updatedAt) / 1000) * this.settings.requestsPerSecond);
    this.updatedAt = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return { admitted: true };
    }
    return { admitted: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - this.tokens) / this.settings.requestsPerSecond)) };
  }
}

/** A simulator's rate limit, switchable while it runs. */
export class RateLimit {
  private buckets = new Map<string, Throttle>();

  constructor(private settings?: ThrottleSettings) {}

  /** Replaces (or, with `undefined`, removes) the limit; every caller starts with a full bucket. */
  set(settings: ThrottleSettings | undefined): void {
    this.settings = settings;
    this.buckets = new Map();
  }

  /** Hooks the limit in; `keyOf` names the caller whose bucket a request draws on. */
  install(app: FastifyInstance, errorBodyOf: ErrorBodyOf, keyOf: (request: FastifyRequest) => string = () => ''): void {
    app.addHook('onRequest', async (request, reply) => {
      const settings = this.settings;
      if (!settings) return;
      const key = keyOf(request);
      let bucket = this.buckets.get(key);
      if (!bucket) this.buckets.set(key, (bucket = new Throttle(settings)));
      const admitted = bucket.admit();
      if (admitted.admitted) return;
      const status = settings.status ?? 429;
      return reply.code(status).header('retry-after', String(admitted.retryAfterSeconds)).send(errorBodyOf(status));
    });
  }
}
