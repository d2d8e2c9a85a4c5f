/**
 * A gateway over the reference engine with a candidate run in parallel (a second engine, or a broken
 * one from the suite), on real SQLite files in a temporary directory, for the parallel-run tests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createReferenceAdapter } from '../../../adapters/reference/index.js';
import { silentLogger } from '../../adapter/factory.js';
import type { PlumblineAdapterV1 } from '../../adapter/adapter-v1.js';
import { buildGateway } from '../../gateway/app.js';
import { AuditTrail } from '../../gateway/audit/audit-trail.js';
import { createTestSecurity } from '../../gateway/testing/test-security.js';
import { ignoresCannotLinks } from '../../../contract-tests/broken-adapters/consolidation-defects.js';
import { ParallelRun } from '../parallel-run.js';
import type { RetryPolicy } from '../../connectors/index.js';
import { snapshotOf } from '../state-snapshot.js';
import { demoRequests, sendAll, waitForRunOver, type Send } from '../demo-traffic.js';

export const context = { actor: 'test' };
export const directories: string[] = [];
export const closers: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

export async function gatewayWithCandidate(
  makeCandidate: (directory: string) => PlumblineAdapterV1 = (directory) =>
    createReferenceAdapter({ databasePath: join(directory, 'candidate.db') }, { logger: silentLogger }),
  retry?: RetryPolicy,
) {
  const directory = mkdtempSync(join(tmpdir(), 'parallel-run-'));
  directories.push(directory);
  const primary = createReferenceAdapter({ databasePath: join(directory, 'primary.db') }, { logger: silentLogger });
  const candidate = makeCandidate(directory);
  const { security, headersFor } = await createTestSecurity({ auditDatabasePath: join(directory, 'audit.db') });
  const trail = AuditTrail.open(security.audit);
  const problems: string[] = [];
  const parallelRun = new ParallelRun({ primary, candidate, trail, sampleEvery: 1, retry, onProblem: (message) => problems.push(message) });
  const app = await buildGateway({ adapter: primary, security, auditTrail: trail, parallelRun });
  closers.push(() => app.close());
  const headers = await headersFor(['ingest', 'analyst', 'reviewer', 'admin'], 'force-user');
  const send: Send = async (method, url, payload) => {
    const answer = await app.inject({ method: method as 'GET', url, headers, payload: payload as object });
    return { method, url, status: answer.statusCode, body: answer.body ? JSON.parse(answer.body) : undefined };
  };
  return { app, primary, candidate, parallelRun, send, headersFor, problems };
}

export async function runDemo(send: Send, people: number) {
  const exchanges = await sendAll(send, demoRequests({ people, batchSize: 100 }));
  for (const exchange of exchanges) if (exchange.url.endsWith('-runs')) await waitForRunOver(send, exchange.body.runId);
  return exchanges;
}

export async function status(app: FastifyInstance, headersFor: (roles: any[], actor: string) => Promise<Record<string, string>>) {
  return app.inject({ method: 'GET', url: '/v1/parallel-run', headers: await headersFor(['auditor'], 'panel') });
}

/** A candidate that never applies cannot-links (a defect of the suite): it keeps merging two people a reviewer separated. */
export function mergingWrongly(directory: string): PlumblineAdapterV1 {
  const databasePath = join(directory, 'candidate.db');
  return ignoresCannotLinks.breakAdapter!(createReferenceAdapter({ databasePath }, { logger: silentLogger }), databasePath);
}

/** Demo traffic, then a cannot-link between two records the primary joined and a new run: returns the two records. */
export async function separateTwoRecords(send: Send, primary: PlumblineAdapterV1): Promise<string[]> {
  const snapshot = await snapshotOf(primary, context);
  const [, refs] = [...snapshot.recordsOfSubject].find(([, records]) => records.length >= 2)!;
  const [left, right] = refs.slice(0, 2).map((ref) => ({ sourceId: ref.split('/')[0], recordId: ref.split('/').slice(1).join('/') }));
  const override = await send('POST', '/v1/link-overrides', { kind: 'cannot_link', left, right, reason: 'Different people, confirmed by HR.' });
  if (override.status !== 201) throw new Error(`override: ${override.status}`);
  const rerun = await send('POST', '/v1/consolidation-runs', { mode: 'full' });
  await waitForRunOver(send, rerun.body.runId);
  return refs.slice(0, 2);
}
