/**
 * Batch ingest. A batch is one transaction: every accepted record is committed together, or none
 * is. Each record joins the identity node for its source and recorded identity; a record joining a
 * node that is already part of a subject belongs to that subject at once, while new identities
 * wait for the next consolidation run (their nodes carry the batch's change number).
 *
 * Hot path (millions of records for a whole force): a new record costs one lookup of its key among
 * the merged keys (a read) and one append; keys appended since the last merge are held in memory,
 * and node ids are remembered by key so most records need no node lookup. Only when the id is
 * taken is the stored record read and compared field by field (canonical JSON).
 */
import type { RecordResult } from '../../../src/contract/index.js';
import type { IndexedRecord } from '../../../src/adapter/sources-v1.js';
import { errors } from '../../../src/adapter/errors.js';
import { nodeKeyOf } from '../consolidation/identity-nodes.js';
import { canonicalJson } from './canonical-json.js';
import { randomUUID } from 'node:crypto';
import { nextSequence, readSetting, writeSetting, type Connection } from './database.js';
import { nodeTerms } from './node-terms.js';
import { timestamp, type Clock } from './clock.js';
import { NODE_DELETIONS, NodeMaintenance } from './node-maintenance.js';
import { recordTypeCodes } from './record-type-codes.js';
import { RecordIndex } from './record-index.js';
import { RecordKeys } from './record-keys.js';

/** Node ids by node key: bounded, and emptied whenever a node may have been deleted (by any store). */
const NODE_CACHE_LIMIT = 500_000;

/**
 * How many appended keys are held in memory before they are merged into `records_by_key`. Each
 * merge touches the merged keys' pages once, so fewer, larger merges write less; the bound keeps
 * the memory (tens of MB) and a reader's scan of the tail (record_lookup) short.
 */
const TAIL_LIMIT = 200_000;

/**
 * The settings key naming the last store to append records. A store that finds another name
 * there cannot know the tail's keys, so it merges them first (another process, an import, or
 * this process after a restart).
 */
const TAIL_WRITER = 'record-keys:tail-writer';

interface ExistingRecord {
  seq: number;
  body: string;
  node_id: number;
}

export class IngestStore {
  private readonly selectAppended;
  private readonly selectMerged;
  private readonly insertRecord;
  private readonly updateRecord;
  private readonly selectNodeByKey;
  private readonly selectNode;
  private readonly insertNode;
  private readonly insertTerm;
  private readonly sourceSeq;
  private readonly nodes: NodeMaintenance;
  private readonly nodeCache = new Map<string, number>();
  /** The node-deletion count the cache was filled under; when it moves, some cached node may be gone. */
  private cacheDeletions: string | undefined;
  private readonly nodeDeletions;
  private readonly index: RecordIndex;
  private readonly keys: RecordKeys;
  /**
   * Record numbers by source and record id of the records this store appended above the key
   * watermark (committed batches only). A hint, checked against the row before it is believed: an
   * erasure may have removed the record since.
   */
  private readonly tail = new Map<number, Map<string, number>>();
  private tailSize = 0;
  private readonly writerId = randomUUID();
  private batchesWritten = 0;
  /** What this store last wrote under TAIL_WRITER; anything else there means the tail is not all ours. */
  private lastMark: string | undefined;

  /** `tailLimit`: appended keys held before a merge (tests make it small). */
  constructor(
    private readonly database: Connection,
    private readonly clock: Clock,
    private readonly tailLimit = TAIL_LIMIT,
  ) {
    this.selectAppended = database.prepare<[number], ExistingRecord & { source_seq: number; record_id: string }>(
      'SELECT seq, body, node_id, source_seq, record_id FROM records WHERE seq = ?',
    );
    this.selectMerged = database.prepare<[number, string], ExistingRecord>(
      'SELECT r.seq, r.body, r.node_id FROM records_by_key k JOIN records r ON r.seq = k.seq WHERE k.source_seq = ? AND k.record_id = ?',
    );
    this.insertRecord = database.prepare(
      'INSERT INTO records (seq, source_seq, record_id, type_code, occurred_ms, body, ingested_at, node_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    this.updateRecord = database.prepare('UPDATE records SET type_code = ?, occurred_ms = ?, body = ?, ingested_at = ?, node_id = ? WHERE seq = ?');
    this.selectNodeByKey = database.prepare<[string], { node_id: number }>('SELECT node_id FROM identity_nodes WHERE node_key = ?');
    this.selectNode = database.prepare<[number], { node_key: string | null; identity: string }>(
      'SELECT node_key, identity FROM identity_nodes WHERE node_id = ?',
    );
    this.insertNode = database.prepare('INSERT INTO identity_nodes (source_id, node_key, identity, record_count, change_seq) VALUES (?, ?, ?, 0, ?)');
    this.insertTerm = database.prepare('INSERT OR IGNORE INTO node_terms (term, kind, node_id) VALUES (?, ?, ?)');
    this.sourceSeq = database.prepare<[string], { seq: number }>('SELECT seq FROM sources WHERE source_id = ?');
    this.nodeDeletions = database.prepare<[], { value: string }>(`SELECT value FROM settings WHERE key = '${NODE_DELETIONS}'`);
    this.nodes = new NodeMaintenance(database, clock);
    this.index = new RecordIndex(database);
    this.keys = new RecordKeys(database);
  }

  /**
   * Ingests a batch in one transaction (a savepoint when the caller already holds one).
   * `ingestedAtOf` keeps the original acceptance times when records are imported.
   */
  ingest(sourceId: string, batch: readonly IndexedRecord[], ingestedAtOf?: (index: number) => string): RecordResult[] {
    const sourceSeq = this.sourceSeq.get(sourceId)?.seq;
    if (sourceSeq === undefined) throw errors.notFound(`No source with id "${sourceId}"; register it with PUT /v1/sources/${sourceId} first.`);
    const resolvedInBatch = new Map<string, number>();
    const appended = new Map<string, number>();
    const mark = `${this.writerId}:${this.batchesWritten + 1}`;
    let tailMerged = false;
    const results = this.database
      .transaction(() => {
        // Erasure elsewhere may have deleted a node this cache remembers: a record must never join a dead node.
        const deletions = this.nodeDeletions.get()?.value;
        if (deletions !== this.cacheDeletions) {
          this.nodeCache.clear();
          this.cacheDeletions = deletions;
        }
        // Records appended by anyone else are found only once their keys are merged.
        if (readSetting(this.database, TAIL_WRITER) !== this.lastMark) {
          this.keys.merge();
          tailMerged = true;
        }
        const changeSeq = nextSequence(this.database, 'change');
        const now = timestamp(this.clock);
        // Usually null (SQLite numbers records); a number when erasures left the newest record under a watermark.
        let seq = this.index.nextSeq(this.keys.watermark());
        const outcomes = batch.map(({ index, record }): RecordResult => {
          const occurredMs = Date.parse(record.occurredAt);
          const typeCode = recordTypeCodes[record.type];
          const ingestedAt = ingestedAtOf?.(index) ?? now;
          const existing = this.existing(sourceSeq, record.recordId, appended);
          if (existing && canonicalJson(JSON.parse(existing.body)) === canonicalJson(record))
            return { index, recordId: record.recordId, status: 'unchanged' as const };

          const key = nodeKeyOf(sourceId, record.identity);
          const body = JSON.stringify(record);
          if (existing) {
            const nodeId = this.nodeFor(sourceId, key, record.identity, changeSeq, existing.node_id, resolvedInBatch);
            this.index.forget(existing.seq);
            this.updateRecord.run(typeCode, occurredMs, body, ingestedAt, nodeId, existing.seq);
            this.index.refresh(existing.seq);
            if (existing.node_id !== nodeId) {
              this.nodes.addRecords(nodeId, 1);
              this.nodes.addRecords(existing.node_id, -1, changeSeq);
            }
            return { index, recordId: record.recordId, status: 'updated' as const };
          }
          // Common case: a new record of a known identity needs no node lookup.
          const known = key === null ? undefined : (resolvedInBatch.get(key) ?? this.nodeCache.get(key));
          const nodeId = known ?? this.nodeFor(sourceId, key, record.identity, changeSeq, undefined, resolvedInBatch);
          const inserted = this.insertRecord.run(seq, sourceSeq, record.recordId, typeCode, occurredMs, body, ingestedAt, nodeId);
          seq = null;
          appended.set(record.recordId, Number(inserted.lastInsertRowid));
          this.nodes.addRecords(nodeId, 1);
          return { index, recordId: record.recordId, status: 'created' as const };
        });
        // A node this batch emptied is deleted here and counted, so the next batch empties the cache.
        this.nodes.flush();
        if (this.tailSize + appended.size > this.tailLimit) {
          this.keys.merge();
          tailMerged = true;
          appended.clear();
        }
        writeSetting(this.database, TAIL_WRITER, mark);
        return outcomes;
      })
      .immediate();
    // Only what committed may be remembered: a rolled-back batch leaves no node ids or keys behind.
    this.batchesWritten += 1;
    this.lastMark = mark;
    if (tailMerged) {
      this.tail.clear();
      this.tailSize = 0;
    }
    if (appended.size > 0) {
      let keys = this.tail.get(sourceSeq);
      if (!keys) this.tail.set(sourceSeq, (keys = new Map()));
      for (const [recordId, recordSeq] of appended) keys.set(recordId, recordSeq);
      this.tailSize += appended.size;
    }
    if (this.nodeCache.size + resolvedInBatch.size > NODE_CACHE_LIMIT) this.nodeCache.clear();
    for (const [key, nodeId] of resolvedInBatch) this.nodeCache.set(key, nodeId);
    return results;
  }

  /**
   * The stored record with this key: one this batch or an earlier one of this store appended (if
   * the row still holds it), else a merged one. Every other record is merged before a batch starts.
   */
  private existing(sourceSeq: number, recordId: string, appended: Map<string, number>): ExistingRecord | undefined {
    const seq = appended.get(recordId) ?? this.tail.get(sourceSeq)?.get(recordId);
    if (seq !== undefined) {
      const row = this.selectAppended.get(seq);
      if (row && row.source_seq === sourceSeq && row.record_id === recordId) return row;
    }
    return this.selectMerged.get(sourceSeq, recordId);
  }

  /**
   * The node a record belongs to: the shared node for its source and identity when that identity
   * holds a strong identifier, otherwise a node of its own (kept across updates of the record).
   */
  private nodeFor(
    sourceId: string,
    key: string | null,
    identity: IndexedRecord['record']['identity'],
    changeSeq: number,
    currentNodeId: number | undefined,
    resolvedInBatch: Map<string, number>,
  ): number {
    if (key !== null) {
      const known = resolvedInBatch.get(key) ?? this.nodeCache.get(key) ?? this.selectNodeByKey.get(key)?.node_id;
      if (known !== undefined) {
        resolvedInBatch.set(key, known);
        return known;
      }
      const nodeId = this.createNode(sourceId, key, identity, changeSeq);
      resolvedInBatch.set(key, nodeId);
      return nodeId;
    }
    if (currentNodeId !== undefined) {
      const current = this.selectNode.get(currentNodeId);
      if (current && current.node_key === null) {
        const identityJson = canonicalJson(identity);
        if (current.identity !== identityJson) this.nodes.replaceIdentity(currentNodeId, identityJson, changeSeq, nodeTerms(identity));
        return currentNodeId;
      }
    }
    return this.createNode(sourceId, null, identity, changeSeq);
  }

  private createNode(sourceId: string, key: string | null, identity: IndexedRecord['record']['identity'], changeSeq: number): number {
    const nodeId = Number(this.insertNode.run(sourceId, key, canonicalJson(identity), changeSeq).lastInsertRowid);
    for (const { term, kind } of nodeTerms(identity)) this.insertTerm.run(term, kind, nodeId);
    return nodeId;
  }
}
