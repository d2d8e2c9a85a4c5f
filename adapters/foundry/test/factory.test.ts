/** The factory: settings from the environment, and the bundled simulator when no platform is configured. */
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/adapter/factory.js';
import { systemContext } from '../../../src/adapter/context.js';
import { loadAdapterFactory } from '../../../src/cli/adapter-factories.js';
import { foundryAdapterFactory } from '../index.js';

describe('foundryAdapterFactory', () => {
  it('needs client credentials with a base URL', () => {
    const parsed = foundryAdapterFactory.settings.safeParse({ baseUrl: 'https://platform.example', databasePath: '/tmp/x.db' });
    expect(parsed.success).toBe(false);
    expect(
      foundryAdapterFactory.settings.safeParse({
        baseUrl: 'https://platform.example',
        clientId: 'a',
        clientSecret: 'b',
        databasePath: '/tmp/x.db',
        timeoutMs: '2500',
      }).data,
    ).toMatchObject({
      timeoutMs: 2500,
      ontology: 'plumbline',
    });
  });

  it('without a base URL, serves through the bundled simulator with its own store beside the gateway’s', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'plumbline-foundry-factory-'));
    // The CLI's composition root starts the simulator: the connector's own entry imports none.
    const factory = (await loadAdapterFactory('foundry'))!;
    const settings = factory.settings.parse({ databasePath: join(directory, 'plumbline.db') });
    const adapter = await factory.create(settings, { logger: silentLogger });
    try {
      await adapter.checkReady();
      expect(adapter.identity.id).toBe('foundry');
      expect(await adapter.sources!.listSources({ limit: 10 }, systemContext())).toEqual({ items: [], nextCursor: null });
      expect(existsSync(join(directory, 'foundry-simulator.db'))).toBe(true);
    } finally {
      await adapter.close();
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
