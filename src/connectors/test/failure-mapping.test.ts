/**
 * The one failure mapping: each supplier status and network failure gives the documented
 * contract answer and delivery, whatever connector meets it.
 */
import { describe, expect, it } from 'vitest';
import { PlumblineError } from '../../adapter/errors.js';
import { errorCodeOf, failureFromException, failureFromStatus } from '../failure-mapping.js';

const call = { adapter: 'acme', operation: 'reading a person' };

describe('failureFromStatus', () => {
  it.each([
    [408, 'upstream-timeout', 504, 'refused', true],
    [429, 'upstream-unavailable', 503, 'refused', true],
    [503, 'upstream-unavailable', 503, 'refused', true],
    [504, 'upstream-timeout', 504, 'unknown', true],
    [500, 'upstream-failure', 502, 'unknown', true],
    [502, 'upstream-failure', 502, 'unknown', true],
    [501, 'upstream-failure', 502, 'answered', false],
    [401, 'upstream-failure', 502, 'answered', false],
    [404, 'upstream-failure', 502, 'answered', false],
  ] as const)('maps a supplier %i to %s (%i), delivery %s', (status, kind, answered, delivery, retryable) => {
    const error = failureFromStatus(call, status, {}, {});
    expect(error).toMatchObject({ kind, status: answered, delivery, retryable, adapter: 'acme', upstreamStatus: status });
  });

  it('reads Retry-After from either kind of headers', () => {
    expect(failureFromStatus(call, 429, { 'retry-after': '3' }, {})).toMatchObject({ retryAfterSeconds: 3 });
    expect(failureFromStatus(call, 503, new Headers({ 'retry-after': '4' }), {})).toMatchObject({ retryAfterSeconds: 4 });
  });

  it('quotes a short error code but never a supplier’s free text', () => {
    const error = failureFromStatus(call, 500, {}, { code: 'E_DB', message: 'row for Jane Doe, born 1970-01-01, is locked' });
    expect(error.message).toBe('acme: reading a person failed: the supplier answered 500 (E_DB).');
    expect(JSON.stringify(error)).not.toContain('Jane');
  });

  it('names the credentials setting when the supplier refuses them', () => {
    expect(failureFromStatus({ ...call, credentialsSetting: 'PLUMBLINE_ACME_KEY' }, 403, {}, {}).message).toContain('Check PLUMBLINE_ACME_KEY');
  });

  it('turns a declared client fault into the contract error', () => {
    const error = failureFromStatus(call, 404, {}, {}, { 404: 'No person "x".' });
    expect(error).toBeInstanceOf(PlumblineError);
    expect(error).toMatchObject({ kind: 'not-found', status: 404, message: 'No person "x".' });
  });
});

describe('failureFromException', () => {
  const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });

  it('finds the code under fetch’s wrapper and inside an AggregateError', () => {
    const wrapped = new TypeError('fetch failed', { cause: refused });
    const aggregate = new AggregateError([new Error('no code'), refused], 'all addresses failed');
    expect(errorCodeOf(wrapped)).toBe('ECONNREFUSED');
    expect(errorCodeOf(new TypeError('fetch failed', { cause: aggregate }))).toBe('ECONNREFUSED');
    expect(failureFromException(call, wrapped, false)).toMatchObject({ kind: 'upstream-unavailable', status: 503, delivery: 'not-sent' });
  });

  it('tells a lost connection (unknown outcome) from our own deadline', () => {
    const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    expect(failureFromException(call, reset, false)).toMatchObject({ kind: 'upstream-unavailable', delivery: 'unknown' });
    expect(failureFromException(call, reset, true)).toMatchObject({ kind: 'upstream-timeout', status: 504, delivery: 'unknown', retryable: true });
  });
});
