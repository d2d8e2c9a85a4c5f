/**
 * The audit trail as an auditor relies on it: every processing of personal data is recorded with
 * who, when, under which role, what, on which ids, why and with what outcome; it is committed
 * before the answer leaves (or the answer is withheld); erasure entries hold no erased content;
 * and `GET /v1/audit-events` is for auditors, with filters and cursors.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildGateway } from '../app.js';
import { operations, type OperationId } from '../operations.js';
import { createRecordingAdapter } from '../testing/recording-adapter.js';
import { createSecuredGateway, TEST_JUSTIFICATION, type SecuredGateway } from '../testing/test-security.js';
import { exampleRequests, withHeaders } from '../testing/example-requests.js';
import type { AuditEvent } from '../../contract/index.js';

let app: FastifyInstance;
let testSecurity: SecuredGateway;
let auditPath: string;

beforeAll(async () => {
  auditPath = join(mkdtempSync(join(tmpdir(), 'plumbline-audit-')), 'audit.db');
  testSecurity = await createSecuredGateway({ auditDatabasePath: auditPath });
  app = testSecurity.app;
});
afterAll(() => app.close());

/** Every entry so far, read through the API as an auditor (which itself adds an entry). */
async function auditEvents(query = ''): Promise<AuditEvent[]> {
  const response = await app.inject({ url: `/v1/audit-events?limit=500${query}`, headers: await testSecurity.headersFor('auditor', 'dpo') });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items;
}

describe('what is recorded', () => {
  it('a consultation, with every field, committed by the time the answer arrives', async () => {
    const response = await app.inject({ url: '/v1/subjects/subj-1', headers: await testSecurity.headersFor('reviewer', 'alice') });
    expect(response.statusCode).toBe(200);
    // A separate connection sees the entry: it was committed before the answer was sent.
    const database = new Database(auditPath, { readonly: true });
    const row = database.prepare('SELECT actor, operation, status FROM audit_events ORDER BY sequence DESC LIMIT 1').get();
    database.close();
    expect(row).toEqual({ actor: 'alice', operation: 'getSubject', status: 200 });

    const [entry] = await auditEvents('&actor=alice');
    expect(entry).toMatchObject({
      actor: 'alice',
      role: 'reviewer',
      action: 'consultation',
      operation: 'getSubject',
      targets: [{ type: 'subject', id: 'subj-1' }],
      criteria: {},
      justification: TEST_JUSTIFICATION,
      status: 200,
      outcome: 'succeeded',
    });
    expect(Date.now() - Date.parse(entry.occurredAt)).toBeLessThan(60_000);
    expect(entry.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  const processing = (Object.keys(operations) as OperationId[]).filter((operation) => operations[operation].processing !== 'none');

  it.each(processing)('%s is recorded under its action and role', async (operation) => {
    const role = operations[operation].roles[0];
    const response = await app.inject(withHeaders(exampleRequests[operation], await testSecurity.headersFor(role, `actor-${operation}`)));
    expect(response.statusCode, response.body).toBeLessThan(400);
    const entries = await auditEvents(`&actor=actor-${operation}`);
    const recorded = [operation, operations[operation].processing, role];
    if (['collection', 'alteration', 'combination', 'erasure'].includes(operations[operation].processing)) {
      // A change: its attempt, committed before the adapter was called, then its outcome naming it.
      expect(entries.map((entry) => [entry.operation, entry.action, entry.role, entry.outcome])).toEqual([
        [...recorded, 'attempted'],
        [...recorded, 'succeeded'],
      ]);
      expect(entries[1].attempt).toBe(entries[0].sequence);
      expect(entries[0].status).toBe(0);
    } else {
      // No attempt entry; an export adds a second entry, of what it really disclosed, once its stream is over.
      const kinds = new Set(entries.map((entry) => JSON.stringify([entry.operation, entry.action, entry.role, entry.attempt])));
      expect([...kinds].map((kind) => JSON.parse(kind))).toEqual([[...recorded, null]]);
    }
  });

  it('operations that process no personal data leave no entry', async () => {
    for (const operation of ['getMeta', 'listSources', 'listDetectors', 'getRun'] as const) {
      await app.inject(withHeaders(exampleRequests[operation], await testSecurity.headersFor('analyst', 'quiet-analyst')));
    }
    expect(await auditEvents('&actor=quiet-analyst')).toEqual([]);
  });

  it('refused attempts are recorded once the caller is known; requests without a valid token are not', async () => {
    await app.inject(withHeaders(exampleRequests.getSubject, await testSecurity.headersFor('auditor', 'curious')));
    await app.inject({ url: '/v1/subjects/subj-2', headers: { authorization: `Bearer ${await testSecurity.tokenFor('analyst', 'curious')}` } });
    await app.inject({ url: '/v1/subjects/subj-3' });
    const entries = await auditEvents('&actor=curious');
    expect(entries.map((entry) => [entry.operation, entry.status, entry.outcome, entry.role, entry.justification])).toEqual([
      ['getSubject', 403, 'refused', 'auditor', null],
      ['getSubject', 400, 'refused', 'analyst', null],
    ]);
    expect((await auditEvents('&actor=anonymous')).length).toBe(0);
  });

  it('names whose data a list showed, and the search criteria', async () => {
    await app.inject({ url: '/v1/flags?status=open&limit=5', headers: await testSecurity.headersFor('analyst', 'lister') });
    await app.inject({ url: '/v1/subjects?name=okafor', headers: await testSecurity.headersFor('analyst', 'lister') });
    const [flags, subjects] = await auditEvents('&actor=lister');
    expect(flags.targets).toEqual([
      { type: 'flag', id: 'flag-0001' },
      { type: 'subject', id: 'subj-7f3a' },
    ]);
    expect(flags.criteria).toEqual({ status: 'open' });
    expect(subjects.criteria).toEqual({ name: 'okafor' });
    expect(subjects.targets[0].type).toBe('subject');
  });

  it('an erasure names the record and the reason, never its content', async () => {
    await app.inject({
      method: 'DELETE',
      url: '/v1/sources/uof/records/UOF-1?reason=rectification',
      headers: await testSecurity.headersFor('admin', 'eraser'),
    });
    const [erasure] = await auditEvents('&action=erasure&actor=eraser');
    expect(erasure.targets).toEqual([{ type: 'record', id: 'uof/UOF-1' }]);
    expect(erasure.criteria).toEqual({ reason: 'rectification' });
    const text = JSON.stringify(erasure);
    for (const content of ['Okafor', 'Robert', 'S1004321', '1986-04-12']) expect(text).not.toContain(content);
  });
});

describe('when the trail cannot be written', () => {
  it('withholds the answer with a 500 problem', async () => {
    const { app: broken, headersFor } = await createSecuredGateway();
    await broken.auditTrail!.close();
    const response = await broken.inject({ url: '/v1/flags/flag-1', headers: await headersFor('analyst') });
    expect(response.statusCode).toBe(500);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().detail).toContain('audit trail could not record');
    expect(response.body).not.toContain('"flagId"');
    expect(response.body).not.toContain('subj-7f3a');
    await broken.close();
  });
});

describe('GET /v1/audit-events', () => {
  it('is for auditors only', async () => {
    for (const role of ['ingest', 'analyst', 'reviewer', 'admin'] as const) {
      expect((await app.inject({ url: '/v1/audit-events', headers: await testSecurity.headersFor(role) })).statusCode).toBe(403);
    }
  });

  it('filters by target, operation and time, and pages with a cursor that reads each entry once', async () => {
    const headers = await testSecurity.headersFor('reviewer', 'pager');
    const start = new Date().toISOString();
    for (const flagId of ['flag-a', 'flag-b', 'flag-c']) await app.inject({ url: `/v1/flags/${flagId}`, headers });
    expect((await auditEvents('&target=flag-b')).map((entry) => entry.targets[0].id)).toEqual(['flag-b']);
    expect((await auditEvents(`&operation=getFlag&actor=pager&from=${encodeURIComponent(start)}`)).length).toBe(3);
    expect(await auditEvents(`&actor=pager&to=${encodeURIComponent(start)}`)).toEqual([]);

    const auditor = await testSecurity.headersFor('auditor', 'dpo');
    const seen: number[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page: { items: AuditEvent[]; nextCursor: string | null } = (
        await app.inject({ url: `/v1/audit-events?actor=pager&limit=2${cursor ? `&cursor=${cursor}` : ''}`, headers: auditor })
      ).json();
      seen.push(...page.items.map((entry) => entry.sequence));
      cursor = page.nextCursor;
    }
    expect(seen).toHaveLength(3);
    expect(new Set(seen).size).toBe(3);
  });

  it('chains each entry to the one before', async () => {
    const entries = await auditEvents();
    entries.slice(1).forEach((entry, index) => {
      expect(entry.sequence).toBe(entries[index].sequence + 1);
      expect(entry.previousHash).toBe(entries[index].hash);
    });
    expect(entries[0]).toMatchObject({ sequence: 1, previousHash: '0'.repeat(64) });
  });

  it('refuses a cursor it did not issue', async () => {
    const response = await app.inject({ url: '/v1/audit-events?cursor=bm9wZQ', headers: await testSecurity.headersFor('auditor') });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].path).toBe('/querystring/cursor');
  });

  it('answers 404 on a gateway without authentication, which keeps no trail', async () => {
    const open = await buildGateway({ adapter: createRecordingAdapter() });
    expect((await open.inject('/v1/audit-events')).statusCode).toBe(404);
    await open.close();
  });
});
