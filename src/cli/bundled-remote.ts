/**
 * A Plumbline gateway on loopback serving the reference engine, with authentication on: the remote
 * the http adapter talks to when no `PLUMBLINE_HTTP_BASE_URL` is set, and the remote of its tests.
 * A real deployment points the adapter at a supplier instead.
 *
 * It lives in the composition root because it builds a gateway: the http adapter itself never
 * imports the gateway. The remote trusts one signing key made for it alone, held in memory only
 * and gone with the process, so the token it mints for this gateway (every role the adapter's
 * calls need) cannot outlive the pair of them.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ConfigError } from '../adapter/config-error.js';
import { silentLogger } from '../adapter/factory.js';
import type { BundledSupplier } from '../connectors/index.js';
import { buildGateway } from '../gateway/app.js';
import { generateSigningKey, mintToken } from '../gateway/security/development-key.js';
import { keysFromJwks } from '../gateway/security/verification-keys.js';
import { createReferenceAdapter } from '../../adapters/reference/index.js';

const ISSUER = 'urn:plumbline:bundled-remote';
const AUDIENCE = 'plumbline-bundled-remote';

/** A bundled remote: where it listens, the token it accepts from this gateway, and how to stop it. */
export interface BundledRemote {
  /** Where it listens, such as `http://127.0.0.1:43121`. */
  readonly baseUrl: string;
  /** A token with every role the http adapter's calls need: one service principal for the gateway. */
  readonly token: string;
  close(): Promise<void>;
}

/** Starts the remote with its engine store (`http-remote.db`) and audit trail in `directory`. */
export async function startBundledRemote(directory: string): Promise<BundledRemote> {
  const signingKey = await generateSigningKey(`bundled-remote-${randomUUID()}`);
  const engine = createReferenceAdapter({ databasePath: join(directory, 'http-remote.db') }, { logger: silentLogger });
  const security = {
    authentication: { keys: keysFromJwks([signingKey.publicJwk]).getKey, issuer: ISSUER, audience: AUDIENCE },
    audit: { databasePath: join(directory, 'http-remote-audit.db') },
    rateLimitPerMinute: false as const,
  };
  const app = await buildGateway({ adapter: engine, security });
  const baseUrl = await app.listen({ host: '127.0.0.1', port: 0 });
  // As long-lived as the gateway may run: the key that signs it dies with this process.
  const token = await mintToken(signingKey, {
    subject: 'gateway-service',
    roles: ['admin', 'ingest', 'analyst', 'reviewer'],
    issuer: ISSUER,
    audience: AUDIENCE,
    ttl: '365d',
  });
  return { baseUrl, token, close: () => app.close() };
}

/** The bundled remote as the http connector's bundled supplier: its settings fill in the base URL and token. */
export async function startHttpBundledSupplier(settings: { readonly databasePath?: string }): Promise<BundledSupplier> {
  if (settings.databasePath === undefined) throw new ConfigError(['PLUMBLINE_HTTP_BASE_URL: required (or a store directory for the bundled remote)']);
  const directory = dirname(settings.databasePath);
  mkdirSync(directory, { recursive: true });
  const remote = await startBundledRemote(directory);
  return { settings: { baseUrl: remote.baseUrl, token: remote.token }, url: remote.baseUrl, close: () => remote.close() };
}
