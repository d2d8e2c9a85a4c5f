/**
 * The reference engine on PostgreSQL (issue 20): the same adapter as reference-adapter.ts, with its
 * store in a database every replica shares, so any replica answers any request. Writes are
 * serialised by the engine's write lock (engine-database.ts), as SQLite serialises them; reads run
 * in parallel. Runs go through the shared runs queue and are executed by whichever replica claims
 * them (pg-run-executor.ts). The identification, resolution and detection code is the SQLite
 * engine's own; only reading and writing differ.
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type pg from 'pg';
import { capabilities, type ConsolidationRunRequest, type FlaggingRunRequest, type Run } from '../../../src/contract/index.js';
import type { AdapterEnvironment } from '../../../src/adapter/factory.js';
import { errors } from '../../../src/adapter/errors.js';
import { resolveDetectorSelections, standardDetectors } from '../../../src/detectors/index.js';
import { createPool } from '../../../src/postgres/postgres-pool.js';
import { migrate } from '../../../src/postgres/postgres-migrations.js';
import { PostgresRunsQueue, type QueuedRun } from '../../../src/runs-queue/postgres-runs-queue.js';
import type { ReferenceAdapter } from '../reference-adapter.js';
import { systemClock, type Clock } from '../store/clock.js';
import { ENGINE_VERSION } from '../version.js';
import { ENGINE_COMPONENT, engineMigrations } from './engine-schema.js';
import { engineId, engineWrite, nextSequence } from './engine-database.js';
import { PgSourcesStore } from './pg-sources-store.js';
import { PgIngestStore } from './pg-ingest-store.js';
import { PgRecordsStore } from './pg-records-store.js';
import { PgSubjectsStore } from './pg-subjects-store.js';
import { PgOverridesStore } from './pg-overrides-store.js';
import { PgCandidatesStore } from './pg-candidates-store.js';
import { PgFlagsStore } from './pg-flags-store.js';
import { PgRunExecutor } from './pg-run-executor.js';
import { runPgConsolidation } from './pg-consolidation.js';
import { runPgFlagging } from './pg-flagging.js';
import { exportPgStore } from './pg-export.js';
import { applyPgImport, dropStagedLines, holdsData, stageLines, storeStagedLines } from './pg-import.js';

export interface PostgresReferenceSettings {
  /** `postgres://…`: the database every replica shares. */
  readonly databaseUrl: string;
  /** This replica's name in the runs queue (default: host, process and a random suffix). */
  readonly replicaId?: string;
  /** Seconds a claimed run stays this replica's without a heartbeat (default 30). */
  readonly runLeaseSeconds?: number;
  /** How often an idle replica looks for queued runs (default 1000 ms). */
  readonly runPollMs?: number;
  /** Connections at most (default 8). */
  readonly poolSize?: number;
  readonly clock?: Clock;
}

const units: Record<Run['kind'], string> = { consolidation: 'steps', flagging: 'detectors', import: 'lines' };

/** A queued run as the contract shows it. */
function toRun(queued: QueuedRun): Run {
  return {
    runId: queued.runId,
    kind: queued.kind,
    status: queued.status,
    createdAt: queued.createdAt.toISOString(),
    startedAt: queued.startedAt?.toISOString() ?? null,
    finishedAt: queued.finishedAt?.toISOString() ?? null,
    progress: { done: Number(queued.progress.done), total: Number(queued.progress.total), unit: units[queued.kind] },
    statistics: queued.statistics,
    error: queued.error,
  };
}

/** Migrates the engine's tables (and the runs queue's) and returns the engine as one replica. */
export async function createPostgresReferenceAdapter(settings: PostgresReferenceSettings, environment: AdapterEnvironment): Promise<ReferenceAdapter> {
  const clock = settings.clock ?? systemClock;
  const replicaId = settings.replicaId ?? `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`;
  const pool: pg.Pool = createPool(settings.databaseUrl, { max: settings.poolSize ?? 8, applicationName: `plumbline-engine ${replicaId}`.slice(0, 63) });
  try {
    await migrate(pool, ENGINE_COMPONENT, engineMigrations);
    return await assemble(pool, settings, replicaId, clock, environment);
  } catch (error) {
    await pool.end();
    throw error;
  }
}

async function assemble(
  pool: pg.Pool,
  settings: PostgresReferenceSettings,
  replicaId: string,
  clock: Clock,
  environment: AdapterEnvironment,
): Promise<ReferenceAdapter> {
  const leaseSeconds = settings.runLeaseSeconds ?? 30;
  const queue = await PostgresRunsQueue.open(pool, { replicaId, leaseSeconds });
  const sources = new PgSourcesStore(pool, clock);
  const ingest = new PgIngestStore(pool, clock);
  const records = new PgRecordsStore(pool, clock);
  const subjects = new PgSubjectsStore(pool);
  const overrides = new PgOverridesStore(pool, clock);
  const candidates = new PgCandidatesStore(pool);
  const flags = new PgFlagsStore(pool, clock);
  const executor = new PgRunExecutor(
    pool,
    queue,
    async (run, progress, finishInside) => {
      if (run.kind === 'consolidation') return runPgConsolidation(pool, run.request as ConsolidationRunRequest, clock, progress, finishInside);
      if (run.kind === 'flagging') return runPgFlagging(pool, run.runId, run.request as FlaggingRunRequest, clock, progress, finishInside);
      try {
        return await applyPgImport(pool, run.runId, (run.request as { lines: number }).lines, clock, progress, finishInside);
      } catch (error) {
        // A failed import's staged lines (a full copy of personal data) go; a taken-over run's stay for its new owner.
        if ((await queue.get(run.runId))?.replicaId === replicaId) await dropStagedLines(pool, run.runId);
        throw error;
      }
    },
    environment.logger,
    { leaseSeconds, pollMs: settings.runPollMs },
  );
  executor.start();

  const startRun = async (kind: Run['kind'], request: unknown, stage?: (client: pg.PoolClient, runId: string) => Promise<void>): Promise<Run> => {
    const queued = await engineWrite(pool, async (client) => {
      const runId = engineId('run-', await nextSequence(client, 'run'));
      const run = await queue.enqueue(runId, kind, request, client);
      await stage?.(client, runId);
      return run;
    });
    void executor.kick();
    return toRun(queued);
  };

  let closing: Promise<void> | undefined;
  return {
    specificationVersion: 'v1',
    identity: { id: 'reference', name: 'Plumbline reference engine', version: ENGINE_VERSION, vendor: 'Plumbline' },
    capabilities: [...capabilities],
    sources: {
      putSource: (sourceId, input) => sources.put(sourceId, input),
      getSource: (sourceId) => sources.get(sourceId),
      listSources: (page) => sources.list(page),
      ingestRecords: async (sourceId, batch) => ({ results: await ingest.ingest(sourceId, batch) }),
      getRecord: (sourceId, recordId) => records.get(sourceId, recordId),
      eraseRecord: (sourceId, recordId, reason) => records.erase(sourceId, recordId, reason),
    },
    consolidation: {
      startRun: (request) => startRun('consolidation', request),
      listSubjects: (query, page) => subjects.list(query, page),
      getSubject: (subjectId) => subjects.get(subjectId),
      listLinks: (subjectId, page) => subjects.links(subjectId, page),
      createOverride: (input, context) => overrides.create(input, context.actor),
      listOverrides: (page) => overrides.list(page),
      listLinkCandidates: (page) => candidates.list(page),
      deleteOverride: (overrideId) => overrides.remove(overrideId),
    },
    flagging: {
      listDetectors: async () => standardDetectors.map((detector) => detector.definition),
      startRun: async (request) => {
        resolveDetectorSelections(request.detectors);
        return startRun('flagging', request);
      },
      listFlags: (query, page) => flags.list(query, page),
      getFlag: (flagId) => flags.get(flagId),
      reviewFlag: (flagId, review, context) => flags.review(flagId, review, context.actor),
      redactReview: (flagId, reviewId, request, context) => flags.redactReview(flagId, reviewId, request, context.actor),
    },
    runs: {
      getRun: async (runId) => {
        const queued = await queue.get(runId);
        if (!queued) throw errors.notFound(`No run with id "${runId}".`);
        return toRun(queued);
      },
    },
    portability: {
      exportAll: () => exportPgStore(pool, { id: 'reference', name: 'Plumbline reference engine', version: ENGINE_VERSION, vendor: 'Plumbline' }),
      startImport: async (lines) => {
        const refuse = () => errors.conflict('Import needs an empty adapter, and this one already holds data. Import into a new store.');
        if (await holdsData(pool)) throw refuse();
        const { texts } = await stageLines(lines);
        return startRun('import', { lines: texts.length }, async (client, runId) => {
          if (await holdsData(client)) throw refuse();
          await storeStagedLines(client, runId, texts);
        });
      },
    },
    checkReady: async () => {
      await pool.query('SELECT 1');
    },
    idle: () => executor.idle(),
    // Closing twice waits for the first close and releases nothing twice.
    close: () =>
      (closing ??= (async () => {
        await executor.close();
        await pool.end();
      })()),
  };
}
