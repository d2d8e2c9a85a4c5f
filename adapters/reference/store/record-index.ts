/**
 * The record index: records by identity node and by type and time, as tables brought up to date
 * in bulk. Updating two indexes in random key order on every ingest batch multiplies the pages
 * each commit writes; at a whole force's scale (3.3 million records) that made ingest four times
 * slower. So ingest only appends records, and the index catches up in one sorted pass when
 * something needs it: a run, an export, or a read of a subject. A catch-up after one batch is a
 * few milliseconds; after a bulk load, seconds, once.
 */
import { readSetting, writeSetting, type Connection } from './database.js';
import { RecordKeys } from './record-keys.js';

const WATERMARK = 'record-index:watermark';

export class RecordIndex {
  private readonly statements;

  constructor(private readonly database: Connection) {
    this.statements = {
      highest: database.prepare<[], { seq: number | null }>('SELECT max(seq) AS seq FROM records'),
      byNode: database.prepare(
        'INSERT OR IGNORE INTO records_by_node SELECT node_id, seq, occurred_ms, type_code, source_seq, record_id FROM records WHERE seq > ? AND seq <= ? ORDER BY node_id, seq',
      ),
      byType: database.prepare(
        'INSERT OR IGNORE INTO records_by_type SELECT type_code, occurred_ms, seq FROM records WHERE seq > ? AND seq <= ? ORDER BY type_code, occurred_ms, seq',
      ),
      row: database.prepare<[number], { node_id: number; occurred_ms: number; type_code: number }>(
        'SELECT node_id, occurred_ms, type_code FROM records WHERE seq = ?',
      ),
      forgetByNode: database.prepare('DELETE FROM records_by_node WHERE node_id = ? AND seq = ?'),
      forgetByType: database.prepare('DELETE FROM records_by_type WHERE type_code = ? AND occurred_ms = ? AND seq = ?'),
    };
  }

  /**
   * The watermark this connection last saw. It only ever rises (new records are numbered above it,
   * see `nextSeq`), so a read that finds no record above it needs no write transaction: subject
   * reads, the API's hot path, call `catchUp` every time.
   */
  private seenWatermark = 0;

  /** Indexes every record added since the last catch-up. Returns how many were added. */
  catchUp(): number {
    if ((this.statements.highest.get()?.seq ?? 0) <= this.seenWatermark) return 0;
    return this.database
      .transaction(() => {
        const watermark = Number(readSetting(this.database, WATERMARK) ?? '0');
        const highest = this.statements.highest.get()?.seq ?? 0;
        this.seenWatermark = Math.max(watermark, highest);
        if (highest <= watermark) return 0;
        this.statements.byNode.run(watermark, highest);
        this.statements.byType.run(watermark, highest);
        writeSetting(this.database, WATERMARK, String(highest));
        // The record keys too, so that lookups by key after a catch-up scan no tail.
        new RecordKeys(this.database).merge();
        return highest - watermark;
      })
      .immediate();
  }

  /**
   * The number the next new record must take, or null to let SQLite number it (the highest plus
   * one). Erasing the newest records lowers the highest number below the watermark, and a record
   * numbered at or under the watermark would never be indexed; `floor` is another watermark the
   * record must be numbered above (the record keys'). Call inside the ingest transaction.
   */
  nextSeq(floor = 0): number | null {
    const watermark = Math.max(Number(readSetting(this.database, WATERMARK) ?? '0'), floor);
    return (this.statements.highest.get()?.seq ?? 0) < watermark ? watermark + 1 : null;
  }

  /**
   * Removes a record's entries before its row changes or goes; call inside the write's transaction.
   * Records not yet indexed have none, and the next catch-up reads their current row.
   */
  forget(seq: number): void {
    if (seq > Number(readSetting(this.database, WATERMARK) ?? '0')) return;
    const row = this.statements.row.get(seq);
    if (!row) return;
    this.statements.forgetByNode.run(row.node_id, seq);
    this.statements.forgetByType.run(row.type_code, row.occurred_ms, seq);
  }

  /** Re-indexes one already-indexed record after its row changed (updates are rare; batches append). */
  refresh(seq: number): void {
    if (seq > Number(readSetting(this.database, WATERMARK) ?? '0')) return;
    this.statements.byNode.run(seq - 1, seq);
    this.statements.byType.run(seq - 1, seq);
  }
}
