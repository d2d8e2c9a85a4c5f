/** The factory as `plumbline serve` uses it: settings from PLUMBLINE_HTTP_* variables, clear start-up errors. */
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/adapter/factory.js';
import { loadAdapterFactories } from '../../../src/cli/adapter-factories.js';
import { createConfiguredAdapter, createContainer } from '../../../src/config/container.js';
import { loadGatewayConfig } from '../../../src/config/gateway-config.js';
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

  it('needs a base URL', async () => {
    await expect(configure({})).rejects.toThrow(/PLUMBLINE_HTTP_BASE_URL/);
  });

  it('says plainly when the remote cannot be reached at start-up', async () => {
    const baseUrl = `http://127.0.0.1:${await closedPort()}`;

    await expect(configure({ PLUMBLINE_HTTP_BASE_URL: baseUrl, PLUMBLINE_HTTP_RETRIES: '0' })).rejects.toThrow(/could not be reached for getMeta \(ECONNREFUSED\)/);
  });

  it('says plainly when the remote refuses the token', async () => {
    await expect(configure({ PLUMBLINE_HTTP_BASE_URL: remote.baseUrl, PLUMBLINE_HTTP_TOKEN: 'not-a-token' })).rejects.toThrow(/HTTP 401.*PLUMBLINE_HTTP_TOKEN/);
  });
});
