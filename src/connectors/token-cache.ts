/**
 * Caches an OAuth2 access token until shortly before it expires, and renews it when the supplier
 * rejects it. Renewal is single-flight: every caller waiting at that moment shares one token
 * request, so a burst of 401s after expiry costs one round trip, not one per request.
 */
import type { UpstreamCredentials } from './credentials.js';

/** A token as granted by the supplier. */
export interface GrantedToken {
  /** The bearer token. */
  readonly accessToken: string;
  /** Lifetime in seconds from when it was granted. */
  readonly expiresInSeconds: number;
}

/** Options of the token cache. */
export interface TokenCacheOptions {
  /**
   * Asks the supplier for a new token. It gets no caller's abort signal: one shared renewal must
   * not be cancelled because the caller that happened to start it went away.
   */
  readonly requestToken: () => Promise<GrantedToken>;
  /** Renew this many seconds before expiry, so a token never expires in flight (default 30, at most half the lifetime). */
  readonly refreshMarginSeconds?: number;
  /** The clock, injectable for tests. */
  readonly now?: () => number;
}

interface CachedToken {
  readonly accessToken: string;
  readonly renewAt: number;
}

/** Bearer-token credentials over a token cache (OAuth2 client credentials and the like). */
export class TokenCache implements UpstreamCredentials {
  private cached?: CachedToken;
  private pending?: Promise<CachedToken>;
  private readonly now: () => number;

  constructor(private readonly options: TokenCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  /** A valid access token, requesting one when none is cached or the cached one is about to expire. */
  async accessToken(): Promise<string> {
    const cached = this.cached;
    if (cached && this.now() < cached.renewAt) return cached.accessToken;
    return (await this.renew()).accessToken;
  }

  /** `authorization: Bearer …` for the upstream client. */
  async headers(): Promise<Record<string, string>> {
    return { authorization: `Bearer ${await this.accessToken()}` };
  }

  /**
   * Forgets the token the supplier rejected — only if it is still the cached one, so that late
   * 401s for an already-replaced token do not throw away its fresh successor.
   */
  rejected(rejectedHeaders: Record<string, string>): boolean {
    if (this.cached && rejectedHeaders.authorization === `Bearer ${this.cached.accessToken}`) this.cached = undefined;
    return true;
  }

  /** Forgets any cached token (after a credentials change, say). */
  clear(): void {
    this.cached = undefined;
  }

  private renew(): Promise<CachedToken> {
    // Single flight: the first caller starts the request, everyone arriving meanwhile awaits it.
    this.pending ??= this.options
      .requestToken()
      .then((granted) => {
        const margin = Math.min(this.options.refreshMarginSeconds ?? 30, granted.expiresInSeconds / 2);
        this.cached = { accessToken: granted.accessToken, renewAt: this.now() + (granted.expiresInSeconds - margin) * 1000 };
        return this.cached;
      })
      .finally(() => {
        this.pending = undefined;
      });
    return this.pending;
  }
}
