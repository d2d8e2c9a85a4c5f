/**
 * Reading and erasing records on PostgreSQL, with the rules of store/records-store.ts. An erasure
 * is one engine write: the record leaves its node and subject (an emptied subject disappears; a
 * disturbed one is re-checked by the next consolidation run), leaves the evidence of every flag
 * (flags stay, with their reviews), and its names leave the stored match model when no one else
 * holds them. PostgreSQL keeps the old row versions until VACUUM reclaims them; see
 * docs/deployment.md for what that means for erasure.
 */
import type pg from 'pg';
import type { Erasure, Flag, SourceRecord, StoredRecord } from '../../../src/contract/index.js';
import { errors } from '../../../src/adapter/errors.js';
import { flagFingerprint } from '../store/flags-store.js';
import { erasedNameWords, MODEL_KEY, modelWithoutErasedNames } from '../store/erased-names.js';
import { timestamp, type Clock } from '../store/clock.js';
import { engineWrite, nextSequence, readSetting, writeSetting, type Queryable } from './engine-database.js';
import { PgNodeMaintenance } from './pg-node-maintenance.js';

interface RecordRow {
  seq: number;
  body: string;
  ingested_at: string;
  node_id: number;
  subject_id: string | null;
}

export class PgRecordsStore {
  constructor(
    private readonly pool: pg.Pool,
    private readonly clock: Clock,
  ) {}

  private async row(db: Queryable, sourceId: string, recordId: string): Promise<RecordRow> {
    const { rows } = await db.query<RecordRow>(
      `SELECT r.seq, r.body, r.ingested_at, r.node_id, sn.subject_id
         FROM engine_records r JOIN engine_sources s ON s.seq = r.source_seq LEFT JOIN engine_subject_nodes sn ON sn.node_id = r.node_id
        WHERE s.source_id = $1 AND r.record_id = $2`,
      [sourceId, recordId],
    );
    if (!rows[0]) throw errors.notFound(`No record "${recordId}" in source "${sourceId}".`);
    return rows[0];
  }

  async get(sourceId: string, recordId: string): Promise<StoredRecord> {
    const row = await this.row(this.pool, sourceId, recordId);
    return { sourceId, ingestedAt: row.ingested_at, subjectId: row.subject_id, record: JSON.parse(row.body) as SourceRecord };
  }

  erase(sourceId: string, recordId: string, reason: Erasure['reason']): Promise<Erasure> {
    return engineWrite(this.pool, async (client) => {
      const row = await this.row(client, sourceId, recordId);
      await client.query('DELETE FROM engine_records WHERE seq = $1', [row.seq]);
      const nodes = new PgNodeMaintenance(client, this.clock);
      nodes.addRecords(row.node_id, -1, await nextSequence(client, 'change'));
      await nodes.flush();
      await this.forgetNames(client, (JSON.parse(row.body) as SourceRecord).identity);
      const { rows: flags } = await client.query<{ seq: number; body: string }>(
        'SELECT f.seq, f.body FROM engine_flag_evidence e JOIN engine_flags f ON f.seq = e.flag_seq WHERE e.source_id = $1 AND e.record_id = $2',
        [sourceId, recordId],
      );
      for (const flag of flags) {
        const body = JSON.parse(flag.body) as Flag;
        body.evidence = body.evidence.filter((reference) => !(reference.sourceId === sourceId && reference.recordId === recordId));
        // The fingerprint follows the evidence, unless another flag already holds that evidence exactly.
        await client.query(
          `UPDATE engine_flags SET body = $1,
             fingerprint = CASE WHEN EXISTS (SELECT 1 FROM engine_flags o WHERE o.fingerprint = $2 AND o.seq <> $3) THEN fingerprint ELSE $2 END
           WHERE seq = $3`,
          [JSON.stringify(body), flagFingerprint(body), flag.seq],
        );
      }
      await client.query('DELETE FROM engine_flag_evidence WHERE source_id = $1 AND record_id = $2', [sourceId, recordId]);
      return { sourceId, recordId, reason, erasedAt: timestamp(this.clock) };
    });
  }

  /** Drops the erased identity's names from the stored model's frequency tables when no remaining node holds them. */
  private async forgetNames(client: pg.PoolClient, identity: SourceRecord['identity']): Promise<void> {
    const stored = await readSetting(client, MODEL_KEY);
    if (!stored) return;
    const { rows } = await client.query<{ term: string }>("SELECT DISTINCT term FROM engine_node_terms WHERE kind = 'name' AND term = ANY($1::text[])", [
      erasedNameWords(identity),
    ]);
    const held = new Set(rows.map((row) => row.term));
    const updated = modelWithoutErasedNames(stored, identity, (words) => words.every((word) => held.has(word)));
    if (updated !== undefined) await writeSetting(client, MODEL_KEY, updated);
  }
}
