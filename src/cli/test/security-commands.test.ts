/**
 * The security commands as a user meets them: `plumbline token` mints tokens the local gateway
 * accepts (never in production), `plumbline serve` refuses to start in production without real
 * keys or with the development key, and `plumbline audit verify` tells an intact trail from a
 * tampered one by exit code and entry number.
 */
import { copyFileSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { generateKeyPairSync } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadGatewayConfig } from '../../config/gateway-config.js';
import { buildGateway } from '../../gateway/app.js';
import { securityFromConfig } from '../../gateway/security/gateway-security.js';
import { DEVELOPMENT_ISSUER, ensureDevelopmentKey, mintToken } from '../../gateway/security/development-key.js';
import { createRecordingAdapter } from '../../gateway/testing/recording-adapter.js';
import { createSecuredGateway } from '../../gateway/testing/test-security.js';
import { tokenCommand } from '../token-command.js';
import { plumbline } from './run-cli.js';

const directory = mkdtempSync(join(tmpdir(), 'plumbline-cli-security-'));

describe('plumbline token', () => {
  it('mints a token that a development gateway accepts, its subject the actor', async () => {
    const keyPath = join(directory, 'development-key.json');
    const { code, stdout, stderr } = await plumbline(['token', '--role', 'reviewer', '--sub', 'alice', '--ttl', '10m', '--key', keyPath]);
    expect(code).toBe(0);
    // A new key was made: a gateway already running with another key would refuse the token, so it says so.
    expect(stderr).toContain(`Warning: there was no development key at ${keyPath}, so a new one was made`);
    const token = stdout.trim();
    expect(token.split('.')).toHaveLength(3);

    const adapter = createRecordingAdapter();
    const { security } = await securityFromConfig(loadGatewayConfig({ PLUMBLINE_DEV_KEY: keyPath, PLUMBLINE_AUDIT_DB: ':memory:' }), {});
    const app = await buildGateway({ adapter, security });
    const response = await app.inject({ url: '/v1/flags/flag-1', headers: { authorization: `Bearer ${token}`, 'plumbline-justification': 'PSD-2026-0042' } });
    await app.close();
    expect(response.statusCode).toBe(200);
    expect(adapter.calls.at(-1)!.args.at(-1)).toMatchObject({ actor: 'alice' });
  }, 60_000);

  it('--help states the clock allowance and that the key must be the gateway’s', () => {
    expect(tokenCommand.usage).toContain('30 seconds of allowance');
    expect(tokenCommand.usage).toContain('signed with the key the gateway itself uses');
  });

  it('a token signed with another development key gets a 401 naming the gateway’s key and the command to run', async () => {
    const gatewayKey = join(directory, 'gateway-key.json');
    const { security } = await securityFromConfig(loadGatewayConfig({ PLUMBLINE_DEV_KEY: gatewayKey, PLUMBLINE_AUDIT_DB: ':memory:' }), {});
    const app = await buildGateway({ adapter: createRecordingAdapter(), security });
    const stray = await ensureDevelopmentKey(join(directory, 'stray-key.json'));
    const token = await mintToken(stray, { subject: 'alice', roles: ['analyst'], issuer: DEVELOPMENT_ISSUER, audience: 'plumbline', ttl: '5m' });
    const response = await app.inject({ url: '/v1/flags', headers: { authorization: `Bearer ${token}`, 'plumbline-justification': 'PSD-1' } });
    await app.close();
    expect(response.statusCode).toBe(401);
    expect(response.json().detail).toContain(`This gateway checks tokens against its development key ${gatewayKey}`);
    expect(response.json().detail).toContain(`npx plumbline token --key ${gatewayKey} --role analyst --sub you`);
  });

  it('refuses unknown roles, and refuses to mint at all in production', async () => {
    const unknown = await plumbline(['token', '--role', 'superuser', '--sub', 'alice', '--key', join(directory, 'other.json')]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown role superuser');
    const inProduction = await plumbline(['token', '--role', 'reviewer', '--sub', 'alice', '--key', join(directory, 'never.json')], { NODE_ENV: 'production' });
    expect(inProduction.code).toBe(2);
    expect(inProduction.stderr).toContain('never minted or accepted in production');
    expect(existsSync(join(directory, 'never.json'))).toBe(false);
  }, 60_000);
});

describe('plumbline serve in production', () => {
  it('refuses to start without real keys, before touching any data', async () => {
    const data = join(directory, 'production-data');
    const { code, stderr } = await plumbline(['serve', '--port', '0', '--db', join(data, 'plumbline.db'), '--audit-db', join(data, 'audit.db')], {
      NODE_ENV: 'production',
      PLUMBLINE_DEV_KEY: join(data, 'development-key.json'),
    });
    expect(code).toBe(2);
    expect(stderr).toContain('NODE_ENV=production needs real keys');
    expect(existsSync(data)).toBe(false);
  }, 60_000);

  it('refuses the development key even when configured as the key file', async () => {
    const keyPath = join(directory, 'production-development-key.json');
    await ensureDevelopmentKey(keyPath);
    const auditKey = join(directory, 'production-audit-key.pem');
    writeFileSync(auditKey, generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const { code, stderr } = await plumbline(['serve', '--port', '0', '--auth-key-file', keyPath, '--auth-issuer', 'https://login.example.org'], {
      NODE_ENV: 'production',
      PLUMBLINE_AUDIT_KEY_FILE: auditKey,
      PLUMBLINE_AUDIT_WITNESS: join(directory, 'production-witness.json'),
    });
    expect(code).toBe(2);
    expect(stderr).toContain('holds a development key, refused in production');
  }, 60_000);
});

describe('plumbline audit verify', () => {
  it('exits 0 for an intact trail and 1 naming the entry for a tampered one', async () => {
    const trail = join(directory, 'audit.db');
    const { app, headersFor } = await createSecuredGateway({ auditDatabasePath: trail });
    const headers = await headersFor('reviewer', 'alice');
    for (const flagId of ['f1', 'f2', 'f3', 'f4']) await app.inject({ url: `/v1/flags/${flagId}`, headers });
    await app.close();

    const intact = await plumbline(['audit', 'verify', '--db', trail]);
    expect(intact.code).toBe(0);
    expect(intact.stdout).toMatch(/intact, 4 entries; head [0-9a-f]{64}/);

    const tampered = join(directory, 'tampered.db');
    copyFileSync(trail, tampered);
    const database = new Database(tampered);
    database.exec("DROP TRIGGER audit_events_no_update; UPDATE audit_events SET actor = 'bob' WHERE sequence = 3");
    database.close();
    // The copy is checked against the original's key and witness, which the tamperer cannot touch.
    const result = await plumbline(['audit', 'verify', '--db', tampered, '--key', `${trail}.signing-key.pem`, '--witness', `${trail}.witness.json`]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('entry 3 was altered');
  }, 60_000);
});
