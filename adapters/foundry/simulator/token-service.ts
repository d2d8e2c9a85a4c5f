/**
 * The platform's OAuth2 client-credentials endpoint and bearer-token check. Tokens expire after
 * `ttlSeconds` (short in tests, so that refresh is exercised), and every API call with a missing,
 * unknown or expired token is answered 401.
 */
import { randomBytes } from 'node:crypto';
import { SupplierError } from './supplier-errors.js';

/** A registered client application. */
export interface SimulatorClient {
  readonly clientId: string;
  readonly clientSecret: string;
}

/** Issues and checks bearer tokens. */
export class TokenService {
  private readonly tokens = new Map<string, number>();
  /** Tokens issued so far, for tests that count refreshes. */
  issued = 0;

  constructor(
    private readonly clients: readonly SimulatorClient[],
    private readonly ttlSeconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Answers a token request (`grant_type=client_credentials`), as OAuth2 specifies (RFC 6749 §5). */
  grant(form: URLSearchParams): { status: number; body: object } {
    if (form.get('grant_type') !== 'client_credentials') return { status: 400, body: { error: 'unsupported_grant_type' } };
    const client = this.clients.find((candidate) => candidate.clientId === form.get('client_id') && candidate.clientSecret === form.get('client_secret'));
    if (!client) return { status: 401, body: { error: 'invalid_client' } };
    const token = randomBytes(24).toString('base64url');
    this.tokens.set(token, this.now() + this.ttlSeconds * 1000);
    this.issued += 1;
    return { status: 200, body: { access_token: token, token_type: 'bearer', expires_in: this.ttlSeconds, scope: 'api:ontologies-read api:ontologies-write' } };
  }

  /** Throws the platform's 401 unless the header carries a live token. */
  check(authorization: string | undefined): void {
    const token = authorization?.match(/^Bearer (.+)$/i)?.[1];
    if (!token) throw new SupplierError(401, 'UNAUTHORIZED', 'MissingCredentials');
    const expiresAt = this.tokens.get(token);
    if (expiresAt === undefined) throw new SupplierError(401, 'UNAUTHORIZED', 'InvalidToken');
    if (this.now() >= expiresAt) {
      this.tokens.delete(token);
      throw new SupplierError(401, 'UNAUTHORIZED', 'TokenExpired');
    }
  }

  /** Invalidates every issued token (as a key rotation would), for refresh tests. */
  revokeAll(): void {
    this.tokens.clear();
  }
}
