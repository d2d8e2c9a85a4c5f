import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { exampleOf, Run, Source } from '../../../src/contract/index.js';
import { context, failureOf, nockedAdapter, problemBody, problemHeaders, REMOTE, useNock } from './nock-remote.js';

useNock();

const source = { ...exampleOf(Source), sourceId: 'hr' };
const run = { ...exampleOf(Run), runId: 'run-1' };
const unavailable = (retryAfter?: string) =>
  [503, problemBody('upstream-unavailable', 503), { ...problemHeaders, ...(retryAfter ? { 'retry-after': retryAfter } : {}) }] as const;

describe('retries', () => {
  it('retries a GET after 503, waiting as long as Retry-After says', async () => {
    const { adapter, waits } = await nockedAdapter();
    nock(REMOTE)
      .get('/v1/sources/hr')
      .reply(...unavailable('2'))
      .get('/v1/sources/hr')
      .reply(200, source);

    expect(await adapter.sources!.getSource('hr', context)).toMatchObject({ sourceId: 'hr' });
    expect(waits).toEqual([2000]);
  });

  it('backs off exponentially, with jitter, up to the retry limit', async () => {
    const { adapter, waits } = await nockedAdapter({ retries: 2, retryBaseMs: 100 });
    nock(REMOTE)
      .get('/v1/sources/hr')
      .times(3)
      .reply(...unavailable());

    const error = await failureOf(adapter.sources!.getSource('hr', context));

    expect(error.kind).toBe('upstream-unavailable');
    expect(waits).toHaveLength(2);
    expect(waits[0]).toBeLessThanOrEqual(100);
    expect(waits[1]).toBeLessThanOrEqual(200);
  });

  it('does not wait for a Retry-After beyond the cap, but passes it on', async () => {
    const { adapter, waits } = await nockedAdapter({ retryMaxMs: 1000 });
    nock(REMOTE)
      .get('/v1/sources/hr')
      .reply(...unavailable('120'));

    const error = await failureOf(adapter.sources!.getSource('hr', context));

    expect(error).toMatchObject({ kind: 'upstream-unavailable', retryAfterSeconds: 120 });
    expect(waits).toEqual([]);
  });

  it('never repeats POST /v1/flagging-runs after a 500', async () => {
    const { adapter, waits } = await nockedAdapter();
    nock(REMOTE).post('/v1/flagging-runs').reply(500, problemBody('internal', 500), problemHeaders);

    const error = await failureOf(adapter.flagging!.startRun({ asOf: '2026-03-31' } as never, context));

    expect(error).toMatchObject({ kind: 'upstream-failure', upstreamStatus: 500 });
    expect(waits).toEqual([]);
  });

  it('never repeats a review or an override after a timeout', async () => {
    const { adapter, waits } = await nockedAdapter({ timeoutMs: 50 });
    nock(REMOTE).post('/v1/flags/F1/reviews').delay(300).reply(201, {});
    nock(REMOTE).post('/v1/link-overrides').delay(300).reply(201, {});

    expect(await failureOf(adapter.flagging!.reviewFlag('F1', { status: 'in_review', rationale: 'x' } as never, context))).toMatchObject({
      kind: 'upstream-timeout',
    });
    expect(await failureOf(adapter.consolidation!.createOverride({} as never, context))).toMatchObject({ kind: 'upstream-timeout' });
    expect(waits).toEqual([]);
  });

  it('repeats a POST that certainly never reached the remote', async () => {
    const { adapter, waits } = await nockedAdapter();
    nock(REMOTE)
      .post('/v1/consolidation-runs')
      .replyWithError({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' })
      .post('/v1/consolidation-runs')
      .reply(202, { ...run, kind: 'consolidation' });

    expect(await adapter.consolidation!.startRun({ mode: 'incremental' } as never, context)).toMatchObject({ runId: 'run-1' });
    expect(waits).toHaveLength(1);
  });

  it('repeats a record batch after a 500: batches are idempotent by contract', async () => {
    const { adapter, waits } = await nockedAdapter();
    const answer = {
      sourceId: 'hr',
      counts: { created: 1, updated: 0, unchanged: 0, rejected: 0 },
      results: [{ index: 0, recordId: 'E1', status: 'created' }],
    };
    nock(REMOTE).post('/v1/sources/hr/records').reply(500, problemBody('internal', 500), problemHeaders).post('/v1/sources/hr/records').reply(200, answer);

    const { results } = await adapter.sources!.ingestRecords('hr', [{ index: 3, record: { recordId: 'E1' } as never }], context);

    expect(results).toEqual([{ index: 3, recordId: 'E1', status: 'created' }]);
    expect(waits).toHaveLength(1);
  });
});

describe('timeouts', () => {
  it('gives upstream-timeout when the remote is too slow, after retrying a GET', async () => {
    // The deadline also bounds the meta call that makes the adapter: 250 ms leaves room for a busy machine.
    const { adapter, waits } = await nockedAdapter({ timeoutMs: 250, retries: 1 });
    nock(REMOTE).get('/v1/flags/F1').times(2).delay(1500).reply(200, {});

    const error = await failureOf(adapter.flagging!.getFlag('F1', context));

    expect(error).toMatchObject({ kind: 'upstream-timeout', status: 504, retryable: true });
    expect(waits).toHaveLength(1);
  });
});
