/**
 * Every error path answers RFC 9457 problem details with the right status and a `type` clients
 * can branch on: invalid input (naming the field), unknown ids, unclaimed capabilities, and
 * adapters that break the contract.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildGateway } from '../app.js';
import { createRecordingAdapter } from '../testing/recording-adapter.js';
import { capabilities, exampleOf, Source, UseOfForceRecord, type Capability } from '../../contract/index.js';
import { operations } from '../operations.js';

const opened: FastifyInstance[] = [];
async function gateway(options: Parameters<typeof createRecordingAdapter>[0] = {}) {
  const adapter = createRecordingAdapter(options);
  const app = await buildGateway({ adapter });
  opened.push(app);
  return { app, adapter };
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((app) => app.close()));
});

function expectProblem(response: LightMyRequestResponse, status: number, kind: string) {
  expect(response.statusCode).toBe(status);
  expect(response.headers['content-type']).toContain('application/problem+json');
  const body = response.json();
  expect(body).toMatchObject({ type: `urn:plumbline:problem:${kind}`, status });
  expect(typeof body.title).toBe('string');
  return body;
}

const record = exampleOf(UseOfForceRecord);

describe('invalid input: 400 naming the failing path', () => {
  it('a bad path parameter', async () => {
    const { app } = await gateway();
    const body = expectProblem(await app.inject('/v1/sources/has%20space'), 400, 'validation-failed');
    expect(body.errors[0].path).toBe('/params/sourceId');
  });

  it('a bad query parameter', async () => {
    const { app } = await gateway();
    const body = expectProblem(await app.inject('/v1/flags?limit=0'), 400, 'validation-failed');
    expect(body.errors[0].path).toBe('/querystring/limit');
    expectProblem(await app.inject('/v1/flags?status=pending'), 400, 'validation-failed');
  });

  it('a bad body field, without calling the adapter', async () => {
    const { app, adapter } = await gateway();
    const response = await app.inject({ method: 'PUT', url: '/v1/sources/hr', payload: { kind: 'payroll', name: 'x' } });
    const body = expectProblem(response, 400, 'validation-failed');
    expect(body.errors.map((error: { path: string }) => error.path)).toEqual(
      expect.arrayContaining(['/body/kind', '/body/controller', '/body/retentionPeriod']),
    );
    expect(adapter.calls).toHaveLength(0);
  });

  it('malformed JSON', async () => {
    const { app } = await gateway();
    const response = await app.inject({ method: 'PUT', url: '/v1/sources/hr', headers: { 'content-type': 'application/json' }, payload: '{"kind":' });
    expectProblem(response, 400, 'validation-failed');
  });

  it('a review that closes without an outcome', async () => {
    const { app } = await gateway();
    const body = expectProblem(
      await app.inject({ method: 'POST', url: '/v1/flags/f1/reviews', payload: { status: 'closed', rationale: 'done' } }),
      400,
      'validation-failed',
    );
    expect(body.errors[0].path).toBe('/body/outcome');
  });
});

describe('ingest: each record is judged on its own', () => {
  it('rejects an invalid record with its path and passes the valid ones to the adapter', async () => {
    const { app, adapter } = await gateway();
    const bad = { ...record, recordId: 'UOF-BAD', occurredAt: 'last tuesday', tactic: 'stern look' };
    const response = await app.inject({ method: 'POST', url: '/v1/sources/uof/records', payload: { records: [record, bad, 'not a record'] } });
    expect(response.statusCode).toBe(200);
    const result = response.json();
    expect(result.counts).toEqual({ created: 1, updated: 0, unchanged: 0, rejected: 2 });
    expect(result.results[1]).toMatchObject({ index: 1, recordId: 'UOF-BAD', status: 'rejected' });
    expect(result.results[1].errors.map((error: { path: string }) => error.path)).toEqual(
      expect.arrayContaining(['/records/1/occurredAt', '/records/1/tactic']),
    );
    expect(result.results[2]).toMatchObject({ index: 2, recordId: null, status: 'rejected' });
    const ingest = adapter.calls.find((call) => call.method === 'ingestRecords')!;
    expect((ingest.args[1] as { index: number }[]).map((entry) => entry.index)).toEqual([0]);
  });

  it('names a field whose name holds "/" or "~" by an escaped JSON pointer (RFC 6901), so the path points at it', async () => {
    const { app } = await gateway();
    const response = await app.inject({
      method: 'POST',
      url: '/v1/sources/uof/records',
      payload: { records: [{ ...record, 'weapon/type': 'baton', 'a~b': 1 }] },
    });
    const paths = response.json().results[0].errors.map((error: { path: string }) => error.path);
    expect(paths).toEqual(expect.arrayContaining(['/records/0/weapon~1type', '/records/0/a~0b']));
  });

  it('rejects an identity with no fields', async () => {
    const { app } = await gateway();
    const response = await app.inject({ method: 'POST', url: '/v1/sources/uof/records', payload: { records: [{ ...record, identity: {} }] } });
    expect(response.json().results[0].errors[0]).toEqual({ path: '/records/0/identity', message: 'an identity needs at least one field' });
  });

  it('refuses more than 5,000 records with 413 saying the limit', async () => {
    const { app, adapter } = await gateway();
    const records = Array.from({ length: 5001 }, (_, index) => ({ ...record, recordId: `R${index}` }));
    const body = expectProblem(await app.inject({ method: 'POST', url: '/v1/sources/uof/records', payload: { records } }), 413, 'payload-too-large');
    expect(body.detail).toContain('at most 5000 records');
    expect(adapter.calls).toHaveLength(0);
  });

  it('accepts exactly 5,000 records', async () => {
    const { app } = await gateway();
    const records = Array.from({ length: 5000 }, (_, index) => ({ ...record, recordId: `R${index}` }));
    const response = await app.inject({ method: 'POST', url: '/v1/sources/uof/records', payload: { records } });
    expect(response.json().counts.created).toBe(5000);
  });

  it('refuses an empty batch and a body without records', async () => {
    const { app } = await gateway();
    expectProblem(await app.inject({ method: 'POST', url: '/v1/sources/uof/records', payload: { records: [] } }), 400, 'validation-failed');
    const body = expectProblem(await app.inject({ method: 'POST', url: '/v1/sources/uof/records', payload: { rows: [] } }), 400, 'validation-failed');
    expect(body.errors[0].path).toBe('/body/records');
  });
});

describe('imports', () => {
  it('refuses a body that is not NDJSON with 415', async () => {
    const { app } = await gateway();
    expectProblem(await app.inject({ method: 'POST', url: '/v1/imports', payload: { kind: 'end' } }), 415, 'unsupported-media-type');
  });

  it('names the first bad line', async () => {
    const { app } = await gateway();
    const payload = '{"kind":"end","counts":{}}\n{"kind":"record"}\n';
    const body = expectProblem(
      await app.inject({ method: 'POST', url: '/v1/imports', headers: { 'content-type': 'application/x-ndjson' }, payload }),
      400,
      'validation-failed',
    );
    expect(body.detail).toContain('Line 2');
    expect(body.errors[0].path).toMatch(/^\/lines\/2\//);
  });
});

describe('unknown ids: 404', () => {
  const routes: [string, string][] = [
    ['GET', '/v1/sources/missing-source'],
    ['GET', '/v1/sources/uof/records/missing-record'],
    ['DELETE', '/v1/sources/uof/records/missing-record'],
    ['GET', '/v1/runs/missing-run'],
    ['GET', '/v1/subjects/missing-subject'],
    ['GET', '/v1/subjects/missing-subject/links'],
    ['DELETE', '/v1/link-overrides/missing-override'],
    ['GET', '/v1/flags/missing-flag'],
    ['GET', '/v1/no-such-route'],
  ];
  it.each(routes)('%s %s', async (method, url) => {
    const { app } = await gateway();
    const body = expectProblem(await app.inject({ method: method as 'GET', url }), 404, 'not-found');
    expect(body.instance).toBe(url);
  });

  it('a review of an unknown flag', async () => {
    const { app } = await gateway();
    expectProblem(
      await app.inject({ method: 'POST', url: '/v1/flags/missing-flag/reviews', payload: { status: 'in_review', rationale: 'x' } }),
      404,
      'not-found',
    );
  });
});

describe('capabilities not offered: 501 before validation or any adapter call', () => {
  const exampleRequest: Record<string, { method: string; url: string; payload?: unknown; headers?: Record<string, string> }> = {
    putSource: { method: 'PUT', url: '/v1/sources/s1', payload: {} },
    getSource: { method: 'GET', url: '/v1/sources/s1' },
    listSources: { method: 'GET', url: '/v1/sources' },
    ingestRecords: { method: 'POST', url: '/v1/sources/s1/records', payload: { records: [] } },
    getRecord: { method: 'GET', url: '/v1/sources/s1/records/r1' },
    eraseRecord: { method: 'DELETE', url: '/v1/sources/s1/records/r1' },
    startConsolidationRun: { method: 'POST', url: '/v1/consolidation-runs', payload: {} },
    startFlaggingRun: { method: 'POST', url: '/v1/flagging-runs', payload: {} },
    startImport: { method: 'POST', url: '/v1/imports', payload: '', headers: { 'content-type': 'application/x-ndjson' } },
    listSubjects: { method: 'GET', url: '/v1/subjects' },
    getSubject: { method: 'GET', url: '/v1/subjects/x' },
    listSubjectLinks: { method: 'GET', url: '/v1/subjects/x/links' },
    createLinkOverride: { method: 'POST', url: '/v1/link-overrides', payload: {} },
    listLinkOverrides: { method: 'GET', url: '/v1/link-overrides' },
    deleteLinkOverride: { method: 'DELETE', url: '/v1/link-overrides/o1' },
    listLinkCandidates: { method: 'GET', url: '/v1/link-candidates' },
    listDetectors: { method: 'GET', url: '/v1/detectors' },
    listFlags: { method: 'GET', url: '/v1/flags' },
    getFlag: { method: 'GET', url: '/v1/flags/f1' },
    reviewFlag: { method: 'POST', url: '/v1/flags/f1/reviews', payload: {} },
    redactReviewRationale: { method: 'POST', url: '/v1/flags/f1/reviews/rev-1/redaction', payload: {} },
    exportAll: { method: 'GET', url: '/v1/export' },
    auditFairness: { method: 'POST', url: '/v1/fairness-audits', payload: {} },
    getParallelRun: { method: 'GET', url: '/v1/parallel-run' },
  };
  const gated = Object.entries(operations).filter(([, policy]) => policy.capability !== null) as [string, { capability: Capability }][];

  it('has an example request for every gated operation', () => {
    expect(Object.keys(exampleRequest).sort()).toEqual(gated.map(([id]) => id).sort());
  });

  it.each(gated)('%s without %s', async (operationId, { capability }) => {
    const { app, adapter } = await gateway({ capabilities: capabilities.filter((claimed) => claimed !== capability) });
    const request = exampleRequest[operationId];
    const body = expectProblem(await app.inject(request as never), 501, 'capability-unsupported');
    expect(body.capability).toBe(capability);
    expect(adapter.calls).toHaveLength(0);
  });

  it('searching subjects needs subjects.search, listing them does not', async () => {
    const { app } = await gateway({ capabilities: capabilities.filter((claimed) => claimed !== 'subjects.search') });
    expect((await app.inject('/v1/subjects')).statusCode).toBe(200);
    const body = expectProblem(await app.inject('/v1/subjects?name=smith'), 501, 'capability-unsupported');
    expect(body.capability).toBe('subjects.search');
  });
});

describe('an adapter that breaks the contract: 502 naming the adapter and the field', () => {
  it('an invalid field in an answer', async () => {
    const { app } = await gateway({ answers: { getSource: () => ({ ...exampleOf(Source), kind: 'payroll' }) } });
    const body = expectProblem(await app.inject('/v1/sources/hr'), 502, 'adapter-contract-violation');
    expect(body.adapter).toBe('recording');
    expect(body.detail).toContain('"recording"');
    expect(body.errors[0].path).toBe('/kind');
  });

  it('a missing field deep in a page', async () => {
    const { app } = await gateway({ answers: { listSources: () => ({ items: [{ ...exampleOf(Source), createdAt: undefined }], nextCursor: null }) } });
    const body = expectProblem(await app.inject('/v1/sources'), 502, 'adapter-contract-violation');
    expect(body.errors[0].path).toBe('/items/0/createdAt');
  });

  it('an ingest answer that silently drops a record', async () => {
    const { app } = await gateway({ answers: { ingestRecords: () => ({ results: [] }) } });
    const body = expectProblem(
      await app.inject({ method: 'POST', url: '/v1/sources/uof/records', payload: { records: [record] } }),
      502,
      'adapter-contract-violation',
    );
    expect(body.detail).toContain('no result for record index 0');
  });

  it('an export line that breaks the contract cuts the stream short before its end line', async () => {
    const { app } = await gateway({
      answers: {
        exportAll: async function* () {
          yield { kind: 'source', source: exampleOf(Source) };
          yield { kind: 'record', sourceId: 'x' };
          yield { kind: 'end', counts: {} };
        },
      },
    });
    const response = await app.inject('/v1/export');
    const kinds = response.body
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line).kind);
    expect(kinds).toEqual(['source']);
  });

  it('an unexpected adapter crash is a 500 that leaks nothing', async () => {
    const { app } = await gateway({
      answers: {
        getFlag: () => {
          throw new Error('secret stack detail about Jane Doe');
        },
      },
    });
    const body = expectProblem(await app.inject('/v1/flags/f1'), 500, 'internal');
    expect(JSON.stringify(body)).not.toContain('Jane Doe');
  });
});

describe('an adapter that claims what it does not implement', () => {
  it('is refused when the gateway is built, naming each capability and the missing part', async () => {
    const adapter = { ...createRecordingAdapter(), flagging: undefined, portability: undefined };
    await expect(buildGateway({ adapter })).rejects.toThrow(
      /claims capabilities it does not implement: "flagging" needs "flagging", "flags.review" needs "flagging", "portability.export" needs "portability", "portability.import" needs "portability"/,
    );
  });

  it('is served when it claims only what it implements', async () => {
    const adapter = { ...createRecordingAdapter({ capabilities: ['sources', 'records.ingest'] }), flagging: undefined, portability: undefined };
    const app = await buildGateway({ adapter });
    opened.push(app);
    expect((await app.inject('/v1/flags')).statusCode).toBe(501);
  });
});
