/**
 * Authentication and justification as a client meets them: every way a token can be wrong is a
 * 401 saying what to fix; a good token's subject reaches the adapter as the actor; consulting
 * personal data without a justification is a 400 saying what to send.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { SignJWT, UnsecuredJWT, type CryptoKey } from 'jose';
import { buildGateway } from '../app.js';
import { createRecordingAdapter, type RecordingAdapter } from '../testing/recording-adapter.js';
import { createSecuredGateway, TEST_AUDIENCE, TEST_ISSUER, TEST_JUSTIFICATION, type SecuredGateway } from '../testing/test-security.js';
import { DEVELOPMENT_ISSUER, generateSigningKey, mintToken } from '../security/development-key.js';
import { keysFromJwks } from '../security/verification-keys.js';

let app: FastifyInstance;
let adapter: RecordingAdapter;
let testSecurity: SecuredGateway;

beforeAll(async () => {
  testSecurity = await createSecuredGateway();
  ({ app, adapter } = testSecurity);
});
afterAll(() => app.close());
afterEach(() => vi.unstubAllEnvs());

function expectUnauthenticated(response: LightMyRequestResponse, detail: RegExp) {
  expect(response.statusCode, response.body).toBe(401);
  expect(response.headers['content-type']).toContain('application/problem+json');
  expect(response.headers['www-authenticate']).toMatch(/^Bearer/);
  expect(response.json()).toMatchObject({ type: 'urn:plumbline:problem:unauthenticated', status: 401 });
  expect(response.json().detail).toMatch(detail);
}

const withToken = (token: string) => ({ authorization: `Bearer ${token}` });
const sign = (claims: Record<string, unknown>, options: { issuer?: string; audience?: string; expires?: string | number; subject?: string | null } = {}) => {
  const builder = new SignJWT({ roles: ['analyst'], ...claims })
    .setProtectedHeader({ alg: 'ES256', kid: testSecurity.signingKey.publicJwk.kid })
    .setIssuer(options.issuer ?? TEST_ISSUER)
    .setAudience(options.audience ?? TEST_AUDIENCE)
    .setExpirationTime(options.expires ?? '1h');
  if (options.subject !== null) builder.setSubject(options.subject ?? 'alice');
  return builder.sign(testSecurity.signingKey.privateKey as CryptoKey);
};

describe('401: no valid token', () => {
  it('no Authorization header', async () => {
    expectUnauthenticated(await app.inject('/v1/meta'), /Send a bearer token/);
  });

  it('another scheme, or a bare token', async () => {
    expectUnauthenticated(await app.inject({ url: '/v1/meta', headers: { authorization: 'Basic YWxpY2U6c2VjcmV0' } }), /must be `Bearer <JWT>`/);
    expectUnauthenticated(await app.inject({ url: '/v1/meta', headers: { authorization: 'Bearer' } }), /must be `Bearer <JWT>`/);
  });

  it('not a JWT', async () => {
    expectUnauthenticated(await app.inject({ url: '/v1/meta', headers: withToken('not.a.jwt') }), /not a well-formed, signed JWT/);
  });

  it('expired', async () => {
    const token = await sign({}, { expires: Math.floor(Date.now() / 1000) - 120 });
    expectUnauthenticated(await app.inject({ url: '/v1/meta', headers: withToken(token) }), /expired/);
  });

  it('another issuer, another audience, no subject', async () => {
    expectUnauthenticated(await app.inject({ url: '/v1/meta', headers: withToken(await sign({}, { issuer: 'https://elsewhere' })) }), /"iss" claim/);
    expectUnauthenticated(await app.inject({ url: '/v1/meta', headers: withToken(await sign({}, { audience: 'another-api' })) }), /"aud" claim/);
    expectUnauthenticated(await app.inject({ url: '/v1/meta', headers: withToken(await sign({}, { subject: null })) }), /"sub" claim is missing/);
  });

  it('a subject that is a number, an object, an array, empty, blank or not printable', async () => {
    for (const [sub, detail] of [
      [42, /"sub" claim must be a string .* a number/],
      [{ name: 'alice' }, /"sub" claim must be a string .* an object/],
      [['alice'], /"sub" claim must be a string .* an array/],
      ['', /"sub" claim is empty/],
      ['   ', /"sub" claim is empty/],
      ['alice\nbob', /control characters/],
      ['a'.repeat(201), /longer than 200/],
    ] as const) {
      expectUnauthenticated(await app.inject({ url: '/v1/meta', headers: withToken(await sign({ sub }, { subject: null })) }), detail);
    }
  });

  it('signed by a key the gateway does not trust, or tampered with', async () => {
    const stranger = await generateSigningKey('stranger');
    const foreign = await mintToken(stranger, { subject: 'mallory', roles: ['admin'], issuer: TEST_ISSUER, audience: TEST_AUDIENCE, ttl: '1h' });
    expectUnauthenticated(await app.inject({ url: '/v1/meta', headers: withToken(foreign) }), /No configured key matches/);

    const [header, , signature] = (await testSecurity.tokenFor('analyst')).split('.');
    const forgedPayload = Buffer.from(JSON.stringify({ sub: 'mallory', roles: ['admin'], iss: TEST_ISSUER, aud: TEST_AUDIENCE, exp: 4102444800 })).toString(
      'base64url',
    );
    expectUnauthenticated(await app.inject({ url: '/v1/meta', headers: withToken(`${header}.${forgedPayload}.${signature}`) }), /signature does not verify/);
  });

  it('unsigned (alg none) and HMAC tokens are never accepted', async () => {
    const unsigned = new UnsecuredJWT({ roles: ['admin'] })
      .setSubject('mallory')
      .setIssuer(TEST_ISSUER)
      .setAudience(TEST_AUDIENCE)
      .setExpirationTime('1h')
      .encode();
    expectUnauthenticated(await app.inject({ url: '/v1/meta', headers: withToken(unsigned) }), /algorithm is not accepted|not a well-formed/);
    const hmac = await new SignJWT({ roles: ['admin'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('mallory')
      .setIssuer(TEST_ISSUER)
      .setAudience(TEST_AUDIENCE)
      .setExpirationTime('1h')
      .sign(new Uint8Array(32));
    expectUnauthenticated(await app.inject({ url: '/v1/meta', headers: withToken(hmac) }), /algorithm is not accepted/);
  });

  it('public routes need no token; unknown routes still answer 404', async () => {
    for (const url of ['/healthz', '/readyz', '/openapi.json', '/docs/']) expect((await app.inject(url)).statusCode, url).toBe(200);
    expect((await app.inject('/v1/no-such-route')).statusCode).toBe(404);
  });
});

describe('a valid token', () => {
  it('its subject is the actor and the justification is passed to the adapter', async () => {
    const response = await app.inject({ url: '/v1/flags/flag-9', headers: await testSecurity.headersFor('reviewer', 'alice') });
    expect(response.statusCode).toBe(200);
    const call = adapter.calls.at(-1)!;
    expect(call.method).toBe('getFlag');
    expect(call.args.at(-1)).toEqual({ actor: 'alice', justification: TEST_JUSTIFICATION });
  });

  it('roles may be a space-separated string, and unknown roles are ignored', async () => {
    const token = await sign({ roles: 'reviewer superuser' });
    expect((await app.inject({ url: '/v1/meta', headers: withToken(token) })).statusCode).toBe(200);
    expect((await app.inject({ url: '/v1/export', headers: withToken(await sign({ roles: ['superuser'] })) })).statusCode).toBe(403);
  });
});

describe('justification', () => {
  it('consulting personal data without one is a 400 that says what to send', async () => {
    const response = await app.inject({ url: '/v1/subjects/subj-1', headers: withToken(await testSecurity.tokenFor('analyst')) });
    expect(response.statusCode).toBe(400);
    expect(response.json().detail).toContain('send a Plumbline-Justification header');
    expect(response.json().errors).toEqual([{ path: '/headers/plumbline-justification', message: 'required' }]);
  });

  it('erasing a record without one is a 400, and the adapter erases nothing', async () => {
    const before = adapter.calls.length;
    const response = await app.inject({ method: 'DELETE', url: '/v1/sources/uof/records/UOF-1', headers: withToken(await testSecurity.tokenFor('admin')) });
    expect(response.statusCode).toBe(400);
    expect(response.json().detail).toContain('This request erases personal data: send a Plumbline-Justification header');
    expect(adapter.calls.slice(before).map((call) => call.method)).not.toContain('eraseRecord');
  });

  it('a malformed one is refused wherever it is sent', async () => {
    const token = await testSecurity.tokenFor('analyst');
    for (const bad of ['x'.repeat(201), 'case\u0007ref', '   ']) {
      const response = await app.inject({ url: '/v1/meta', headers: { ...withToken(token), 'plumbline-justification': bad } });
      expect(response.statusCode, JSON.stringify(bad)).toBe(400);
      expect(response.json().detail).toMatch(/^Invalid Plumbline-Justification header/);
    }
  });

  it('is not needed where no personal data is read', async () => {
    const token = await testSecurity.tokenFor(['ingest', 'analyst']);
    expect((await app.inject({ url: '/v1/meta', headers: withToken(token) })).statusCode).toBe(200);
    expect((await app.inject({ url: '/v1/detectors', headers: withToken(token) })).statusCode).toBe(200);
    expect((await app.inject({ method: 'POST', url: '/v1/consolidation-runs', payload: {}, headers: withToken(token) })).statusCode).toBe(202);
  });
});

describe('production mode', () => {
  it('refuses development tokens even when their key is trusted', async () => {
    const developmentKey = await generateSigningKey('plumbline-development-test');
    const security = {
      ...testSecurity.security,
      authentication: { keys: keysFromJwks([developmentKey.publicJwk]).getKey, issuer: DEVELOPMENT_ISSUER, audience: TEST_AUDIENCE, production: true },
    };
    const production = await buildGateway({ adapter: createRecordingAdapter(), security });
    const token = await mintToken(developmentKey, { subject: 'dev', roles: ['analyst'], issuer: DEVELOPMENT_ISSUER, audience: TEST_AUDIENCE, ttl: '1h' });
    expectUnauthenticated(await production.inject({ url: '/v1/meta', headers: withToken(token) }), /Development tokens are not accepted in production/);
    await production.close();
  });

  it('refuses to build a gateway without security', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    await expect(buildGateway({ adapter: createRecordingAdapter() })).rejects.toThrow(/refuses to run without authentication/);
  });
});
