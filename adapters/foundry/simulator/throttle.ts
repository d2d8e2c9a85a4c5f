/**
 * The platform's rate limit: a token bucket shared by all callers. When empty, requests are
 * refused with 429 (or 503, as some gateways do) and a `Retry-After`. Off unless configured.
 */

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
