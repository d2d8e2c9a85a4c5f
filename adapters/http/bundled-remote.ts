/**
 * A Plumbline gateway on loopback serving the reference engine, with authentication on: the remote
 * the http adapter talks to when no `PLUMBLINE_HTTP_BASE_URL` is set (the way the foundry and
 * casework connectors start their simulators), and the remote of its tests. A real deployment
 * points the adapter at a supplier instead.
 */
import { join } from 'node:path';
import { silentLogger, type AdapterLogger } from '../../src/adapter/factory.js';
import { buildGateway } from '../../src/gateway/app.js';
import { createTestSecurity } from '../../src/gateway/testing/test-security.js';
import { createReferenceAdapter } from '../reference/index.js';
import { createHttpAdapter, type HttpAdapter } from './http-adapter.js';
import type { HttpAdapterSettings } from './settings.js';

export interface BundledRemote {
  /** Where it listens, such as `http://127.0.0.1:43121`. */
  readonly baseUrl: string;
  /** A token with every role the http adapter's calls need: one service principal for the gateway. */
  readonly token: string;
  close(): Promise<void>;
}

/** Starts the remote with its engine store (`http-remote.db`) and audit trail in `directory`. */
export async function startBundledRemote(directory: string): Promise<BundledRemote> {
  const { security, tokenFor } = await createTestSecurity({ auditDatabasePath: join(directory, 'http-remote-audit.db') });
  const engine = createReferenceAdapter({ databasePath: join(directory, 'http-remote.db') }, { logger: silentLogger });
  const app = await buildGateway({ adapter: engine, security });
  const baseUrl = await app.listen({ host: '127.0.0.1', port: 0 });
  const token = await tokenFor(['admin', 'ingest', 'analyst', 'reviewer'], 'gateway-service', '365d');
  return { baseUrl, token, close: () => app.close() };
}

/** An http adapter talking to `remote` that stops the remote when it closes (or when it cannot be made). */
export async function adapterOwningRemote(remote: BundledRemote, settings: HttpAdapterSettings, logger?: AdapterLogger): Promise<HttpAdapter> {
  const adapter = await createHttpAdapter({ settings: { ...settings, baseUrl: remote.baseUrl, token: remote.token }, logger }).catch(async (error: unknown) => {
    await remote.close();
    throw error;
  });
  return {
    ...adapter,
    async close() {
      await adapter.close();
      await remote.close();
    },
  };
}
