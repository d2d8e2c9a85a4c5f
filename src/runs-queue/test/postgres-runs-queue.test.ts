/**
 * The runs queue on a real PostgreSQL, two replicas on one database of this file's own: every
 * run is claimed by exactly one replica even when they claim at once; both read the same state;
 * a run whose replica died is queued again and finished by the other, or failed cleanly once its
 * attempts are spent; a replica that lost its lease can neither renew nor finish the run.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool } from '../../postgres/postgres-pool.js';
import { createTemporaryDatabase, type TemporaryDatabase } from '../../postgres/temporary-database.js';
import { PostgresRunsQueue } from '../postgres-runs-queue.js';

let database: TemporaryDatabase;
let pools: pg.Pool[];
let first: PostgresRunsQueue;
let second: PostgresRunsQueue;

beforeAll(async () => {
  database = await createTemporaryDatabase('runs_queue');
  pools = [createPool(database.url), createPool(database.url)];
  // Both open at once, as replicas starting together do.
  [first, second] = await Promise.all([
    PostgresRunsQueue.open(pools[0], { replicaId: 'replica-1' }),
    PostgresRunsQueue.open(pools[1], { replicaId: 'replica-2' }),
  ]);
});
afterAll(async () => {
  await Promise.all(pools.map((pool) => pool.end()));
  await database.drop();
});

/** What a dead replica leaves: its lease runs out (as it does `leaseSeconds` after a SIGKILL). */
const expireLease = (runId: string) => pools[0].query("UPDATE run_queue SET lease_until = now() - interval '1 second' WHERE run_id = $1", [runId]);

describe('claiming', () => {
  it('gives every run to exactly one replica, even when both claim at once', async () => {
    for (let index = 0; index < 20; index += 1) await (index % 2 ? first : second).enqueue(`run-claim-${index}`, 'consolidation', { mode: 'full' });
    const claimed = await Promise.all(Array.from({ length: 30 }, (_, index) => (index % 2 ? first : second).claim()));
    const ids = claimed.filter((run) => run !== undefined).map((run) => run!.runId);
    expect(ids.sort()).toEqual(Array.from({ length: 20 }, (_, index) => `run-claim-${index}`).sort());
    expect(await first.claim()).toBeUndefined();
    const owners = new Set(claimed.filter(Boolean).map((run) => run!.replicaId));
    expect([...owners].sort()).toEqual(['replica-1', 'replica-2']);
    for (const run of claimed.filter(Boolean)) await (run!.replicaId === 'replica-1' ? first : second).finish(run!.runId, { statistics: { subjects: 1 } });
  });

  it('shows the same state, progress included, from either replica', async () => {
    await first.enqueue('run-shared', 'flagging', { detectors: [] });
    const run = (await second.claim())!;
    expect(run).toMatchObject({ runId: 'run-shared', status: 'running', replicaId: 'replica-2', attempts: 1, request: { detectors: [] } });
    expect(await second.heartbeat('run-shared', { done: 3, total: 7 })).toBe(true);
    expect(await first.get('run-shared')).toEqual(await second.get('run-shared'));
    expect((await first.get('run-shared'))!.progress).toEqual({ done: 3, total: 7 });
    expect(await second.finish('run-shared', { statistics: { flags: 2 } })).toBe(true);
    expect(await first.get('run-shared')).toMatchObject({ status: 'succeeded', progress: { done: 7, total: 7 }, statistics: { flags: 2 }, error: null });
  });
});

describe('a replica that dies with a run', () => {
  it('has the run queued again and finished by another; its late heartbeat and finish are refused', async () => {
    await first.enqueue('run-orphaned', 'consolidation', { mode: 'incremental' });
    expect((await first.claim())!.runId).toBe('run-orphaned');
    expect(await second.recoverExpired()).toEqual({ requeued: [], failed: [] });
    await expireLease('run-orphaned');
    expect(await second.recoverExpired()).toEqual({ requeued: ['run-orphaned'], failed: [] });
    expect((await second.claim())!).toMatchObject({ runId: 'run-orphaned', replicaId: 'replica-2', attempts: 2 });
    // The first replica was only cut off, not dead: it must not renew or finish what is no longer its.
    expect(await first.heartbeat('run-orphaned')).toBe(false);
    expect(await first.finish('run-orphaned', { statistics: { stale: 1 } })).toBe(false);
    expect(await second.finish('run-orphaned', { statistics: { subjects: 5 } })).toBe(true);
    expect(await first.get('run-orphaned')).toMatchObject({ status: 'succeeded', statistics: { subjects: 5 } });
  });

  it('is failed cleanly, saying why, once its attempts are spent', async () => {
    await first.enqueue('run-doomed', 'import', { lines: 10 });
    await first.claim();
    await expireLease('run-doomed');
    await second.recoverExpired();
    await second.claim();
    await expireLease('run-doomed');
    expect(await first.recoverExpired()).toEqual({ requeued: [], failed: ['run-doomed'] });
    const run = (await second.get('run-doomed'))!;
    expect(run.status).toBe('failed');
    expect(run.error?.detail).toMatch(/stopped 2 times before it finished; nothing of it was applied/);
    expect(await second.claim()).toBeUndefined();
  });
});
