import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PlumblineError } from '../../adapter/errors.js';
import { ConnectorCallError, mayHaveReachedSupplier } from '../connector-call-error.js';
import { mockSupplier, networkError } from './mock-supplier.js';

const Person = z.object({ id: z.string(), status: z.enum(['ACTIVE', 'LEFT']) });
const json = { headers: { 'content-type': 'application/json' } };

let supplier = mockSupplier();
afterEach(async () => {
  await supplier.agent.close();
  supplier = mockSupplier();
});

async function failureOf(promise: Promise<unknown>): Promise<PlumblineError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof PlumblineError)) throw new Error(`expected a PlumblineError, got ${String(error)}`);
  return error;
}

describe('UpstreamClient', () => {
  it('sends query and JSON, and returns the validated answer', async () => {
    supplier.pool
      .intercept({ path: '/api/people/p%201?pageSize=2', method: 'POST', body: '{"a":1}', headers: { 'content-type': 'application/json' } })
      .reply(200, { id: 'p 1', status: 'ACTIVE' }, json);
    const answer = await supplier.client.request({
      method: 'POST',
      path: `/people/${encodeURIComponent('p 1')}`,
      query: { pageSize: 2, pageToken: undefined },
      json: { a: 1 },
      operation: 'reading a person',
      schema: Person,
    });
    expect(answer.body).toEqual({ id: 'p 1', status: 'ACTIVE' });
  });

  it('honours Retry-After on 429, then succeeds', async () => {
    supplier.pool.intercept({ path: '/api/people', method: 'GET' }).reply(429, {}, { headers: { 'retry-after': '2' } });
    supplier.pool.intercept({ path: '/api/people', method: 'GET' }).reply(200, { id: 'p', status: 'LEFT' }, json);
    const answer = await supplier.client.request({ method: 'GET', path: '/people', operation: 'listing', schema: Person });
    expect(answer.body.status).toBe('LEFT');
    expect(supplier.sleeps).toEqual([2_000]);
  });

  it('gives up after a 429 storm with a retryable 503 that carries Retry-After', async () => {
    supplier.pool
      .intercept({ path: '/api/people', method: 'GET' })
      .reply(429, { errorName: 'Throttled' }, { headers: { 'retry-after': '1' } })
      .times(3);
    const error = await failureOf(supplier.client.request({ method: 'GET', path: '/people', operation: 'listing people' }));
    expect(error).toMatchObject({ kind: 'upstream-unavailable', status: 503, retryable: true, retryAfterSeconds: 1, adapter: 'acme', upstreamStatus: 429 });
    expect(error.message).toBe('acme: listing people failed: the supplier answered 429 (Throttled).');
    expect(supplier.sleeps).toHaveLength(2);
  });

  it('passes a Retry-After longer than it will wait on to the client at once', async () => {
    supplier.pool.intercept({ path: '/api/people', method: 'GET' }).reply(503, '', { headers: { 'retry-after': '120' } });
    const error = await failureOf(supplier.client.request({ method: 'GET', path: '/people', operation: 'listing' }));
    expect(error).toMatchObject({ kind: 'upstream-unavailable', retryAfterSeconds: 120 });
    expect(supplier.sleeps).toEqual([]);
  });

  it('retries a 500 for a GET with jittered backoff but never for a POST', async () => {
    supplier.pool.intercept({ path: '/api/people', method: 'GET' }).reply(500, {});
    supplier.pool.intercept({ path: '/api/people', method: 'GET' }).reply(200, { id: 'p', status: 'ACTIVE' }, json);
    await supplier.client.request({ method: 'GET', path: '/people', operation: 'listing' });
    expect(supplier.sleeps).toEqual([50]);

    supplier.pool.intercept({ path: '/api/actions', method: 'POST' }).reply(500, {});
    const error = await failureOf(supplier.client.request({ method: 'POST', path: '/actions', json: {}, operation: 'applying' }));
    expect(error).toMatchObject({ kind: 'upstream-failure', status: 502, upstreamStatus: 500 });
    expect(mayHaveReachedSupplier(error)).toBe(true);
    expect(supplier.sleeps).toEqual([50]);
  });

  it('retries a POST the supplier refused (503) or never received (connection refused)', async () => {
    supplier.pool.intercept({ path: '/api/actions', method: 'POST' }).reply(503, {});
    supplier.pool.intercept({ path: '/api/actions', method: 'POST' }).replyWithError(networkError('ECONNREFUSED'));
    supplier.pool.intercept({ path: '/api/actions', method: 'POST' }).reply(200, {}, json);
    await supplier.client.request({ method: 'POST', path: '/actions', json: {}, operation: 'applying' });
    expect(supplier.sleeps).toHaveLength(2);
  });

  it('does not repeat a POST after a dropped connection unless the caller marks it safe', async () => {
    supplier.pool.intercept({ path: '/api/actions', method: 'POST' }).replyWithError(networkError('ECONNRESET'));
    const error = await failureOf(supplier.client.request({ method: 'POST', path: '/actions', json: {}, operation: 'applying' }));
    expect(error).toBeInstanceOf(ConnectorCallError);
    expect(error).toMatchObject({ kind: 'upstream-unavailable', delivery: 'unknown' });
    expect(mayHaveReachedSupplier(error)).toBe(true);

    supplier.pool.intercept({ path: '/api/search', method: 'POST' }).replyWithError(networkError('UND_ERR_SOCKET'));
    supplier.pool.intercept({ path: '/api/search', method: 'POST' }).reply(200, [], json);
    await supplier.client.request({ method: 'POST', path: '/search', json: {}, operation: 'searching', idempotent: true });
    expect(supplier.sleeps).toHaveLength(1);
  });

  it('times out a slow answer as upstream-timeout', async () => {
    supplier = mockSupplier({ timeoutMs: 30, retry: { maxAttempts: 1, baseDelayMs: 0, maxDelayMs: 0, maxRetryAfterMs: 0 } });
    supplier.pool.intercept({ path: '/api/people', method: 'GET' }).reply(200, {}, json).delay(500);
    const error = await failureOf(supplier.client.request({ method: 'GET', path: '/people', operation: 'listing' }));
    expect(error).toMatchObject({ kind: 'upstream-timeout', status: 504, retryable: true });
  });

  it('maps a supplier 404 to not-found only when the caller says it is the client’s fault', async () => {
    supplier.pool.intercept({ path: '/api/people/x', method: 'GET' }).reply(404, { errorCode: 'NOT_FOUND' }).times(2);
    const clientFault = await failureOf(
      supplier.client.request({ method: 'GET', path: '/people/x', operation: 'reading', clientFaults: { 404: 'No person "x".' } }),
    );
    expect(clientFault).toMatchObject({ kind: 'not-found', status: 404, message: 'No person "x".' });
    const connectorFault = await failureOf(supplier.client.request({ method: 'GET', path: '/people/x', operation: 'reading' }));
    expect(connectorFault).toMatchObject({ kind: 'upstream-failure', status: 502, upstreamStatus: 404 });
  });

  it('answers a malformed body with a 502 naming the adapter and the field, without values', async () => {
    supplier.pool.intercept({ path: '/api/people/p', method: 'GET' }).reply(200, { id: 'p', status: 'Retired (Mr Smith)' }, json);
    const error = await failureOf(supplier.client.request({ method: 'GET', path: '/people/p', operation: 'reading a person', schema: Person }));
    expect(error).toMatchObject({ kind: 'upstream-failure', status: 502, adapter: 'acme', errors: [{ path: '/status' }] });
    expect(error.message).toContain("acme: reading a person failed: the supplier's answer is malformed at /status");
    expect(error.message).not.toContain('Smith');

    supplier.pool.intercept({ path: '/api/people/p', method: 'GET' }).reply(200, '{"id": "p", "sta', json);
    const notJson = await failureOf(supplier.client.request({ method: 'GET', path: '/people/p', operation: 'reading a person' }));
    expect(notJson).toMatchObject({ kind: 'upstream-failure', status: 502 });
    expect(notJson.message).toContain('not JSON');
  });

  it('returns text answers as they are', async () => {
    supplier.pool.intercept({ path: '/api/export', method: 'GET' }).reply(200, '{"a":1}\n{"a":2}\n');
    const answer = await supplier.client.request({ method: 'GET', path: '/export', operation: 'exporting', responseType: 'text' });
    expect(answer.body).toBe('{"a":1}\n{"a":2}\n');
  });

  it('stops at once when the caller cancels', async () => {
    supplier.pool.intercept({ path: '/api/people', method: 'GET' }).reply(200, {}, json).delay(500);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 10);
    const error = await failureOf(supplier.client.request({ method: 'GET', path: '/people', operation: 'listing', signal: controller.signal }));
    expect(error.message).toContain('cancelled');
    expect(supplier.sleeps).toEqual([]);
  });
});
