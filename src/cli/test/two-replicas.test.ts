/**
 * Two real gateway processes on one PostgreSQL (issue 20's proof): both start at once
 * (migrations race), ingest and erasures go to both, reads cross from one to the other, a
 * consolidation run is started on one, and that one is killed with SIGKILL in the middle of its
 * batches and its run. Then: the survivor keeps serving, concludes the killed replica's open
 * attempts once its lease runs out, and takes over the run the killed replica held once the run's
 * lease runs out, finishing it (or failing it cleanly); the killed replica comes back; a new run
 * succeeds; nothing acknowledged is lost; every stored record is named in the trail; ONE chain
 * verifies whole.
 *
 * What the replicas share: everything, through PostgreSQL — the audit trail, the reference engine's
 * store and its runs queue. Neither replica has a file the other needs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { exampleOf, SourceRegistration, UseOfForceRecord, type Run } from '../../contract/index.js';
import { DEFAULT_AUDIENCE, DEVELOPMENT_ISSUER, ensureDevelopmentKey, mintToken } from '../../gateway/security/development-key.js';
import { loadHeadSigner, loadHeadVerificationKey } from '../../gateway/audit/audit-signing.js';
import { verifyPostgresAudit } from '../../gateway/audit/postgres-audit-verifier.js';
import { createPool } from '../../postgres/postgres-pool.js';
import { createTemporaryDatabase, type TemporaryDatabase } from '../../postgres/temporary-database.js';
import { plumbline, startPlumbline, type RunningPlumbline } from './run-cli.js';

const directory = mkdtempSync(join(tmpdir(), 'plumbline-replicas-'));
const SOURCE = 'two-replicas';
let database: TemporaryDatabase;

beforeAll(async () => {
  database = await createTemporaryDatabase('replicas');
});
afterAll(async () => {
  await database.drop();
  rmSync(directory, { recursive: true, force: true });
});

const witnessOf = (replica: string) => join(directory, `${replica}.witness.json`);
const shared = () => ({
  PLUMBLINE_DATABASE_URL: database.url,
  PLUMBLINE_DB: join(directory, 'plumbline.db'),
  PLUMBLINE_AUDIT_DB: join(directory, 'audit.db'),
  PLUMBLINE_AUDIT_KEY_FILE: join(directory, 'audit-signing-key.pem'),
  PLUMBLINE_AUDIT_LEASE_SECONDS: '2',
  // A run held by a killed replica is taken over once this lease has run out.
  PLUMBLINE_REFERENCE_RUN_LEASE_SECONDS: '3',
  PLUMBLINE_DEV_KEY: join(directory, 'development-key.json'),
  PLUMBLINE_DEMO: 'false',
  PLUMBLINE_PORT: '0',
  PLUMBLINE_RATE_LIMIT: '0',
  PLUMBLINE_LOG_LEVEL: 'warn',
});

interface Replica {
  readonly url: string;
  readonly process: RunningPlumbline;
}

async function startReplica(name: string): Promise<Replica> {
  const running = startPlumbline(['serve'], { ...shared(), PLUMBLINE_REPLICA_ID: name, PLUMBLINE_AUDIT_WITNESS: witnessOf(name) });
  const [, url] = await running.waitFor(/Plumbline gateway on (http:\/\/\S+)/, 90_000);
  return { url, process: running };
}

/** Polls until `check` holds: no timed assertion, only a generous bound on waiting. */
async function eventually<T>(what: string, probe: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (check(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

it('two replicas, one killed mid-batch and mid-run: nothing acknowledged lost, the run ends cleanly and restarts, one trail verifies', async () => {
  loadHeadSigner(shared().PLUMBLINE_AUDIT_KEY_FILE, true);
  const key = await ensureDevelopmentKey(shared().PLUMBLINE_DEV_KEY);
  const token = await mintToken(key, { subject: 'replica-check', roles: ['admin'], issuer: DEVELOPMENT_ISSUER, audience: DEFAULT_AUDIENCE, ttl: '1h' });
  const headers = { authorization: `Bearer ${token}`, 'plumbline-justification': 'REPLICA-CHECK' };
  const jsonHeaders = { ...headers, 'content-type': 'application/json' };
  const template = exampleOf(UseOfForceRecord);

  // Both start at once: one applies the migrations, the other finds them done.
  const replicas = await Promise.all([startReplica('replica-a'), startReplica('replica-b')]);
  let a = replicas[0];
  const b = replicas[1];
  const put = await fetch(`${a.url}/v1/sources/${SOURCE}`, { method: 'PUT', headers: jsonHeaders, body: JSON.stringify(exampleOf(SourceRegistration)) });
  expect(put.status, await put.text()).toBeLessThan(300);

  const acknowledged = new Set<string>();
  const tried = new Set<string>();
  const answeredBy = { a: 0, b: 0 };
  let next = 0;
  const stopped = { a: false, b: false };
  const client = async (replica: 'a' | 'b', erases: boolean) => {
    while (!stopped[replica]) {
      const url = replica === 'a' ? a.url : b.url;
      const ids = Array.from({ length: 40 }, () => `R-${(next += 1)}`);
      try {
        const response = await fetch(`${url}/v1/sources/${SOURCE}/records`, {
          method: 'POST',
          headers: jsonHeaders,
          body: JSON.stringify({ records: ids.map((recordId) => ({ ...template, recordId })) }),
        });
        if (response.ok) {
          for (const id of ids) acknowledged.add(id);
          answeredBy[replica] += 1;
        }
        const victim = erases ? [...acknowledged].find((id) => !tried.has(id)) : undefined;
        if (victim) {
          tried.add(victim);
          await fetch(`${url}/v1/sources/${SOURCE}/records/${victim}`, { method: 'DELETE', headers });
        }
      } catch {
        if (replica === 'a') return; // killed
        throw new Error('the surviving replica stopped answering');
      }
    }
  };
  const loadA = [client('a', true), client('a', false)];
  const loadB = [client('b', true), client('b', false)];
  await eventually(
    'batches answered by each replica',
    async () => ({ ...answeredBy }),
    (counts) => counts.a >= 5 && counts.b >= 5,
    90_000,
  );

  // A record stored through one replica is read through the other.
  const readAcross = await fetch(`${b.url}/v1/sources/${SOURCE}/records/R-1`, { headers });
  expect([200, 404]).toContain(readAcross.status); // 404 only if R-1 was the first erasure victim
  const someAcknowledged = [...acknowledged].find((id) => !tried.has(id))!;
  expect((await fetch(`${b.url}/v1/sources/${SOURCE}/records/${someAcknowledged}`, { headers })).status).toBe(200);

  // The run starts on A, which is killed at once, with its clients in the middle of batches.
  const started = await fetch(`${a.url}/v1/consolidation-runs`, { method: 'POST', headers: jsonHeaders, body: JSON.stringify({ mode: 'full' }) });
  expect(started.status, await started.clone().text()).toBe(202);
  const run = (await started.json()) as Run;
  a.process.child.kill('SIGKILL');
  await a.process.exited();
  stopped.a = true;
  await Promise.all(loadA);
  const answeredBeforeKill = answeredBy.b;
  // The survivor keeps serving, reads and writes.
  await eventually(
    'batches answered by the survivor after the kill',
    async () => answeredBy.b,
    (count) => count >= answeredBeforeKill + 3,
  );
  expect((await fetch(`${b.url}/v1/runs/${run.runId}`, { headers })).status).toBe(200);

  // The survivor concludes the killed replica's open attempts once its lease has run out.
  const pool = createPool(database.url, { max: 1 });
  try {
    await eventually(
      'attempts the killed replica left open',
      async () => (await pool.query("SELECT count(*)::int AS n FROM audit_open_attempts WHERE replica_id = 'replica-a'")).rows[0].n as number,
      (open) => open === 0,
    );
    stopped.b = true;
    await Promise.all(loadB);

    // The survivor takes over the run the killed replica held: finished, or failed cleanly, never left running.
    const ended = await eventually(
      'the interrupted run',
      async () => (await (await fetch(`${b.url}/v1/runs/${run.runId}`, { headers })).json()) as Run,
      (state) => state.status === 'succeeded' || state.status === 'failed',
    );
    if (ended.status === 'failed') expect(ended.error?.detail).toMatch(/nothing of it was applied/);
    // The killed replica comes back.
    a = await startReplica('replica-a');
    // And it can be run again, started through one replica and followed through the other.
    const again = (await (
      await fetch(`${b.url}/v1/consolidation-runs`, { method: 'POST', headers: jsonHeaders, body: JSON.stringify({ mode: 'full' }) })
    ).json()) as Run;
    const finished = await eventually(
      'the run started again',
      async () => (await (await fetch(`${a.url}/v1/runs/${again.runId}`, { headers })).json()) as Run,
      (state) => state.status === 'succeeded' || state.status === 'failed',
      120_000,
    );
    expect(finished.status, JSON.stringify(finished.error)).toBe('succeeded');

    for (const replica of [a, b]) {
      replica.process.child.kill('SIGTERM');
      expect(await replica.process.exited()).toBe(0);
    }

    // Nothing acknowledged is lost (but what was erased on request), and every stored record is in the trail
    // (an attempt names the records too: a replica killed after storing a batch left at least that).
    const { rows: storedRows } = await pool.query<{ record_id: string }>(
      'SELECT r.record_id FROM engine_records r JOIN engine_sources s ON s.seq = r.source_seq WHERE s.source_id = $1',
      [SOURCE],
    );
    const stored = new Set(storedRows.map((row) => row.record_id));
    const lost = [...acknowledged].filter((id) => !stored.has(id) && !tried.has(id));
    expect(lost).toEqual([]);
    const named = new Set<string>();
    const { rows } = await pool.query<{ targets: string }>("SELECT targets FROM audit_events WHERE operation = 'ingestRecords'");
    for (const row of rows)
      for (const target of JSON.parse(row.targets) as { type: string; id: string }[])
        if (target.type === 'record') named.add(target.id.slice(SOURCE.length + 1));
    expect([...stored].filter((id) => !named.has(id))).toEqual([]);
    const writers = (await pool.query("SELECT DISTINCT replica_id FROM audit_events WHERE replica_id LIKE 'replica-%' ORDER BY 1")).rows.map(
      (row) => row.replica_id,
    );
    expect(writers).toEqual(['replica-a', 'replica-b']);

    // One trail, verified whole: in-process, and as an auditor runs it.
    const report = await verifyPostgresAudit(pool, {
      publicKey: loadHeadVerificationKey(shared().PLUMBLINE_AUDIT_KEY_FILE),
      witnessPaths: [witnessOf('replica-a'), witnessOf('replica-b')],
    });
    expect(report.problems).toEqual([]);
    const unknown = (await pool.query('SELECT count(*)::int AS n FROM audit_events WHERE status = 0 AND attempt IS NOT NULL')).rows[0].n as number;
    const held = (await pool.query<{ replica_id: string; attempts: number }>('SELECT replica_id, attempts FROM run_queue WHERE run_id = $1', [run.runId]))
      .rows[0];
    process.stderr.write(
      `two replicas: ${acknowledged.size} records acknowledged, ${stored.size} stored, run killed on A ended ${ended.status} on ${held.replica_id} after ${held.attempts} attempt(s), ${unknown} attempt(s) concluded as outcome unknown, one chain of ${report.entries} entries verified\n`,
    );
    const verified = await plumbline(['audit', 'verify', '--witness', witnessOf('replica-a'), '--witness', witnessOf('replica-b')], shared());
    expect(verified.stdout).toMatch(/intact, \d+ entries/);
    expect(verified.code).toBe(0);
  } finally {
    await pool.end();
    for (const replica of [a, b]) replica.process.child.kill('SIGKILL');
  }
}, 300_000);
