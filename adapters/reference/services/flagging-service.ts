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
  // Each record's subject and source id are looked up here rather than joined per record in SQL:
  // two B-tree searches fewer per record (a whole force loads about a million), and one string per
  // subject and per source instead of two per record in the worker's heap.
  const subjectOfNode = new Map<number, string>();
  for (const [nodeId, subjectId] of database.prepare<[], [number, string]>('SELECT node_id, subject_id FROM subject_nodes').raw().iterate()) {
    subjectOfNode.set(nodeId, subjectId);
  }
  const subjectIds = new Map<string, string>([...identities.keys()].map((subjectId) => [subjectId, subjectId]));
  for (const [nodeId, subjectId] of subjectOfNode) subjectOfNode.set(nodeId, subjectIds.get(subjectId) ?? subjectId);
  const sourceIdOf = new Map<number, string>(database.prepare<[], [number, string]>('SELECT seq, source_id FROM sources').raw().all());
  // Driven by the type index as before (same rows, same order); a record whose node has no subject
  // or whose source is gone is left out, as the joins left it out.
  const records = database
    .prepare<[number, number], [number, number, string]>(
      'SELECT r.node_id, r.source_seq, r.body FROM records_by_type t JOIN records r ON r.seq = t.seq WHERE t.type_code = ? AND t.occurred_ms >= ?',
    )
    .raw();
  return {
    identities,
    loadRecords(type, lookbackDays, reads) {
      const bySubject = new Map<string, DetectorRecord[]>();
      for (const [nodeId, sourceSeq, body] of records.iterate(recordTypeCodes[type], lookbackStart(asOf, lookbackDays))) {
        const subjectId = subjectOfNode.get(nodeId);
        const sourceId = sourceIdOf.get(sourceSeq);
        if (subjectId === undefined || sourceId === undefined) continue;
        const record = JSON.parse(body) as SourceRecord;
        if (!reads(record)) continue;
        const detectorRecord: DetectorRecord = { ref: { sourceId, recordId: record.recordId }, record };
        const list = bySubject.get(subjectId);
        if (list) list.push(detectorRecord);
        else bySubject.set(subjectId, [detectorRecord]);
      }
      return bySubject;
    },
  };
}
