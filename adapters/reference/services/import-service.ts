/**
 * Applies a staged import in the run worker, in one transaction: sources, records (keeping their
 * acceptance times), overrides, subjects (ids, former ids and membership), and flags with their
 * reviews, so that the state equals the exporting adapter's. The imported subjects are not
 * re-resolved: their links say `imported` until a full consolidation run explains them afresh.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { ExportLine, Flag, RecordedIdentity, SourceKind, SubjectSnapshot } from '../../../src/contract/index.js';
import { errors } from '../../../src/adapter/errors.js';
import type { IndexedRecord } from '../../../src/adapter/sources-v1.js';
import { readSetting, writeSetting, type Connection } from '../store/database.js';
import { IngestStore } from '../store/ingest-store.js';
import { RecordKeys } from '../store/record-keys.js';
import { FlagsStore } from '../store/flags-store.js';
import { RecordIndex } from '../store/record-index.js';
import type { Clock } from '../store/clock.js';
import { canonicalIdentity } from './canonical-identity.js';
import type { ProgressReporter } from './consolidation-service.js';

const RECORD_CHUNK = 2000;
/** Lines between progress reports (the reporter itself throttles what it writes). */
const PROGRESS_LINES = 1000;

/**
 * Applies the staged lines. `beforeCommit` is called with the statistics inside the transaction,
 * so that whatever it records (the run's success) commits together with the import, or not at all.
 */
export async function applyImport(
  database: Connection,
  stagedPath: string,
  totalLines: number,
  clock: Clock,
  progress: ProgressReporter,
  beforeCommit: (statistics: Record<string, number>) => void = () => {},
): Promise<Record<string, number>> {
  const held = database.prepare('SELECT (SELECT count(*) FROM sources) + (SELECT count(*) FROM records) AS n').get() as { n: number };
  if (held.n > 0) throw errors.conflict('Import needs an empty adapter, and this one already holds data.');

  const ingest = new IngestStore(database, clock);
  const flags = new FlagsStore(database, clock);
  const counts: Record<string, number> = {};
  let exportedAt = new Date(0).toISOString();
  let pending: { sourceId: string; records: IndexedRecord[]; ingestedAt: string[] } | undefined;
  const flush = () => {
    if (!pending) return;
    const { ingestedAt } = pending;
    ingest.ingest(pending.sourceId, pending.records, (index) => ingestedAt[index]);
    pending = undefined;
  };

  database.exec('BEGIN IMMEDIATE');
  try {
    const storeSubject = subjectWriter(database);
    let done = 0;
    for await (const text of createInterface({ input: createReadStream(stagedPath), crlfDelay: Infinity })) {
      const line = JSON.parse(text) as ExportLine;
      counts[line.kind] = (counts[line.kind] ?? 0) + 1;
      if (line.kind !== 'record') flush();
      switch (line.kind) {
        case 'header':
          exportedAt = line.exportedAt;
          break;
        case 'source': {
          const { sourceId, createdAt, updatedAt, ...registration } = line.source;
          database
            .prepare('INSERT INTO sources (source_id, kind, registration, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
            .run(sourceId, registration.kind, JSON.stringify(registration), createdAt, updatedAt);
          break;
        }
        case 'record':
          if (pending && (pending.sourceId !== line.sourceId || pending.records.length >= RECORD_CHUNK)) flush();
          pending ??= { sourceId: line.sourceId, records: [], ingestedAt: [] };
          pending.records.push({ index: pending.records.length, record: line.record });
          pending.ingestedAt.push(line.ingestedAt);
          break;
        case 'override':
          database.prepare('INSERT INTO overrides (override_id, body) VALUES (?, ?)').run(line.override.overrideId, JSON.stringify(line.override));
          break;
        case 'subject':
          storeSubject(line.subject, exportedAt);
          break;
        case 'flag':
          flags.store(line.flag);
          break;
        case 'end':
          break;
      }
      done += 1;
      if (done % PROGRESS_LINES === 0) progress(done, totalLines);
    }
    flush();
    new RecordIndex(database).catchUp();
    // Imported nodes are already consolidated as the exporter had them: nothing is pending.
    writeSetting(database, 'consolidation:watermark', readSetting(database, 'sequence:change') ?? '0');
    bumpSequences(database);
    const statistics = {
      lines: totalLines,
      sources: counts.source ?? 0,
      records: counts.record ?? 0,
      overrides: counts.override ?? 0,
      subjects: counts.subject ?? 0,
      flags: counts.flag ?? 0,
    };
    beforeCommit(statistics);
    database.exec('COMMIT');
    return statistics;
  } catch (error) {
    database.exec('ROLLBACK');
    throw error;
  }
}

/**
 * Stores subjects, one at a time. Membership is per identity node here, so when the exporter split
 * records that this engine keeps in one node, the node goes with the subject holding most of its
 * records. The statements are prepared once per import: an export holds a subject for every
 * person, and preparing seven statements for each cost more than running them.
 */
function subjectWriter(database: Connection): (subject: SubjectSnapshot, exportedAt: string) => void {
  const nodeOf = database.prepare<[string, string], { node_id: number }>(
    'SELECT r.node_id FROM record_lookup l JOIN records r ON r.seq = l.seq WHERE l.source_seq = (SELECT seq FROM sources WHERE source_id = ?) AND l.record_id = ?',
  );
  const claimed = database.prepare<[number], { subject_id: string }>('SELECT subject_id FROM subject_nodes WHERE node_id = ?');
  const nodeRow = database.prepare<[number], { identity: string; kind: SourceKind; record_count: number }>(
    'SELECT n.identity, s.kind, n.record_count FROM identity_nodes n JOIN sources s ON s.source_id = n.source_id WHERE n.node_id = ?',
  );
  const insertSubject = database.prepare('INSERT INTO subjects (subject_id, canonical_identity, record_count, updated_at) VALUES (?, ?, ?, ?)');
  const insertMember = database.prepare('INSERT INTO subject_nodes (node_id, subject_id) VALUES (?, ?)');
  const insertLink = database.prepare('INSERT INTO links (subject_id, left_node, right_node, explanation, decided_at) VALUES (?, ?, ?, ?, ?)');
  const redirect = database.prepare('INSERT OR REPLACE INTO subject_redirects (former_id, subject_id) VALUES (?, ?)');
  const keys = new RecordKeys(database);
  return (subject, exportedAt) => {
    // Records ingested since the last merge are found by a scan of the tail; merged, by their key.
    keys.merge();
    const nodeIds = new Set<number>();
    for (const reference of subject.records) {
      const node = nodeOf.get(reference.sourceId, reference.recordId);
      if (!node)
        throw errors.invalid(
          `Subject "${subject.subjectId}" names record "${reference.recordId}" of source "${reference.sourceId}", which the export does not hold.`,
        );
      nodeIds.add(node.node_id);
    }
    const members = [...nodeIds].filter((nodeId) => !claimed.get(nodeId)).sort((a, b) => a - b);
    if (members.length === 0) return;

    const nodes = members.map((nodeId) => nodeRow.get(nodeId)!);
    const identity = canonicalIdentity(
      nodes.map((node) => ({ identity: JSON.parse(node.identity) as RecordedIdentity, sourceKind: node.kind, records: node.record_count })),
    );
    const records = nodes.reduce((sum, node) => sum + node.record_count, 0);
    insertSubject.run(subject.subjectId, JSON.stringify(identity), records, exportedAt);
    members.forEach((nodeId, index) => {
      insertMember.run(nodeId, subject.subjectId);
      if (index > 0) insertLink.run(subject.subjectId, members[0], nodeId, JSON.stringify({ left: members[0], right: nodeId, basis: 'imported' }), exportedAt);
    });
    for (const formerId of subject.formerIds) redirect.run(formerId, subject.subjectId);
  };
}

/** Moves each id sequence past the imported ids written in this engine's own format, so new ids never collide. */
function bumpSequences(database: Connection): void {
  const families: [string, string, string, string][] = [
    ['subject', 'subj-', 'subjects', 'subject_id'],
    ['flag', 'flag-', 'flags', 'flag_id'],
    ['override', 'ovr-', 'overrides', 'override_id'],
  ];
  for (const [sequence, prefix, table, column] of families) {
    let highest = Number(readSetting(database, `sequence:${sequence}`) ?? '0');
    for (const row of database.prepare<[], { id: string }>(`SELECT ${column} AS id FROM ${table}`).iterate()) {
      if (row.id.startsWith(prefix)) highest = Math.max(highest, parseInt(row.id.slice(prefix.length), 36) || 0);
    }
    if (sequence === 'subject') {
      for (const row of database.prepare<[], { id: string }>('SELECT former_id AS id FROM subject_redirects').iterate()) {
        if (row.id.startsWith(prefix)) highest = Math.max(highest, parseInt(row.id.slice(prefix.length), 36) || 0);
      }
    }
    writeSetting(database, `sequence:${sequence}`, String(highest));
  }
  let reviews = Number(readSetting(database, 'sequence:review') ?? '0');
  for (const row of database.prepare<[], { body: string }>('SELECT body FROM flags').iterate()) {
    for (const review of (JSON.parse(row.body) as Flag).reviews) {
      if (review.reviewId.startsWith('rev-')) reviews = Math.max(reviews, parseInt(review.reviewId.slice(4), 36) || 0);
    }
  }
  writeSetting(database, 'sequence:review', String(reviews));
}
