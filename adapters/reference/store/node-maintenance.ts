/**
 * Keeps identity nodes and subjects consistent as records come and go, within the caller's
 * transaction. Record counts are batched per node and per subject and written once by `flush`.
 * A node left with no records disappears from its subject; the subject's other nodes are marked
 * changed so that the next consolidation run checks whether they still belong together.
 */
import type { Connection } from './database.js';
import { timestamp, type Clock } from './clock.js';
import type { NodeTerm } from './node-terms.js';
import type { RecordedIdentity, SourceKind } from '../../../src/contract/index.js';
import { canonicalIdentity } from '../services/canonical-identity.js';

/** The settings key counting the flushes that deleted identity nodes, whichever store or connection flushed. */
export const NODE_DELETIONS = 'identity-nodes:deletions';

export class NodeMaintenance {
  private readonly nodeDeltas = new Map<number, number>();
  private readonly removalChangeSeq = new Map<number, number>();
  private readonly statements;

  constructor(
    private readonly database: Connection,
    private readonly clock: Clock,
  ) {
    this.statements = {
      addToNode: database.prepare('UPDATE identity_nodes SET record_count = record_count + ? WHERE node_id = ?'),
      nodeCount: database.prepare<[number], { record_count: number }>('SELECT record_count FROM identity_nodes WHERE node_id = ?'),
      subjectOf: database.prepare<[number], { subject_id: string }>('SELECT subject_id FROM subject_nodes WHERE node_id = ?'),
      addToSubject: database.prepare('UPDATE subjects SET record_count = record_count + ?, updated_at = ? WHERE subject_id = ?'),
      subjectCount: database.prepare<[string], { record_count: number }>('SELECT record_count FROM subjects WHERE subject_id = ?'),
      deleteNode: database.prepare('DELETE FROM identity_nodes WHERE node_id = ?'),
      deleteTerms: database.prepare('DELETE FROM node_terms WHERE node_id = ?'),
      deleteMembership: database.prepare('DELETE FROM subject_nodes WHERE node_id = ?'),
      deleteNodeLinks: database.prepare('DELETE FROM links WHERE subject_id = ? AND (left_node = ? OR right_node = ?)'),
      markSubjectChanged: database.prepare(
        'UPDATE identity_nodes SET change_seq = ? WHERE node_id IN (SELECT node_id FROM subject_nodes WHERE subject_id = ?)',
      ),
      deleteSubject: database.prepare('DELETE FROM subjects WHERE subject_id = ?'),
      subjectNodes: database.prepare<[string], { identity: string; kind: SourceKind; record_count: number }>(
        'SELECT n.identity, s.kind, n.record_count FROM subject_nodes sn JOIN identity_nodes n ON n.node_id = sn.node_id JOIN sources s ON s.source_id = n.source_id WHERE sn.subject_id = ?',
      ),
      replaceCanonical: database.prepare('UPDATE subjects SET canonical_identity = ? WHERE subject_id = ?'),
      deleteSubjectLinks: database.prepare('DELETE FROM links WHERE subject_id = ?'),
      deleteRedirectsTo: database.prepare('DELETE FROM subject_redirects WHERE subject_id = ?'),
      replaceIdentity: database.prepare('UPDATE identity_nodes SET identity = ?, change_seq = ? WHERE node_id = ?'),
      insertTerm: database.prepare('INSERT OR IGNORE INTO node_terms (term, kind, node_id) VALUES (?, ?, ?)'),
      countDeletions: database.prepare(
        `INSERT INTO settings (key, value) VALUES ('${NODE_DELETIONS}', '1') ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1`,
      ),
    };
  }

  /** Counts records joining (positive) or leaving (negative) a node. `changeSeq` marks what a removal disturbs. */
  addRecords(nodeId: number, delta: number, changeSeq?: number): void {
    this.nodeDeltas.set(nodeId, (this.nodeDeltas.get(nodeId) ?? 0) + delta);
    if (changeSeq !== undefined) this.removalChangeSeq.set(nodeId, changeSeq);
  }

  /** A keyless node's identity changed (its only record was updated): re-index it and mark it changed. */
  replaceIdentity(nodeId: number, identityJson: string, changeSeq: number, terms: NodeTerm[]): void {
    this.statements.replaceIdentity.run(identityJson, changeSeq, nodeId);
    this.statements.deleteTerms.run(nodeId);
    for (const { term, kind } of terms) this.statements.insertTerm.run(term, kind, nodeId);
    const subject = this.statements.subjectOf.get(nodeId);
    if (subject) this.statements.markSubjectChanged.run(changeSeq, subject.subject_id);
  }

  /** Writes the batched counts, removing emptied nodes and subjects. */
  flush(): void {
    let nodesDeleted = 0;
    const now = timestamp(this.clock);
    const subjectDeltas = new Map<string, number>();
    const disturbed = new Map<string, number>();
    for (const [nodeId, delta] of this.nodeDeltas) {
      if (delta === 0) continue;
      this.statements.addToNode.run(delta, nodeId);
      const subject = this.statements.subjectOf.get(nodeId)?.subject_id;
      if (subject) subjectDeltas.set(subject, (subjectDeltas.get(subject) ?? 0) + delta);
      if ((this.statements.nodeCount.get(nodeId)?.record_count ?? 0) > 0) continue;
      this.statements.deleteNode.run(nodeId);
      this.statements.deleteTerms.run(nodeId);
      nodesDeleted += 1;
      if (subject) {
        this.statements.deleteMembership.run(nodeId);
        this.statements.deleteNodeLinks.run(subject, nodeId, nodeId);
        disturbed.set(subject, this.removalChangeSeq.get(nodeId) ?? 0);
      }
    }
    for (const [subjectId, delta] of subjectDeltas) {
      if (delta !== 0) this.statements.addToSubject.run(delta, now, subjectId);
    }
    for (const [subjectId, changeSeq] of disturbed) {
      if ((this.statements.subjectCount.get(subjectId)?.record_count ?? 0) <= 0) {
        this.statements.deleteSubject.run(subjectId);
        this.statements.deleteSubjectLinks.run(subjectId);
        this.statements.deleteRedirectsTo.run(subjectId);
      } else {
        this.statements.markSubjectChanged.run(changeSeq, subjectId);
        this.recomputeCanonical(subjectId);
      }
    }
    // Other connections and stores cache node ids by key (ingest does): this tells them to forget.
    if (nodesDeleted > 0) this.statements.countDeletions.run();
    this.nodeDeltas.clear();
    this.removalChangeSeq.clear();
  }

  /**
   * A subject that lost a node is shown with an identity chosen from the nodes it has left: the
   * canonical identity may have come from the records just erased (an HR record's NI number and
   * date of birth), and must not outlive them until the next consolidation run.
   */
  private recomputeCanonical(subjectId: string): void {
    const nodes = this.statements.subjectNodes.all(subjectId);
    if (nodes.length === 0) return;
    const identity = canonicalIdentity(
      nodes.map((node) => ({ identity: JSON.parse(node.identity) as RecordedIdentity, sourceKind: node.kind, records: node.record_count })),
    );
    this.statements.replaceCanonical.run(JSON.stringify(identity), subjectId);
  }
}
