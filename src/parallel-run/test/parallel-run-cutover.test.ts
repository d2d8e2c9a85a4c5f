/**
 * A rehearsal of the cut-over in docs/parallel-run.md, with real gateway processes: the reference
 * engine as primary and the foundry connector (over its simulator) as candidate; stop writes, drain
 * the outbox, compare counts and the final export diff (`plumbline parallel-run diff`), swap the two,
 * and keep the old primary as candidate for a rollback window: a write after the swap, and the
 * deletion of an override made before it, reach the old primary too.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { DEFAULT_AUDIENCE, DEVELOPMENT_ISSUER, ensureDevelopmentKey, mintToken } from '../../gateway/security/development-key.js';
import { plumbline, startPlumbline, type RunningPlumbline } from '../../cli/test/run-cli.js';
import { demoRequests, sendAll, waitForRunOver, type Send } from '../demo-traffic.js';

const directory = mkdtempSync(join(tmpdir(), 'parallel-run-cutover-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const referenceStore = join(directory, 'reference', 'plumbline.db');
const foundryStore = join(directory, 'foundry', 'foundry.db');
const common = {
  PLUMBLINE_AUDIT_DB: join(directory, 'audit.db'),
  PLUMBLINE_DEV_KEY: join(directory, 'development-key.json'),
  PLUMBLINE_DEMO: 'false',
  PLUMBLINE_PORT: '0',
  PLUMBLINE_RATE_LIMIT: '0',
  PLUMBLINE_LOG_LEVEL: 'warn',
};
const before = {
  ...common,
  PLUMBLINE_ADAPTER: 'reference',
  PLUMBLINE_DB: referenceStore,
  PLUMBLINE_CANDIDATE_ADAPTER: 'foundry',
  PLUMBLINE_CANDIDATE_DB: foundryStore,
};
const after = {
  ...common,
  PLUMBLINE_ADAPTER: 'foundry',
  PLUMBLINE_DB: foundryStore,
  PLUMBLINE_CANDIDATE_ADAPTER: 'reference',
  PLUMBLINE_CANDIDATE_DB: referenceStore,
};

async function start(environment: Record<string, string>): Promise<{ gateway: RunningPlumbline; url: string }> {
  const gateway = startPlumbline(['serve'], environment);
  const [, url] = await gateway.waitFor(/Plumbline gateway on (http:\/\/\S+)/, 90_000);
  return { gateway, url };
}

async function stop(running: { gateway: RunningPlumbline }) {
  running.gateway.child.kill('SIGTERM');
  await running.gateway.exited();
}

it('rehearses the cut-over: drain, empty export diff, swap, and the old primary kept in step as candidate', async () => {
  const key = await ensureDevelopmentKey(common.PLUMBLINE_DEV_KEY);
  const token = await mintToken(key, {
    subject: 'force-systems',
    roles: ['ingest', 'analyst', 'reviewer', 'admin', 'auditor'],
    issuer: DEVELOPMENT_ISSUER,
    audience: DEFAULT_AUDIENCE,
    ttl: '1h',
  });
  const headers = { authorization: `Bearer ${token}`, 'plumbline-justification': 'CUT-OVER-REHEARSAL' };
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
  const drained = async () => {
    for (let tries = 0; tries < 600; tries++) {
      const status = (await send('GET', '/v1/parallel-run')).body;
      if (status.mirror.pending === 0) return status;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error('the outbox did not drain');
  };

  // The parallel run, with a reviewer's override among the writes.
  let running = await start(before);
  url = running.url;
  const exchanges = await sendAll(send, demoRequests({ people: 100, batchSize: 100 }));
  for (const exchange of exchanges.filter((item) => item.url.endsWith('-runs'))) await waitForRunOver(send, exchange.body.runId);
  const batch = exchanges.find((item) => item.url.endsWith('/records'))!;
  const [left, right] = batch.body.results
    .slice(0, 2)
    .map((result: { recordId: string }) => ({ sourceId: batch.url.split('/')[3], recordId: result.recordId }));
  const override = await send('POST', '/v1/link-overrides', { kind: 'must_link', left, right, reason: 'Same person: HR confirmed the change of name.' });
  expect(override.status).toBe(201);

  // 1–2. Writes stop; the outbox drains with nothing set aside.
  const status = await drained();
  expect(status.mirror).toMatchObject({ pending: 0, undeliverable: 0, overflow: 0 });
  await stop(running);

  // 3. Counts and the final export diff, the gateway stopped.
  const diff = await plumbline(['parallel-run', 'diff'], before);
  expect(diff.code, diff.stderr).toBe(0);
  const compared = JSON.parse(diff.stdout);
  expect(compared.empty).toBe(true);
  expect(compared.counts.records.primary).toBe(compared.counts.records.candidate);
  expect(compared.counts.overrides).toEqual({ primary: 1, candidate: 1 });

  // 4. The swap: foundry answers now; the reference engine is kept in step as the candidate.
  running = await start(after);
  url = running.url;
  expect((await send('GET', '/v1/meta')).body.adapter.id).toBe('foundry');
  const swapped = (await send('GET', '/v1/parallel-run')).body;
  expect(swapped.candidate.id).toBe('reference');
  // Clients now see foundry's ids; deleting the override made before the swap reaches the old primary too.
  const overrides = (await send('GET', '/v1/link-overrides')).body.items;
  expect(overrides).toHaveLength(1);
  expect((await send('DELETE', `/v1/link-overrides/${encodeURIComponent(overrides[0].overrideId)}`)).status).toBe(204);
  const late = { ...batch.body.results[0] };
  const record = (await send('GET', `/v1/sources/${left.sourceId}/records/${encodeURIComponent(late.recordId)}`)).body.record;
  expect((await send('POST', `/v1/sources/${left.sourceId}/records`, { records: [{ ...record, recordId: `${record.recordId}-AFTER-CUTOVER` }] })).status).toBe(
    200,
  );
  const afterSwap = await drained();
  expect(afterSwap.mirror).toMatchObject({ pending: 0, undeliverable: 0 });
  await stop(running);

  // The rollback window: the old primary holds what the new one does, so switching back loses nothing.
  const back = await plumbline(['parallel-run', 'diff'], after);
  expect(back.code, back.stderr).toBe(0);
  const check = JSON.parse(back.stdout);
  expect(check).toMatchObject({ primary: 'foundry', candidate: 'reference', empty: true });
  expect(check.counts.overrides).toEqual({ primary: 0, candidate: 0 });
  expect(check.counts.records.candidate).toBe(compared.counts.records.candidate + 1);
}, 400_000);
