/**
 * Reading the possible-match queue (`link_candidates`, written by each consolidation run): each
 * pair of nodes shown as a pair of records — the earliest record of each node, as links show them —
 * with the subjects those nodes belong to now, in the order the runs found them (best score first
 * within a run).
 */
import type { LinkCandidate, Page, PageQuery } from '../../../src/contract/index.js';
import type { NodeCandidate } from '../consolidation/types.js';
import { decodeCursor, pageFromRows } from './cursor.js';
import type { Connection } from './database.js';
import { RecordIndex } from './record-index.js';

interface CandidateRow {
  seq: number;
  left_node: number;
  right_node: number;
  body: string;
  found_at: string;
  left_subject: string | null;
  right_subject: string | null;
}

export class CandidatesStore {
  private readonly page;
  private readonly representative;
  private readonly index: RecordIndex;

  constructor(database: Connection) {
    this.index = new RecordIndex(database);
    this.page = database.prepare<[number, number], CandidateRow>(
      `SELECT c.seq, c.left_node, c.right_node, c.body, c.found_at, l.subject_id AS left_subject, r.subject_id AS right_subject
       FROM link_candidates c LEFT JOIN subject_nodes l ON l.node_id = c.left_node LEFT JOIN subject_nodes r ON r.node_id = c.right_node
       WHERE c.seq > ? ORDER BY c.seq LIMIT ?`,
    );
    this.representative = database.prepare<[number], { source_id: string; record_id: string }>(
      'SELECT s.source_id, r.record_id FROM records_by_node r JOIN sources s ON s.seq = r.source_seq WHERE r.node_id = ? ORDER BY r.seq LIMIT 1',
    );
  }

  /** A page of the queue. Pairs whose nodes lost their records (erasure) or now share a subject are skipped. */
  list(page: PageQuery): Page<LinkCandidate> {
    this.index.catchUp();
    const rows = this.page.all(decodeCursor<number>(page.cursor, 'number') ?? 0, page.limit + 1);
    const result = pageFromRows(
      rows,
      page.limit,
      (row) => row.seq,
      (row) => this.toCandidate(row),
    );
    return { items: result.items.filter((item): item is LinkCandidate => item !== null), nextCursor: result.nextCursor };
  }

  private toCandidate(row: CandidateRow): LinkCandidate | null {
    const left = this.representative.get(row.left_node);
    const right = this.representative.get(row.right_node);
    if (!left || !right || !row.left_subject || !row.right_subject || row.left_subject === row.right_subject) return null;
    const evidence = JSON.parse(row.body) as Omit<NodeCandidate, 'left' | 'right'>;
    return {
      candidateId: `cand-${row.left_node.toString(36)}-${row.right_node.toString(36)}`,
      left: { sourceId: left.source_id, recordId: left.record_id },
      right: { sourceId: right.source_id, recordId: right.record_id },
      leftSubjectId: row.left_subject,
      rightSubjectId: row.right_subject,
      score: evidence.score,
      threshold: evidence.threshold,
      comparisons: evidence.comparisons,
      foundAt: row.found_at,
    };
  }
}
