/**
 * Batch ingest on PostgreSQL, with the rules of store/ingest-store.ts: a batch is one transaction
 * (every accepted record commits together, or none does, and the promise resolves only after the
 * commit); a record joins the identity node for its source and recorded identity (a shared node when
 * the identity holds a strong identifier, a node of its own otherwise, kept across updates); the same
 * id with the same content (canonical JSON) is `unchanged`.
 *
 * Round trips, not rows, are the cost here: the batch's stored records and known nodes are read in
 * two statements, the outcome of every record is decided in memory in batch order (a record sent
 * twice in one batch sees its first copy, as on SQLite), and the new nodes, terms and records are
 * written in one statement each.
 */
import type pg from 'pg';
import type { RecordResult, RecordedIdentity } from '../../../src/contract/index.js';
import type { IndexedRecord } from '../../../src/adapter/sources-v1.js';
import { errors } from '../../../src/adapter/errors.js';
import { nodeKeyOf } from '../consolidation/identity-nodes.js';
import { canonicalJson } from '../store/canonical-json.js';
import { nodeTerms, type NodeTerm } from '../store/node-terms.js';
import { timestamp, type Clock } from '../store/clock.js';
import { recordTypeCodes } from '../store/record-type-codes.js';
import { engineWrite, nextSequence, refreshStatistics } from './engine-database.js';
import { insertTerms, PgNodeMaintenance } from './pg-node-maintenance.js';

interface StoredRecordState {
  seq: number | null;
  body: string;
  nodeId: number;
}

interface NodeState {
  key: string | null;
  identity: string;
}

interface NewNode {
  tempId: number;
  key: string | null;
  identity: string;
  terms: NodeTerm[];
}

interface RecordWrite {
  recordId: string;
  typeCode: number;
  occurredMs: number;
  body: string;
  ingestedAt: string;
  nodeId: number;
}

export class PgIngestStore {
  constructor(
    private readonly pool: pg.Pool,
    private readonly clock: Clock,
  ) {}

  /** Records this replica created since it last refreshed the planner's statistics, and how many it had then. */
  private created = 0;
  private createdAtLastRefresh = 0;

  /** Ingests a batch in one engine write. `ingestedAtOf` keeps the original acceptance times (import). */
  async ingest(sourceId: string, batch: readonly IndexedRecord[], ingestedAtOf?: (index: number) => string): Promise<RecordResult[]> {
    const results = await engineWrite(this.pool, (client) => this.ingestIn(client, sourceId, batch, ingestedAtOf));
    this.created += results.filter((result) => result.status === 'created').length;
    // A bulk load outgrows the statistics the planner had (then it scans a source's records to look
    // up a batch): refreshed each time the records this replica added double, so a few times a load.
    if (this.created >= Math.max(5_000, this.createdAtLastRefresh * 2)) {
      this.createdAtLastRefresh = this.created;
      await refreshStatistics(this.pool, ['engine_records', 'engine_identity_nodes', 'engine_node_terms']);
    }
    return results;
  }

  /** The same, inside the caller's engine write (an import). */
  async ingestIn(client: pg.PoolClient, sourceId: string, batch: readonly IndexedRecord[], ingestedAtOf?: (index: number) => string): Promise<RecordResult[]> {
    const { rows: source } = await client.query<{ seq: number }>('SELECT seq FROM engine_sources WHERE source_id = $1', [sourceId]);
    if (!source[0]) throw errors.notFound(`No source with id "${sourceId}"; register it with PUT /v1/sources/${sourceId} first.`);
    const sourceSeq = source[0].seq;
    const changeSeq = await nextSequence(client, 'change');
    const now = timestamp(this.clock);

    const keys = batch.map(({ record }) => nodeKeyOf(sourceId, record.identity));
    const { stored, nodes } = await this.storedRecords(client, sourceSeq, batch);
    const nodeOfKey = await this.nodesByKey(client, keys);
    const maintenance = new PgNodeMaintenance(client, this.clock);
    const newNodes: NewNode[] = [];
    const inserts: RecordWrite[] = [];
    const updates: (RecordWrite & { seq: number })[] = [];
    const replaced: { nodeId: number; identity: string; terms: NodeTerm[] }[] = [];

    const createNode = (key: string | null, identity: RecordedIdentity): number => {
      const node: NewNode = { tempId: -(newNodes.length + 1), key, identity: canonicalJson(identity), terms: nodeTerms(identity) };
      newNodes.push(node);
      nodes.set(node.tempId, { key, identity: node.identity });
      if (key !== null) nodeOfKey.set(key, node.tempId);
      return node.tempId;
    };
    const nodeFor = (key: string | null, identity: RecordedIdentity, currentNodeId: number | undefined): number => {
      if (key !== null) return nodeOfKey.get(key) ?? createNode(key, identity);
      const current = currentNodeId === undefined ? undefined : nodes.get(currentNodeId);
      if (currentNodeId !== undefined && current && current.key === null) {
        const identityJson = canonicalJson(identity);
        if (current.identity !== identityJson) {
          current.identity = identityJson;
          const fresh = newNodes.find((node) => node.tempId === currentNodeId);
          if (fresh) Object.assign(fresh, { identity: identityJson, terms: nodeTerms(identity) });
          else replaced.push({ nodeId: currentNodeId, identity: identityJson, terms: nodeTerms(identity) });
        }
        return currentNodeId;
      }
      return createNode(null, identity);
    };

    const results = batch.map(({ index, record }, position): RecordResult => {
      const existing = stored.get(record.recordId);
      if (existing && canonicalJson(JSON.parse(existing.body)) === canonicalJson(record)) return { index, recordId: record.recordId, status: 'unchanged' };
      const write: RecordWrite = {
        recordId: record.recordId,
        typeCode: recordTypeCodes[record.type],
        occurredMs: Date.parse(record.occurredAt),
        body: JSON.stringify(record),
        ingestedAt: ingestedAtOf?.(index) ?? now,
        nodeId: nodeFor(keys[position], record.identity, existing?.nodeId),
      };
      stored.set(record.recordId, { seq: existing?.seq ?? null, body: write.body, nodeId: write.nodeId });
      if (existing) {
        if (existing.seq === null)
          Object.assign(
            inserts.find((insert) => insert.recordId === record.recordId)!,
            write,
          );
        else updates.push({ ...write, seq: existing.seq });
        if (existing.nodeId !== write.nodeId) {
          maintenance.addRecords(write.nodeId, 1);
          maintenance.addRecords(existing.nodeId, -1, changeSeq);
        }
        return { index, recordId: record.recordId, status: 'updated' };
      }
      inserts.push(write);
      maintenance.addRecords(write.nodeId, 1);
      return { index, recordId: record.recordId, status: 'created' };
    });

    const realId = await this.insertNodes(client, sourceId, newNodes, changeSeq);
    const resolve = (nodeId: number) => (nodeId < 0 ? realId.get(nodeId)! : nodeId);
    for (const { nodeId, identity, terms } of replaced) await maintenance.replaceIdentity(nodeId, identity, changeSeq, terms);
    await this.writeRecords(client, sourceSeq, inserts, updates, resolve);
    maintenance.remap(resolve);
    await maintenance.flush();
    return results;
  }

  /** The batch's records already stored, with the nodes they belong to. */
  private async storedRecords(
    client: pg.PoolClient,
    sourceSeq: number,
    batch: readonly IndexedRecord[],
  ): Promise<{ stored: Map<string, StoredRecordState>; nodes: Map<number, NodeState> }> {
    const { rows } = await client.query<{ record_id: string; seq: number; body: string; node_id: number; node_key: string | null; identity: string }>(
      `SELECT r.record_id, r.seq, r.body, r.node_id, n.node_key, n.identity FROM engine_records r JOIN engine_identity_nodes n ON n.node_id = r.node_id
        WHERE r.source_seq = $1 AND r.record_id = ANY($2::text[])`,
      [sourceSeq, [...new Set(batch.map(({ record }) => record.recordId))]],
    );
    return {
      stored: new Map(rows.map((row) => [row.record_id, { seq: row.seq, body: row.body, nodeId: row.node_id }])),
      nodes: new Map(rows.map((row) => [row.node_id, { key: row.node_key, identity: row.identity }])),
    };
  }

  private async nodesByKey(client: pg.PoolClient, keys: readonly (string | null)[]): Promise<Map<string, number>> {
    const wanted = [...new Set(keys.filter((key): key is string => key !== null))];
    if (wanted.length === 0) return new Map();
    const { rows } = await client.query<{ node_key: string; node_id: number }>(
      'SELECT node_key, node_id FROM engine_identity_nodes WHERE node_key = ANY($1::text[])',
      [wanted],
    );
    return new Map(rows.map((row) => [row.node_key, row.node_id]));
  }

  /** Inserts the batch's new nodes and their terms, in order; resolves with their ids by temporary id. */
  private async insertNodes(client: pg.PoolClient, sourceId: string, newNodes: readonly NewNode[], changeSeq: number): Promise<Map<number, number>> {
    if (newNodes.length === 0) return new Map();
    const { rows } = await client.query<{ node_id: number; ord: string }>(
      `INSERT INTO engine_identity_nodes (source_id, node_key, identity, record_count, change_seq)
       SELECT $1, key, identity, 0, $4 FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS n(key, identity, ord) ORDER BY ord
       RETURNING node_id`,
      [sourceId, newNodes.map((node) => node.key), newNodes.map((node) => node.identity), changeSeq],
    );
    // Serial values are drawn in the order the rows are inserted, which is the order given.
    const ids = rows.map((row) => row.node_id).sort((a, b) => a - b);
    const realId = new Map(newNodes.map((node, index) => [node.tempId, ids[index]]));
    const terms = newNodes.flatMap((node) => node.terms.map((term) => ({ term, nodeId: realId.get(node.tempId)! })));
    await insertTerms(
      client,
      terms.map((entry) => entry.nodeId),
      terms.map((entry) => entry.term),
    );
    return realId;
  }

  private async writeRecords(
    client: pg.PoolClient,
    sourceSeq: number,
    inserts: readonly RecordWrite[],
    updates: readonly (RecordWrite & { seq: number })[],
    resolve: (nodeId: number) => number,
  ): Promise<void> {
    if (inserts.length > 0) {
      await client.query(
        `INSERT INTO engine_records (source_seq, record_id, type_code, occurred_ms, body, ingested_at, node_id)
         SELECT $1, r.record_id, r.type_code, r.occurred_ms, r.body, r.ingested_at, r.node_id
           FROM unnest($2::text[], $3::smallint[], $4::bigint[], $5::text[], $6::text[], $7::int[]) WITH ORDINALITY
                AS r(record_id, type_code, occurred_ms, body, ingested_at, node_id, ord) ORDER BY r.ord`,
        [
          sourceSeq,
          inserts.map((write) => write.recordId),
          inserts.map((write) => write.typeCode),
          inserts.map((write) => write.occurredMs),
          inserts.map((write) => write.body),
          inserts.map((write) => write.ingestedAt),
          inserts.map((write) => resolve(write.nodeId)),
        ],
      );
    }
    for (const write of updates) {
      await client.query('UPDATE engine_records SET type_code = $1, occurred_ms = $2, body = $3, ingested_at = $4, node_id = $5 WHERE seq = $6', [
        write.typeCode,
        write.occurredMs,
        write.body,
        write.ingestedAt,
        resolve(write.nodeId),
        write.seq,
      ]);
    }
  }
}
