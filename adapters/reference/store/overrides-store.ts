/**
 * Link overrides. Stored as given (they name records, not nodes, so they survive re-ingest); turned
 * into node pairs whenever they are checked or applied.
 */
import type { LinkOverride, LinkOverrideRequest, Page, PageQuery, RecordRef } from '../../../src/contract/index.js';
import { errors } from '../../../src/adapter/errors.js';
import { findOverrideContradiction } from '../consolidation/overrides.js';
import type { NodeOverride } from '../consolidation/types.js';
import { nextSequence, type Connection } from './database.js';
import { decodeCursor, pageFromRows } from './cursor.js';
import { timestamp, type Clock } from './clock.js';

export class OverridesStore {
  private readonly statements;

  constructor(
    private readonly database: Connection,
    private readonly clock: Clock,
  ) {
    this.statements = {
      nodeOf: database.prepare<[string, string], { node_id: number }>(
        'SELECT r.node_id FROM record_lookup l JOIN records r ON r.seq = l.seq WHERE l.source_seq = (SELECT seq FROM sources WHERE source_id = ?) AND l.record_id = ?',
      ),
      all: database.prepare<[], { body: string }>('SELECT body FROM overrides ORDER BY seq'),
      page: database.prepare<[number, number], { seq: number; body: string }>('SELECT seq, body FROM overrides WHERE seq > ? ORDER BY seq LIMIT ?'),
      insert: database.prepare('INSERT INTO overrides (override_id, body) VALUES (?, ?)'),
      remove: database.prepare('DELETE FROM overrides WHERE override_id = ?'),
      one: database.prepare<[string], { body: string }>('SELECT body FROM overrides WHERE override_id = ?'),
      markChanged: database.prepare('UPDATE identity_nodes SET change_seq = ? WHERE node_id IN (?, ?)'),
    };
  }

  /**
   * Records an override after checking that both records exist and that, together with the
   * overrides already held, it contradicts nothing.
   */
  create(input: LinkOverrideRequest, actor: string): LinkOverride {
    return this.database
      .transaction(() => {
        const left = this.nodeOf(input.left);
        const right = this.nodeOf(input.right);
        if (input.kind === 'cannot_link' && left === right) {
          throw errors.conflict(
            'These two records come from the same source and record the same identity, including a strong identifier, so they always link. Rectify the record that is wrong instead.',
          );
        }
        const overrideId = `ovr-${nextSequence(this.database, 'override').toString(36).padStart(6, '0')}`;
        const override: LinkOverride = { overrideId, ...input, createdBy: actor, createdAt: timestamp(this.clock) };
        const contradiction = findOverrideContradiction([...this.asNodeOverrides(), { overrideId, kind: input.kind, left, right }]);
        if (contradiction) {
          throw errors.conflict(
            `This ${input.kind.replace('_', '-')} contradicts existing overrides (${contradiction.join(', ')}); withdraw one of them first.`,
          );
        }
        this.statements.insert.run(overrideId, JSON.stringify(override));
        // The next incremental run must reconsider both records' surroundings.
        this.statements.markChanged.run(nextSequence(this.database, 'change'), left, right);
        return override;
      })
      .immediate();
  }

  list(page: PageQuery): Page<LinkOverride> {
    const after = decodeCursor<number>(page.cursor, 'number') ?? 0;
    return pageFromRows(
      this.statements.page.all(after, page.limit + 1),
      page.limit,
      (row) => row.seq,
      (row) => JSON.parse(row.body) as LinkOverride,
    );
  }

  all(): LinkOverride[] {
    return this.statements.all.all().map((row) => JSON.parse(row.body) as LinkOverride);
  }

  remove(overrideId: string): void {
    this.database
      .transaction(() => {
        const row = this.statements.one.get(overrideId);
        if (!row) throw errors.notFound(`No link override with id "${overrideId}".`);
        const override = JSON.parse(row.body) as LinkOverride;
        this.statements.remove.run(overrideId);
        const left = this.statements.nodeOf.get(override.left.sourceId, override.left.recordId)?.node_id ?? -1;
        const right = this.statements.nodeOf.get(override.right.sourceId, override.right.recordId)?.node_id ?? -1;
        this.statements.markChanged.run(nextSequence(this.database, 'change'), left, right);
      })
      .immediate();
  }

  /** Every override as a pair of nodes; overrides naming an erased record no longer apply. */
  asNodeOverrides(): NodeOverride[] {
    const pairs: NodeOverride[] = [];
    for (const override of this.all()) {
      const left = this.statements.nodeOf.get(override.left.sourceId, override.left.recordId)?.node_id;
      const right = this.statements.nodeOf.get(override.right.sourceId, override.right.recordId)?.node_id;
      if (left !== undefined && right !== undefined) pairs.push({ overrideId: override.overrideId, kind: override.kind, left, right });
    }
    return pairs;
  }

  private nodeOf(reference: RecordRef): number {
    const row = this.statements.nodeOf.get(reference.sourceId, reference.recordId);
    if (!row) throw errors.notFound(`No record "${reference.recordId}" in source "${reference.sourceId}".`);
    return row.node_id;
  }
}
