/**
 * The complete export on PostgreSQL, streamed from one read-only REPEATABLE READ transaction on a
 * connection of its own: a consistent snapshot while ingest and runs carry on, read in pages so the
 * store is never held in memory. Same lines, same order as the SQLite engine's export.
 */
import type pg from 'pg';
import { CONTRACT_VERSION, type ExportLine, type Flag, type LinkOverride, type RecordRef, type SourceRecord } from '../../../src/contract/index.js';
import type { AdapterIdentity } from '../../../src/adapter/adapter-v1.js';
import { PgSourcesStore } from './pg-sources-store.js';
import { systemClock } from '../store/clock.js';

const PAGE = 2000;

/** Rows of `sql` (which must select `seq` and take `$1` as the seq to start after) page by page. */
async function* pages<Row extends { seq: number }>(client: pg.PoolClient, sql: string): AsyncGenerator<Row> {
  let after = 0;
  for (;;) {
    const { rows } = await client.query<Row>(`${sql} ORDER BY seq LIMIT ${PAGE}`, [after]);
    yield* rows;
    if (rows.length < PAGE) return;
    after = rows[rows.length - 1].seq;
  }
}

export async function* exportPgStore(pool: pg.Pool, adapter: AdapterIdentity): AsyncGenerator<ExportLine> {
  const client = await pool.connect();
  const counts: Record<string, number> = { source: 0, record: 0, override: 0, subject: 0, flag: 0 };
  let broken: Error | undefined;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    yield { kind: 'header', contractVersion: CONTRACT_VERSION, exportedAt: new Date().toISOString(), adapter: { ...adapter } };
    for (const source of await new PgSourcesStore(pool, systemClock).all(client)) {
      counts.source += 1;
      yield { kind: 'source', source };
    }
    for await (const row of pages<{ seq: number; source_id: string; ingested_at: string; body: string }>(
      client,
      'SELECT r.seq, s.source_id, r.ingested_at, r.body FROM engine_records r JOIN engine_sources s ON s.seq = r.source_seq WHERE r.seq > $1',
    )) {
      counts.record += 1;
      yield { kind: 'record', sourceId: row.source_id, ingestedAt: row.ingested_at, record: JSON.parse(row.body) as SourceRecord };
    }
    for await (const row of pages<{ seq: number; body: string }>(client, 'SELECT seq, body FROM engine_overrides WHERE seq > $1')) {
      counts.override += 1;
      yield { kind: 'override', override: JSON.parse(row.body) as LinkOverride };
    }
    yield* exportSubjects(client, counts);
    for await (const row of pages<{ seq: number; body: string }>(client, 'SELECT seq, body FROM engine_flags WHERE seq > $1')) {
      counts.flag += 1;
      yield { kind: 'flag', flag: JSON.parse(row.body) as Flag };
    }
    yield { kind: 'end', counts };
  } finally {
    try {
      await client.query('COMMIT');
    } catch (error) {
      broken = error as Error;
    }
    client.release(broken);
  }
}

/** Subjects in id order, each with its records in the order they were first stored, a page of subjects at a time. */
async function* exportSubjects(client: pg.PoolClient, counts: Record<string, number>): AsyncGenerator<ExportLine> {
  let after = '';
  for (;;) {
    const { rows: subjects } = await client.query<{ subject_id: string; former_ids: string[] }>(
      `SELECT s.subject_id, ARRAY(SELECT former_id FROM engine_subject_redirects WHERE subject_id = s.subject_id ORDER BY former_id) AS former_ids
         FROM engine_subjects s WHERE s.subject_id > $1 AND EXISTS (SELECT 1 FROM engine_subject_nodes sn WHERE sn.subject_id = s.subject_id)
        ORDER BY s.subject_id LIMIT ${PAGE}`,
      [after],
    );
    if (subjects.length === 0) return;
    const { rows: members } = await client.query<{ subject_id: string; source_id: string; record_id: string }>(
      `SELECT sn.subject_id, s.source_id, r.record_id FROM engine_subject_nodes sn JOIN engine_records r ON r.node_id = sn.node_id
         JOIN engine_sources s ON s.seq = r.source_seq WHERE sn.subject_id = ANY($1::text[]) ORDER BY sn.subject_id, r.seq`,
      [subjects.map((subject) => subject.subject_id)],
    );
    const records = new Map<string, RecordRef[]>();
    for (const row of members) {
      const list = records.get(row.subject_id);
      const reference = { sourceId: row.source_id, recordId: row.record_id };
      if (list) list.push(reference);
      else records.set(row.subject_id, [reference]);
    }
    for (const subject of subjects) {
      const held = records.get(subject.subject_id);
      if (!held) continue;
      counts.subject += 1;
      yield { kind: 'subject', subject: { subjectId: subject.subject_id, formerIds: subject.former_ids, records: held } };
    }
    if (subjects.length < PAGE) return;
    after = subjects[subjects.length - 1].subject_id;
  }
}
