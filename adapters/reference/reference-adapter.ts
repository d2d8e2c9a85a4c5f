/**
 * The reference engine as a `PlumblineAdapterV1`: the stores and services of this folder behind
 * the public adapter interface, and nothing else. Whatever it can do, a supplier's adapter can do
 * through the same interface.
 */
import { capabilities, type Run } from '../../src/contract/index.js';
import type { PlumblineAdapterV1 } from '../../src/adapter/adapter-v1.js';
import type { AdapterEnvironment } from '../../src/adapter/factory.js';
import { errors } from '../../src/adapter/errors.js';
import { resolveDetectorSelections, standardDetectors } from '../../src/detectors/index.js';
import { openDatabase } from './store/database.js';
import { SourcesStore } from './store/sources-store.js';
import { IngestStore } from './store/ingest-store.js';
import { RecordsStore } from './store/records-store.js';
import { SubjectsStore } from './store/subjects-store.js';
import { CandidatesStore } from './store/candidates-store.js';
import { OverridesStore } from './store/overrides-store.js';
import { FlagsStore } from './store/flags-store.js';
import { RunsStore } from './store/runs-store.js';
import { RecordIndex } from './store/record-index.js';
import { systemClock, type Clock } from './store/clock.js';
import { RunExecutor } from './runs/run-executor.js';
import { exportStore } from './services/export-service.js';
import { removeStagedImports, stageImport, stagedImportPath } from './services/import-staging.js';
import { ENGINE_VERSION } from './version.js';
import { runHeapLimitMb } from './runs/run-heap-limit.js';

export interface ReferenceSettings {
  /** The SQLite file. */
  readonly databasePath: string;
  /** Time source (tests pin it). */
  readonly clock?: Clock;
}

/** The reference adapter: every concern present, plus a way to wait for queued runs (tests, benchmarks, shutdown). */
export interface ReferenceAdapter extends PlumblineAdapterV1 {
  readonly sources: NonNullable<PlumblineAdapterV1['sources']>;
  readonly consolidation: NonNullable<PlumblineAdapterV1['consolidation']>;
  readonly flagging: NonNullable<PlumblineAdapterV1['flagging']>;
  readonly runs: NonNullable<PlumblineAdapterV1['runs']>;
  readonly portability: NonNullable<PlumblineAdapterV1['portability']>;
  /** Resolves when every queued run has finished. */
  idle(): Promise<void>;
}

export function createReferenceAdapter(settings: ReferenceSettings, environment: AdapterEnvironment): ReferenceAdapter {
  // The run thread reads its heap limit when it starts; a bad value is refused here, at start-up.
  runHeapLimitMb();
  const clock = settings.clock ?? systemClock;
  const database = openDatabase(settings.databasePath);
  const sources = new SourcesStore(database, clock);
  const ingest = new IngestStore(database, clock);
  const records = new RecordsStore(database, clock);
  const subjects = new SubjectsStore(database);
  const overrides = new OverridesStore(database, clock);
  const candidates = new CandidatesStore(database);
  const flags = new FlagsStore(database, clock);
  const runs = new RunsStore(database, clock);
  const recordIndex = new RecordIndex(database);
  const interrupted = runs.failInterrupted();
  if (interrupted.length > 0) environment.logger.warn({ runs: interrupted }, 'runs interrupted by a restart were marked failed');
  const leftovers = removeStagedImports(settings.databasePath, runs.stagedImportPaths());
  if (leftovers.length > 0) environment.logger.warn({ files: leftovers.length }, 'staged imports left by a stopped process were removed');
  const executor = new RunExecutor(settings.databasePath, runs, environment.logger);
  const identity = { id: 'reference', name: 'Plumbline reference engine', version: ENGINE_VERSION, vendor: 'Plumbline' };

  const startRun = (kind: Run['kind'], request: unknown, unit: string): Run => {
    const run = runs.create(kind, request, unit);
    executor.submit(run);
    return run;
  };

  return {
    specificationVersion: 'v1',
    identity,
    capabilities: [...capabilities],
    sources: {
      putSource: async (sourceId, input) => sources.put(sourceId, input),
      getSource: async (sourceId) => sources.get(sourceId),
      listSources: async (page) => sources.list(page),
      ingestRecords: async (sourceId, batch) => ({ results: ingest.ingest(sourceId, batch) }),
      getRecord: async (sourceId, recordId) => records.get(sourceId, recordId),
      eraseRecord: async (sourceId, recordId, reason) => records.erase(sourceId, recordId, reason),
    },
    consolidation: {
      startRun: async (request) => startRun('consolidation', request, 'steps'),
      listSubjects: async (query, page) => subjects.list(query, page),
      getSubject: async (subjectId) => subjects.get(subjectId),
      listLinks: async (subjectId, page) => subjects.links(subjectId, page),
      createOverride: async (input, context) => overrides.create(input, context.actor),
      listOverrides: async (page) => overrides.list(page),
      listLinkCandidates: async (page) => candidates.list(page),
      deleteOverride: async (overrideId) => overrides.remove(overrideId),
    },
    flagging: {
      listDetectors: async () => standardDetectors.map((detector) => detector.definition),
      startRun: async (request) => {
        resolveDetectorSelections(request.detectors);
        return startRun('flagging', request, 'detectors');
      },
      listFlags: async (query, page) => flags.list(query, page),
      getFlag: async (flagId) => flags.get(flagId),
      reviewFlag: async (flagId, review, context) => flags.review(flagId, review, context.actor),
      redactReview: async (flagId, reviewId, request, context) => flags.redactReview(flagId, reviewId, request, context.actor),
    },
    runs: {
      getRun: async (runId) => executor.withLiveProgress(runs.get(runId)),
    },
    portability: {
      exportAll: () => {
        // The export reads on a connection of its own, which must find the index up to date.
        recordIndex.catchUp();
        return exportStore(settings.databasePath, identity);
      },
      startImport: async (lines) => {
        const held = database.prepare('SELECT (SELECT count(*) FROM sources) + (SELECT count(*) FROM records) AS n').get() as { n: number };
        if (held.n > 0) throw errors.conflict('Import needs an empty adapter, and this one already holds data. Import into a new store.');
        const staged = await stageImport(lines, stagedImportPath(settings.databasePath));
        return startRun('import', { stagedPath: staged.path, lines: staged.lines }, 'lines');
      },
    },
    checkReady: async () => {
      database.prepare('SELECT 1').get();
    },
    idle: () => executor.idle(),
    close: async () => {
      await executor.idle();
      database.close();
    },
  };
}
