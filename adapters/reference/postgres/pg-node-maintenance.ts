/**
 * Keeps identity nodes and subjects consistent as records come and go, within the caller's engine
 * write: the PostgreSQL twin of store/node-maintenance.ts, with the same rules. Record counts are
 * gathered per node and written by `flush` in a few set-based statements (one round trip each,
 * whatever the batch's size). A node left with no records disappears from its subject; the
 * subject's other nodes are marked changed so that the next consolidation run checks whether they
 * still belong together, and its canonical identity is chosen again from the nodes it has left.
 */
import type pg from 'pg';
import type { RecordedIdentity, SourceKind } from '../../../src/contract/index.js';
import { timestamp, type Clock } from '../store/clock.js';
import type { NodeTerm } from '../store/node-terms.js';
import { canonicalIdentity } from '../services/canonical-identity.js';

/** Inserts node terms (lower-cased, as the SQLite column compares them). */
export async function insertTerms(client: pg.PoolClient, nodeIds: readonly number[], terms: readonly NodeTerm[]): Promise<void> {
  if (terms.length === 0) return;
  await client.query('INSERT INTO engine_node_terms (term, kind, node_id) SELECT * FROM unnest($1::text[], $2::text[], $3::int[]) ON CONFLICT DO NOTHING', [
    terms.map((term) => term.term.toLowerCase()),
    terms.map((term) => term.kind),
    nodeIds,
  ]);
}

export class PgNodeMaintenance {
  private readonly nodeDeltas = new Map<number, number>();
  private readonly removalChangeSeq = new Map<number, number>();

  constructor(
    private readonly client: pg.PoolClient,
    private readonly clock: Clock,
  ) {}

  /** Counts records joining (positive) or leaving (negative) a node. `changeSeq` marks what a removal disturbs. */
  addRecords(nodeId: number, delta: number, changeSeq?: number): void {
    this.nodeDeltas.set(nodeId, (this.nodeDeltas.get(nodeId) ?? 0) + delta);
    if (changeSeq !== undefined) this.removalChangeSeq.set(nodeId, changeSeq);
  }

  /** Renames nodes counted under temporary ids (created in this write) to their stored ids. */
  remap(resolve: (nodeId: number) => number): void {
    for (const [nodeId, delta] of [...this.nodeDeltas]) {
      const real = resolve(nodeId);
      if (real === nodeId) continue;
      this.nodeDeltas.delete(nodeId);
      this.nodeDeltas.set(real, (this.nodeDeltas.get(real) ?? 0) + delta);
    }
  }

  /** A keyless node's identity changed (its only record was updated): re-index it and mark it changed. */
  async replaceIdentity(nodeId: number, identityJson: string, changeSeq: number, terms: NodeTerm[]): Promise<void> {
    await this.client.query('UPDATE engine_identity_nodes SET identity = $1, change_seq = $2 WHERE node_id = $3', [identityJson, changeSeq, nodeId]);
    await this.client.query('DELETE FROM engine_node_terms WHERE node_id = $1', [nodeId]);
    await insertTerms(
      this.client,
      terms.map(() => nodeId),
      terms,
    );
    await this.client.query(
      `UPDATE engine_identity_nodes SET change_seq = $1 WHERE node_id IN
         (SELECT node_id FROM engine_subject_nodes WHERE subject_id = (SELECT subject_id FROM engine_subject_nodes WHERE node_id = $2))`,
      [changeSeq, nodeId],
    );
  }

  /** Writes the gathered counts, removing emptied nodes and subjects. */
  async flush(): Promise<void> {
    const deltas = [...this.nodeDeltas].filter(([, delta]) => delta !== 0);
    this.nodeDeltas.clear();
    const removalChangeSeq = new Map(this.removalChangeSeq);
    this.removalChangeSeq.clear();
    if (deltas.length === 0) return;
    const { rows: counted } = await this.client.query<{ node_id: number; record_count: number; subject_id: string | null }>(
      `WITH d AS (SELECT * FROM unnest($1::int[], $2::int[]) AS d(node_id, delta)),
            u AS (UPDATE engine_identity_nodes n SET record_count = n.record_count + d.delta FROM d WHERE n.node_id = d.node_id RETURNING n.node_id, n.record_count)
       SELECT u.node_id, u.record_count, sn.subject_id FROM u LEFT JOIN engine_subject_nodes sn ON sn.node_id = u.node_id`,
      [deltas.map(([nodeId]) => nodeId), deltas.map(([, delta]) => delta)],
    );
    const deltaOf = new Map(deltas);
    const subjectDeltas = new Map<string, number>();
    const disturbed = new Map<string, number>();
    const emptied: number[] = [];
    for (const row of counted) {
      if (row.subject_id) subjectDeltas.set(row.subject_id, (subjectDeltas.get(row.subject_id) ?? 0) + deltaOf.get(row.node_id)!);
      if (row.record_count > 0) continue;
      emptied.push(row.node_id);
      if (row.subject_id) disturbed.set(row.subject_id, removalChangeSeq.get(row.node_id) ?? 0);
    }
    if (emptied.length > 0) {
      await this.client.query(
        `WITH gone AS (DELETE FROM engine_identity_nodes WHERE node_id = ANY($1::int[]) RETURNING node_id),
              terms AS (DELETE FROM engine_node_terms WHERE node_id = ANY($1::int[])),
              links AS (DELETE FROM engine_links l USING engine_subject_nodes sn
                         WHERE sn.node_id = ANY($1::int[]) AND l.subject_id = sn.subject_id AND (l.left_node = sn.node_id OR l.right_node = sn.node_id))
         DELETE FROM engine_subject_nodes WHERE node_id = ANY($1::int[])`,
        [emptied],
      );
    }
    const changedSubjects = [...subjectDeltas].filter(([, delta]) => delta !== 0);
    if (changedSubjects.length > 0) {
      await this.client.query(
        `UPDATE engine_subjects s SET record_count = s.record_count + d.delta, updated_at = $3
           FROM unnest($1::text[], $2::int[]) AS d(subject_id, delta) WHERE s.subject_id = d.subject_id`,
        [changedSubjects.map(([subjectId]) => subjectId), changedSubjects.map(([, delta]) => delta), timestamp(this.clock)],
      );
    }
    for (const [subjectId, changeSeq] of disturbed) await this.settleDisturbed(subjectId, changeSeq);
  }

  /** A subject that lost a node: gone when it has no records left, else marked changed and shown with an identity from what is left. */
  private async settleDisturbed(subjectId: string, changeSeq: number): Promise<void> {
    const { rows } = await this.client.query<{ record_count: number }>('SELECT record_count FROM engine_subjects WHERE subject_id = $1', [subjectId]);
    if ((rows[0]?.record_count ?? 0) <= 0) {
      await this.client.query('DELETE FROM engine_subjects WHERE subject_id = $1', [subjectId]);
      await this.client.query('DELETE FROM engine_links WHERE subject_id = $1', [subjectId]);
      await this.client.query('DELETE FROM engine_subject_redirects WHERE subject_id = $1', [subjectId]);
      return;
    }
    await this.client.query(
      'UPDATE engine_identity_nodes SET change_seq = $1 WHERE node_id IN (SELECT node_id FROM engine_subject_nodes WHERE subject_id = $2)',
      [changeSeq, subjectId],
    );
    // The canonical identity may have come from the records just erased, and must not outlive them until the next run.
    const { rows: nodes } = await this.client.query<{ identity: string; kind: SourceKind; record_count: number }>(
      `SELECT n.identity, s.kind, n.record_count FROM engine_subject_nodes sn JOIN engine_identity_nodes n ON n.node_id = sn.node_id
       JOIN engine_sources s ON s.source_id = n.source_id WHERE sn.subject_id = $1 ORDER BY n.node_id`,
      [subjectId],
    );
    if (nodes.length === 0) return;
    const identity = canonicalIdentity(
      nodes.map((node) => ({ identity: JSON.parse(node.identity) as RecordedIdentity, sourceKind: node.kind, records: node.record_count })),
    );
    await this.client.query('UPDATE engine_subjects SET canonical_identity = $1 WHERE subject_id = $2', [JSON.stringify(identity), subjectId]);
  }
}
