/**
 * Flags and their review on PostgreSQL, as store/flags-store.ts: a flag's fingerprint (detector,
 * subjects, evidence) makes raising idempotent; review steps go open → in_review → closed.
 */
import type pg from 'pg';
import { type Flag, type FlagQuery, type Page, type PageQuery, type RedactionRequest, type ReviewRequest } from '../../../src/contract/index.js';
import { errors } from '../../../src/adapter/errors.js';
import type { RaisedFlag } from '../../../src/detectors/types.js';
import { flagFingerprint } from '../store/flags-store.js';
import { applyRedaction, applyReview } from '../store/flag-review.js';
import { decodeCursor, pageFromRows } from '../store/cursor.js';
import { timestamp, type Clock } from '../store/clock.js';
import { engineId, engineWrite, nextSequence, type Queryable } from './engine-database.js';

interface FlagRow {
  seq: number;
  body: string;
}

export class PgFlagsStore {
  constructor(
    private readonly pool: pg.Pool,
    private readonly clock: Clock,
  ) {}

  /** Stores the raised flags that are new (by fingerprint), inside the caller's engine write. Resolves with how many were new. */
  async raise(client: pg.PoolClient, flags: readonly RaisedFlag[], runId: string, asOf: string): Promise<number> {
    const raisedAt = timestamp(this.clock);
    const fingerprints = flags.map((flag) => flagFingerprint(flag));
    const { rows } = await client.query<{ fingerprint: string }>('SELECT fingerprint FROM engine_flags WHERE fingerprint = ANY($1::text[])', [fingerprints]);
    const known = new Set(rows.map((row) => row.fingerprint));
    let raised = 0;
    for (const [index, candidate] of flags.entries()) {
      if (known.has(fingerprints[index])) continue;
      known.add(fingerprints[index]);
      const flag: Flag = {
        flagId: engineId('flag-', await nextSequence(client, 'flag')),
        ...candidate,
        subjectIds: [...candidate.subjectIds],
        evidence: [...candidate.evidence],
        measurements: { ...candidate.measurements },
        window: { ...candidate.window },
        asOf,
        raisedAt,
        runId,
        status: 'open',
        outcome: null,
        reviews: [],
      };
      await this.store(client, flag, fingerprints[index]);
      raised += 1;
    }
    return raised;
  }

  /** Stores a complete flag as given (import keeps ids, runs and reviews). */
  async store(client: pg.PoolClient, flag: Flag, fingerprint = flagFingerprint(flag)): Promise<void> {
    await client.query(
      `WITH f AS (INSERT INTO engine_flags (flag_id, fingerprint, detector_id, category, severity, status, body) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING seq),
            s AS (INSERT INTO engine_flag_subjects (subject_id, flag_seq) SELECT DISTINCT unnest($8::text[]), seq FROM f ON CONFLICT DO NOTHING)
       INSERT INTO engine_flag_evidence (source_id, record_id, flag_seq) SELECT DISTINCT e.source_id, e.record_id, f.seq FROM unnest($9::text[], $10::text[]) AS e(source_id, record_id), f
       ON CONFLICT DO NOTHING`,
      [
        flag.flagId,
        fingerprint,
        flag.detectorId,
        flag.category,
        flag.severity,
        flag.status,
        JSON.stringify(flag),
        flag.subjectIds,
        flag.evidence.map((reference) => reference.sourceId),
        flag.evidence.map((reference) => reference.recordId),
      ],
    );
  }

  async get(flagId: string): Promise<Flag> {
    return JSON.parse((await this.row(this.pool, flagId)).body) as Flag;
  }

  private async row(db: Queryable, flagId: string, lock = ''): Promise<FlagRow> {
    const { rows } = await db.query<FlagRow>(`SELECT seq, body FROM engine_flags WHERE flag_id = $1 ${lock}`, [flagId]);
    if (!rows[0]) throw errors.notFound(`No flag with id "${flagId}".`);
    return rows[0];
  }

  async list(query: FlagQuery, page: PageQuery): Promise<Page<Flag>> {
    const values: (string | number)[] = [decodeCursor<number>(page.cursor, 'number') ?? 0, page.limit + 1];
    const conditions = ['f.seq > $1'];
    for (const [column, value] of [
      ['status', query.status],
      ['detector_id', query.detectorId],
      ['category', query.category],
      ['severity', query.severity],
    ] as const) {
      if (value === undefined) continue;
      values.push(value);
      conditions.push(`f.${column} = $${values.length}`);
    }
    if (query.subjectId !== undefined) {
      values.push(query.subjectId);
      conditions.push(`f.seq IN (SELECT flag_seq FROM engine_flag_subjects WHERE subject_id = $${values.length})`);
    }
    const { rows } = await this.pool.query<FlagRow>(
      `SELECT f.seq, f.body FROM engine_flags f WHERE ${conditions.join(' AND ')} ORDER BY f.seq LIMIT $2`,
      values,
    );
    return pageFromRows(
      rows,
      page.limit,
      (row) => row.seq,
      (row) => JSON.parse(row.body) as Flag,
    );
  }

  /** Records a review step; only open → in_review and in_review → closed are allowed. */
  review(flagId: string, review: ReviewRequest, reviewer: string): Promise<Flag> {
    return engineWrite(this.pool, async (client) => {
      const row = await this.row(client, flagId);
      const reviewId = engineId('rev-', await nextSequence(client, 'review'));
      const flag = applyReview(JSON.parse(row.body) as Flag, review, { reviewId, reviewer, reviewedAt: timestamp(this.clock) });
      await client.query('UPDATE engine_flags SET status = $1, body = $2 WHERE seq = $3', [flag.status, JSON.stringify(flag), row.seq]);
      return flag;
    });
  }

  /** Replaces one review's rationale with `[redacted]`, recording why, by whom and when. Redacting again changes nothing. */
  redactReview(flagId: string, reviewId: string, request: RedactionRequest, admin: string): Promise<Flag> {
    return engineWrite(this.pool, async (client) => {
      const row = await this.row(client, flagId);
      const stored = JSON.parse(row.body) as Flag;
      if (!applyRedaction(stored, reviewId, request, admin, timestamp(this.clock))) return stored;
      await client.query('UPDATE engine_flags SET status = $1, body = $2 WHERE seq = $3', [stored.status, JSON.stringify(stored), row.seq]);
      return stored;
    });
  }
}
