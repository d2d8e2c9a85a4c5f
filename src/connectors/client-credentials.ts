/**
 * The OAuth2 client-credentials grant (RFC 6749 §4.4): the connector trades its client id and
 * secret for a short-lived bearer token. Combined with `TokenCache`, this is all a connector needs
 * for suppliers that use service-to-service OAuth2.
 */
import { z } from 'zod';
import { TokenCache, type GrantedToken } from './token-cache.js';
import type { UpstreamClient } from './upstream-client.js';

/** Settings of a client-credentials grant. */
export interface ClientCredentialsSettings {
  /** Token endpoint path under the client's base URL, such as `/multipass/api/oauth2/token`. */
  readonly tokenPath: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** Space-separated scopes, when the supplier wants them. */
  readonly scope?: string;
}

/** The fields of a token response the connector uses (RFC 6749 §5.1). */
const TokenResponse = z.object({
  access_token: z.string().min(1),
  token_type: z.string().refine((type) => type.toLowerCase() === 'bearer', 'Expected a bearer token'),
  expires_in: z.number().positive(),
});

/** Requests one token from the supplier's token endpoint, through `client` (which has no credentials of its own). */
export async function requestClientCredentialsToken(client: UpstreamClient, settings: ClientCredentialsSettings, signal?: AbortSignal): Promise<GrantedToken> {
  const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: settings.clientId, client_secret: settings.clientSecret });
  if (settings.scope) form.set('scope', settings.scope);
  const response = await client.request({
    method: 'POST',
    path: settings.tokenPath,
    raw: { content: form.toString(), contentType: 'application/x-www-form-urlencoded' },
    operation: 'requesting an access token',
    // Asking twice only yields two valid tokens, so an unknown outcome may be retried.
    idempotent: true,
    schema: TokenResponse,
    signal,
  });
  return { accessToken: response.body.access_token, expiresInSeconds: response.body.expires_in };
}

/** A token cache that renews through the client-credentials grant. */
export function clientCredentialsTokenCache(
  client: UpstreamClient,
  settings: ClientCredentialsSettings,
  options: { refreshMarginSeconds?: number; now?: () => number } = {},
): TokenCache {
  return new TokenCache({ ...options, requestToken: () => requestClientCredentialsToken(client, settings) });
}
