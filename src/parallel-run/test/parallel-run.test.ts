/**
 * The parallel run in process: the reference engine as primary and a second engine (or a broken
 * one from the suite) as candidate, demo traffic through the gateway's `inject`, real SQLite files.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createReferenceAdapter } from '../../../adapters/reference/index.js';
import { silentLogger } from '../../adapter/factory.js';
import { buildGateway } from '../../gateway/app.js';
import { createTestSecurity } from '../../gateway/testing/test-security.js';
import { diffSnapshots, snapshotOf } from '../state-snapshot.js';
import { closers, context, directories, gatewayWithCandidate, mergingWrongly, runDemo, separateTwoRecords, status } from './parallel-run-fixture.js';

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
    const { app, primary, parallelRun, send, headersFor } = await gatewayWithCandidate(mergingWrongly);
    await runDemo(send, 100);
    const refs = await separateTwoRecords(send, primary);
    await parallelRun.settledNow();

    const report = (await status(app, headersFor)).json();
    const latest = report.agreement.latest;
    expect(latest.consolidation.precision).toBeLessThan(1);
    expect(latest.consolidation.recall).toBe(1);
    expect(latest.subjectsInDisagreement).toBeGreaterThanOrEqual(1);
    const named = latest.disagreements.flatMap((item: any) => [...item.primary.records, ...item.candidate.flatMap((group: any) => group.records)]);
    expect(named).toContain(refs[0]);
    expect(named).toContain(refs[1]);
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
