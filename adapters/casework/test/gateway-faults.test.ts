/**
 * The gateway serving the casework connector while the simulated platform misbehaves: 429 storms
 * with Retry-After, 500s, slow answers, dropped connections and malformed bodies. The gateway stays
 * up, clients get the right problem, and nothing is lost or applied twice.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildGateway } from '../../../src/gateway/app.js';
import { createTestSecurity } from '../../../src/gateway/testing/test-security.js';
import type { SourceRecord } from '../../../src/contract/index.js';
import { accessRecords, complaintRecords, hrRecords, sources } from '../../reference/test/engine-fixture.js';
import { startCaseworkTestBed, type CaseworkTestBed } from './casework-fixture.js';

let bed: CaseworkTestBed;
let app: FastifyInstance;
let headers: Record<string, string>;
let flagId: string;

async function api(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown) {
  const response = await app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });
  return { status: response.statusCode, headers: response.headers, body: response.json() };
}

async function waitForRun(runId: string) {
  for (;;) {
    const { body } = await api('GET', `/v1/runs/${runId}`);
    if (body.status === 'succeeded' || body.status === 'failed') return body;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

let batchNumber = 0;
/** A fresh batch of use-of-force records, so that each test can tell its own records apart. */
function freshBatch(size = 3): SourceRecord[] {
  batchNumber += 1;
  return Array.from({ length: size }, (_, index) => ({
    type: 'use_of_force',
    recordId: `UOF-${batchNumber}-${index}`,
    occurredAt: '2026-02-28T01:40:00Z',
    identity: { warrantNumber: '214871', familyName: 'Okafor' },
    incidentReference: `CAD-${batchNumber}-${index}`,
    tactic: 'handcuffing',
  }));
}

async function ingestJobCount(): Promise<number> {
  const response = await fetch(`${bed.simulator.url}/api/v3/jobs?operation=ingest`, { headers: { 'x-api-key': bed.simulator.apiKey } });
  return ((await response.json()) as { data: unknown[] }).data.length;
}

/** Ingests a fresh batch through the gateway and checks each record was committed exactly once, by one job. */
async function ingestExactlyOnce() {
  const batch = freshBatch();
  const jobsBefore = await ingestJobCount();
  const answer = await api('POST', '/v1/sources/uof/records', { records: batch });
  expect(answer.status).toBe(200);
  expect(answer.body.results.map((result: { status: string }) => result.status)).toEqual(['created', 'created', 'created']);
  expect(await ingestJobCount()).toBe(jobsBefore + 1);
  for (const record of batch) expect((await api('GET', `/v1/sources/uof/records/${record.recordId}`)).body.record).toEqual(record);
  return batch;
}

beforeAll(async () => {
  bed = await startCaseworkTestBed({ requestTimeoutMs: 250 });
  const security = await createTestSecurity();
  app = await buildGateway({ adapter: bed.adapter, security: security.security });
  headers = await security.headersFor(['admin', 'ingest', 'analyst', 'reviewer']);
  for (const [sourceId, registration] of Object.entries({ ...sources, uof: { ...sources.hr, kind: 'use_of_force' as const, name: 'Use of force' } })) {
    expect((await api('PUT', `/v1/sources/${sourceId}`, registration)).status).toBe(201);
  }
  await api('POST', '/v1/sources/hr/records', { records: hrRecords });
  await api('POST', '/v1/sources/complaints/records', { records: complaintRecords });
  await api('POST', '/v1/sources/audit/records', { records: accessRecords });
  await waitForRun((await api('POST', '/v1/consolidation-runs', { mode: 'full' })).body.runId);
  await waitForRun((await api('POST', '/v1/flagging-runs', { asOf: '2026-03-31', detectors: [{ detectorId: 'repeated-allegations' }] })).body.runId);
  flagId = (await api('GET', '/v1/flags?detectorId=repeated-allegations')).body.items[0].flagId;
});
afterEach(() => bed.simulator.faults.clear());
afterAll(async () => {
  await app.close();
  await bed.simulator.close();
});

describe('the gateway over casework', () => {
  it('shows the casework capabilities and answers 501 for a person search', async () => {
    const meta = await api('GET', '/v1/meta');
    expect(meta.body.adapter.id).toBe('casework');
    expect(meta.body.capabilities).not.toContain('subjects.search');
    const search = await api('GET', '/v1/subjects?name=Okafor');
    expect([search.status, search.body.type, search.body.capability]).toEqual([501, 'urn:plumbline:problem:capability-unsupported', 'subjects.search']);
    const queue = await api('GET', '/v1/link-candidates');
    expect([queue.status, queue.body.capability]).toEqual([501, 'consolidation.candidates']);
  });
});

describe('429 storms', () => {
  it('waits as long as Retry-After says, then commits every record once', async () => {
    const storm = bed.simulator.faults.inject({ method: 'POST', path: /\/jobs$/, times: 2, effect: { kind: 'status', status: 429, retryAfterSeconds: 1 } });
    const started = Date.now();
    await ingestExactlyOnce();
    expect([storm.hits, Date.now() - started >= 2000]).toEqual([2, true]);
  });

  it('passes on a Retry-After longer than the connector waits as a 503, and keeps serving', async () => {
    bed.simulator.faults.inject({ path: /\/persons$/, times: Infinity, effect: { kind: 'status', status: 429, retryAfterSeconds: 30 } });
    const throttled = await api('GET', '/v1/subjects');
    expect([throttled.status, throttled.body.type, throttled.headers['retry-after'], throttled.body.retryable]).toEqual([
      503,
      'urn:plumbline:problem:upstream-unavailable',
      '30',
      true,
    ]);
    bed.simulator.faults.clear();
    expect((await api('GET', '/v1/subjects')).status).toBe(200);
  });
});

describe('500s', () => {
  it('retries every write step of an ingest with its key: one job, each record once', async () => {
    const faults = (
      [
        ['POST', /\/jobs$/],
        ['PUT', /\/data$/],
        ['POST', /\/close$/],
      ] as const
    ).map(([method, path]) => bed.simulator.faults.inject({ method, path, phase: 'after', effect: { kind: 'status', status: 500 } }));
    await ingestExactlyOnce();
    expect(faults.map((fault) => fault.hits)).toEqual([1, 1, 1]);
  });

  it('answers 502 upstream-failure when the platform keeps failing', async () => {
    bed.simulator.faults.inject({ path: /\/flags$/, times: Infinity, effect: { kind: 'status', status: 500 } });
    const failed = await api('GET', '/v1/flags');
    expect([failed.status, failed.body.type, failed.body.adapter]).toEqual([502, 'urn:plumbline:problem:upstream-failure', 'casework']);
  });
});

describe('slow answers', () => {
  it('abandons a slow answer and retries; answers 504 when it stays slow', async () => {
    bed.simulator.faults.inject({ method: 'GET', path: /\/systems\/hr$/, effect: { kind: 'delay', milliseconds: 400 } });
    expect((await api('GET', '/v1/sources/hr')).status).toBe(200);
    bed.simulator.faults.inject({ method: 'GET', path: /\/systems\/hr$/, times: Infinity, effect: { kind: 'delay', milliseconds: 400 } });
    const slow = await api('GET', '/v1/sources/hr');
    expect([slow.status, slow.body.type]).toEqual([504, 'urn:plumbline:problem:upstream-timeout']);
  });

  it('does not queue a job twice when the answer to closing it comes too late', async () => {
    const slow = bed.simulator.faults.inject({ method: 'POST', path: /\/close$/, phase: 'after', effect: { kind: 'delay', milliseconds: 400 } });
    await ingestExactlyOnce();
    expect(slow.hits).toBe(1);
  });
});

describe('dropped connections', () => {
  it('retries requests dropped before the platform saw them', async () => {
    const drop = bed.simulator.faults.inject({ method: 'PUT', path: /\/data$/, times: 2, effect: { kind: 'drop' } });
    await ingestExactlyOnce();
    expect(drop.hits).toBe(2);
  });

  it('does not make a second job when the answer to creating one is lost', async () => {
    const drop = bed.simulator.faults.inject({ method: 'POST', path: /\/jobs$/, phase: 'after', effect: { kind: 'drop' } });
    await ingestExactlyOnce();
    expect(drop.hits).toBe(1);
  });

  it('applies a review once when its answer is lost, and still answers the reviewer', async () => {
    const drop = bed.simulator.faults.inject({ method: 'POST', path: /\/case\/actions$/, phase: 'after', effect: { kind: 'drop' } });
    const review = await api('POST', `/v1/flags/${flagId}/reviews`, { status: 'in_review', rationale: 'Picked up.' });
    expect([review.status, review.body.status]).toEqual([201, 'in_review']);
    expect([drop.hits, (await api('GET', `/v1/flags/${flagId}`)).body.reviews.length]).toEqual([1, 1]);
  });

  it('records a link override once when its answer is lost', async () => {
    const drop = bed.simulator.faults.inject({ method: 'POST', path: /\/match-rules$/, phase: 'after', effect: { kind: 'drop' } });
    const override = {
      kind: 'cannot_link',
      left: { sourceId: 'hr', recordId: 'EMP-2' },
      right: { sourceId: 'hr', recordId: 'EMP-3' },
      reason: 'Different people.',
    };
    expect((await api('POST', '/v1/link-overrides', override)).status).toBe(201);
    expect([drop.hits, (await api('GET', '/v1/link-overrides')).body.items.length]).toEqual([1, 1]);
  });

  it('reports an erasure whose answer was lost as done, not as 404', async () => {
    const [record] = await ingestExactlyOnce();
    bed.simulator.faults.inject({ method: 'DELETE', phase: 'after', effect: { kind: 'drop' } });
    const erased = await api('DELETE', `/v1/sources/uof/records/${record.recordId}?reason=rectification`);
    expect([erased.status, erased.body.reason]).toEqual([200, 'rectification']);
    expect((await api('GET', `/v1/sources/uof/records/${record.recordId}`)).status).toBe(404);
  });
});

describe('malformed bodies', () => {
  it('answers 502 for a truncated body, then serves the next request', async () => {
    bed.simulator.faults.inject({ method: 'GET', path: /\/flags\//, effect: { kind: 'malformed' } });
    const broken = await api('GET', `/v1/flags/${flagId}`);
    expect([broken.status, broken.body.type]).toEqual([502, 'urn:plumbline:problem:upstream-failure']);
    expect((await api('GET', `/v1/flags/${flagId}`)).status).toBe(200);
  });

  it('answers 502 naming the field for a well-formed body of the wrong shape', async () => {
    bed.simulator.faults.inject({
      method: 'GET',
      path: /\/systems$/,
      effect: { kind: 'malformed', body: '{"data":[{"system_ref":"hr"}],"next_page_token":null}' },
    });
    const broken = await api('GET', '/v1/sources');
    expect([broken.status, broken.body.errors?.[0]?.path]).toEqual([502, '/data/0/system_type']);
  });

  it('does not apply a review twice when its answer was spoiled and the reviewer tries again', async () => {
    bed.simulator.faults.inject({ method: 'POST', path: /\/case\/actions$/, effect: { kind: 'malformed' } });
    const spoiled = await api('POST', `/v1/flags/${flagId}/reviews`, { status: 'closed', outcome: 'no_further_action', rationale: 'No concern.' });
    expect(spoiled.status).toBe(502);
    const again = await api('POST', `/v1/flags/${flagId}/reviews`, { status: 'closed', outcome: 'no_further_action', rationale: 'No concern.' });
    expect([again.status, again.body.type]).toEqual([409, 'urn:plumbline:problem:conflict']);
    expect((await api('GET', `/v1/flags/${flagId}`)).body.reviews.map((review: { status: string }) => review.status)).toEqual(['in_review', 'closed']);
  });
});
