/**
 * Hardening: security headers on every answer (refusals included), CORS closed unless origins are
 * configured, request bodies limited, and a rate limit per caller.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createSecuredGateway, type TestSecurityOptions } from '../testing/test-security.js';
import { CallerBudget } from '../security/caller-budget.js';
import { exampleOf, SourceRegistration } from '../../contract/index.js';

const opened: FastifyInstance[] = [];
async function gateway(options: TestSecurityOptions = {}) {
  const testSecurity = await createSecuredGateway(options);
  opened.push(testSecurity.app);
  return { app: testSecurity.app, testSecurity };
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((app) => app.close()));
});

describe('security headers', () => {
  it('are on answers and on refusals, and forbid caching', async () => {
    const { app, testSecurity } = await gateway();
    for (const response of [await app.inject({ url: '/v1/meta', headers: await testSecurity.headersFor('analyst') }), await app.inject('/v1/meta')]) {
      expect(response.headers).toMatchObject({
        'cache-control': 'no-store',
        'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'DENY',
        'referrer-policy': 'no-referrer',
      });
    }
  });

  it('leave the docs page able to run its scripts', async () => {
    const { app } = await gateway();
    const docs = await app.inject('/docs/');
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-security-policy']).toBeUndefined();
    expect(docs.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('CORS', () => {
  it('is closed by default: no browser origin is allowed, and preflights find nothing', async () => {
    const { app, testSecurity } = await gateway();
    const response = await app.inject({ url: '/v1/meta', headers: { origin: 'https://cases.example.org', ...(await testSecurity.headersFor('analyst')) } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await app.inject({
      method: 'OPTIONS',
      url: '/v1/meta',
      headers: { origin: 'https://cases.example.org', 'access-control-request-method': 'GET' },
    });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(preflight.statusCode).toBe(404);
  });

  it('opens to configured origins only, allowing the token and justification headers', async () => {
    const { app } = await gateway({ corsOrigins: ['https://cases.example.org'] });
    const preflight = await app.inject({
      method: 'OPTIONS',
      url: '/v1/subjects/subj-1',
      headers: {
        origin: 'https://cases.example.org',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization, plumbline-justification',
      },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('https://cases.example.org');
    expect(preflight.headers['access-control-allow-headers']).toContain('plumbline-justification');
    const stranger = await app.inject({
      method: 'OPTIONS',
      url: '/v1/meta',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
    });
    expect(stranger.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('limits', () => {
  it('refuses a body over 64 KiB with 413 before reading it as JSON', async () => {
    const { app, testSecurity } = await gateway();
    const payload = { ...exampleOf(SourceRegistration), description: 'x'.repeat(64 * 1024) };
    const response = await app.inject({ method: 'PUT', url: '/v1/sources/s1', payload, headers: await testSecurity.headersFor('admin') });
    expect(response.statusCode).toBe(413);
    expect(response.json().type).toBe('urn:plumbline:problem:payload-too-large');
  });

  it('limits requests per caller, answering 429 with Retry-After; other callers and public routes go on', async () => {
    const { app, testSecurity } = await gateway({ rateLimitPerMinute: 3 });
    const alice = await testSecurity.headersFor('analyst', 'alice');
    for (let count = 0; count < 3; count += 1) expect((await app.inject({ url: '/v1/meta', headers: alice })).statusCode).toBe(200);
    // A second token for the same subject shares the budget.
    const limited = await app.inject({ url: '/v1/meta', headers: await testSecurity.headersFor('analyst', 'alice') });
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ type: 'urn:plumbline:problem:rate-limited', retryable: true });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await app.inject({ url: '/v1/meta', headers: await testSecurity.headersFor('analyst', 'bob') })).statusCode).toBe(200);
    for (let count = 0; count < 5; count += 1) expect((await app.inject('/healthz')).statusCode).toBe(200);
  });
});

describe('the per-caller budget', () => {
  it('is whole again when the next window starts, and says when that is', () => {
    const budget = new CallerBudget(2, 60_000);
    expect(budget.take('alice', 60_000).allowed).toBe(true);
    expect(budget.take('alice', 90_000).allowed).toBe(true);
    expect(budget.take('alice', 100_000)).toEqual({ allowed: false, resetSeconds: 20 });
    expect(budget.take('alice', 120_000).allowed).toBe(true);
  });
});
