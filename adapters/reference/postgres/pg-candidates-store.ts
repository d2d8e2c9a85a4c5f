/**
 * Reading the possible-match queue on PostgreSQL, as store/candidates-store.ts: each pair of nodes
 * shown as a pair of records (the earliest record of each node), with the subjects those nodes
 * belong to now, in the order the runs found them. Pairs whose nodes lost their records or now
 * share a subject are skipped.
 */
import type pg from 'pg';
import type { LinkCandidate, Page, PageQuery } from '../../../src/contract/index.js';
import type { NodeCandidate } from '../consolidation/types.js';
import { decodeCursor, pageFromRows } from '../store/cursor.js';

interface CandidateRow {
  seq: string;
  left_node: number;
  right_node: number;
  body: string;
  found_at: string;
  left_subject: string | null;
  right_subject: string | null;
  left_source: string | null;
  left_record: string | null;
  right_source: string | null;
  right_record: string | null;
}

const representative = (side: 'left' | 'right') =>
  `LEFT JOIN LATERAL (SELECT s.source_id AS ${side}_source, r.record_id AS ${side}_record FROM engine_records r JOIN engine_sources s ON s.seq = r.source_seq
     WHERE r.node_id = c.${side}_node ORDER BY r.seq LIMIT 1) ${side[0]}r ON true`;

export class PgCandidatesStore {
  constructor(private readonly pool: pg.Pool) {}

  async list(page: PageQuery): Promise<Page<LinkCandidate>> {
    const { rows } = await this.pool.query<CandidateRow>(
      `SELECT c.seq, c.left_node, c.right_node, c.body, c.found_at, l.subject_id AS left_subject, r.subject_id AS right_subject, lr.*, rr.*
         FROM engine_link_candidates c LEFT JOIN engine_subject_nodes l ON l.node_id = c.left_node LEFT JOIN engine_subject_nodes r ON r.node_id = c.right_node
         ${representative('left')} ${representative('right')}
        WHERE c.seq > $1 ORDER BY c.seq LIMIT $2`,
      [decodeCursor<number>(page.cursor, 'number') ?? 0, page.limit + 1],
    );
    const result = pageFromRows(rows, page.limit, (row) => Number(row.seq), toCandidate);
    return { items: result.items.filter((item): item is LinkCandidate => item !== null), nextCursor: result.nextCursor };
  }
}

function toCandidate(row: CandidateRow): LinkCandidate | null {
  if (!row.left_source || !row.right_source || !row.left_subject || !row.right_subject || row.left_subject === row.right_subject) return null;
  const evidence = JSON.parse(row.body) as Omit<NodeCandidate, 'left' | 'right'>;
  return {
    candidateId: `cand-${row.left_node.toString(36)}-${row.right_node.toString(36)}`,
    left: { sourceId: row.left_source, recordId: row.left_record! },
    right: { sourceId: row.right_source, recordId: row.right_record! },
    leftSubjectId: row.left_subject,
    rightSubjectId: row.right_subject,
    score: evidence.score,
    threshold: evidence.threshold,
    comparisons: evidence.comparisons,
    foundAt: row.found_at,
  };
}
