/**
 * The rate limit shared by replicas through PostgreSQL, on a database of this file's own: a
 * caller's requests on one replica count against its budget on the other once they have
 * exchanged counts; windows start afresh; a replica cut off from the database goes on counting
 * alone; and a gateway on PostgreSQL publishes its callers' counts.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGateway } from '../app.js';
import { SharedCallerBudget } from '../security/shared-caller-budget.js';
import { createRecordingAdapter } from '../testing/recording-adapter.js';
import { createTestSecurity } from '../testing/test-security.js';
import { createPool } from '../../postgres/postgres-pool.js';
import { createTemporaryDatabase, type TemporaryDatabase } from '../../postgres/temporary-database.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let database: TemporaryDatabase;
let pool: pg.Pool;

beforeAll(async () => {
  database = await createTemporaryDatabase('rate_limits');
  pool = createPool(database.url);
});
afterAll(async () => {
  await pool.end();
  await database.drop();
});

describe('a budget shared by two replicas', () => {
  it('counts a caller’s requests on either replica against one budget, per window', async () => {
    const now = Date.UTC(2026, 11, 7, 6, 0, 10);
    const [first, second] = await Promise.all([
      SharedCallerBudget.open(pool, { replicaId: 'one', limit: 5 }),
      SharedCallerBudget.open(pool, { replicaId: 'two', limit: 5 }),
    ]);
    try {
      // Another caller has a budget of its own.
      expect(second.take('bob', now).allowed).toBe(true);
      expect([1, 2, 3].map(() => first.take('alice', now).allowed)).toEqual([true, true, true]);
      await first.sync();
      await second.sync();
      expect([1, 2, 3].map(() => second.take('alice', now).allowed)).toEqual([true, true, false]);
      // The next window starts afresh, the other replica's old counts forgotten.
      expect(second.take('alice', now + 60_000).allowed).toBe(true);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });

  it('goes on counting alone when the database cannot be reached', async () => {
    const lonely = createPool(database.url, { max: 1 });
    const budget = await SharedCallerBudget.open(lonely, { replicaId: 'cut-off', limit: 2 });
    await lonely.end();
    await budget.sync();
    expect([1, 2, 3].map(() => budget.take('carol').allowed)).toEqual([true, true, false]);
    await budget.close();
  });
});

describe('a gateway on PostgreSQL', () => {
  it('publishes its callers’ counts where the other replicas read them', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'plumbline-shared-budget-'));
    const testSecurity = await createTestSecurity({ rateLimitPerMinute: 100 });
    const audit = { databasePath: join(folder, 'audit.db'), databaseUrl: database.url, replicaId: 'gateway-budget' };
    const app = await buildGateway({ adapter: createRecordingAdapter(), security: { ...testSecurity.security, audit } });
    try {
      const headers = await testSecurity.headersFor('analyst', 'dana');
      for (let index = 0; index < 3; index += 1) expect((await app.inject({ url: '/v1/subjects/subj-1', headers })).statusCode).toBe(200);
      const deadline = Date.now() + 30_000;
      let published: number | undefined;
      while (published !== 3 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        const { rows } = await pool.query("SELECT count FROM rate_limit_counts WHERE caller = 'dana' AND replica_id = 'gateway-budget'");
        published = rows[0]?.count;
      }
      expect(published).toBe(3);
    } finally {
      await app.close();
    }
  });
});
