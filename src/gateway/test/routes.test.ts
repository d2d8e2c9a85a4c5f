/**
 * Every route's success path, through the real gateway with a recording adapter: the client gets
 * the contract's answer, and the adapter is called with exactly the validated input.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildGateway } from '../app.js';
import { createRecordingAdapter, type RecordingAdapter } from '../testing/recording-adapter.js';
import { CONTRACT_VERSION, exampleOf, LinkOverrideRequest, ReviewRequest, SourceRegistration, UseOfForceRecord } from '../../contract/index.js';

let app: FastifyInstance;
let adapter: RecordingAdapter;

beforeAll(async () => {
  adapter = createRecordingAdapter();
  app = await buildGateway({ adapter });
});
afterAll(() => app.close());

/** The adapter's last call, without its trailing operation context. */
function lastCall() {
  const { method, args } = adapter.calls[adapter.calls.length - 1];
  return { method, args: args.slice(0, -1), context: args[args.length - 1] };
}

describe('meta and health', () => {
  it('GET /v1/meta answers the contract version, adapter and capability manifest', async () => {
    const response = await app.inject('/v1/meta');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      contractVersion: CONTRACT_VERSION,
      adapter: { id: 'recording' },
      limits: { maxBatchRecords: 5000, maxPageSize: 500 },
    });
    expect(response.json().capabilities).toContain('portability.import');
  });

  it('/healthz and /readyz answer ok; /readyz answers 503 when the adapter is not ready', async () => {
    expect((await app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    expect((await app.inject('/readyz')).json()).toEqual({ status: 'ok' });
    const notReady = createRecordingAdapter();
    notReady.checkReady = async () => {
      throw new Error('store closed');
    };
    const other = await buildGateway({ adapter: notReady });
    const response = await other.inject('/readyz');
    expect(response.statusCode).toBe(503);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().type).toBe('urn:plumbline:problem:upstream-unavailable');
    await other.close();
  });

  it('serves the docs page and the OpenAPI document', async () => {
    const docs = await app.inject('/docs/');
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
    const document = await app.inject('/openapi.json');
    expect(document.json().openapi).toBe('3.1.0');
  });
});

describe('sources', () => {
  const registration = exampleOf(SourceRegistration);

  it('PUT creates (201) then updates (200), passing the body to the adapter', async () => {
    const created = await app.inject({ method: 'PUT', url: '/v1/sources/hr-core', payload: registration });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ sourceId: 'hr-core', kind: 'hr' });
    expect(lastCall()).toMatchObject({ method: 'putSource', args: ['hr-core', registration] });
    const updated = await app.inject({ method: 'PUT', url: '/v1/sources/existing', payload: registration });
    expect(updated.statusCode).toBe(200);
  });

  it('GET one and GET the list', async () => {
    expect((await app.inject('/v1/sources/hr-core')).json().sourceId).toBe('hr-core');
    const list = await app.inject('/v1/sources?limit=10&cursor=abc');
    expect(list.json()).toMatchObject({ nextCursor: null });
    expect(lastCall()).toMatchObject({ method: 'listSources', args: [{ limit: 10, cursor: 'abc' }] });
  });
});

describe('records', () => {
  const record = exampleOf(UseOfForceRecord);

  it('ingests a batch, answering one result per record with counts', async () => {
    const response = await app.inject({ method: 'POST', url: '/v1/sources/uof/records', payload: { records: [record, { ...record, recordId: 'UOF-2' }] } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      sourceId: 'uof',
      counts: { created: 2, updated: 0, unchanged: 0, rejected: 0 },
      results: [
        { index: 0, recordId: record.recordId, status: 'created' },
        { index: 1, recordId: 'UOF-2', status: 'created' },
      ],
    });
  });

  it('never hands the adapter an empty batch: every record rejected, the source still checked', async () => {
    const invalid = { ...record, recordId: 'UOF-BAD', identity: { ...record.identity, ethnicity: 'White' } };
    const before = adapter.calls.length;
    const response = await app.inject({ method: 'POST', url: '/v1/sources/uof/records', payload: { records: [invalid] } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ counts: { created: 0, rejected: 1 }, results: [{ index: 0, recordId: 'UOF-BAD', status: 'rejected' }] });
    expect(adapter.calls.slice(before).map((call) => call.method)).toEqual(['getSource']);
    const unknown = await app.inject({ method: 'POST', url: '/v1/sources/missing-source/records', payload: { records: [invalid] } });
    expect(unknown.statusCode).toBe(404);
  });

  it('reads and erases a record, passing the erasure reason', async () => {
    expect((await app.inject('/v1/sources/uof/records/UOF-1')).json().record.type).toBe('use_of_force');
    const erased = await app.inject({ method: 'DELETE', url: '/v1/sources/uof/records/UOF-1?reason=rectification' });
    expect(erased.statusCode).toBe(200);
    expect(erased.json()).toMatchObject({ sourceId: 'uof', recordId: 'UOF-1', reason: 'rectification' });
    expect(lastCall()).toMatchObject({ method: 'eraseRecord', args: ['uof', 'UOF-1', 'rectification'] });
  });
});

describe('runs', () => {
  it('starts consolidation and flagging runs with 202 and a Location to poll', async () => {
    const consolidation = await app.inject({ method: 'POST', url: '/v1/consolidation-runs', payload: {} });
    expect(consolidation.statusCode).toBe(202);
    expect(consolidation.headers.location).toBe(`/v1/runs/${consolidation.json().runId}`);
    expect(lastCall()).toMatchObject({ method: 'startConsolidationRun', args: [{ mode: 'incremental' }] });

    const flagging = await app.inject({ method: 'POST', url: '/v1/flagging-runs', payload: { asOf: '2026-03-31' } });
    expect(flagging.statusCode).toBe(202);
    expect(lastCall()).toMatchObject({ method: 'startFlaggingRun', args: [{ asOf: '2026-03-31' }] });
  });

  it('reads a run', async () => {
    const response = await app.inject('/v1/runs/run-42');
    expect(response.statusCode).toBe(200);
    expect(response.json().runId).toBe('run-42');
  });

  it('imports an NDJSON body line by line', async () => {
    const lines = [
      { kind: 'header', contractVersion: '1.0.0', exportedAt: '2026-03-01T08:00:00Z', adapter: { id: 'a', name: 'A', version: '1', vendor: 'V' } },
      { kind: 'end', counts: {} },
    ];
    const response = await app.inject({
      method: 'POST',
      url: '/v1/imports',
      headers: { 'content-type': 'application/x-ndjson' },
      payload: lines.map((line) => JSON.stringify(line)).join('\n') + '\n',
    });
    expect(response.statusCode).toBe(202);
    expect(response.json().statistics).toEqual({ lines: 2 });
  });
});

describe('subjects and overrides', () => {
  it('lists and searches subjects, passing the filters', async () => {
    const response = await app.inject('/v1/subjects?name=okafor&identifier=S1004321&limit=5');
    expect(response.statusCode).toBe(200);
    expect(lastCall()).toMatchObject({ method: 'listSubjects', args: [{ name: 'okafor', identifier: 'S1004321' }, { limit: 5 }] });
  });

  it('reads a subject, and redirects a merged id with 308', async () => {
    expect((await app.inject('/v1/subjects/subj-1')).json().subjectId).toBe('subj-1');
    const merged = await app.inject('/v1/subjects/merged-9');
    expect(merged.statusCode).toBe(308);
    expect(merged.headers.location).toBe('/v1/subjects/subj-7f3a');
    expect(merged.json()).toEqual({ redirectTo: 'subj-7f3a' });
  });

  it('lists a subject’s links', async () => {
    const response = await app.inject('/v1/subjects/subj-1/links');
    expect(response.json().items[0].basis).toBe('probabilistic');
  });

  it('creates (201), lists and deletes (204) link overrides', async () => {
    const input = exampleOf(LinkOverrideRequest);
    const created = await app.inject({ method: 'POST', url: '/v1/link-overrides', payload: input });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject(input);
    expect((await app.inject('/v1/link-overrides')).json().items).toHaveLength(1);
    const deleted = await app.inject({ method: 'DELETE', url: '/v1/link-overrides/ovr-001' });
    expect(deleted.statusCode).toBe(204);
    expect(deleted.body).toBe('');
  });
});

describe('flagging', () => {
  it('lists detectors and flags with filters', async () => {
    expect((await app.inject('/v1/detectors')).json().items[0].detectorId).toBe('repeated-allegations');
    const flags = await app.inject('/v1/flags?status=open&category=standards&severity=medium&detectorId=repeated-allegations&subjectId=subj-1');
    expect(flags.statusCode).toBe(200);
    expect(lastCall()).toMatchObject({
      method: 'listFlags',
      args: [{ status: 'open', category: 'standards', severity: 'medium', detectorId: 'repeated-allegations', subjectId: 'subj-1' }, { limit: 50 }],
    });
  });

  it('reads a flag and records a review (201)', async () => {
    expect((await app.inject('/v1/flags/flag-1')).json().flagId).toBe('flag-1');
    const review = { status: 'in_review', rationale: 'Picked up.' };
    const response = await app.inject({ method: 'POST', url: '/v1/flags/flag-1/reviews', payload: review });
    expect(response.statusCode).toBe(201);
    expect(response.json().status).toBe('in_review');
    expect(lastCall()).toMatchObject({ method: 'reviewFlag', args: ['flag-1', review] });
    expect(ReviewRequest.safeParse(review).success).toBe(true);
  });
});

describe('export', () => {
  it('streams NDJSON, one valid line per item', async () => {
    const response = await app.inject('/v1/export');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('application/x-ndjson');
    const lines = response.body
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.kind)).toEqual(['header', 'source', 'end']);
  });
});
