/** Reading and erasing records. */
import type { Erasure, Flag, SourceRecord, StoredRecord } from '../../../src/contract/index.js';
import { errors } from '../../../src/adapter/errors.js';
import { nextSequence, truncateWal, type Connection } from './database.js';
import { flagFingerprint } from './flags-store.js';
import { timestamp, type Clock } from './clock.js';
import { NodeMaintenance } from './node-maintenance.js';
import { RecordIndex } from './record-index.js';
import { RecordKeys } from './record-keys.js';
import { forgetErasedNames } from './erased-names.js';

interface RecordRow {
  seq: number;
  source_id: string;
  source_seq: number;
  record_id: string;
  body: string;
  ingested_at: string;
  node_id: number;
  subject_id: string | null;
}

export class RecordsStore {
  private readonly selectOne;
  private readonly deleteOne;
  private readonly flagsWithEvidence;
  private readonly updateFlagBody;
  private readonly updateFingerprint;
  private readonly deleteEvidence;

  constructor(
    private readonly database: Connection,
    private readonly clock: Clock,
  ) {
    this.selectOne = database.prepare<[string, string], RecordRow>(
      `SELECT r.seq, s.source_id, r.source_seq, r.record_id, r.body, r.ingested_at, r.node_id, sn.subject_id
       FROM record_lookup l JOIN records r ON r.seq = l.seq JOIN sources s ON s.seq = r.source_seq
       LEFT JOIN subject_nodes sn ON sn.node_id = r.node_id
       WHERE l.source_seq = (SELECT seq FROM sources WHERE source_id = ?) AND l.record_id = ?`,
    );
    this.deleteOne = database.prepare('DELETE FROM records WHERE seq = ?');
    this.flagsWithEvidence = database.prepare<[string, string], { seq: number; body: string }>(
      'SELECT f.seq, f.body FROM flag_evidence e JOIN flags f ON f.seq = e.flag_seq WHERE e.source_id = ? AND e.record_id = ?',
    );
    this.updateFlagBody = database.prepare('UPDATE flags SET body = ? WHERE seq = ?');
    // Another flag may already hold that evidence exactly; then this one keeps its old fingerprint.
    this.updateFingerprint = database.prepare('UPDATE OR IGNORE flags SET fingerprint = ? WHERE seq = ?');
    this.deleteEvidence = database.prepare('DELETE FROM flag_evidence WHERE source_id = ? AND record_id = ?');
  }

  get(sourceId: string, recordId: string): StoredRecord {
    const row = this.selectOne.get(sourceId, recordId);
    if (!row) throw errors.notFound(`No record "${recordId}" in source "${sourceId}".`);
    return { sourceId: row.source_id, ingestedAt: row.ingested_at, subjectId: row.subject_id, record: JSON.parse(row.body) as SourceRecord };
  }

  /**
   * Erases a record and what was derived from it, in one transaction: the record leaves its node
   * and subject (an emptied subject disappears; a disturbed one is re-checked by the next
   * consolidation run) and leaves the evidence of every flag. Flags themselves stay, with their
   * reviews, because the review history is the force's own record of what it decided.
   * Once committed, the write-ahead log (which still holds the pages as they were) is emptied.
   */
  erase(sourceId: string, recordId: string, reason: Erasure['reason']): Erasure {
    const erasure = this.eraseInTransaction(sourceId, recordId, reason);
    truncateWal(this.database);
    return erasure;
  }

  private eraseInTransaction(sourceId: string, recordId: string, reason: Erasure['reason']): Erasure {
    return this.database
      .transaction(() => {
        const row = this.selectOne.get(sourceId, recordId);
        if (!row) throw errors.notFound(`No record "${recordId}" in source "${sourceId}".`);
        new RecordIndex(this.database).forget(row.seq);
        new RecordKeys(this.database).forget(row.source_seq, row.record_id, row.seq);
        this.deleteOne.run(row.seq);
        const nodes = new NodeMaintenance(this.database, this.clock);
        nodes.addRecords(row.node_id, -1, nextSequence(this.database, 'change'));
        nodes.flush();
        forgetErasedNames(this.database, (JSON.parse(row.body) as SourceRecord).identity);
        for (const flag of this.flagsWithEvidence.all(sourceId, recordId)) {
          const body = JSON.parse(flag.body) as Flag;
          body.evidence = body.evidence.filter((reference) => !(reference.sourceId === sourceId && reference.recordId === recordId));
          // The fingerprint follows the evidence, so a later run finding the same pattern on what is
          // left recognises this flag instead of raising a duplicate.
          this.updateFlagBody.run(JSON.stringify(body), flag.seq);
          this.updateFingerprint.run(flagFingerprint(body), flag.seq);
        }
        this.deleteEvidence.run(sourceId, recordId);
        return { sourceId, recordId, reason, erasedAt: timestamp(this.clock) };
      })
      .immediate();
  }
}
