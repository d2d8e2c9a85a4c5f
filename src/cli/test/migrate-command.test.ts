/**
 * `plumbline migrate` against a real PostgreSQL database of this file's own: it applies every
 * component's migrations once, says so, finds them done the second time, and asks for a database
 * when none is named.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTemporaryDatabase, type TemporaryDatabase } from '../../postgres/temporary-database.js';
import { plumbline } from './run-cli.js';

let database: TemporaryDatabase;
beforeAll(async () => {
  database = await createTemporaryDatabase('migrate');
});
afterAll(() => database.drop());

it('applies the shared database’s migrations once, and asks for a database when none is named', async () => {
  const first = await plumbline(['migrate', '--database-url', database.url]);
  expect(first.code, first.stderr).toBe(0);
  expect(first.stdout).toMatch(
    /^audit: applied 1, 2 at version 2\nrate-limits: applied 1 at version 1\nruns-queue: applied 1 at version 1\nreference-engine: applied 1 at version 1\n$/,
  );
  const again = await plumbline(['migrate'], { PLUMBLINE_DATABASE_URL: database.url });
  expect(again.stdout).toMatch(/^audit: already at version 2\n/);
  const unnamed = await plumbline(['migrate'], { PLUMBLINE_DATABASE_URL: '' });
  expect(unnamed.code).toBe(2);
  expect(unnamed.stderr).toMatch(/--database-url or PLUMBLINE_DATABASE_URL/);
}, 120_000);
