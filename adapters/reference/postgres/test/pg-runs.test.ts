/**
 * Runs of the reference engine on PostgreSQL across two engines (replicas) on one database of this
 * file's own: a run started on one is read identically on the other; a run held by a replica that
 * died (its lease ran out) is taken over and finished by the other; and a run whose end cannot be
 * recorded (its replica lost the run) leaves nothing of its result behind.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleOf, SourceRegistration, UseOfForceRecord } from '../../../../src/contract/index.js';
import { silentLogger } from '../../../../src/adapter/factory.js';
import { systemContext } from '../../../../src/adapter/context.js';
import { createPool } from '../../../../src/postgres/postgres-pool.js';
import { createTemporaryDatabase, type TemporaryDatabase } from '../../../../src/postgres/temporary-database.js';
import type { ReferenceAdapter } from '../../reference-adapter.js';
import { systemClock } from '../../store/clock.js';
import { createPostgresReferenceAdapter } from '../postgres-reference-adapter.js';
import { runPgConsolidation } from '../pg-consolidation.js';

let database: TemporaryDatabase;
let pool: pg.Pool;
let first: ReferenceAdapter;
let second: ReferenceAdapter;
const context = systemContext('test');

beforeAll(async () => {
  database = await createTemporaryDatabase('reference_runs');
  pool = createPool(database.url, { max: 2 });
  const settings = { databaseUrl: database.url, runLeaseSeconds: 2, runPollMs: 100 };
  [first, second] = await Promise.all([
    createPostgresReferenceAdapter({ ...settings, replicaId: 'first' }, { logger: silentLogger }),
    createPostgresReferenceAdapter({ ...settings, replicaId: 'second' }, { logger: silentLogger }),
  ]);
  await first.sources.putSource('hr', exampleOf(SourceRegistration), context);
  const template = exampleOf(UseOfForceRecord);
  const records = Array.from({ length: 6 }, (_, index) => ({ index, record: { ...template, recordId: `R-${index}` } }));
  await second.sources.ingestRecords('hr', records, context);
}, 60_000);
afterAll(async () => {
  await Promise.all([first?.close(), second?.close(), pool?.end()]);
  await database?.drop();
});

const subjects = async () => Number((await pool.query('SELECT count(*) AS n FROM engine_subjects')).rows[0].n);

describe('runs on PostgreSQL', () => {
  it('a run whose end cannot be recorded leaves nothing of its result', async () => {
    await expect(
      runPgConsolidation(
        pool,
        { mode: 'full' },
        systemClock,
        () => {},
        async () => {
          throw new Error('another replica took this run over');
        },
      ),
    ).rejects.toThrow(/took this run over/);
    expect(await subjects()).toBe(0);
  });

  it('is read identically from every replica once started on one', async () => {
    const started = await first.consolidation.startRun({ mode: 'full' }, context);
    await second.idle();
    const [onFirst, onSecond] = await Promise.all([first.runs.getRun(started.runId, context), second.runs.getRun(started.runId, context)]);
    expect(onFirst).toEqual(onSecond);
    expect(onFirst.status).toBe('succeeded');
    expect(await subjects()).toBeGreaterThan(0);
  });

  it('held by a replica that died is taken over and finished by another', async () => {
    // What a SIGKILLed replica leaves: its run claimed, and its lease running out.
    await pool.query(
      `INSERT INTO run_queue (run_id, kind, request, status, attempts, replica_id, lease_until, started_at)
       VALUES ('run-orphan', 'flagging', $1, 'running', 1, 'dead-replica', now() - interval '1 second', now())`,
      [JSON.stringify({ asOf: '2024-06-01' })],
    );
    await second.idle();
    const run = await first.runs.getRun('run-orphan', context);
    expect(run.status, JSON.stringify(run.error)).toBe('succeeded');
    const { rows } = await pool.query<{ replica_id: string; attempts: number }>("SELECT replica_id, attempts FROM run_queue WHERE run_id = 'run-orphan'");
    expect(rows[0].attempts).toBe(2);
    expect(['first', 'second']).toContain(rows[0].replica_id);
  });
});
