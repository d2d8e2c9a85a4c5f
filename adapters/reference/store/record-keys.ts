/**
 * Records by key (source and record id), kept apart from the records themselves. Record ids are
 * random, so a unique index on them took each ingest batch's keys all over the index: a batch
 * dirtied most of its pages and every commit wrote them to the log again, which grew with the
 * store (at a whole force's scale the larger part of ingest's writes). So records are only
 * appended; the keys above a watermark (the tail) are merged into `records_by_key` in one sorted
 * pass now and then, touching each page once per merge instead of once per batch.
 *
 * `record_lookup` (a view) finds any record by key: in the merged keys, or in the tail by a range
 * scan over the newest records. The ingest store keeps the tail's keys in memory to avoid that
 * scan (see ingest-store.ts); readers use the view.
 */
import { readSetting, writeSetting, type Connection } from './database.js';

/** The settings key of the highest record number whose key is in `records_by_key`. */
export const KEY_WATERMARK = 'record-keys:watermark';

export class RecordKeys {
  private readonly statements;

  constructor(private readonly database: Connection) {
    this.statements = {
      highest: database.prepare<[], { seq: number | null }>('SELECT max(seq) AS seq FROM records'),
      merge: database.prepare(
        'INSERT INTO records_by_key SELECT source_seq, record_id, seq FROM records WHERE seq > ? AND seq <= ? ORDER BY source_seq, record_id',
      ),
      find: database.prepare<[number, string], { seq: number }>('SELECT seq FROM records_by_key WHERE source_seq = ? AND record_id = ?'),
      forget: database.prepare('DELETE FROM records_by_key WHERE source_seq = ? AND record_id = ? AND seq = ?'),
    };
  }

  /** The highest record number whose key is merged; records above it are the tail. */
  watermark(): number {
    return Number(readSetting(this.database, KEY_WATERMARK) ?? '0');
  }

  /**
   * Merges the tail's keys into `records_by_key` and moves the watermark to the newest record.
   * Call inside the caller's write transaction. Returns how many keys were merged.
   */
  merge(): number {
    const watermark = this.watermark();
    const highest = this.statements.highest.get()?.seq ?? 0;
    if (highest <= watermark) return 0;
    const merged = this.statements.merge.run(watermark, highest).changes;
    writeSetting(this.database, KEY_WATERMARK, String(highest));
    return merged;
  }

  /** The number of the merged record with this key, if any (the tail is not searched). */
  findMerged(sourceSeq: number, recordId: string): number | undefined {
    return this.statements.find.get(sourceSeq, recordId)?.seq;
  }

  /** Removes a record's key before the record goes; call inside the erasure's transaction. */
  forget(sourceSeq: number, recordId: string, seq: number): void {
    this.statements.forget.run(sourceSeq, recordId, seq);
  }
}
