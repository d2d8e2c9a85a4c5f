/**
 * The factory: settings from `PLUMBLINE_CASEWORK_*`, and the bundled simulator when no base URL is
 * configured, kept beside the gateway's store and stopped with the adapter.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adapterSettingsFromEnvironment } from '../../../src/config/gateway-config.js';
import { silentLogger } from '../../../src/adapter/factory.js';
import { loadAdapterFactory } from '../../../src/cli/adapter-factories.js';
import { caseworkAdapterFactory } from '../index.js';

describe('caseworkAdapterFactory', () => {
  it('reads its settings from PLUMBLINE_CASEWORK_* and needs an API key with a base URL', () => {
    const environment = {
      PLUMBLINE_CASEWORK_BASE_URL: 'https://casework.example.org',
      PLUMBLINE_CASEWORK_API_KEY: 'k',
      PLUMBLINE_CASEWORK_POLL_INTERVAL_MS: '50',
      PLUMBLINE_CASEWORK_UPLOAD_FORMAT: 'csv',
    };
    const settings = caseworkAdapterFactory.settings.parse(adapterSettingsFromEnvironment('casework', environment));
    expect(settings).toMatchObject({ baseUrl: 'https://casework.example.org', apiKey: 'k', pollIntervalMs: 50, uploadFormat: 'csv', requestTimeoutMs: 10_000 });
    const missingKey = caseworkAdapterFactory.settings.safeParse({ baseUrl: 'https://casework.example.org' });
    expect(missingKey.success || missingKey.error.issues[0].path).toEqual(['apiKey']);
  });

  it('starts the bundled simulator beside the store when no base URL is set, and stops it on close', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'casework-factory-'));
    try {
      // The CLI's composition root starts the simulator: the connector's own entry imports none.
      const factory = (await loadAdapterFactory('casework'))!;
      const settings = factory.settings.parse({ databasePath: join(directory, 'plumbline.db') });
      const adapter = await factory.create(settings, { logger: silentLogger });
      await adapter.checkReady();
      expect(existsSync(join(directory, 'casework-simulator', 'casework-simulator.db'))).toBe(true);
      await adapter.close();
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
