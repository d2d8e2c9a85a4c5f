/**
 * Batch ingest. A batch is one transaction: every accepted record is committed together, or none
 * is. Each record joins the identity node for its source and recorded identity; a record joining a
 * node that is already part of a subject belongs to that subject at once, while new identities
 * wait for the next consolidation run (their nodes carry the batch's change number).
 *
 * Hot path (millions of records for a whole force): a new record costs one insert; only when the
 * id is taken is the stored record read and compared field by field (canonical JSON), and node
 * ids are remembered by key so most records need no node lookup.
 */
import type { RecordResult } from '../../../src/contract/index.js';
import type { IndexedRecord } from '../../../src/adapter/sources-v1.js';
import { errors } from '../../../src/adapter/errors.js';
import { nodeKeyOf } from '../consolidation/identity-nodes.js';
import { canonicalJson } from './canonical-json.js';
import { nextSequence, type Connection } from './database.js';
import { nodeTerms } from './node-terms.js';
import { timestamp, type Clock } from './clock.js';
import { NODE_DELETIONS, NodeMaintenance } from './node-maintenance.js';
import { recordTypeCodes } from './record-type-codes.js';
import { RecordIndex } from './record-index.js';

/** Node ids by node key: bounded, and emptied whenever a node may have been deleted (by any store). */
const NODE_CACHE_LIMIT = 500_000;

interface ExistingRecord {
  seq: number;
  body: string;
  node_id: number;
}

export class IngestStore {
  private readonly selectRecord;
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

  constructor(
    private readonly database: Connection,
    private readonly clock: Clock,
  ) {
    this.selectRecord = database.prepare<[number, string], ExistingRecord>('SELECT seq, body, node_id FROM records WHERE source_seq = ? AND record_id = ?');
    this.insertRecord = database.prepare(
      'INSERT INTO records (seq, source_seq, record_id, type_code, occurred_ms, body, ingested_at, node_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source_seq, record_id) DO NOTHING',
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
  }

  /**
   * Ingests a batch in one transaction (a savepoint when the caller already holds one).
   * `ingestedAtOf` keeps the original acceptance times when records are imported.
   */
  ingest(sourceId: string, batch: readonly IndexedRecord[], ingestedAtOf?: (index: number) => string): RecordResult[] {
    const sourceSeq = this.sourceSeq.get(sourceId)?.seq;
    if (sourceSeq === undefined) throw errors.notFound(`No source with id "${sourceId}"; register it with PUT /v1/sources/${sourceId} first.`);
    const resolvedInBatch = new Map<string, number>();
    const results = this.database
      .transaction(() => {
        // Erasure elsewhere may have deleted a node this cache remembers: a record must never join a dead node.
        const deletions = this.nodeDeletions.get()?.value;
        if (deletions !== this.cacheDeletions) {
          this.nodeCache.clear();
          this.cacheDeletions = deletions;
        }
        const changeSeq = nextSequence(this.database, 'change');
        const now = timestamp(this.clock);
        // Usually null (SQLite numbers records); once a record is in, the next are numbered above it.
        let seq = this.index.nextSeq();
        const insert = (...values: [number, string, number, number, string, string, number]) => {
          const inserted = this.insertRecord.run(seq, ...values).changes === 1;
          if (inserted) seq = null;
          return inserted;
        };
        const outcomes = batch.map(({ index, record }): RecordResult => {
          const body = JSON.stringify(record);
          const occurredMs = Date.parse(record.occurredAt);
          const typeCode = recordTypeCodes[record.type];
          const ingestedAt = ingestedAtOf?.(index) ?? now;
          const key = nodeKeyOf(sourceId, record.identity);
          const knownNode = key === null ? undefined : (resolvedInBatch.get(key) ?? this.nodeCache.get(key));
          if (knownNode !== undefined) {
            // Common case: a new record of a known identity. One insert, no lookups.
            if (insert(sourceSeq, record.recordId, typeCode, occurredMs, body, ingestedAt, knownNode)) {
              this.nodes.addRecords(knownNode, 1);
              return { index, recordId: record.recordId, status: 'created' as const };
            }
          }
          const existing = this.selectRecord.get(sourceSeq, record.recordId);
          if (existing && canonicalJson(JSON.parse(existing.body)) === canonicalJson(record))
            return { index, recordId: record.recordId, status: 'unchanged' as const };

          const nodeId = this.nodeFor(sourceId, key, record.identity, changeSeq, existing?.node_id, resolvedInBatch);
          if (existing) {
            this.index.forget(existing.seq);
            this.updateRecord.run(typeCode, occurredMs, body, ingestedAt, nodeId, existing.seq);
            this.index.refresh(existing.seq);
            if (existing.node_id !== nodeId) {
              this.nodes.addRecords(nodeId, 1);
              this.nodes.addRecords(existing.node_id, -1, changeSeq);
            }
            return { index, recordId: record.recordId, status: 'updated' as const };
          }
          insert(sourceSeq, record.recordId, typeCode, occurredMs, body, ingestedAt, nodeId);
          this.nodes.addRecords(nodeId, 1);
          return { index, recordId: record.recordId, status: 'created' as const };
        });
        // A node this batch emptied is deleted here and counted, so the next batch empties the cache.
        this.nodes.flush();
        return outcomes;
      })
      .immediate();
    // Only ids of committed nodes may be remembered: a rolled-back batch leaves none behind.
    if (this.nodeCache.size + resolvedInBatch.size > NODE_CACHE_LIMIT) this.nodeCache.clear();
    for (const [key, nodeId] of resolvedInBatch) this.nodeCache.set(key, nodeId);
    return results;
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
