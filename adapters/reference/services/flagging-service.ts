/**
 * A flagging run, executed in the run worker: the chosen standard detectors over the consolidated
 * subjects as of a date. New flags are written in one transaction; flags already raised on the same
 * evidence are not raised again.
 */
import type { FlaggingRunRequest, RecordedIdentity, SourceRecord } from '../../../src/contract/index.js';
import { identityFactsOf } from '../../../src/detectors/index.js';
import type { DetectorRecord, SubjectIdentityFacts } from '../../../src/detectors/types.js';
import type { Connection } from '../store/database.js';
import { FlagsStore } from '../store/flags-store.js';
import type { Clock } from '../store/clock.js';
import type { ProgressReporter } from './consolidation-service.js';
import { evaluateDetectors, lookbackStart, type PopulationSource } from '../../../src/detectors/evaluation.js';
import { recordTypeCodes } from '../store/record-type-codes.js';
import { RecordIndex } from '../store/record-index.js';

export function runFlagging(
  database: Connection,
  runId: string,
  request: FlaggingRunRequest,
  clock: Clock,
  progress: ProgressReporter,
): Record<string, number> {
  new RecordIndex(database).catchUp();
  const population = consolidatedPopulation(database, request.asOf);
  const { flags: found, perDetector } = evaluateDetectors(request.detectors, request.asOf, population, (done, total) => progress(done, total + 1));
  const flags = new FlagsStore(database, clock);
  const raised = database.transaction(() => flags.raise(found, runId, request.asOf)).immediate();
  const statistics: Record<string, number> = { subjects: population.identities.size, detectors: Object.keys(perDetector).length };
  for (const [detectorId, count] of Object.entries(perDetector)) statistics[`flags:${detectorId}`] = count;
  return { ...statistics, flagsFound: found.length, flagsRaised: raised, flagsAlreadyRaised: found.length - raised };
}

/** The consolidated subjects as a population: identities from their nodes, records through their nodes. */
export function consolidatedPopulation(database: Connection, asOf: string): PopulationSource {
  const grouped = new Map<string, RecordedIdentity[]>();
  const rows = database.prepare<[], { subject_id: string; identity: string }>(
    'SELECT sn.subject_id, n.identity FROM subject_nodes sn JOIN identity_nodes n ON n.node_id = sn.node_id ORDER BY sn.subject_id',
  );
  for (const row of rows.iterate()) {
    const identity = JSON.parse(row.identity) as RecordedIdentity;
    const list = grouped.get(row.subject_id);
    if (list) list.push(identity);
    else grouped.set(row.subject_id, [identity]);
  }
  const identities = new Map<string, SubjectIdentityFacts>([...grouped].map(([subjectId, list]) => [subjectId, identityFactsOf(list)]));
  const records = database.prepare<[number, number], { subject_id: string; source_id: string; body: string }>(
    `SELECT sn.subject_id, s.source_id, r.body FROM records_by_type t JOIN records r ON r.seq = t.seq
     JOIN subject_nodes sn ON sn.node_id = r.node_id JOIN sources s ON s.seq = r.source_seq
     WHERE t.type_code = ? AND t.occurred_ms >= ?`,
  );
  return {
    identities,
    loadRecords(type, lookbackDays, reads) {
      const bySubject = new Map<string, DetectorRecord[]>();
      // A whole force loads about a million records here: one copy of each source id, and the record
      // id read from the body, keep two strings per record out of the worker's heap.
      const sourceIds = new Map<string, string>();
      for (const row of records.iterate(recordTypeCodes[type], lookbackStart(asOf, lookbackDays))) {
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
    },
  };
}
