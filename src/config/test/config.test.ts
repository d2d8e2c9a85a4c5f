import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { adapterSettingsFromEnvironment, loadGatewayConfig } from '../gateway-config.js';
import { ConfigError } from '../../adapter/config-error.js';
import { createConfiguredAdapter, createContainer } from '../container.js';
import { defineAdapterFactory, silentLogger } from '../../adapter/factory.js';
import { tokens } from '../../adapter/tokens.js';
import { createRecordingAdapter } from '../../gateway/testing/recording-adapter.js';

describe('gateway configuration', () => {
  it('defaults to the reference adapter on 127.0.0.1:8080 with ./data/plumbline.db', () => {
    expect(loadGatewayConfig({})).toEqual({
      adapter: 'reference',
      host: '127.0.0.1',
      port: 8080,
      databasePath: './data/plumbline.db',
      candidateDatabasePath: './data/candidate.db',
      logLevel: 'info',
      demo: true,
      demoPeople: 2000,
      auditDatabasePath: './data/audit.db',
      auditSync: 'normal',
      auditSignEvery: 32,
      auditSignWithinMs: 250,
      auditLeaseSeconds: 15,
      auditAcceptBroken: false,
      authAudience: 'plumbline',
      authRolesClaim: 'roles',
      developmentKeyPath: './data/development-key.json',
      rateLimit: 1200,
      requestTimeout: 60,
      maxConnections: 1024,
      corsOrigins: [],
    });
  });

  it('reads environment variables, and options win over them', () => {
    const environment = { PLUMBLINE_ADAPTER: 'foundry', PLUMBLINE_PORT: '9000', PLUMBLINE_DB: '/tmp/x.db', PLUMBLINE_DEMO: 'false' };
    expect(loadGatewayConfig(environment)).toMatchObject({ adapter: 'foundry', port: 9000, databasePath: '/tmp/x.db', demo: false });
    expect(loadGatewayConfig(environment, { port: '9100' }).port).toBe(9100);
    expect(loadGatewayConfig({ PLUMBLINE_REQUEST_TIMEOUT: '30', PLUMBLINE_MAX_CONNECTIONS: '200' })).toMatchObject({ requestTimeout: 30, maxConnections: 200 });
  });

  it('keeps the audit trail in SQLite unless a PostgreSQL URL is given, and never repeats its password', () => {
    expect(loadGatewayConfig({}).databaseUrl).toBeUndefined();
    const url = 'postgres://plumbline:secret@db.internal:5432/plumbline';
    expect(loadGatewayConfig({ PLUMBLINE_DATABASE_URL: url, PLUMBLINE_REPLICA_ID: 'host-1', PLUMBLINE_AUDIT_LEASE_SECONDS: '30' })).toMatchObject({
      databaseUrl: url,
      replicaId: 'host-1',
      auditLeaseSeconds: 30,
    });
    expect(() => loadGatewayConfig({ PLUMBLINE_DATABASE_URL: 'mysql://plumbline:secret@db.internal/plumbline' })).toThrow(
      /PLUMBLINE_DATABASE_URL="mysql:\/\/plumbline:\*\*\*@db.internal\/plumbline": must be a PostgreSQL URL/,
    );
    expect(() => loadGatewayConfig({ PLUMBLINE_DATABASE_URL: 'mysql://plumbline:secret@db.internal/plumbline' })).not.toThrow(/secret/);
    expect(() => loadGatewayConfig({ PLUMBLINE_REPLICA_ID: 'two words' })).toThrow(/PLUMBLINE_REPLICA_ID="two words": must be 1 to 60 letters/);
  });

  it('names every bad setting and where it came from', () => {
    try {
      loadGatewayConfig({ PLUMBLINE_PORT: 'eighty', PLUMBLINE_LOG_LEVEL: 'loud' }, { demo: 'maybe' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as Error).message;
      expect(message).toContain('PLUMBLINE_PORT="eighty"');
      expect(message).toContain('PLUMBLINE_LOG_LEVEL="loud"');
      expect(message).toContain('--demo="maybe": must be true or false');
      expect(message).toContain('PLUMBLINE_PORT="eighty": must be a whole number from 0 to 65535');
    }
  });

  it('collects an adapter’s own variables as camelCase settings', () => {
    const environment = { PLUMBLINE_FOUNDRY_BASE_URL: 'http://x', PLUMBLINE_FOUNDRY_CLIENT_ID: 'id', PLUMBLINE_CASEWORK_API_KEY: 'k', PLUMBLINE_PORT: '1' };
    expect(adapterSettingsFromEnvironment('foundry', environment)).toEqual({ baseUrl: 'http://x', clientId: 'id' });
  });
});

describe('the container', () => {
  const factory = defineAdapterFactory({
    id: 'recording',
    description: 'test',
    settings: z.object({ databasePath: z.string(), retries: z.coerce.number().int().min(0) }),
    create: async () => createRecordingAdapter(),
  });

  it('makes the configured adapter with validated settings and registers it', async () => {
    const container = createContainer(loadGatewayConfig({ PLUMBLINE_ADAPTER: 'recording' }), [factory]);
    const adapter = await createConfiguredAdapter(container, { PLUMBLINE_RECORDING_RETRIES: '3' }, silentLogger);
    expect(adapter.identity.id).toBe('recording');
    expect(container.resolve(tokens.adapter)).toBe(adapter);
  });

  it('refuses an unknown adapter, listing the known ones', async () => {
    const container = createContainer(loadGatewayConfig({ PLUMBLINE_ADAPTER: 'acme' }), [factory]);
    await expect(createConfiguredAdapter(container, {}, silentLogger)).rejects.toThrow(/unknown adapter; known adapters are recording/);
  });

  it('refuses bad adapter settings, naming the variable', async () => {
    const container = createContainer(loadGatewayConfig({ PLUMBLINE_ADAPTER: 'recording' }), [factory]);
    await expect(createConfiguredAdapter(container, { PLUMBLINE_RECORDING_RETRIES: '-1' }, silentLogger)).rejects.toThrow(/PLUMBLINE_RECORDING_RETRIES/);
  });
});
