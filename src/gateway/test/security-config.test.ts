/**
 * How `plumbline serve` gets its keys: a development key outside production only, real keys from
 * a key file (JWKS, JWK or PEM) or a JWKS URL, and production refusing every unsafe setting.
 */
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportSPKI } from 'jose';
import { describe, expect, it } from 'vitest';
import { loadGatewayConfig } from '../../config/gateway-config.js';
import { ConfigError } from '../../adapter/config-error.js';
import { buildGateway } from '../app.js';
import { securityFromConfig } from '../security/gateway-security.js';
import { DEVELOPMENT_ISSUER, ensureDevelopmentKey, generateSigningKey, mintToken } from '../security/development-key.js';
import { createRecordingAdapter } from '../testing/recording-adapter.js';
import { loadHeadSigner } from '../audit/audit-signing.js';

const directory = mkdtempSync(join(tmpdir(), 'plumbline-keys-'));
const production = { NODE_ENV: 'production' };
/** A real (not development) audit signing key and a witness, which production requires. */
const auditKeyPath = join(directory, 'audit-key.pem');
writeFileSync(auditKeyPath, generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }));
const configFrom = (environment: Record<string, string>) =>
  loadGatewayConfig({
    PLUMBLINE_AUDIT_DB: ':memory:',
    PLUMBLINE_AUDIT_KEY_FILE: auditKeyPath,
    PLUMBLINE_AUDIT_WITNESS: join(directory, 'witness.json'),
    ...environment,
  });

/** Whether a token is accepted by a gateway built from this configuration. */
async function accepts(environment: Record<string, string>, token: string, processEnvironment: Record<string, string> = {}) {
  const { security } = await securityFromConfig(configFrom(environment), processEnvironment);
  const app = await buildGateway({ adapter: createRecordingAdapter(), security });
  const status = (await app.inject({ url: '/v1/meta', headers: { authorization: `Bearer ${token}` } })).statusCode;
  await app.close();
  return status === 200;
}

describe('development mode', () => {
  it('creates a development key readable by its owner only, and accepts tokens it signs', async () => {
    const keyPath = join(directory, 'data', 'development-key.json');
    const { mode } = await securityFromConfig(configFrom({ PLUMBLINE_DEV_KEY: keyPath }), {});
    expect(mode).toBe('development');
    expect(statSync(keyPath).mode & 0o777).toBe(0o600);
    const token = await mintToken(await ensureDevelopmentKey(keyPath), {
      subject: 'alice',
      roles: ['analyst'],
      issuer: DEVELOPMENT_ISSUER,
      audience: 'plumbline',
      ttl: '5m',
    });
    expect(await accepts({ PLUMBLINE_DEV_KEY: keyPath }, token)).toBe(true);
  });
});

describe('real keys', () => {
  const issuer = 'https://login.example.org';
  const mint = (key: Awaited<ReturnType<typeof generateSigningKey>>) =>
    mintToken(key, { subject: 'alice', roles: ['analyst'], issuer, audience: 'plumbline', ttl: '5m' });

  it('from a JWKS file (private members dropped) or a PEM public key', async () => {
    const key = await generateSigningKey('idp-2026');
    const jwksPath = join(directory, 'jwks.json');
    writeFileSync(jwksPath, JSON.stringify({ keys: [key.privateJwk] }));
    expect(await accepts({ PLUMBLINE_AUTH_KEY_FILE: jwksPath, PLUMBLINE_AUTH_ISSUER: issuer }, await mint(key), production)).toBe(true);

    const pemPath = join(directory, 'public.pem');
    writeFileSync(pemPath, await exportSPKI(createPublicKey({ key: key.publicJwk as never, format: 'jwk' })));
    expect(await accepts({ PLUMBLINE_AUTH_KEY_FILE: pemPath, PLUMBLINE_AUTH_ISSUER: issuer }, await mint(key), production)).toBe(true);
  });

  it('refuse a symmetric key file, and require an issuer', async () => {
    const octPath = join(directory, 'oct.json');
    writeFileSync(octPath, JSON.stringify({ kty: 'oct', k: 'c2VjcmV0' }));
    await expect(securityFromConfig(configFrom({ PLUMBLINE_AUTH_KEY_FILE: octPath, PLUMBLINE_AUTH_ISSUER: issuer }), {})).rejects.toThrow(/symmetric/);
    await expect(securityFromConfig(configFrom({ PLUMBLINE_AUTH_KEY_FILE: octPath }), {})).rejects.toThrow(ConfigError);
  });
});

describe('production mode refuses', () => {
  it('to start without real keys or an issuer', async () => {
    await expect(securityFromConfig(configFrom({}), production)).rejects.toThrow(/needs real keys[\s\S]*PLUMBLINE_AUTH_ISSUER/);
  });

  it('to start without an audit signing key and a witness, or with the development audit key', async () => {
    const real = { PLUMBLINE_AUTH_JWKS_URL: 'https://login.example.org/jwks', PLUMBLINE_AUTH_ISSUER: 'https://login.example.org' };
    const missing = loadGatewayConfig({ PLUMBLINE_AUDIT_DB: ':memory:', ...real });
    await expect(securityFromConfig(missing, production)).rejects.toThrow(/needs PLUMBLINE_AUDIT_KEY_FILE[\s\S]*needs PLUMBLINE_AUDIT_WITNESS/);
    const developmentAuditKey = join(directory, 'dev-audit-key.pem');
    loadHeadSigner(developmentAuditKey, true);
    await expect(securityFromConfig(configFrom({ ...real, PLUMBLINE_AUDIT_KEY_FILE: developmentAuditKey }), production)).rejects.toThrow(
      /is a development audit key, refused in production/,
    );
    await expect(securityFromConfig(configFrom(real), production)).resolves.toBeDefined();
  });

  it('the development key, the development issuer and a plain-HTTP JWKS URL', async () => {
    const keyPath = join(directory, 'production-dev-key.json');
    await ensureDevelopmentKey(keyPath);
    await expect(
      securityFromConfig(configFrom({ PLUMBLINE_AUTH_KEY_FILE: keyPath, PLUMBLINE_AUTH_ISSUER: 'https://login.example.org' }), production),
    ).rejects.toThrow(/holds a development key/);
    await expect(securityFromConfig(configFrom({ PLUMBLINE_AUTH_KEY_FILE: keyPath, PLUMBLINE_AUTH_ISSUER: DEVELOPMENT_ISSUER }), production)).rejects.toThrow(
      /development issuer/,
    );

    // The same key without its id, as a PEM public key or as a JWK without `kid`: known by its material.
    const { publicJwk } = await ensureDevelopmentKey(keyPath);
    const { kid: _kid, ...withoutKid } = publicJwk;
    const pemPath = join(directory, 'production-dev-key.pem');
    writeFileSync(pemPath, await exportSPKI(createPublicKey({ key: withoutKid as never, format: 'jwk' })));
    const jwkPath = join(directory, 'production-dev-key-no-kid.json');
    writeFileSync(jwkPath, JSON.stringify(withoutKid));
    for (const disguised of [pemPath, jwkPath]) {
      const settings = { PLUMBLINE_AUTH_KEY_FILE: disguised, PLUMBLINE_AUTH_ISSUER: 'https://login.example.org', PLUMBLINE_DEV_KEY: keyPath };
      await expect(securityFromConfig(configFrom(settings), production)).rejects.toThrow(/holds a development key/);
      // Outside production the same file is accepted: only production refuses it.
      await expect(securityFromConfig(configFrom(settings), {})).resolves.toBeDefined();
    }
    await expect(
      securityFromConfig(configFrom({ PLUMBLINE_AUTH_JWKS_URL: 'http://login.example.org/jwks', PLUMBLINE_AUTH_ISSUER: 'x' }), production),
    ).rejects.toThrow(/must be https/);
  });
});
