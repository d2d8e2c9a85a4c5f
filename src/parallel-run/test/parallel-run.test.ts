/**
 * The parallel run in process: the reference engine as primary and a second engine (or a broken
 * one from the suite) as candidate, demo traffic through the gateway's `inject`, real SQLite files.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createReferenceAdapter } from '../../../adapters/reference/index.js';
import { silentLogger } from '../../adapter/factory.js';
import type { PlumblineAdapterV1 } from '../../adapter/adapter-v1.js';
import { buildGateway } from '../../gateway/app.js';
import { AuditTrail } from '../../gateway/audit/audit-trail.js';
import { createTestSecurity } from '../../gateway/testing/test-security.js';
import { ignoresCannotLinks } from '../../../contract-tests/broken-adapters/consolidation-defects.js';
import { ParallelRun } from '../parallel-run.js';
import { diffSnapshots, snapshotOf } from '../state-snapshot.js';
import { demoRequests, sendAll, waitForRunOver, type Send } from '../testing/demo-traffic.js';

const context = { actor: 'test' };
const directories: string[] = [];
const closers: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

async function gatewayWithCandidate(makeCandidate: (directory: string) => PlumblineAdapterV1 = (directory) => createReferenceAdapter({ databasePath: join(directory, 'candidate.db') }, { logger: silentLogger })) {
  const directory = mkdtempSync(join(tmpdir(), 'parallel-run-'));
  directories.push(directory);
  const primary = createReferenceAdapter({ databasePath: join(directory, 'primary.db') }, { logger: silentLogger });
  const candidate = makeCandidate(directory);
  const { security, headersFor } = await createTestSecurity({ auditDatabasePath: join(directory, 'audit.db') });
  const trail = AuditTrail.open(security.audit);
  const problems: string[] = [];
  const parallelRun = new ParallelRun({ primary, candidate, trail, sampleEvery: 1, onProblem: (message) => problems.push(message) });
  const app = await buildGateway({ adapter: primary, security, auditTrail: trail, parallelRun });
  closers.push(() => app.close());
  const headers = await headersFor(['ingest', 'analyst', 'reviewer', 'admin'], 'force-user');
  const send: Send = async (method, url, payload) => {
    const answer = await app.inject({ method: method as 'GET', url, headers, payload: payload as object });
    return { method, url, status: answer.statusCode, body: answer.body ? JSON.parse(answer.body) : undefined };
  };
  return { app, primary, candidate, parallelRun, send, headersFor, problems };
}

async function runDemo(send: Send, people: number) {
  const exchanges = await sendAll(send, demoRequests({ people, batchSize: 100 }));
  for (const exchange of exchanges) if (exchange.url.endsWith('-runs')) await waitForRunOver(send, exchange.body.runId);
  return exchanges;
}

async function status(app: FastifyInstance, headersFor: (roles: any[], actor: string) => Promise<Record<string, string>>) {
  return app.inject({ method: 'GET', url: '/v1/parallel-run', headers: await headersFor(['auditor'], 'panel') });
}

describe('a parallel run', () => {
  it('mirrors every accepted write, answers clients from the primary only, and reports full agreement with an identical candidate', async () => {
    const { app, primary, candidate, parallelRun, send, headersFor, problems } = await gatewayWithCandidate();
    const exchanges = await runDemo(send, 100);
    expect(exchanges.every((exchange) => exchange.status < 300)).toBe(true);
    // Clients only ever see the primary: every run they were given is the primary's, started before the candidate's.
    for (const exchange of exchanges.filter((item) => item.url.endsWith('-runs'))) {
      expect((await primary.runs!.getRun(exchange.body.runId, context)).createdAt).toBe(exchange.body.createdAt);
      expect(parallelRun.outbox.candidateId('run', exchange.body.runId)).toBeDefined();
    }
    // Reads are sampled (one in one here) and compared with a second primary read as the noise floor.
    const records = exchanges.find((item) => item.url.endsWith('/records'))!;
    const sourceId = records.url.split('/')[3];
    for (const result of records.body.results.slice(0, 3)) {
      const read = await send('GET', `/v1/sources/${sourceId}/records/${result.recordId}`);
      expect(read.status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await parallelRun.settledNow();
    const diff = diffSnapshots(await snapshotOf(primary, context), await snapshotOf(candidate, context));
    expect(diff.empty).toBe(true);
    expect(diff.counts.records.primary).toBeGreaterThan(100);

    const answer = await status(app, headersFor);
    expect(answer.statusCode).toBe(200);
    const report = answer.json();
    expect(report.candidate.id).toBe('reference');
    expect(report.mirror).toMatchObject({ pending: 0, undeliverable: 0, overflow: 0 });
    expect(report.mirror.delivered).toBe(exchanges.length);
    expect(report.agreement.history.length).toBe(2);
    expect(report.agreement.latest.consolidation.f1).toBe(1);
    expect(report.agreement.latest.subjectsInDisagreement).toBe(0);
    expect(report.agreement.latest.flags.every((detector: any) => detector.same === detector.primary && detector.onlyCandidate === 0)).toBe(true);
    expect(report.reads.sampled).toBeGreaterThanOrEqual(1);
    expect(report.reads.fields).toEqual([]);
    expect(report.latency.primary.count).toBeGreaterThan(exchanges.length);
    expect(report.latency.candidate.count).toBeGreaterThanOrEqual(exchanges.length);
    expect(problems).toEqual([]);

    // Every mirrored write is a disclosure to the candidate in the audit trail, named.
    const trail = await app.auditTrail!.read({ action: 'disclosure', limit: 500 } as never);
    const disclosures = trail.items.filter((event) => event.operation === 'mirrorToCandidate' && event.outcome === 'succeeded');
    expect(disclosures.length).toBe(exchanges.length);
    expect(disclosures[0].criteria.recipient).toBe('reference');
    expect((await app.inject({ method: 'GET', url: '/v1/meta', headers: await headersFor(['analyst'], 'x') })).json().capabilities).toContain('parallel-run');
  }, 120_000);

  it('shows a candidate that merges wrongly, with the people it merges', async () => {
    const { app, primary, parallelRun, send, headersFor } = await gatewayWithCandidate((directory) => {
      const databasePath = join(directory, 'candidate.db');
      return ignoresCannotLinks.breakAdapter!(createReferenceAdapter({ databasePath }, { logger: silentLogger }), databasePath);
    });
    await runDemo(send, 100);
    // A reviewer decides that two records the engine joined are two people.
    const snapshot = await snapshotOf(primary, context);
    const [subjectId, refs] = [...snapshot.recordsOfSubject].find(([, records]) => records.length >= 2)!;
    const [left, right] = refs.slice(0, 2).map((ref) => ({ sourceId: ref.split('/')[0], recordId: ref.split('/').slice(1).join('/') }));
    const override = await send('POST', '/v1/link-overrides', { kind: 'cannot_link', left, right, reason: 'Different people, confirmed by HR.' });
    expect(override.status).toBe(201);
    const rerun = await send('POST', '/v1/consolidation-runs', { mode: 'full' });
    await waitForRunOver(send, rerun.body.runId);
    await parallelRun.settledNow();

    const report = (await status(app, headersFor)).json();
    const latest = report.agreement.latest;
    expect(latest.consolidation.precision).toBeLessThan(1);
    expect(latest.consolidation.recall).toBe(1);
    expect(latest.subjectsInDisagreement).toBeGreaterThanOrEqual(1);
    const named = latest.disagreements.flatMap((item: any) => [...item.primary.records, ...item.candidate.flatMap((group: any) => group.records)]);
    expect(named).toContain(refs[0]);
    expect(named).toContain(refs[1]);
    expect(subjectId).toBeTruthy();
  }, 120_000);

  it('answers 501 when no candidate is configured', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'parallel-run-'));
    directories.push(directory);
    const primary = createReferenceAdapter({ databasePath: join(directory, 'primary.db') }, { logger: silentLogger });
    const { security, headersFor } = await createTestSecurity();
    const app = await buildGateway({ adapter: primary, security });
    closers.push(() => app.close());
    const answer = await status(app, headersFor);
    expect(answer.statusCode).toBe(501);
    expect(answer.json().type).toContain('capability-unsupported');
  });
});
