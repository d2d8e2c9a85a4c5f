import { describe, expect, it } from 'vitest';
import { loadAdapterFactories } from '../adapter-factories.js';
import { unknownSettingsIn } from '../unknown-settings-check.js';
import { describeUnknownSettings } from '../../config/unknown-settings.js';

describe('settings nothing reads', () => {
  it('are named with the setting probably meant, while every real setting passes', async () => {
    const factories = await loadAdapterFactories(['casework']);
    const environment = {
      PATH: '/usr/bin',
      PLUMBLINE_HOST: '0.0.0.0',
      PLUMBLINE_RUN_HEAP_MB: '512',
      PLUMBLINE_CASEWORK_RETRIES: '3',
      PLUMBLINE_CASEWORK_BASE_URL: 'https://casework.example.org',
      // Misspelt, renamed, and unlike anything.
      PLUMBLINE_AUDIT_SINC: 'full',
      PLUMBLINE_DATABSE_URL: 'postgres://x',
      PLUMBLINE_CASEWORK_MAX_ATTEMPTS: '5',
      PLUMBLINE_CASEWORK_POLL_INTERVAL: '100',
      PLUMBLINE_WIDGETS: 'yes',
      // An adapter not being served is not loaded: its variables cannot be checked, and pass.
      PLUMBLINE_FOUNDRY_ANYTHING: 'x',
    };
    const unknown = unknownSettingsIn(environment, factories);
    expect(unknown).toEqual([
      { variable: 'PLUMBLINE_AUDIT_SINC', suggestion: 'PLUMBLINE_AUDIT_SYNC' },
      { variable: 'PLUMBLINE_CASEWORK_MAX_ATTEMPTS', suggestion: 'PLUMBLINE_CASEWORK_RETRIES' },
      { variable: 'PLUMBLINE_CASEWORK_POLL_INTERVAL', suggestion: 'PLUMBLINE_CASEWORK_POLL_INTERVAL_MS' },
      { variable: 'PLUMBLINE_DATABSE_URL', suggestion: 'PLUMBLINE_DATABASE_URL' },
      { variable: 'PLUMBLINE_WIDGETS', suggestion: undefined },
    ]);
    const line = describeUnknownSettings(unknown);
    expect(line).toContain('PLUMBLINE_AUDIT_SINC (did you mean PLUMBLINE_AUDIT_SYNC?)');
    // Names only: a value may be a secret.
    expect(line).not.toContain('postgres://x');
  });

  it('are none in an environment of real settings for the reference engine', async () => {
    const factories = await loadAdapterFactories(['reference']);
    expect(
      unknownSettingsIn({ PLUMBLINE_DB: 'x.db', PLUMBLINE_PORT: '8080', PLUMBLINE_AUDIT_SYNC: 'full', PLUMBLINE_TEST_POSTGRES_URL: 'postgres://y' }, factories),
    ).toEqual([]);
  });
});
