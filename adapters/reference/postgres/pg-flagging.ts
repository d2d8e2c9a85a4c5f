/**
 * A flagging run on PostgreSQL: the chosen standard detectors over the consolidated subjects as of
 * a date, evaluated by the same code as on SQLite (`evaluateDetectors`); new flags are written in one
 * engine write together with the run's end.
 *
 * The detectors ask for each record type synchronously, while PostgreSQL answers asynchronously:
 * so the run first asks the detectors, over an empty population, which types they will read, how
 * far back and which records, then loads exactly that in one snapshot, and evaluates over it. Unlike
 * the SQLite run, which loads a type only while its readers run, every type read is held at once.
 */
import type pg from 'pg';
import type { FlaggingRunRequest, RecordType, RecordedIdentity, SourceRecord } from '../../../src/contract/index.js';
import { identityFactsOf } from '../../../src/detectors/index.js';
import { evaluateDetectors, lookbackStart } from '../../../src/detectors/evaluation.js';
import type { DetectorRecord, SubjectIdentityFacts } from '../../../src/detectors/types.js';
import type { Clock } from '../store/clock.js';
import { recordTypeCodes } from '../store/record-type-codes.js';
import type { ProgressReporter } from '../services/consolidation-service.js';
import { engineSnapshot, engineWrite, refreshStatistics } from './engine-database.js';
import { STATISTICS_FROM, type FinishInside } from './pg-consolidation.js';
import { PgFlagsStore } from './pg-flags-store.js';
import { computeInThread, THREAD_THRESHOLD } from './pg-compute-thread.js';
import { detectOver } from './pg-compute-worker.js';

type Reads = (record: SourceRecord) => boolean;

export async function runPgFlagging(
  pool: pg.Pool,
  runId: string,
  request: FlaggingRunRequest,
  clock: Clock,
  progress: ProgressReporter,
  finishInside: FinishInside,
): Promise<Record<string, number>> {
  const { identities, records } = await consolidatedPopulation(pool, request);
  progress(0, 1);
  const { flags: found, perDetector } =
    identities.size >= THREAD_THRESHOLD
      ? await computeInThread<ReturnType<typeof detectOver>>({ kind: 'detect', request, identities, records })
      : detectOver(request, identities, records);
  const flags = new PgFlagsStore(pool, clock);
  const statistics = await engineWrite(pool, async (client) => {
    const raised = await flags.raise(client, found, runId, request.asOf);
    const statistics: Record<string, number> = { subjects: identities.size, detectors: Object.keys(perDetector).length };
    for (const [detectorId, count] of Object.entries(perDetector)) statistics[`flags:${detectorId}`] = count;
    Object.assign(statistics, { flagsFound: found.length, flagsRaised: raised, flagsAlreadyRaised: found.length - raised });
    await finishInside(client, statistics);
    return statistics;
  });
  if (identities.size >= STATISTICS_FROM) await refreshStatistics(pool, ['engine_flags', 'engine_flag_subjects', 'engine_flag_evidence']);
  return statistics;
}

/** Which record types the selected detectors read, how far back, and which records (asked over an empty population). */
function recordsWanted(request: FlaggingRunRequest): Map<RecordType, { lookbackDays: number | null; reads: Reads }> {
  const wanted = new Map<RecordType, { lookbackDays: number | null; reads: Reads }>();
  evaluateDetectors(request.detectors, request.asOf, {
    identities: new Map(),
    loadRecords(type, lookbackDays, reads) {
      wanted.set(type, { lookbackDays, reads });
      return new Map();
    },
  });
  return wanted;
}

/** The consolidated subjects as a population, loaded in one snapshot: identities from their nodes, the wanted records through their nodes. */
async function consolidatedPopulation(
  pool: pg.Pool,
  request: FlaggingRunRequest,
): Promise<{ identities: Map<string, SubjectIdentityFacts>; records: Map<RecordType, Map<string, DetectorRecord[]>> }> {
  const wanted = recordsWanted(request);
  const loaded = new Map<RecordType, Map<string, DetectorRecord[]>>();
  const identities = await engineSnapshot(pool, async (client) => {
    const { rows } = await client.query<{ subject_id: string; identity: string }>(
      'SELECT sn.subject_id, n.identity FROM engine_subject_nodes sn JOIN engine_identity_nodes n ON n.node_id = sn.node_id ORDER BY sn.subject_id, n.node_id',
    );
    const grouped = new Map<string, RecordedIdentity[]>();
    for (const row of rows) {
      const identity = JSON.parse(row.identity) as RecordedIdentity;
      const list = grouped.get(row.subject_id);
      if (list) list.push(identity);
      else grouped.set(row.subject_id, [identity]);
    }
    for (const [type, { lookbackDays, reads }] of wanted) loaded.set(type, await loadType(client, type, lookbackStart(request.asOf, lookbackDays), reads));
    return new Map<string, SubjectIdentityFacts>([...grouped].map(([subjectId, list]) => [subjectId, identityFactsOf(list)]));
  });
  return { identities, records: loaded };
}

async function loadType(client: pg.PoolClient, type: RecordType, from: number, reads: Reads): Promise<Map<string, DetectorRecord[]>> {
  const { rows } = await client.query<{ subject_id: string; source_id: string; body: string }>(
    `SELECT sn.subject_id, s.source_id, r.body FROM engine_records r JOIN engine_subject_nodes sn ON sn.node_id = r.node_id
       JOIN engine_sources s ON s.seq = r.source_seq WHERE r.type_code = $1 AND r.occurred_ms >= $2 ORDER BY r.type_code, r.occurred_ms, r.seq`,
    [recordTypeCodes[type], from],
  );
  const bySubject = new Map<string, DetectorRecord[]>();
  const sourceIds = new Map<string, string>();
  for (const row of rows) {
    let sourceId = sourceIds.get(row.source_id);
    if (sourceId === undefined) sourceIds.set(row.source_id, (sourceId = row.source_id));
    const body = JSON.parse(row.body) as SourceRecord;
    if (!reads(body)) continue;
    const record: DetectorRecord = { ref: { sourceId, recordId: body.recordId }, record: body };
    const list = bySubject.get(row.subject_id);
    if (list) list.push(record);
    else bySubject.set(row.subject_id, [record]);
  }
  return bySubject;
}
