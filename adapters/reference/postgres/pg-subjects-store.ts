/** Reading subjects on PostgreSQL, as store/subjects-store.ts: listing and searching, one subject with its records, and its links. */
import type pg from 'pg';
import type { LinkExplanation, Page, PageQuery, RecordedIdentity, Subject, SubjectQuery, SubjectSummary } from '../../../src/contract/index.js';
import { strongIdentifierFields } from '../../../src/contract/index.js';
import { errors } from '../../../src/adapter/errors.js';
import type { SubjectLookup } from '../../../src/adapter/consolidation-v1.js';
import type { NodeLink } from '../consolidation/types.js';
import { decodeCursor, encodeCursor, pageFromRows } from '../store/cursor.js';
import { nameWords } from '../store/node-terms.js';
import { recordTypeCodes } from '../store/record-type-codes.js';

interface SubjectRow {
  subject_id: string;
  canonical_identity: string;
  record_count: number;
  updated_at: string;
}

const COLUMNS = 'subject_id, canonical_identity, record_count, updated_at';

function toSummary(row: SubjectRow): SubjectSummary {
  return {
    subjectId: row.subject_id,
    canonicalIdentity: JSON.parse(row.canonical_identity) as RecordedIdentity,
    recordCount: row.record_count,
    updatedAt: row.updated_at,
  };
}

const recordTypeNames: Record<number, string> = Object.fromEntries(Object.entries(recordTypeCodes).map(([name, code]) => [code, name]));

export class PgSubjectsStore {
  constructor(private readonly pool: pg.Pool) {}

  async list(query: SubjectQuery, page: PageQuery): Promise<Page<SubjectSummary>> {
    const after = decodeCursor<string>(page.cursor, 'string') ?? '';
    if (query.name === undefined && query.identifier === undefined) {
      const { rows } = await this.pool.query<SubjectRow>(`SELECT ${COLUMNS} FROM engine_subjects WHERE subject_id > $1 ORDER BY subject_id LIMIT $2`, [
        after,
        page.limit + 1,
      ]);
      return pageFromRows(rows, page.limit, (row) => row.subject_id, toSummary);
    }
    const matches = (await this.search(query))
      .filter((subjectId) => subjectId > after)
      .sort()
      .slice(0, page.limit + 1);
    const { rows } = await this.pool.query<SubjectRow>(`SELECT ${COLUMNS} FROM engine_subjects WHERE subject_id = ANY($1::text[]) ORDER BY subject_id`, [
      matches,
    ]);
    return pageFromRows(rows, page.limit, (row) => row.subject_id, toSummary);
  }

  /** Subjects matching every given filter: each name word prefixes a recorded name; the identifier is exact (any case). */
  private async search(query: SubjectQuery): Promise<string[]> {
    let matches: Set<string> | undefined;
    const keep = (found: string[]) => {
      matches = matches === undefined ? new Set(found) : new Set(found.filter((subjectId) => matches!.has(subjectId)));
    };
    const subjects = async (condition: string, values: string[]) =>
      (
        await this.pool.query<{ subject_id: string }>(
          `SELECT DISTINCT sn.subject_id FROM engine_node_terms t JOIN engine_subject_nodes sn ON sn.node_id = t.node_id WHERE ${condition}`,
          values,
        )
      ).rows.map((row) => row.subject_id);
    if (query.identifier !== undefined) keep(await subjects(`t.kind = 'identifier' AND t.term = $1`, [query.identifier.trim().toLowerCase()]));
    for (const word of nameWords(query.name ?? '')) keep(await subjects(`t.kind = 'name' AND t.term >= $1 AND t.term < $2`, [word, word + '\uffff']));
    return [...(matches ?? [])];
  }

  async get(subjectId: string): Promise<SubjectLookup> {
    const { rows } = await this.pool.query<SubjectRow & { former_ids: string[] }>(
      `SELECT ${COLUMNS}, ARRAY(SELECT former_id FROM engine_subject_redirects WHERE subject_id = s.subject_id ORDER BY former_id) AS former_ids
         FROM engine_subjects s WHERE s.subject_id = $1`,
      [subjectId],
    );
    const row = rows[0];
    if (!row) {
      const redirect = await this.pool.query<{ subject_id: string }>('SELECT subject_id FROM engine_subject_redirects WHERE former_id = $1', [subjectId]);
      if (redirect.rows[0]) return { redirectTo: redirect.rows[0].subject_id };
      throw errors.notFound(`No subject with id "${subjectId}".`);
    }
    const { rows: recordRows } = await this.pool.query<{ source_id: string; record_id: string; type_code: number; occurred_ms: string }>(
      `SELECT s.source_id, r.record_id, r.type_code, r.occurred_ms FROM engine_subject_nodes sn JOIN engine_records r ON r.node_id = sn.node_id
         JOIN engine_sources s ON s.seq = r.source_seq WHERE sn.subject_id = $1`,
      [subjectId],
    );
    const records: Subject['records'] = recordRows.map((record) => ({
      sourceId: record.source_id,
      recordId: record.record_id,
      type: recordTypeNames[record.type_code],
      occurredAt: new Date(Number(record.occurred_ms)).toISOString(),
    }));
    // Oldest first; ties by source then record id (ISO times of years 0-9999 compare as text).
    records.sort((a, b) => compare(a.occurredAt, b.occurredAt) || compare(a.sourceId, b.sourceId) || compare(a.recordId, b.recordId));
    return { subject: { ...toSummary(row), formerIds: row.former_ids, records } as Subject };
  }

  /**
   * A subject's links: the stored links between its identity nodes, then the links within each node
   * (records of one source recording the same strong identifier), derived on reading.
   */
  async links(subjectId: string, page: PageQuery): Promise<Page<LinkExplanation>> {
    const { rows } = await this.pool.query<SubjectRow>(`SELECT ${COLUMNS} FROM engine_subjects WHERE subject_id = $1`, [subjectId]);
    const row = rows[0];
    if (!row) throw errors.notFound(`No subject with id "${subjectId}".`);
    const [identityRows, recordRows, linkRows] = await Promise.all([
      this.pool.query<{ node_id: number; identity: string }>(
        'SELECT n.node_id, n.identity FROM engine_subject_nodes sn JOIN engine_identity_nodes n ON n.node_id = sn.node_id WHERE sn.subject_id = $1',
        [subjectId],
      ),
      this.pool.query<{ node_id: number; source_id: string; record_id: string }>(
        `SELECT r.node_id, s.source_id, r.record_id FROM engine_subject_nodes sn JOIN engine_records r ON r.node_id = sn.node_id
           JOIN engine_sources s ON s.seq = r.source_seq WHERE sn.subject_id = $1 ORDER BY r.seq`,
        [subjectId],
      ),
      this.pool.query<{ explanation: string; decided_at: string }>('SELECT explanation, decided_at FROM engine_links WHERE subject_id = $1 ORDER BY seq', [
        subjectId,
      ]),
    ]);
    const identities = new Map(identityRows.rows.map((node) => [node.node_id, JSON.parse(node.identity) as RecordedIdentity]));
    const representative = new Map<number, { sourceId: string; recordId: string }>();
    const withinNodes: LinkExplanation[] = [];
    for (const record of recordRows.rows) {
      const reference = { sourceId: record.source_id, recordId: record.record_id };
      const first = representative.get(record.node_id);
      if (!first) {
        representative.set(record.node_id, reference);
        continue;
      }
      withinNodes.push({
        subjectId,
        left: first,
        right: reference,
        basis: 'identifier',
        identifier: sharedIdentifier(identities.get(record.node_id)),
        decidedAt: row.updated_at,
      });
    }
    const betweenNodes = linkRows.rows.map(({ explanation, decided_at }): LinkExplanation => {
      const { left, right, ...rest } = JSON.parse(explanation) as NodeLink;
      return { subjectId, left: representative.get(left)!, right: representative.get(right)!, ...rest, decidedAt: decided_at };
    });
    const all = [...betweenNodes.filter((link) => link.left && link.right), ...withinNodes];
    const offset = decodeCursor<number>(page.cursor, 'number') ?? 0;
    const items = all.slice(offset, offset + page.limit);
    return { items, nextCursor: offset + page.limit < all.length ? encodeCursor(offset + page.limit) : null };
  }
}

function compare(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

function sharedIdentifier(identity: RecordedIdentity | undefined): { field: string; value: string } | undefined {
  for (const field of strongIdentifierFields) {
    const value = identity?.[field];
    if (value) return { field, value };
  }
  return undefined;
}
