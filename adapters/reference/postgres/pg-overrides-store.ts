/**
 * Link overrides on PostgreSQL, as store/overrides-store.ts: stored as given (they name records,
 * not nodes, so they survive re-ingest) and turned into node pairs whenever checked or applied.
 */
import type pg from 'pg';
import type { LinkOverride, LinkOverrideRequest, Page, PageQuery, RecordRef } from '../../../src/contract/index.js';
import { errors } from '../../../src/adapter/errors.js';
import { findOverrideContradiction } from '../consolidation/overrides.js';
import type { NodeOverride } from '../consolidation/types.js';
import { decodeCursor, pageFromRows } from '../store/cursor.js';
import { timestamp, type Clock } from '../store/clock.js';
import { engineId, engineWrite, nextSequence, type Queryable } from './engine-database.js';

/** The node of each referenced record that exists, by `sourceId\0recordId`. */
async function nodesOf(db: Queryable, references: readonly RecordRef[]): Promise<Map<string, number>> {
  if (references.length === 0) return new Map();
  const { rows } = await db.query<{ source_id: string; record_id: string; node_id: number }>(
    `SELECT s.source_id, r.record_id, r.node_id FROM unnest($1::text[], $2::text[]) AS q(source_id, record_id)
       JOIN engine_sources s ON s.source_id = q.source_id JOIN engine_records r ON r.source_seq = s.seq AND r.record_id = q.record_id`,
    [references.map((reference) => reference.sourceId), references.map((reference) => reference.recordId)],
  );
  return new Map(rows.map((row) => [`${row.source_id}\u0000${row.record_id}`, row.node_id]));
}

const keyOf = (reference: RecordRef) => `${reference.sourceId}\u0000${reference.recordId}`;

export class PgOverridesStore {
  constructor(
    private readonly pool: pg.Pool,
    private readonly clock: Clock,
  ) {}

  /** Records an override after checking that both records exist and that, with the overrides held, it contradicts nothing. */
  create(input: LinkOverrideRequest, actor: string): Promise<LinkOverride> {
    return engineWrite(this.pool, async (client) => {
      const nodes = await nodesOf(client, [input.left, input.right]);
      const nodeOf = (reference: RecordRef) => {
        const node = nodes.get(keyOf(reference));
        if (node === undefined) throw errors.notFound(`No record "${reference.recordId}" in source "${reference.sourceId}".`);
        return node;
      };
      const left = nodeOf(input.left);
      const right = nodeOf(input.right);
      if (input.kind === 'cannot_link' && left === right) {
        throw errors.conflict(
          'These two records come from the same source and record the same identity, including a strong identifier, so they always link. Rectify the record that is wrong instead.',
        );
      }
      const overrideId = engineId('ovr-', await nextSequence(client, 'override'));
      const override: LinkOverride = { overrideId, ...input, createdBy: actor, createdAt: timestamp(this.clock) };
      const contradiction = findOverrideContradiction([...(await asNodeOverrides(client)), { overrideId, kind: input.kind, left, right }]);
      if (contradiction) {
        throw errors.conflict(`This ${input.kind.replace('_', '-')} contradicts existing overrides (${contradiction.join(', ')}); withdraw one of them first.`);
      }
      await client.query('INSERT INTO engine_overrides (override_id, body) VALUES ($1, $2)', [overrideId, JSON.stringify(override)]);
      // The next incremental run must reconsider both records' surroundings.
      await markChanged(client, [left, right]);
      return override;
    });
  }

  async list(page: PageQuery): Promise<Page<LinkOverride>> {
    const after = decodeCursor<number>(page.cursor, 'number') ?? 0;
    const { rows } = await this.pool.query<{ seq: number; body: string }>('SELECT seq, body FROM engine_overrides WHERE seq > $1 ORDER BY seq LIMIT $2', [
      after,
      page.limit + 1,
    ]);
    return pageFromRows(
      rows,
      page.limit,
      (row) => row.seq,
      (row) => JSON.parse(row.body) as LinkOverride,
    );
  }

  remove(overrideId: string): Promise<void> {
    return engineWrite(this.pool, async (client) => {
      const { rows } = await client.query<{ body: string }>('DELETE FROM engine_overrides WHERE override_id = $1 RETURNING body', [overrideId]);
      if (!rows[0]) throw errors.notFound(`No link override with id "${overrideId}".`);
      const override = JSON.parse(rows[0].body) as LinkOverride;
      const nodes = await nodesOf(client, [override.left, override.right]);
      await markChanged(client, [nodes.get(keyOf(override.left)) ?? -1, nodes.get(keyOf(override.right)) ?? -1]);
    });
  }
}

async function markChanged(client: pg.PoolClient, nodeIds: number[]): Promise<void> {
  await client.query('UPDATE engine_identity_nodes SET change_seq = $1 WHERE node_id = ANY($2::int[])', [await nextSequence(client, 'change'), nodeIds]);
}

/** Every override as a pair of nodes, oldest first; overrides naming an erased record no longer apply. */
export async function asNodeOverrides(db: Queryable): Promise<NodeOverride[]> {
  const overrides = (await db.query<{ body: string }>('SELECT body FROM engine_overrides ORDER BY seq')).rows.map(
    (row) => JSON.parse(row.body) as LinkOverride,
  );
  const nodes = await nodesOf(
    db,
    overrides.flatMap((override) => [override.left, override.right]),
  );
  const pairs: NodeOverride[] = [];
  for (const override of overrides) {
    const left = nodes.get(keyOf(override.left));
    const right = nodes.get(keyOf(override.right));
    if (left !== undefined && right !== undefined) pairs.push({ overrideId: override.overrideId, kind: override.kind, left, right });
  }
  return pairs;
}
