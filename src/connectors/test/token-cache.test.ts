import { afterEach, describe, expect, it } from 'vitest';
import { clientCredentialsTokenCache } from '../client-credentials.js';
import { TokenCache } from '../token-cache.js';
import { UpstreamClient } from '../upstream-client.js';
import { mockSupplier, ORIGIN } from './mock-supplier.js';

const tokenPath = '/api/oauth2/token';
const token = (accessToken: string, expiresIn = 60) => ({ access_token: accessToken, token_type: 'bearer', expires_in: expiresIn });
const json = { headers: { 'content-type': 'application/json' } };

describe('TokenCache', () => {
  it('reuses a token until shortly before expiry', async () => {
    let clock = 0;
    let issued = 0;
    const cache = new TokenCache({
      requestToken: async () => ({ accessToken: `t${++issued}`, expiresInSeconds: 100 }),
      refreshMarginSeconds: 10,
      now: () => clock,
    });
    expect(await cache.accessToken()).toBe('t1');
    clock = 89_000;
    expect(await cache.accessToken()).toBe('t1');
    clock = 90_000;
    expect(await cache.accessToken()).toBe('t2');
  });

  it('shares one renewal among concurrent callers and ignores rejections of replaced tokens', async () => {
    let issued = 0;
    const cache = new TokenCache({ requestToken: async () => ({ accessToken: `t${++issued}`, expiresInSeconds: 3_600 }) });
    const tokens = await Promise.all([cache.accessToken(), cache.accessToken(), cache.accessToken()]);
    expect(tokens).toEqual(['t1', 't1', 't1']);
    cache.rejected({ authorization: 'Bearer t1' });
    cache.rejected({ authorization: 'Bearer t1' });
    expect(await Promise.all([cache.accessToken(), cache.accessToken()])).toEqual(['t2', 't2']);
    cache.rejected({ authorization: 'Bearer t1' });
    expect(await cache.accessToken()).toBe('t2');
  });
});

describe('client credentials with refresh on 401', () => {
  let supplier = mockSupplier();
  afterEach(() => supplier.agent.close());

  it('sends the grant, renews once after a 401 shared by concurrent calls, and retries them', async () => {
    supplier = mockSupplier();
    const tokenClient = new UpstreamClient({ adapter: 'acme', baseUrl: ORIGIN, dispatcher: supplier.agent });
    const credentials = clientCredentialsTokenCache(tokenClient, { tokenPath, clientId: 'id', clientSecret: 's3cret', scope: 'api:read' });
    supplier = { ...supplier, client: new UpstreamClient({ adapter: 'acme', baseUrl: `${ORIGIN}/api`, dispatcher: supplier.agent, credentials }) };
    const grants: string[] = [];
    let issued = 0;
    supplier.pool
      .intercept({ path: tokenPath, method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' } })
      .reply(
        200,
        (options) => {
          grants.push(String(options.body));
          return token(`t${++issued}`);
        },
        json,
      )
      .persist();
    supplier.pool
      .intercept({ path: '/api/people', method: 'GET', headers: { authorization: 'Bearer t1' } })
      .reply(401, {})
      .persist();
    supplier.pool
      .intercept({ path: '/api/people', method: 'GET', headers: { authorization: 'Bearer t2' } })
      .reply(200, [], json)
      .persist();

    await credentials.accessToken();
    const calls = Array.from({ length: 5 }, () => supplier.client.request({ method: 'GET', path: '/people', operation: 'listing' }));
    await Promise.all(calls);
    expect(issued).toBe(2);
    expect(grants[0]).toBe('grant_type=client_credentials&client_id=id&client_secret=s3cret&scope=api%3Aread');
  });

  it('reports credentials the supplier keeps refusing as a 502 naming the adapter', async () => {
    supplier = mockSupplier();
    const tokenClient = new UpstreamClient({ adapter: 'acme', baseUrl: ORIGIN, dispatcher: supplier.agent });
    const credentials = clientCredentialsTokenCache(tokenClient, { tokenPath, clientId: 'id', clientSecret: 'wrong' });
    const client = new UpstreamClient({ adapter: 'acme', baseUrl: `${ORIGIN}/api`, dispatcher: supplier.agent, credentials });
    supplier.pool.intercept({ path: tokenPath, method: 'POST' }).reply(200, token('t')).persist();
    supplier.pool.intercept({ path: '/api/people', method: 'GET' }).reply(401, {}).times(2);
    await expect(client.request({ method: 'GET', path: '/people', operation: 'listing' })).rejects.toMatchObject({
      kind: 'upstream-failure',
      status: 502,
      upstreamStatus: 401,
    });
  });

  it('refuses a malformed token answer with a 502 naming the field', async () => {
    supplier = mockSupplier();
    const tokenClient = new UpstreamClient({ adapter: 'acme', baseUrl: ORIGIN, dispatcher: supplier.agent });
    const credentials = clientCredentialsTokenCache(tokenClient, { tokenPath, clientId: 'id', clientSecret: 's' });
    supplier.pool.intercept({ path: tokenPath, method: 'POST' }).reply(200, { access_token: 'x', token_type: 'mac', expires_in: 60 });
    await expect(credentials.accessToken()).rejects.toMatchObject({ kind: 'upstream-failure', errors: [{ path: '/token_type' }] });
  });
});
