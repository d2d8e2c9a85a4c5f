/**
 * A PostgreSQL database of a test's or a benchmark's own: created with a unique name on a server
 * (by default the one the machines run: 127.0.0.1:5432, trust auth, database `test`), dropped at
 * the end, so runs never share state and can run side by side. `PLUMBLINE_TEST_POSTGRES_URL`
 * names another server for tests; `plumbline bench --database-url` names one for the benchmark.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The variable naming another PostgreSQL server for tests. */
export const TEST_POSTGRES_VARIABLE = 'PLUMBLINE_TEST_POSTGRES_URL';

/** The database tests connect to in order to create and drop their own. */
export const POSTGRES_ADMIN_URL = process.env[TEST_POSTGRES_VARIABLE] ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TemporaryDatabase {
  /** The URL of the new database. */
  readonly url: string;
  readonly name: string;
  /** Drops it, closing any connection still open to it. */
  drop(): Promise<void>;
}

async function admin<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty database named after `label` and a random suffix, on the server of `adminUrl`. */
export async function createTemporaryDatabase(label: string, adminUrl = POSTGRES_ADMIN_URL): Promise<TemporaryDatabase> {
  const name = `plumbline_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${randomBytes(5).toString('hex')}`;
  await admin(adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: () => admin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
