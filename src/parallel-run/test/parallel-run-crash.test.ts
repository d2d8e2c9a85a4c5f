/**
 * The issue's "done when": demo traffic over real HTTP through a real gateway process with primary
 * `reference` and candidate `foundry` (over its bundled simulator), the gateway SIGKILLed part-way
 * and started again. Clients only ever saw the primary; the candidate ends with the same state
 * (export diff empty); agreement is reported; every mirrored write is a disclosure naming foundry.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { createReferenceAdapter } from '../../../adapters/reference/index.js';
import { loadAdapterFactory } from '../../cli/adapter-factories.js';
import { silentLogger } from '../../adapter/factory.js';
import { DEFAULT_AUDIENCE, DEVELOPMENT_ISSUER, ensureDevelopmentKey, mintToken } from '../../gateway/security/development-key.js';
import { startPlumbline, type RunningPlumbline } from '../../cli/test/run-cli.js';
import { diffSnapshots, snapshotOf } from '../state-snapshot.js';
import { demoRequests, waitForRunOver, type Exchange, type Send } from '../demo-traffic.js';

const directory = mkdtempSync(join(tmpdir(), 'parallel-run-crash-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const environment = {
  PLUMBLINE_ADAPTER: 'reference',
  PLUMBLINE_DB: join(directory, 'primary', 'plumbline.db'),
  PLUMBLINE_CANDIDATE_ADAPTER: 'foundry',
  PLUMBLINE_CANDIDATE_DB: join(directory, 'candidate', 'candidate.db'),
  PLUMBLINE_AUDIT_DB: join(directory, 'audit.db'),
  PLUMBLINE_DEV_KEY: join(directory, 'development-key.json'),
  PLUMBLINE_DEMO: 'false',
  PLUMBLINE_PORT: '0',
  PLUMBLINE_RATE_LIMIT: '0',
  PLUMBLINE_LOG_LEVEL: 'warn',
};

async function start(): Promise<{ gateway: RunningPlumbline; url: string }> {
  const gateway = startPlumbline(['serve'], environment);
  const [, url] = await gateway.waitFor(/Plumbline gateway on (http:\/\/\S+)/, 90_000);
  return { gateway, url };
}

const context = { actor: 'check' };

it('survives a SIGKILL mid-traffic: clients saw only the primary, the foundry candidate ends with the same state, and agreement is reported', async () => {
  const key = await ensureDevelopmentKey(environment.PLUMBLINE_DEV_KEY);
  const token = await mintToken(key, {
    subject: 'force-systems',
    roles: ['ingest', 'analyst', 'reviewer', 'admin', 'auditor'],
    issuer: DEVELOPMENT_ISSUER,
    audience: DEFAULT_AUDIENCE,
    ttl: '1h',
  });
  const headers = { authorization: `Bearer ${token}`, 'plumbline-justification': 'PARALLEL-RUN-TEST' };
  let url = '';
  const send: Send = async (method, path, payload) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: payload === undefined ? headers : { ...headers, 'content-type': 'application/json' },
      body: payload === undefined ? undefined : JSON.stringify(payload),
    });
    const text = await response.text();
    return { method, url: path, status: response.status, body: text ? JSON.parse(text) : undefined };
  };

  const requests = demoRequests({ people: 100, batchSize: 100 });
  const killAt = Math.floor(requests.length / 2);
  const exchanges: Exchange[] = [];
  let running = await start();
  url = running.url;
  for (const request of requests.slice(0, killAt)) exchanges.push(await send(request.method, request.url, request.payload));
  running.gateway.child.kill('SIGKILL');
  expect(await running.gateway.exited()).toBe(null);

  const restartedAt = new Date().toISOString();
  running = await start();
  url = running.url;
  for (const request of requests.slice(killAt)) exchanges.push(await send(request.method, request.url, request.payload));
  expect(exchanges.map((exchange) => exchange.status).filter((status) => status >= 300)).toEqual([]);
  const runs = exchanges.filter((exchange) => exchange.url.endsWith('-runs'));
  for (const run of runs) expect((await waitForRunOver(send, run.body.runId)).body.status).toBe('succeeded');

  // The mirror catches up and both runs are compared (consolidation, then flagging).
  let status: any;
  for (let tries = 0; tries < 600; tries++) {
    status = (await send('GET', '/v1/parallel-run')).body;
    if (status.mirror.pending === 0 && status.agreement.history.length >= 2) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  expect(status.candidate.id).toBe('foundry');
  expect(status.mirror).toMatchObject({ pending: 0, undeliverable: 0, overflow: 0 });
  expect(status.mirror.delivered).toBe(requests.length);
  expect(status.agreement.latest.consolidation).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  expect(status.agreement.latest.subjectsInDisagreement).toBe(0);
  expect(status.agreement.latest.flags.length).toBeGreaterThan(0);
  expect((await send('GET', '/v1/meta')).body.adapter.id).toBe('reference');
  running.gateway.child.kill('SIGTERM');
  await running.gateway.exited();

  const primary = createReferenceAdapter({ databasePath: environment.PLUMBLINE_DB }, { logger: silentLogger });
  // Over its bundled simulator on the candidate's store, as `plumbline serve` started it.
  const foundry = (await loadAdapterFactory('foundry'))!;
  const candidate = await foundry.create(foundry.settings.parse({ databasePath: environment.PLUMBLINE_CANDIDATE_DB }), { logger: silentLogger });
  try {
    // Clients saw only the primary: every run they were told of is the primary's, as the primary has it.
    for (const run of runs) expect((await primary.runs!.getRun(run.body.runId, context)).createdAt).toBe(run.body.createdAt);
    const diff = diffSnapshots(await snapshotOf(primary, context), await snapshotOf(candidate, context));
    expect(diff.counts.records.primary).toBeGreaterThan(500);
    expect(diff).toMatchObject({ sources: [], records: [], overrides: [], partition: [], flags: [], empty: true });
  } finally {
    await primary.close();
    await candidate.close();
  }

  // Each write reached foundry once, as a disclosure naming it; none is left unconcluded.
  const audit = new Database(environment.PLUMBLINE_AUDIT_DB, { readonly: true });
  const disclosures = audit
    .prepare<[], { criteria: string; status: number; occurredAt: string }>(
      "SELECT criteria, status, occurred_at AS occurredAt FROM audit_events WHERE operation = 'mirrorToCandidate' AND attempt IS NOT NULL",
    )
    .all();
  const outbox = audit.prepare<[], { state: string; count: number }>('SELECT state, COUNT(*) AS count FROM parallel_run_outbox GROUP BY state').all();
  audit.close();
  expect(outbox).toEqual([{ state: 'delivered', count: requests.length }]);
  const delivered = disclosures.filter((entry) => entry.status === 200).map((entry) => JSON.parse(entry.criteria).outboxEntry);
  expect(delivered.length).toBe(requests.length);
  expect(new Set(delivered).size).toBe(requests.length);
  expect(disclosures.every((entry) => JSON.parse(entry.criteria).recipient === 'foundry')).toBe(true);
  // The kill came right after an answer, before the candidate had it: those writes were mirrored after the restart.
  const deliveredAfterRestart = disclosures.filter(
    (entry) => entry.status === 200 && entry.occurredAt > restartedAt && Number(JSON.parse(entry.criteria).outboxEntry) <= killAt,
  );
  expect(deliveredAfterRestart.length).toBeGreaterThan(0);
}, 300_000);
