/** Reading subjects: listing and searching, one subject with its records, and its links. */
import type { LinkExplanation, Page, PageQuery, RecordedIdentity, Subject, SubjectQuery, SubjectSummary } from '../../../src/contract/index.js';
import { strongIdentifierFields } from '../../../src/contract/index.js';
import { errors } from '../../../src/adapter/errors.js';
import type { SubjectLookup } from '../../../src/adapter/consolidation-v1.js';
import type { NodeLink } from '../consolidation/types.js';
import type { Connection } from './database.js';
import { decodeCursor, encodeCursor, pageFromRows } from './cursor.js';
import { nameWords } from './node-terms.js';
import { recordTypeCodes } from './record-type-codes.js';
import { RecordIndex } from './record-index.js';

interface SubjectRow {
  subject_id: string;
  canonical_identity: string;
  record_count: number;
  updated_at: string;
}

/** A subject's record as its statement answers it (raw: an array, no object per row). */
type SubjectRecordRow = [sourceSeq: number, recordId: string, typeCode: number, occurredMs: number];

function toSummary(row: SubjectRow): SubjectSummary {
  return {
    subjectId: row.subject_id,
    canonicalIdentity: JSON.parse(row.canonical_identity) as RecordedIdentity,
    recordCount: row.record_count,
    updatedAt: row.updated_at,
  };
}

export class SubjectsStore {
  private readonly statements;

  /** Source ids by storage number; sources are few and never renumbered, so this is reloaded only on a miss. */
  private sourceIds = new Map<number, string>();

  private readonly index: RecordIndex;

  constructor(private readonly database: Connection) {
    this.index = new RecordIndex(database);
    this.statements = {
      page: database.prepare<[string, number], SubjectRow>('SELECT * FROM subjects WHERE subject_id > ? ORDER BY subject_id LIMIT ?'),
      one: database.prepare<[string], SubjectRow>('SELECT * FROM subjects WHERE subject_id = ?'),
      redirect: database.prepare<[string], { subject_id: string }>('SELECT subject_id FROM subject_redirects WHERE former_id = ?'),
      // The subject with its former ids joined in: one statement where there were two.
      withFormerIds: database.prepare<[string], SubjectRow & { former_ids: string }>(
        `SELECT s.*, (SELECT json_group_array(former_id) FROM (SELECT former_id FROM subject_redirects WHERE subject_id = s.subject_id ORDER BY former_id)) AS former_ids
         FROM subjects s WHERE s.subject_id = ?`,
      ),
      // The hot read of the API: plain columns as arrays (no object per row), with names and times
      // mapped and the order made here rather than in SQL (a sort there cost more).
      records: database
        .prepare<[string], SubjectRecordRow>(
          'SELECT r.source_seq, r.record_id, r.type_code, r.occurred_ms FROM subject_nodes sn JOIN records_by_node r ON r.node_id = sn.node_id WHERE sn.subject_id = ?',
        )
        .raw(),
      sources: database.prepare<[], { seq: number; source_id: string }>('SELECT seq, source_id FROM sources'),
      nodeIdentities: database.prepare<[string], { node_id: number; identity: string }>(
        'SELECT n.node_id, n.identity FROM subject_nodes sn JOIN identity_nodes n ON n.node_id = sn.node_id WHERE sn.subject_id = ?',
      ),
      representatives: database.prepare<[string], { node_id: number; source_id: string; record_id: string; seq: number }>(
        `SELECT r.node_id, s.source_id, r.record_id, r.seq FROM subject_nodes sn JOIN records_by_node r ON r.node_id = sn.node_id
         JOIN sources s ON s.seq = r.source_seq WHERE sn.subject_id = ? ORDER BY r.seq`,
      ),
      links: database.prepare<[string], { explanation: string; decided_at: string }>(
        'SELECT explanation, decided_at FROM links WHERE subject_id = ? ORDER BY rowid',
      ),
      byIdentifier: database.prepare<[string], { subject_id: string }>(
        `SELECT DISTINCT sn.subject_id FROM node_terms t JOIN subject_nodes sn ON sn.node_id = t.node_id WHERE t.kind = 'identifier' AND t.term = ?`,
      ),
      byNamePrefix: database.prepare<[string, string], { subject_id: string }>(
        `SELECT DISTINCT sn.subject_id FROM node_terms t JOIN subject_nodes sn ON sn.node_id = t.node_id
         WHERE t.kind = 'name' AND t.term >= ? AND t.term < ?`,
      ),
    };
  }

  list(query: SubjectQuery, page: PageQuery): Page<SubjectSummary> {
    const after = decodeCursor<string>(page.cursor, 'string') ?? '';
    if (query.name === undefined && query.identifier === undefined) {
      return pageFromRows(this.statements.page.all(after, page.limit + 1), page.limit, (row) => row.subject_id, toSummary);
    }
    const matches = this.search(query)
      .filter((subjectId) => subjectId > after)
      .sort()
      .slice(0, page.limit + 1);
    const rows = matches.map((subjectId) => this.statements.one.get(subjectId)).filter((row): row is SubjectRow => row !== undefined);
    return pageFromRows(rows, page.limit, (row) => row.subject_id, toSummary);
  }

  /** Subjects matching every given filter: each name word prefixes a recorded name; the identifier is exact (any case). */
  private search(query: SubjectQuery): string[] {
    let matches: Set<string> | undefined;
    const keep = (found: string[]) => {
      matches = matches === undefined ? new Set(found) : new Set(found.filter((subjectId) => matches!.has(subjectId)));
    };
    if (query.identifier !== undefined) keep(this.statements.byIdentifier.all(query.identifier.trim()).map((row) => row.subject_id));
    for (const word of nameWords(query.name ?? '')) {
      keep(this.statements.byNamePrefix.all(word, word + '\uffff').map((row) => row.subject_id));
    }
    return [...(matches ?? [])];
  }

  get(subjectId: string): SubjectLookup {
    this.index.catchUp();
    const row = this.statements.withFormerIds.get(subjectId);
    if (!row) {
      const redirect = this.statements.redirect.get(subjectId);
      if (redirect) return { redirectTo: redirect.subject_id };
      throw errors.notFound(`No subject with id "${subjectId}".`);
    }
    const rows = this.statements.records.all(subjectId);
    const records: Subject['records'] = new Array(rows.length);
    for (let index = 0; index < rows.length; index += 1) {
      const [sourceSeq, recordId, typeCode, occurredMs] = rows[index];
      records[index] = { sourceId: this.sourceIdOf(sourceSeq), recordId, type: recordTypeNames[typeCode], occurredAt: new Date(occurredMs).toISOString() };
    }
    // Oldest first; ties (same instant) by source then record id. ISO times of years 0-9999 are fixed-width, so compare as text.
    records.sort((a, b) => compare(a.occurredAt, b.occurredAt) || compare(a.sourceId, b.sourceId) || compare(a.recordId, b.recordId));
    const subject: Subject = { ...toSummary(row), formerIds: JSON.parse(row.former_ids) as string[], records };
    return { subject };
  }

  private sourceIdOf(sourceSeq: number): string {
    let sourceId = this.sourceIds.get(sourceSeq);
    if (sourceId === undefined) {
      this.sourceIds = new Map(this.statements.sources.all().map((source) => [source.seq, source.source_id]));
      sourceId = this.sourceIds.get(sourceSeq)!;
    }
    return sourceId;
  }

  /**
   * A subject's links: the stored links between its identity nodes, then the links within each
   * node (records of one source recording the same strong identifier), derived on reading rather
   * than stored, since they follow from the node itself.
   */
  links(subjectId: string, page: PageQuery): Page<LinkExplanation> {
    this.index.catchUp();
    const row = this.statements.one.get(subjectId);
    if (!row) throw errors.notFound(`No subject with id "${subjectId}".`);
    const representative = new Map<number, { sourceId: string; recordId: string }>();
    const withinNodes: LinkExplanation[] = [];
    const identities = new Map(this.statements.nodeIdentities.all(subjectId).map((node) => [node.node_id, JSON.parse(node.identity) as RecordedIdentity]));
    for (const record of this.statements.representatives.all(subjectId)) {
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
    const betweenNodes = this.statements.links.all(subjectId).map(({ explanation, decided_at }): LinkExplanation => {
      const { left, right, ...rest } = JSON.parse(explanation) as NodeLink;
      return { subjectId, left: representative.get(left)!, right: representative.get(right)!, ...rest, decidedAt: decided_at };
    });
    const all = [...betweenNodes.filter((link) => link.left && link.right), ...withinNodes];
    const offset = decodeCursor<number>(page.cursor, 'number') ?? 0;
    const items = all.slice(offset, offset + page.limit);
    return { items, nextCursor: offset + page.limit < all.length ? encodeCursor(offset + page.limit) : null };
  }
}

const recordTypeNames: Record<number, string> = Object.fromEntries(Object.entries(recordTypeCodes).map(([name, code]) => [code, name]));

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
