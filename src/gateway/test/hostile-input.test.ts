/**
 * Bad input that would hurt others: no single request stalls the event loop (so `/healthz` and
 * every other caller) much longer than an ordinary request does, its answer stays small, and a
 * record with a free-form value nested thousands of levels deep is rejected on its own, with a
 * 400 naming where, while the valid records of its batch are stored and stay readable.
 * Stalls are measured with the event-loop delay monitor and compared with a baseline request
 * measured in the same run, never with an absolute figure.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildGateway } from '../app.js';
import { silentLogger } from '../../adapter/factory.js';
import { MAX_BATCH_RECORDS, MAX_FREE_FORM_DEPTH, MAX_FREE_FORM_KEYS, MAX_REPORTED_ERRORS, MAX_RUN_DETECTORS } from '../../contract/index.js';
import { createReferenceAdapter } from '../../../adapters/reference/reference-adapter.js';
import { MAX_BATCH_CONTAINERS } from '../routes/records.js';

let app: FastifyInstance;
let baseUrl: string;
let directory: string;

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'plumbline-hostile-'));
  app = await buildGateway({ adapter: createReferenceAdapter({ databasePath: join(directory, 'p.db') }, { logger: silentLogger }) });
  baseUrl = await app.listen({ host: '127.0.0.1', port: 0 });
  const registration = {
    kind: 'complaints',
    name: 'Complaints',
    controller: 'Synthetic Constabulary',
    lawfulBasis: 'DPA 2018 s.35',
    purpose: 'Tests',
    retentionPeriod: 'P6Y',
  };
  expect((await send('PUT', '/v1/sources/complaints', registration)).status).toBe(201);
});
afterAll(async () => {
  await app.close();
  rmSync(directory, { recursive: true, force: true });
});

async function send(method: string, path: string, body?: unknown): Promise<{ status: number; text: string }> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, text: await response.text() };
}

/** The request's answer, and the longest the event loop was blocked while it was served (ms). */
async function stallOnce(method: string, path: string, text: string) {
  const monitor = monitorEventLoopDelay({ resolution: 5 });
  monitor.enable();
  const answer = await send(method, path, text);
  // The monitor records a block when its timer next runs: wait for it, or a block that ends with
  // the answer would go unseen.
  await new Promise((resolve) => setTimeout(resolve, 20));
  monitor.disable();
  return { ...answer, stallMs: monitor.max / 1e6 };
}

/**
 * The smallest stall of three tries: a request that blocks the loop does so every time, whereas
 * the other test files sharing the machine's two cores delay one try or another at random.
 */
async function stallOf(method: string, path: string, body: unknown) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const tries = [];
  for (let attempt = 0; attempt < 3; attempt++) tries.push(await stallOnce(method, path, text));
  return tries.reduce((least, next) => (next.stallMs < least.stallMs ? next : least));
}

/** A JSON value nested `levels` deep, written as text (building it as an object would need the stack). */
function nested(levels: number): string {
  return '{"a":'.repeat(levels - 1) + '1' + '}'.repeat(levels - 1);
}

function allegation(recordId: string, extensions?: string): string {
  const record = {
    type: 'allegation',
    recordId,
    occurredAt: '2026-01-10T10:00:00Z',
    identity: { staffNumber: 'S1', givenName: 'Test', familyName: 'Person' },
    caseReference: `CASE-${recordId}`,
    category: 'confidentiality',
    origin: 'public',
    outcome: 'pending',
  };
  const text = JSON.stringify(record);
  return extensions ? `${text.slice(0, -1)},"extensions":{"x-acme-deep":${extensions}}}` : text;
}

/** The same measure for an ordinary request: what this machine's event loop does anyway right now. */
async function baselineStall(): Promise<number> {
  const { status, stallMs } = await stallOf('POST', '/v1/flagging-runs', { asOf: '2026-03-31', detectors: [{ detectorId: 'repeated-allegations' }] });
  expect(status).toBe(202);
  return stallMs;
}

describe('hostile input', () => {
  it('200,000 empty detector selections (600 KB) are refused at once with a short answer', async () => {
    const baseline = await baselineStall();
    const body = `{"asOf":"2026-03-31","detectors":[${Array.from({ length: 200_000 }, () => '{}').join(',')}]}`;
    const hostile = await stallOf('POST', '/v1/flagging-runs', body);
    expect(hostile.status).toBe(413);
    expect(hostile.text.length, 'size of the answer').toBeLessThan(16 * 1024);
    expect(hostile.stallMs, `stall ${hostile.stallMs.toFixed(1)} ms against a baseline of ${baseline.toFixed(1)} ms`).toBeLessThan(baseline + 100);
  });

  it('as many empty selections as the body limit holds are refused by the array bound, before any is checked', async () => {
    const baseline = await baselineStall();
    const body = `{"asOf":"2026-03-31","detectors":[${Array.from({ length: 20_000 }, () => '{}').join(',')}]}`;
    const hostile = await stallOf('POST', '/v1/flagging-runs', body);
    expect(hostile.status).toBe(400);
    expect(JSON.parse(hostile.text).errors).toEqual([{ path: '/body/detectors', message: expect.stringContaining(`${MAX_RUN_DETECTORS}`) }]);
    expect(hostile.stallMs, `stall ${hostile.stallMs.toFixed(1)} ms against a baseline of ${baseline.toFixed(1)} ms`).toBeLessThan(baseline + 100);
  });

  it('a parameters map of thousands of keys is refused without a long stall', async () => {
    const baseline = await baselineStall();
    const parameters = Object.fromEntries(Array.from({ length: 5_000 }, (_, index) => [`p${index}`, index]));
    const hostile = await stallOf('POST', '/v1/flagging-runs', { asOf: '2026-03-31', detectors: [{ detectorId: 'repeated-allegations', parameters }] });
    expect(hostile.status).toBe(400);
    expect(JSON.parse(hostile.text).errors).toEqual([
      { path: '/body/detectors/0/parameters', message: `holds more than ${MAX_FREE_FORM_KEYS} keys; at most ${MAX_FREE_FORM_KEYS} are allowed` },
    ]);
    expect(hostile.stallMs, `stall ${hostile.stallMs.toFixed(1)} ms against a baseline of ${baseline.toFixed(1)} ms`).toBeLessThan(baseline + 100);
  });

  it('a batch body of a million empty objects (3 MB) is refused before it is parsed', async () => {
    const baseline = await baselineStall();
    const body = `{"records":[${Array.from({ length: MAX_BATCH_CONTAINERS }, () => '{}').join(',')}]}`;
    const hostile = await stallOf('POST', '/v1/sources/complaints/records', body);
    expect(hostile.status).toBe(413);
    expect(JSON.parse(hostile.text).detail).toMatch(/opens at most/);
    expect(hostile.stallMs, `stall ${hostile.stallMs.toFixed(1)} ms against a baseline of ${baseline.toFixed(1)} ms`).toBeLessThan(baseline + 100);
  });

  it('a full batch of 5,000 new, valid records does not hold others up for long', async () => {
    const baseline = await baselineStall();
    // New records each time (a repeated batch takes the cheaper "unchanged" path); the least of three.
    const stalls = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      const records = Array.from({ length: MAX_BATCH_RECORDS }, (_, index) => ({
        type: 'allegation',
        recordId: `FULL-${attempt}-${index}`,
        occurredAt: '2026-01-10T10:00:00Z',
        identity: { staffNumber: `S${index}`, familyName: 'Okafor', givenName: 'Robert' },
        caseReference: `CASE-${index}`,
        category: 'confidentiality',
        origin: 'public',
        outcome: 'pending',
      }));
      const batch = await stallOnce('POST', '/v1/sources/complaints/records', JSON.stringify({ records }));
      expect(batch.status).toBe(200);
      expect(JSON.parse(batch.text).counts.created).toBe(MAX_BATCH_RECORDS);
      stalls.push(batch.stallMs);
    }
    const least = Math.min(...stalls);
    // What this guards against is a batch that holds others up for seconds (a commit per record, work
    // growing with the square of the batch). A 5,000-record batch's own synchronous work (checks, one
    // transaction) measured 110–190 ms on the two-core machine, quiet, on 7 December 2026, both before
    // and after that round's ingest changes; a 100 ms allowance failed one run in three.
    expect(least, `stalls ${stalls.map((stall) => stall.toFixed(1)).join(', ')} ms against a baseline of ${baseline.toFixed(1)} ms`).toBeLessThan(
      baseline + 300,
    );
  });

  it('reports at most a bounded number of validation errors, saying how many there were', async () => {
    const people = Array.from({ length: 5_000 }, () => ({}));
    const answer = await send('POST', '/v1/fairness-audits', { people });
    expect(answer.status).toBe(400);
    const problem = JSON.parse(answer.text);
    expect(problem.errors.length).toBeLessThanOrEqual(MAX_REPORTED_ERRORS);
    expect(problem.detail).toMatch(/first \d+ of \d[\d,]* errors/);
  });

  it.each([4_500, 3_000])('an extension nested %i levels: that record gets a 400 of its own, the others are stored and stay readable', async (levels) => {
    const prefix = `D${levels}`;
    const batch = `{"records":[${allegation(`${prefix}-1`)},${allegation(`${prefix}-deep`, nested(levels))},${allegation(`${prefix}-2`)}]}`;
    const first = await send('POST', '/v1/sources/complaints/records', batch);
    expect(first.status).toBe(200);
    const result = JSON.parse(first.text);
    expect(result.counts).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: 1 });
    expect(result.results[1]).toMatchObject({
      status: 'rejected',
      errors: [{ path: '/records/1/extensions/x-acme-deep', message: expect.stringContaining(`${MAX_FREE_FORM_DEPTH} levels`) }],
    });
    // Not a poison record: the next batch holding the same valid records goes through.
    const again = await send('POST', '/v1/sources/complaints/records', `{"records":[${allegation(`${prefix}-1`)},${allegation(`${prefix}-2`)}]}`);
    expect(again.status).toBe(200);
    expect(JSON.parse(again.text).counts).toMatchObject({ unchanged: 2, rejected: 0 });
    expect((await send('GET', `/v1/sources/complaints/records/${prefix}-2`)).status).toBe(200);
  });

  it('an extension within the bounds is stored and read back as sent', async () => {
    const answer = await send('POST', '/v1/sources/complaints/records', `{"records":[${allegation('OK-NESTED', nested(MAX_FREE_FORM_DEPTH))}]}`);
    expect(JSON.parse(answer.text).counts.created).toBe(1);
    const stored = JSON.parse((await send('GET', '/v1/sources/complaints/records/OK-NESTED')).text);
    expect(JSON.stringify(stored.record.extensions['x-acme-deep'])).toBe(nested(MAX_FREE_FORM_DEPTH));
  });
});
