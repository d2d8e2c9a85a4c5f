/**
 * How a connector proves who it is to a supplier. The client asks for headers before every
 * attempt and reports a 401, so credentials that can be renewed (OAuth2 tokens) renew themselves
 * and static ones (API keys) simply fail.
 */

/** Credentials the upstream client sends with each attempt. */
export interface UpstreamCredentials {
  /** Headers for the next attempt, such as `{ authorization: 'Bearer …' }`. */
  headers(signal?: AbortSignal): Promise<Record<string, string>>;
  /**
   * Called when the supplier answered 401 to an attempt sent with `rejectedHeaders`. Returns
   * whether a new attempt with fresh credentials is worth making (the client makes at most one).
   */
  rejected(rejectedHeaders: Record<string, string>): boolean;
}

/** Fixed headers, such as an API key: a 401 cannot be cured by asking again. */
export function staticCredentials(headers: Record<string, string>): UpstreamCredentials {
  return {
    headers: async () => headers,
    rejected: () => false,
  };
}

/** No credentials at all (token endpoints, public health checks). */
export const noCredentials: UpstreamCredentials = staticCredentials({});
