/**
 * The connector's HTTP behaviour against an undici MockAgent: what it sends (API key,
 * idempotency keys, casework vocabulary), how it reads bulk-job results, how it pages, and how it
 * refuses answers it cannot trust.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { systemContext } from '../../../src/adapter/context.js';
import { exampleOf, Flag } from '../../../src/contract/index.js';
import { hrRecords } from '../../reference/test/engine-fixture.js';
import { caseworkFlagFromFlag } from '../model/flags.js';
import { caseworkJob, mockCasework, type MockCasework } from './mock-casework.js';

const context = systemContext('reviewer-7');
const batch = hrRecords.map((record, index) => ({ index: index * 2, record }));
let casework: MockCasework;

beforeEach(() => {
  casework = mockCasework();
});
afterEach(() => casework.close());

/** Answers the job steps of one ingest batch up to a complete job with the given result rows. */
function ingestJob(rows: unknown[], pages = [rows]) {
  casework.answer('POST', '/api/v3/jobs', 201, caseworkJob());
  casework.answer('PUT', '/api/v3/jobs/job-1/data', 200, caseworkJob());
  casework.answer('POST', '/api/v3/jobs/job-1/close', 200, caseworkJob({ state: 'queued' }));
  casework.answer('GET', '/api/v3/jobs/job-1', 200, caseworkJob({ state: 'in_progress' }));
  casework.answer('GET', '/api/v3/jobs/job-1', 200, caseworkJob({ state: 'complete', result_pages: pages.length }));
  pages.forEach((page, number) => casework.answer('GET', '/api/v3/jobs/job-1/results', 200, { page: number + 1, total_pages: pages.length, rows: page }));
}

const rowsFor = (outcome = 'INSERTED') => hrRecords.map((record, index) => ({ row: index + 1, entry_ref: record.recordId, outcome }));
const ingest = () => casework.adapter.sources!.ingestRecords('hr', batch, context);

describe('casework ingest over bulk jobs', () => {
  it('creates, uploads, closes and polls a job, and gives each record its result at its own index', async () => {
    const rows = rowsFor();
    rows[1] = { row: 2, entry_ref: 'EMP-2', outcome: 'REJECTED', errors: [{ field: 'person_details.birth_date', issue: 'Invalid date' }] } as never;
    ingestJob(rows, [rows.slice(0, 2), rows.slice(2)]);
    const { results } = await ingest();
    expect(results).toEqual([
      { index: 0, recordId: 'EMP-1', status: 'created' },
      { index: 2, recordId: 'EMP-2', status: 'rejected', errors: [{ path: '/records/2/identity/dateOfBirth', message: 'Invalid date' }] },
      { index: 4, recordId: 'EMP-3', status: 'created' },
    ]);
    const [create, upload] = casework.sent;
    expect(JSON.parse(create.body)).toEqual({ operation: 'ingest', system_ref: 'hr' });
    expect(create.headers).toMatchObject({ 'x-api-key': 'test-key', 'idempotency-key': expect.any(String) });
    expect(upload.headers['content-type']).toBe('application/x-ndjson');
    expect(
      upload.body
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).person_details.staff_no),
    ).toEqual(['S1001', 'S1002', 'S1003']);
    expect(casework.waits).toEqual([100, 100]);
  });

  it.each([
    ['a row is missing', rowsFor().slice(0, 2), /no result for row 3/],
    ['a row is answered twice', [...rowsFor(), rowsFor()[0]], /row 1 twice/],
    ['a row names another entry', rowsFor().map((row, index) => (index === 1 ? { ...row, entry_ref: 'EMP-9' } : row)), /row 2 for another entry/],
    ['a row has an unknown outcome', rowsFor('MAYBE'), /malformed at \/rows\/0\/outcome/],
  ])('answers 502 when %s', async (_case, rows, message) => {
    ingestJob(rows);
    await expect(ingest()).rejects.toMatchObject({ kind: 'upstream-failure', status: 502, message: expect.stringMatching(message) });
  });

  it('answers 502, with nothing committed, when the job fails', async () => {
    casework.answer('POST', '/api/v3/jobs', 201, caseworkJob());
    casework.answer('PUT', '/api/v3/jobs/job-1/data', 200, caseworkJob());
    casework.answer('POST', '/api/v3/jobs/job-1/close', 200, caseworkJob({ state: 'failed', failure: { code: 'INTERNAL_ERROR', message: 'disk full' } }));
    await expect(ingest()).rejects.toMatchObject({
      kind: 'upstream-failure',
      adapter: 'casework',
      message: 'The casework ingest job job-1 failed (INTERNAL_ERROR).',
    });
  });

  it('never passes casework’s free text (it may quote a person) to the client, and logs the structured reason instead', async () => {
    const personal = 'Ann Okafor, born 1971-04-02, already has an open case';
    casework.answer('POST', '/api/v3/jobs', 400, {
      error: { code: 'INVALID_REQUEST', message: personal, details: [{ field: 'person_details.birth_date', issue: 'in the future' }] },
    });
    const refused = await ingest().catch((error: unknown) => error);
    expect(refused).toMatchObject({
      kind: 'validation-failed',
      adapter: 'casework',
      message: 'The casework platform refused creating a ingest job (INVALID_REQUEST).',
    });
    expect(JSON.stringify({ ...(refused as object), message: (refused as Error).message })).not.toContain('Okafor');

    casework.answer('POST', '/api/v3/jobs', 201, caseworkJob());
    casework.answer('PUT', '/api/v3/jobs/job-1/data', 200, caseworkJob());
    casework.answer('POST', '/api/v3/jobs/job-1/close', 200, caseworkJob({ state: 'failed', failure: { code: 'NOT_FOUND', message: personal } }));
    const failed = await ingest().catch((error: unknown) => error);
    expect(failed).toMatchObject({ kind: 'not-found', message: 'The casework platform refused the ingest job job-1 (NOT_FOUND).' });
    expect((failed as Error).message).not.toContain('Okafor');

    expect(casework.logged).toEqual([
      {
        message: 'the casework platform refused a request',
        adapter: 'casework',
        operation: 'creating a ingest job',
        upstreamStatus: 400,
        code: 'INVALID_REQUEST',
        fields: ['/identity/dateOfBirth'],
      },
      { message: 'a casework job failed', adapter: 'casework', jobId: 'job-1', jobOperation: 'ingest', code: 'NOT_FOUND' },
    ]);
    expect(JSON.stringify(casework.logged)).not.toContain('Okafor');
  });

  it('answers 504 when a job does not finish in time', async () => {
    await casework.close();
    casework = mockCasework({ jobTimeoutMs: 1 });
    casework.answer('POST', '/api/v3/jobs', 201, caseworkJob());
    casework.answer('PUT', '/api/v3/jobs/job-1/data', 200, caseworkJob());
    casework.answer('POST', '/api/v3/jobs/job-1/close', 200, caseworkJob({ state: 'queued' }));
    casework.answer('GET', '/api/v3/jobs/job-1', 200, caseworkJob({ state: 'in_progress' }), { times: 100 });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await expect(ingest()).rejects.toMatchObject({ kind: 'upstream-timeout', status: 504 });
  });

  it('repeats a job creation that failed with the same idempotency key, so that one job is made', async () => {
    casework.answer('POST', '/api/v3/jobs', 500, { error: { code: 'INTERNAL_ERROR', message: 'oops' } });
    ingestJob(rowsFor());
    await ingest();
    const creates = casework.sent.filter((request) => request.path === '/api/v3/jobs');
    expect(creates).toHaveLength(2);
    expect(creates[1].headers['idempotency-key']).toBe(creates[0].headers['idempotency-key']);
  });

  it('waits as long as Retry-After says before repeating a throttled call', async () => {
    casework.answer('POST', '/api/v3/jobs', 429, { error: { code: 'RATE_LIMITED', message: 'slow down' } }, { headers: { 'retry-after': '2' } });
    ingestJob(rowsFor());
    await ingest();
    expect(casework.waits[0]).toBe(2000);
  });

  it('maps an unknown system to not-found', async () => {
    casework.answer('POST', '/api/v3/jobs', 404, { error: { code: 'NOT_FOUND', message: 'No source "hr".' } });
    await expect(ingest()).rejects.toMatchObject({ kind: 'not-found', message: 'The casework platform refused creating a ingest job (NOT_FOUND).' });
  });
});

describe('casework reads and writes', () => {
  const flag = caseworkFlagFromFlag(Flag.parse(exampleOf(Flag)));

  it('sends a review as a case action in casework words, with the reviewer and an idempotency key', async () => {
    casework.answer('POST', '/api/v3/flags/flag-0001/case/actions', 200, {
      ...flag,
      case: { ...flag.case, case_status: 'RESOLVED', disposition: 'WELFARE_REFERRAL' },
    });
    const reviewed = await casework.adapter.flagging!.reviewFlag(
      'flag-0001',
      { status: 'closed', outcome: 'welfare_support', rationale: 'OH referral.' },
      context,
    );
    expect(reviewed).toMatchObject({ status: 'closed', outcome: 'welfare_support' });
    expect(JSON.parse(casework.sent[0].body)).toEqual({ action: 'RESOLVE', disposition: 'WELFARE_REFERRAL', notes: 'OH referral.', officer: 'reviewer-7' });
    expect(casework.sent[0].headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('maps a refused transition to conflict and a rule setting out of range to validation-failed with its field', async () => {
    casework.answer('POST', '/api/v3/flags/flag-0001/case/actions', 409, { error: { code: 'INVALID_TRANSITION', message: 'Flag is closed.' } });
    await expect(casework.adapter.flagging!.reviewFlag('flag-0001', { status: 'in_review', rationale: 'x' }, context)).rejects.toMatchObject({
      kind: 'conflict',
      status: 409,
    });
    casework.answer('POST', '/api/v3/jobs', 400, {
      error: { code: 'INVALID_REQUEST', message: 'Bad setting.', details: [{ field: 'detectors.0.parameters.threshold', issue: 'too small' }] },
    });
    await expect(
      casework.adapter.flagging!.startRun({ asOf: '2026-03-31', detectors: [{ detectorId: 'repeated-allegations', parameters: { threshold: 0 } }] }, context),
    ).rejects.toMatchObject({
      kind: 'validation-failed',
      errors: [{ path: '/detectors/0/parameters/threshold', message: 'too small' }],
    });
  });

  it('answers 502 naming the field when casework answers a value outside its vocabulary or a broken body', async () => {
    casework.answer('GET', '/api/v3/flags/flag-0001', 200, { ...flag, priority: 'P0' });
    await expect(casework.adapter.flagging!.getFlag('flag-0001', context)).rejects.toMatchObject({
      kind: 'upstream-failure',
      status: 502,
      errors: [{ path: '/priority' }],
    });
    casework.answer('GET', '/api/v3/flags/flag-0001', 200, '{"flag_ref":');
    await expect(casework.adapter.flagging!.getFlag('flag-0001', context)).rejects.toMatchObject({
      kind: 'upstream-failure',
      message: expect.stringMatching(/not JSON/),
    });
  });

  it('answers 502 when casework refuses the API key', async () => {
    casework.answer('GET', '/api/v3/status', 401, { error: { code: 'UNAUTHORIZED', message: 'no' } });
    await expect(casework.adapter.checkReady()).rejects.toMatchObject({ kind: 'upstream-failure', message: expect.stringMatching(/credentials/) });
  });

  it('fills a contract page of 450 from casework pages of at most 200, and hands on the last token', async () => {
    const person = { person_ref: 'p', preferred_identity: { surname: 'Okafor' }, entry_count: 1, modified_at: '2026-03-01T08:00:00Z' };
    const page = (count: number, token: string) => ({
      data: Array.from({ length: count }, (_, index) => ({ ...person, person_ref: `p-${token}-${index}` })),
      next_page_token: token,
    });
    casework.answer('GET', '/api/v3/persons', 200, page(200, 't1'));
    casework.answer('GET', '/api/v3/persons', 200, page(200, 't2'));
    casework.answer('GET', '/api/v3/persons', 200, page(50, 't3'));
    const result = await casework.adapter.consolidation!.listSubjects({}, { limit: 450, cursor: 't0' }, context);
    expect([result.items.length, result.nextCursor, result.items[0].canonicalIdentity]).toEqual([450, 't3', { familyName: 'Okafor' }]);
    expect(casework.sent.map((request) => new URL(request.path, 'http://x').search)).toEqual([
      '?per_page=200&page_token=t0',
      '?per_page=200&page_token=t1',
      '?per_page=50&page_token=t2',
    ]);
  });

  it('answers 502 when casework repeats a page token, instead of looping', async () => {
    const person = { person_ref: 'p', preferred_identity: { surname: 'Okafor' }, entry_count: 1, modified_at: '2026-03-01T08:00:00Z' };
    casework.answer('GET', '/api/v3/persons', 200, { data: [person], next_page_token: 't1' }, { times: 2 });
    await expect(casework.adapter.consolidation!.listSubjects({}, { limit: 10 }, context)).rejects.toMatchObject({
      kind: 'upstream-failure',
      message: expect.stringMatching(/repeated a page token/),
    });
    expect(casework.sent).toHaveLength(2);
  });

  it('reads a merged person as a redirect, and an ingest job as no run', async () => {
    casework.answer('GET', '/api/v3/persons/old', 200, { person_ref: 'old', record_status: 'MERGED', merged_into: 'new' });
    expect(await casework.adapter.consolidation!.getSubject('old', context)).toEqual({ redirectTo: 'new' });
    casework.answer('GET', '/api/v3/jobs/job-1', 200, caseworkJob({ state: 'complete' }));
    await expect(casework.adapter.runs!.getRun('job-1', context)).rejects.toMatchObject({ kind: 'not-found' });
    casework.answer(
      'GET',
      '/api/v3/jobs/run-1',
      200,
      caseworkJob({ job_id: 'run-1', operation: 'evaluate_rules', state: 'failed', failure: { code: 'INTERNAL_ERROR', message: 'boom' } }),
    );
    expect(await casework.adapter.runs!.getRun('run-1', context)).toMatchObject({
      kind: 'flagging',
      status: 'failed',
      error: { type: 'urn:plumbline:problem:upstream-failure', detail: 'The casework evaluate_rules job failed (INTERNAL_ERROR).' },
    });
  });
});
