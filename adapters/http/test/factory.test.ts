/** The factory as `plumbline serve` uses it: settings from PLUMBLINE_HTTP_* variables, clear start-up errors. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../../src/adapter/context.js';
import { silentLogger } from '../../../src/adapter/factory.js';
import { loadAdapterFactories } from '../../../src/cli/adapter-factories.js';
import { createConfiguredAdapter, createContainer } from '../../../src/config/container.js';
import { loadGatewayConfig } from '../../../src/config/gateway-config.js';
import type { HttpAdapter } from '../http-adapter.js';
import { startRemoteGateway, type RemoteGateway } from './remote-gateway.js';

const configure = async (environment: NodeJS.ProcessEnv) => {
  const container = createContainer(loadGatewayConfig({ PLUMBLINE_ADAPTER: 'http' }), await loadAdapterFactories());
  return createConfiguredAdapter(container, environment, silentLogger);
};

/** A loopback port nobody listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

let remote: RemoteGateway;
beforeAll(async () => {
  remote = await startRemoteGateway();
});
afterAll(async () => remote?.close());

describe('the http adapter factory', () => {
  it('is registered and made from PLUMBLINE_HTTP_* variables', async () => {
    const adapter = await configure({ PLUMBLINE_HTTP_BASE_URL: remote.baseUrl, PLUMBLINE_HTTP_TOKEN: remote.token, PLUMBLINE_HTTP_TIMEOUT_MS: '5000' });

    expect(adapter.identity.id).toBe('http');
    await adapter.checkReady();
    await adapter.close();
  });

  it('names each bad setting by its variable', async () => {
    const refusal = configure({ PLUMBLINE_HTTP_BASE_URL: 'ftp://remote', PLUMBLINE_HTTP_RETRIES: 'many' });

    await expect(refusal).rejects.toThrow(/PLUMBLINE_HTTP_BASE_URL: an http or https URL/);
    await expect(refusal).rejects.toThrow(/PLUMBLINE_HTTP_RETRIES/);
  });

  it('without a base URL, serves through a bundled gateway over the reference engine, beside the store', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'plumbline-http-bundled-'));
    try {
      const config = loadGatewayConfig({ PLUMBLINE_ADAPTER: 'http', PLUMBLINE_DB: join(directory, 'plumbline.db') });
      const logged: { baseUrl?: string }[] = [];
      const logger = { ...silentLogger, info: (details: object) => void logged.push(details) };
      const adapter = (await createConfiguredAdapter(createContainer(config, await loadAdapterFactories()), {}, logger)) as HttpAdapter;
      expect(adapter.identity.id).toBe('http');
      expect(adapter.remote.id).toBe('reference');
      const { baseUrl } = logged.find((details) => details.baseUrl !== undefined)!;
      expect(baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const registration = {
        kind: 'hr',
        name: 'HR',
        controller: 'Synthetic Constabulary',
        lawfulBasis: 'DPA 2018 s.35',
        purpose: 'Tests',
        retentionPeriod: 'P6Y',
      } as const;
      await adapter.sources!.putSource('hr', registration, systemContext('tester'));
      expect((await adapter.sources!.getSource('hr', systemContext('tester'))).name).toBe('HR');
      expect(existsSync(join(directory, 'http-remote.db'))).toBe(true);
      await adapter.close();
      // Closing the adapter stops the bundled gateway.
      await expect(fetch(`${baseUrl}/healthz`)).rejects.toThrow();
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('says plainly when the remote cannot be reached at start-up', async () => {
    const baseUrl = `http://127.0.0.1:${await closedPort()}`;

    await expect(configure({ PLUMBLINE_HTTP_BASE_URL: baseUrl, PLUMBLINE_HTTP_RETRIES: '0' })).rejects.toThrow(
      /getMeta failed: the supplier could not be reached \(ECONNREFUSED\)/,
    );
  });

  it('says plainly when the remote refuses the token', async () => {
    await expect(configure({ PLUMBLINE_HTTP_BASE_URL: remote.baseUrl, PLUMBLINE_HTTP_TOKEN: 'not-a-token' })).rejects.toThrow(
      /answered 401.*Check PLUMBLINE_HTTP_TOKEN/,
    );
  });
});
