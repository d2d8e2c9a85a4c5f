import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { PlumblineError, UpstreamCallError } from '../../../src/adapter/errors.js';
import { problemKinds, type ProblemKind } from '../../../src/contract/index.js';
import { context, failureOf, nockedAdapter, problemBody, problemHeaders, REMOTE, useNock } from './nock-remote.js';

useNock();

/** What each remote problem kind becomes behind the http adapter. */
const expected: Record<ProblemKind, ProblemKind> = {
  'validation-failed': 'validation-failed',
  unauthenticated: 'upstream-failure',
  forbidden: 'upstream-failure',
  'not-found': 'not-found',
  // A remote 408 means it did not process the request: the same retried 504 as from any supplier (src/connectors/failure-mapping.ts).
  'request-timeout': 'upstream-timeout',
  // Our own gateway refuses these before the adapter sends them: from the remote, they are its failure.
  'uri-too-long': 'upstream-failure',
  'headers-too-large': 'upstream-failure',
  conflict: 'conflict',
  'payload-too-large': 'payload-too-large',
  'unsupported-media-type': 'unsupported-media-type',
  unprocessable: 'unprocessable',
  'rate-limited': 'upstream-unavailable',
  internal: 'upstream-failure',
  'capability-unsupported': 'capability-unsupported',
  'adapter-contract-violation': 'upstream-failure',
  'upstream-failure': 'upstream-failure',
  'upstream-unavailable': 'upstream-unavailable',
  'upstream-timeout': 'upstream-timeout',
};

describe('remote problems', () => {
  it.each(Object.keys(problemKinds) as ProblemKind[])('maps %s', async (kind) => {
    const { adapter } = await nockedAdapter({ retries: 0 });
    const { status } = problemKinds[kind];
    nock(REMOTE).get('/v1/sources/hr').reply(status, problemBody(kind, status), problemHeaders);

    const error = await failureOf(adapter.sources!.getSource('hr', context));

    expect(error).toBeInstanceOf(PlumblineError);
    expect(error.kind).toBe(expected[kind]);
    if (expected[kind].startsWith('upstream-')) {
      expect(error).toBeInstanceOf(UpstreamCallError);
      expect(error.upstreamStatus).toBe(status);
      expect(error.adapter).toBe('http');
    } else {
      expect(error.message).toBe(`remote says ${kind}`);
    }
  });

  it('passes field errors of a 400 through', async () => {
    const { adapter } = await nockedAdapter();
    const errors = [{ path: '/body/kind', message: 'Invalid option' }];
    nock(REMOTE)
      .put('/v1/sources/hr')
      .reply(400, problemBody('validation-failed', 400, { errors }), problemHeaders);

    const error = await failureOf(adapter.sources!.putSource('hr', {} as never, context));

    expect(error.kind).toBe('validation-failed');
    expect(error.errors).toEqual(errors);
  });

  it('keeps the capability of a 501', async () => {
    const { adapter } = await nockedAdapter();
    nock(REMOTE)
      .get('/v1/detectors')
      .reply(501, problemBody('capability-unsupported', 501, { capability: 'flagging' }), problemHeaders);

    const error = await failureOf(adapter.flagging!.listDetectors(context));

    expect(error).toMatchObject({ kind: 'capability-unsupported', status: 501, capability: 'flagging' });
  });

  it('tells the operator, not the client, when the remote refuses the gateway token', async () => {
    const { adapter } = await nockedAdapter();
    nock(REMOTE).get('/v1/flags/F1').reply(401, problemBody('unauthenticated', 401), problemHeaders);

    const error = await failureOf(adapter.flagging!.getFlag('F1', context));

    expect(error).toMatchObject({ kind: 'upstream-failure', status: 502, retryable: false });
    expect(error.message).toContain('PLUMBLINE_HTTP_TOKEN');
  });

  it('maps answers without problem details by status', async () => {
    const { adapter } = await nockedAdapter({ retries: 0 });
    nock(REMOTE).get('/v1/runs/R1').reply(404, 'Not Found', { 'content-type': 'text/plain' });
    nock(REMOTE).get('/v1/runs/R2').reply(502, '<html>Bad gateway</html>', { 'content-type': 'text/html' });
    nock(REMOTE).get('/v1/runs/R3').reply(418, "I'm a teapot");

    expect(await failureOf(adapter.runs!.getRun('R1', context))).toMatchObject({ kind: 'not-found' });
    expect(await failureOf(adapter.runs!.getRun('R2', context))).toMatchObject({ kind: 'upstream-failure', upstreamStatus: 502, retryable: true });
    expect(await failureOf(adapter.runs!.getRun('R3', context))).toMatchObject({ kind: 'upstream-failure', upstreamStatus: 418, retryable: false });
  });

  it('passes Retry-After on when it gives up', async () => {
    const { adapter } = await nockedAdapter({ retries: 0 });
    nock(REMOTE)
      .get('/v1/sources')
      .query(true)
      .reply(503, problemBody('upstream-unavailable', 503), { ...problemHeaders, 'retry-after': '7' });

    const error = await failureOf(adapter.sources!.listSources({ limit: 50 }, context));

    expect(error).toMatchObject({ kind: 'upstream-unavailable', retryable: true, retryAfterSeconds: 7 });
  });

  it('maps a refused connection to upstream-unavailable', async () => {
    const { adapter } = await nockedAdapter({ retries: 0 });
    nock(REMOTE).get('/v1/flags/F1').replyWithError({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' });

    const error = await failureOf(adapter.flagging!.getFlag('F1', context));

    expect(error).toMatchObject({ kind: 'upstream-unavailable', status: 503, retryable: true });
    expect(error.message).toContain('ECONNREFUSED');
  });
});
