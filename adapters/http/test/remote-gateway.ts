/**
 * A second gateway on loopback serving the reference engine, with authentication on: the remote
 * the http adapter is pointed at in the integration and conformance tests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../../src/adapter/factory.js';
import { buildGateway } from '../../../src/gateway/app.js';
import { createTestSecurity } from '../../../src/gateway/testing/test-security.js';
import { createReferenceAdapter } from '../../reference/index.js';
import { createHttpAdapter, type HttpAdapter } from '../http-adapter.js';
import { HttpAdapterSettings } from '../settings.js';

export interface RemoteGateway {
  /** Where it listens, such as `http://127.0.0.1:43121`. */
  readonly baseUrl: string;
  /** A token with every role the http adapter's calls need. */
  readonly token: string;
  /** An http adapter pointed at it (a new one each call; close it yourself). */
  connect(settings?: Partial<HttpAdapterSettings>): Promise<HttpAdapter>;
  close(): Promise<void>;
}

export async function startRemoteGateway(): Promise<RemoteGateway> {
  const directory = mkdtempSync(join(tmpdir(), 'plumbline-http-remote-'));
  const { security, tokenFor } = await createTestSecurity();
  const engine = createReferenceAdapter({ databasePath: join(directory, 'plumbline.db') }, { logger: silentLogger });
  const app = await buildGateway({ adapter: engine, security });
  const baseUrl = await app.listen({ host: '127.0.0.1', port: 0 });
  // One service principal for the whole gateway: it writes, reads, reviews and moves data.
  const token = await tokenFor(['admin', 'ingest', 'analyst', 'reviewer'], 'gateway-service');
  return {
    baseUrl,
    token,
    connect: (settings = {}) => createHttpAdapter({ settings: HttpAdapterSettings.parse({ baseUrl, token, ...settings }) }),
    async close() {
      await app.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/**
 * An http adapter over a remote of its own (a fresh, empty reference engine); closing the adapter
 * stops the remote too. What the conformance suite makes for each target.
 */
export async function httpAdapterOverOwnRemote(settings: Partial<HttpAdapterSettings> = {}): Promise<HttpAdapter> {
  const remote = await startRemoteGateway();
  const adapter = await remote.connect(settings).catch(async (error: unknown) => {
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
