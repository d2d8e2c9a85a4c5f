/**
 * The PostgreSQL plumbing every shared store stands on, against a real server and a database of
 * this file's own: a transaction that throws leaves nothing behind; replicas migrating at once
 * apply each migration exactly once; a failed migration leaves the previous version whole; URLs
 * shown to people never carry the password.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool, inTransaction, isPostgresUrl, redactedUrl } from '../postgres-pool.js';
import { migrate, type Migration } from '../postgres-migrations.js';
import { createTemporaryDatabase, type TemporaryDatabase } from '../temporary-database.js';

let database: TemporaryDatabase;
let pool: pg.Pool;

beforeAll(async () => {
  database = await createTemporaryDatabase('plumbing');
  pool = createPool(database.url);
});
afterAll(async () => {
  await pool.end();
  await database.drop();
});

const migrations: Migration[] = [
  { version: 1, name: 'a table', sql: 'CREATE TABLE widgets (id integer PRIMARY KEY)' },
  { version: 2, name: 'a column', sql: 'ALTER TABLE widgets ADD COLUMN label text' },
];

describe('migrations', () => {
  it('are applied once when several replicas start at once', async () => {
    const pools = Array.from({ length: 4 }, () => createPool(database.url, { max: 1 }));
    try {
      const applied = await Promise.all(pools.map((each) => migrate(each, 'widgets', migrations)));
      expect(applied.flat().sort()).toEqual([1, 2]);
      const { rows } = await pool.query("SELECT version FROM plumbline_migrations WHERE component = 'widgets' ORDER BY version");
      expect(rows).toEqual([{ version: 1 }, { version: 2 }]);
    } finally {
      await Promise.all(pools.map((each) => each.end()));
    }
  });

  it('that fails leaves the previous version whole, and is applied by the next start once fixed', async () => {
    const broken: Migration = { version: 3, name: 'an index', sql: 'CREATE INDEX widgets_label ON widgets (no_such_column)' };
    await expect(migrate(pool, 'widgets', [...migrations, broken, { version: 4, name: 'later', sql: 'CREATE TABLE gadgets (id integer)' }])).rejects.toThrow(
      /no_such_column/,
    );
    const versions = async () =>
      (await pool.query("SELECT version FROM plumbline_migrations WHERE component = 'widgets' ORDER BY version")).rows.map((row) => row.version);
    expect(await versions()).toEqual([1, 2]);
    expect((await pool.query("SELECT to_regclass('gadgets') AS found")).rows[0].found).toBeNull();
    expect(await migrate(pool, 'widgets', [...migrations, { ...broken, sql: 'CREATE INDEX widgets_label ON widgets (label)' }])).toEqual([3]);
    expect(await versions()).toEqual([1, 2, 3]);
  });
});

describe('transactions', () => {
  it('commit what resolves and leave nothing of what throws', async () => {
    await pool.query('CREATE TABLE IF NOT EXISTS ledger (id integer PRIMARY KEY)');
    await inTransaction(pool, (client) => client.query('INSERT INTO ledger VALUES (1)'));
    await expect(
      inTransaction(pool, async (client) => {
        await client.query('INSERT INTO ledger VALUES (2)');
        throw new Error('half way');
      }),
    ).rejects.toThrow('half way');
    expect((await pool.query('SELECT id FROM ledger ORDER BY id')).rows).toEqual([{ id: 1 }]);
  });
});

describe('URLs', () => {
  it('are recognised by scheme and shown without their password', () => {
    expect(isPostgresUrl('postgres://db/x')).toBe(true);
    expect(isPostgresUrl('postgresql://db/x')).toBe(true);
    expect(isPostgresUrl('./data/audit.db')).toBe(false);
    expect(redactedUrl('postgres://plumbline:secret@db.internal:5432/plumbline')).toBe('postgres://plumbline:***@db.internal:5432/plumbline');
    expect(redactedUrl('postgres://plumbline@db.internal/plumbline')).not.toContain('***');
  });
});
