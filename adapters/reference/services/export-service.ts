/**
 * The complete export, streamed from a read-only connection of its own inside one read
 * transaction: the stream is a consistent snapshot even while ingest and runs carry on, and it
 * never holds the store in memory.
 */
import { CONTRACT_VERSION, type ExportLine, type Flag, type LinkOverride, type RecordRef, type SourceRecord } from '../../../src/contract/index.js';
import type { AdapterIdentity } from '../../../src/adapter/adapter-v1.js';
import { openDatabase } from '../store/database.js';
import { SourcesStore } from '../store/sources-store.js';
import { systemClock } from '../store/clock.js';

export async function* exportStore(databasePath: string, adapter: AdapterIdentity): AsyncGenerator<ExportLine> {
  const database = openDatabase(databasePath, { readonly: true });
  const counts: Record<string, number> = { source: 0, record: 0, override: 0, subject: 0, flag: 0 };
  database.exec('BEGIN');
  try {
    yield { kind: 'header', contractVersion: CONTRACT_VERSION, exportedAt: new Date().toISOString(), adapter: { ...adapter } };
    for (const source of new SourcesStore(database, systemClock).all()) {
      counts.source += 1;
      yield { kind: 'source', source };
    }
    const records = database.prepare<[], { source_id: string; ingested_at: string; body: string }>(
      'SELECT source_id, ingested_at, body FROM record_rows ORDER BY seq',
    );
    for (const row of records.iterate()) {
      counts.record += 1;
      yield { kind: 'record', sourceId: row.source_id, ingestedAt: row.ingested_at, record: JSON.parse(row.body) as SourceRecord };
    }
    for (const row of database.prepare<[], { body: string }>('SELECT body FROM overrides ORDER BY seq').iterate()) {
      counts.override += 1;
      yield { kind: 'override', override: JSON.parse(row.body) as LinkOverride };
    }
    yield* exportSubjects(database, counts);
    for (const row of database.prepare<[], { body: string }>('SELECT body FROM flags ORDER BY seq').iterate()) {
      counts.flag += 1;
      yield { kind: 'flag', flag: JSON.parse(row.body) as Flag };
    }
    yield { kind: 'end', counts };
  } finally {
    database.exec('COMMIT');
    database.close();
  }
}

function* exportSubjects(database: ReturnType<typeof openDatabase>, counts: Record<string, number>): Generator<ExportLine> {
  const formerIds = new Map<string, string[]>();
  for (const row of database
    .prepare<[], { former_id: string; subject_id: string }>('SELECT former_id, subject_id FROM subject_redirects ORDER BY former_id')
    .iterate()) {
    formerIds.set(row.subject_id, [...(formerIds.get(row.subject_id) ?? []), row.former_id]);
  }
  const members = database.prepare<[], { subject_id: string; source_id: string; record_id: string }>(
    'SELECT sn.subject_id, s.source_id, r.record_id FROM subject_nodes sn JOIN records_by_node r ON r.node_id = sn.node_id JOIN sources s ON s.seq = r.source_seq ORDER BY sn.subject_id, r.seq',
  );
  let current: { subjectId: string; records: RecordRef[] } | undefined;
  const line = (subject: { subjectId: string; records: RecordRef[] }): ExportLine => {
    counts.subject += 1;
    return { kind: 'subject', subject: { subjectId: subject.subjectId, formerIds: formerIds.get(subject.subjectId) ?? [], records: subject.records } };
  };
  for (const row of members.iterate()) {
    if (current?.subjectId !== row.subject_id) {
      if (current) yield line(current);
      current = { subjectId: row.subject_id, records: [] };
    }
    current.records.push({ sourceId: row.source_id, recordId: row.record_id });
  }
  if (current) yield line(current);
}
