/**
 * The reference engine on PostgreSQL against the conformance suite, in process: the same suite as
 * conformance.test.ts, each engine (the suite asks for a second, empty one to import into) on a
 * fresh database of its own on the test server (src/postgres/temporary-database.ts).
 */
import { afterAll } from 'vitest';
import { silentLogger } from '../../src/adapter/factory.js';
import { createTemporaryDatabase, type TemporaryDatabase } from '../../src/postgres/temporary-database.js';
import { runConformance } from '../../contract-tests/index.js';
import { createPostgresReferenceAdapter } from './postgres/postgres-reference-adapter.js';

const databases: TemporaryDatabase[] = [];
afterAll(async () => {
  await Promise.all(databases.map((database) => database.drop()));
});

runConformance({
  name: 'reference engine on PostgreSQL',
  profile: 'full',
  adapter: async () => {
    const database = await createTemporaryDatabase('reference_conformance');
    databases.push(database);
    // Runs are claimed at once when queued; the short poll only matters for leases.
    return createPostgresReferenceAdapter({ databaseUrl: database.url, runPollMs: 200 }, { logger: silentLogger });
  },
});
