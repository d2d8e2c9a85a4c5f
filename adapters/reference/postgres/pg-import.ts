/**
 * Import on PostgreSQL. Staging: the lines are checked as on SQLite (import-staging.ts, through a
 * private temporary file) and then stored in `engine_staged_imports` in the transaction that queues
 * the run, so the import is held once acknowledged and whichever replica claims the run can read
 * it. Applying: one engine write, as import-service.ts does on SQLite: sources, records (keeping
 * their acceptance times), overrides, subjects (ids, former ids, membership) and flags with their
 * reviews, the run's success committed with them, and the staged lines deleted.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createReadStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type pg from 'pg';
import type { ExportLine, Flag, RecordedIdentity, SourceKind, SubjectSnapshot } from '../../../src/contract/index.js';
import { errors } from '../../../src/adapter/errors.js';
import type { IndexedRecord } from '../../../src/adapter/sources-v1.js';
import type { Clock } from '../store/clock.js';
import { stageImport } from '../services/import-staging.js';
import { canonicalIdentity } from '../services/canonical-identity.js';
import type { ProgressReporter } from '../services/consolidation-service.js';
import { engineWrite, readSetting, refreshStatistics, writeSetting, type Queryable } from './engine-database.js';
import { STATISTICS_FROM, type FinishInside } from './pg-consolidation.js';
import { PgIngestStore } from './pg-ingest-store.js';
import { PgFlagsStore } from './pg-flags-store.js';

const RECORD_CHUNK = 2000;
const LINE_PAGE = 2000;

/** Whether the engine holds any source or record (an import needs an empty one). */
export async function holdsData(db: Queryable): Promise<boolean> {
  const { rows } = await db.query<{ held: boolean }>('SELECT EXISTS (SELECT 1 FROM engine_sources) OR EXISTS (SELECT 1 FROM engine_records) AS held');
  return rows[0].held;
}

/** Checks the lines and keeps them, in order, for the run `runId`, inside the caller's transaction. Resolves with the line count. */
export async function stageLines(lines: AsyncIterable<ExportLine>): Promise<{ texts: string[] }> {
  const directory = mkdtempSync(join(tmpdir(), 'plumbline-import-'));
  try {
    const staged = await stageImport(lines, join(directory, 'staged.ndjson'));
    const texts: string[] = [];
    for await (const text of createInterface({ input: createReadStream(staged.path), crlfDelay: Infinity })) texts.push(text);
    return { texts };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** Stores checked lines for a run, inside the transaction that queues it. */
export async function storeStagedLines(client: pg.PoolClient, runId: string, texts: readonly string[]): Promise<void> {
  for (let start = 0; start < texts.length; start += LINE_PAGE) {
    const chunk = texts.slice(start, start + LINE_PAGE);
    await client.query(
      'INSERT INTO engine_staged_imports (run_id, line_no, line) SELECT $1, n + $2, line FROM unnest($3::text[]) WITH ORDINALITY AS l(line, n)',
      [runId, start, chunk],
    );
  }
}

/** Removes a run's staged lines (they are a full copy of personal data). */
export async function dropStagedLines(db: Queryable, runId: string): Promise<void> {
  await db.query('DELETE FROM engine_staged_imports WHERE run_id = $1', [runId]);
}

export async function applyPgImport(
  pool: pg.Pool,
  runId: string,
  totalLines: number,
  clock: Clock,
  progress: ProgressReporter,
  finishInside: FinishInside,
): Promise<Record<string, number>> {
  const statistics = await engineWrite(pool, async (client) => {
    if (await holdsData(client)) throw errors.conflict('Import needs an empty adapter, and this one already holds data.');
    const ingest = new PgIngestStore(pool, clock);
    const flags = new PgFlagsStore(pool, clock);
    const counts: Record<string, number> = {};
    let exportedAt = new Date(0).toISOString();
    let pending: { sourceId: string; records: IndexedRecord[]; ingestedAt: string[] } | undefined;
    const flush = async () => {
      if (!pending) return;
      const { sourceId, records, ingestedAt } = pending;
      pending = undefined;
      await ingest.ingestIn(client, sourceId, records, (index) => ingestedAt[index]);
    };
    let done = 0;
    for (let after = 0; ;) {
      const { rows } = await client.query<{ line_no: number; line: string }>(
        `SELECT line_no, line FROM engine_staged_imports WHERE run_id = $1 AND line_no > $2 ORDER BY line_no LIMIT ${LINE_PAGE}`,
        [runId, after],
      );
      if (rows.length === 0) break;
      after = rows[rows.length - 1].line_no;
      for (const row of rows) {
        const line = JSON.parse(row.line) as ExportLine;
        counts[line.kind] = (counts[line.kind] ?? 0) + 1;
        if (line.kind !== 'record') await flush();
        switch (line.kind) {
          case 'header':
            exportedAt = line.exportedAt;
            break;
          case 'source': {
            const { sourceId, createdAt, updatedAt, ...registration } = line.source;
            await client.query('INSERT INTO engine_sources (source_id, kind, registration, created_at, updated_at) VALUES ($1, $2, $3, $4, $5)', [
              sourceId,
              registration.kind,
              JSON.stringify(registration),
              createdAt,
              updatedAt,
            ]);
            break;
          }
          case 'record':
            if (pending && (pending.sourceId !== line.sourceId || pending.records.length >= RECORD_CHUNK)) await flush();
            pending ??= { sourceId: line.sourceId, records: [], ingestedAt: [] };
            pending.records.push({ index: pending.records.length, record: line.record });
            pending.ingestedAt.push(line.ingestedAt);
            break;
          case 'override':
            await client.query('INSERT INTO engine_overrides (override_id, body) VALUES ($1, $2)', [line.override.overrideId, JSON.stringify(line.override)]);
            break;
          case 'subject':
            await storeSubject(client, line.subject, exportedAt);
            break;
          case 'flag':
            await flags.store(client, line.flag);
            break;
          case 'end':
            break;
        }
        done += 1;
        if (done % 1000 === 0) progress(done, totalLines);
      }
    }
    await flush();
    // Imported nodes are already consolidated as the exporter had them: nothing is pending.
    await writeSetting(client, 'consolidation:watermark', (await readSetting(client, 'sequence:change')) ?? '0');
    await bumpSequences(client);
    await dropStagedLines(client, runId);
    const statistics = {
      lines: totalLines,
      sources: counts.source ?? 0,
      records: counts.record ?? 0,
      overrides: counts.override ?? 0,
      subjects: counts.subject ?? 0,
      flags: counts.flag ?? 0,
    };
    await finishInside(client, statistics);
    return statistics;
  });
  if (statistics.records >= STATISTICS_FROM)
    await refreshStatistics(pool, [
      'engine_records',
      'engine_identity_nodes',
      'engine_node_terms',
      'engine_subjects',
      'engine_subject_nodes',
      'engine_links',
      'engine_flags',
    ]);
  return statistics;
}

/**
 * Stores one subject. Membership is per identity node, so when the exporter split records this
 * engine keeps in one node, the node goes with the first subject holding it (as on SQLite).
 */
async function storeSubject(client: pg.PoolClient, subject: SubjectSnapshot, exportedAt: string): Promise<void> {
  const { rows: found } = await client.query<{ n: number; node_id: number | null; claimed: string | null }>(
    `SELECT q.n, r.node_id, sn.subject_id AS claimed FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS q(source_id, record_id, n)
       LEFT JOIN engine_sources s ON s.source_id = q.source_id LEFT JOIN engine_records r ON r.source_seq = s.seq AND r.record_id = q.record_id
       LEFT JOIN engine_subject_nodes sn ON sn.node_id = r.node_id ORDER BY q.n`,
    [subject.records.map((reference) => reference.sourceId), subject.records.map((reference) => reference.recordId)],
  );
  const missing = found.find((row) => row.node_id === null);
  if (missing) {
    const reference = subject.records[Number(missing.n) - 1];
    throw errors.invalid(
      `Subject "${subject.subjectId}" names record "${reference.recordId}" of source "${reference.sourceId}", which the export does not hold.`,
    );
  }
  const members = [...new Set(found.filter((row) => row.claimed === null).map((row) => row.node_id!))].sort((a, b) => a - b);
  if (members.length === 0) return;
  const { rows: nodes } = await client.query<{ identity: string; kind: SourceKind; record_count: number }>(
    `SELECT n.identity, s.kind, n.record_count FROM unnest($1::int[]) WITH ORDINALITY AS m(node_id, ord)
       JOIN engine_identity_nodes n ON n.node_id = m.node_id JOIN engine_sources s ON s.source_id = n.source_id ORDER BY m.ord`,
    [members],
  );
  const identity = canonicalIdentity(
    nodes.map((node) => ({ identity: JSON.parse(node.identity) as RecordedIdentity, sourceKind: node.kind, records: node.record_count })),
  );
  const records = nodes.reduce((sum, node) => sum + node.record_count, 0);
  await client.query('INSERT INTO engine_subjects (subject_id, canonical_identity, record_count, updated_at) VALUES ($1, $2, $3, $4)', [
    subject.subjectId,
    JSON.stringify(identity),
    records,
    exportedAt,
  ]);
  await client.query('INSERT INTO engine_subject_nodes (node_id, subject_id) SELECT unnest($1::int[]), $2', [members, subject.subjectId]);
  const linked = members.slice(1);
  await client.query(
    `INSERT INTO engine_links (subject_id, left_node, right_node, explanation, decided_at)
     SELECT $1, $2, r.node, json_build_object('left', $2::int, 'right', r.node, 'basis', 'imported')::text, $3 FROM unnest($4::int[]) WITH ORDINALITY AS r(node, ord) ORDER BY r.ord`,
    [subject.subjectId, members[0], exportedAt, linked],
  );
  await client.query(
    `INSERT INTO engine_subject_redirects (former_id, subject_id) SELECT unnest($1::text[]), $2 ON CONFLICT (former_id) DO UPDATE SET subject_id = excluded.subject_id`,
    [subject.formerIds, subject.subjectId],
  );
}

/** Moves each id sequence past the imported ids written in this engine's own format, so new ids never collide. */
async function bumpSequences(client: pg.PoolClient): Promise<void> {
  const families: [string, string, string][] = [
    ['subject', 'subj-', 'SELECT subject_id AS id FROM engine_subjects UNION ALL SELECT former_id FROM engine_subject_redirects'],
    ['flag', 'flag-', 'SELECT flag_id AS id FROM engine_flags'],
    ['override', 'ovr-', 'SELECT override_id AS id FROM engine_overrides'],
  ];
  for (const [sequence, prefix, sql] of families) {
    let highest = Number((await readSetting(client, `sequence:${sequence}`)) ?? '0');
    for (const row of (await client.query<{ id: string }>(sql)).rows) {
      if (row.id.startsWith(prefix)) highest = Math.max(highest, parseInt(row.id.slice(prefix.length), 36) || 0);
    }
    await writeSetting(client, `sequence:${sequence}`, String(highest));
  }
  let reviews = Number((await readSetting(client, 'sequence:review')) ?? '0');
  for (const row of (await client.query<{ body: string }>('SELECT body FROM engine_flags')).rows) {
    for (const review of (JSON.parse(row.body) as Flag).reviews) {
      if (review.reviewId.startsWith('rev-')) reviews = Math.max(reviews, parseInt(review.reviewId.slice(4), 36) || 0);
    }
  }
  await writeSetting(client, 'sequence:review', String(reviews));
}
