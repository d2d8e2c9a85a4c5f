/**
 * The reference engine on PostgreSQL through the same benchmark as on SQLite (`benchmarkForce`:
 * ingest, consolidation and flagging timed, both scored against the truth), on a database of its
 * own created on the given server, in the same run as the SQLite figures so that the two compare
 * (`plumbline bench --database-url`, reported as `postgresEngine`). The database is kept, holding
 * the force, for the replica benchmark that follows; the caller drops it.
 */
import type { PlumblineAdapterV1 } from '../adapter/adapter-v1.js';
import { createTemporaryDatabase, type TemporaryDatabase } from '../postgres/temporary-database.js';
import type { ComparableFlag } from '../metrics/flag-accuracy.js';
import type { LabelledForce } from './labelled-dataset.js';
import { benchmarkForce, type ForceResult } from './force-benchmark.js';

export interface PostgresEngineRun {
  readonly database: TemporaryDatabase;
  readonly adapter: PlumblineAdapterV1;
  readonly result: ForceResult;
}

/** Ingests, consolidates and flags `force` on a fresh PostgreSQL engine; `expected` are the flags already computed for the SQLite run. */
export async function benchmarkPostgresEngine(
  force: LabelledForce,
  serverUrl: string,
  progress: (message: string) => void,
  expected: readonly ComparableFlag[],
  /** The engine on a database (the CLI makes it: the core reaches adapters only through the CLI). */
  makeAdapter: (databaseUrl: string) => Promise<PlumblineAdapterV1>,
): Promise<PostgresEngineRun> {
  const database = await createTemporaryDatabase('bench_engine', serverUrl);
  try {
    const adapter = await makeAdapter(database.url);
    try {
      const result = await benchmarkForce(force, adapter, (message) => progress(`PostgreSQL engine: ${message}`), undefined, {
        expectedFlags: async () => [...expected],
      });
      return { database, adapter, result };
    } catch (error) {
      await adapter.close();
      throw error;
    }
  } catch (error) {
    await database.drop();
    throw error;
  }
}

/** The PostgreSQL figures beside the SQLite ones: times, and each as a multiple of SQLite's (target ≤ 2 end to end). */
export function comparedWithSqlite(postgres: ForceResult, sqlite: ForceResult) {
  const total = (result: ForceResult) => result.timings.ingestSeconds + result.timings.consolidateSeconds + result.timings.flagSeconds;
  return {
    timings: {
      ingestSeconds: postgres.timings.ingestSeconds,
      consolidateSeconds: postgres.timings.consolidateSeconds,
      flagSeconds: postgres.timings.flagSeconds,
      totalSeconds: total(postgres),
    },
    ingestRecordsPerSecond: postgres.ingestRecordsPerSecond,
    vsSqlite: {
      ingest: postgres.timings.ingestSeconds / sqlite.timings.ingestSeconds,
      consolidate: postgres.timings.consolidateSeconds / sqlite.timings.consolidateSeconds,
      flag: postgres.timings.flagSeconds / sqlite.timings.flagSeconds,
      total: total(postgres) / total(sqlite),
    },
    // The same code decides on both stores: these should equal SQLite's.
    consolidation: postgres.consolidation,
    flags: postgres.flags,
  };
}
