/**
 * Flags and their review. A flag's fingerprint (detector, subjects and evidence) makes raising
 * idempotent: a run that finds the same pattern on the same records raises nothing new.
 */
import { createHash } from 'node:crypto';
import type { Statement } from 'better-sqlite3';
import { type Flag, type FlagQuery, type Page, type PageQuery, type RedactionRequest, type ReviewRequest } from '../../../src/contract/index.js';
import { errors } from '../../../src/adapter/errors.js';
import type { RaisedFlag } from '../../../src/detectors/types.js';
import { applyRedaction, applyReview } from './flag-review.js';
import { nextSequence, truncateWal, type Connection } from './database.js';
import { decodeCursor, pageFromRows } from './cursor.js';
import { timestamp, type Clock } from './clock.js';

interface FlagRow {
  seq: number;
  body: string;
}

/** The identity of a flag across runs. */
export function flagFingerprint(flag: Pick<RaisedFlag, 'detectorId' | 'subjectIds' | 'evidence'>): string {
  const evidence = flag.evidence.map((reference) => `${reference.sourceId}\u0000${reference.recordId}`).join('\u0001');
  return createHash('sha256')
    .update(`${flag.detectorId}\u0002${flag.subjectIds.join('\u0001')}\u0002${evidence}`)
    .digest('base64url');
}

export class FlagsStore {
  private readonly statements;
  /** The list statements prepared so far, by their SQL. */
  private readonly listStatements = new Map<string, Statement<Record<string, string | number>, FlagRow>>();

  constructor(
    private readonly database: Connection,
    private readonly clock: Clock,
  ) {
    this.statements = {
      one: database.prepare<[string], FlagRow>('SELECT seq, body FROM flags WHERE flag_id = ?'),
      byFingerprint: database.prepare<[string], { seq: number }>('SELECT seq FROM flags WHERE fingerprint = ?'),
      insert: database.prepare(
        'INSERT INTO flags (flag_id, fingerprint, detector_id, category, severity, status, body) VALUES (@flagId, @fingerprint, @detectorId, @category, @severity, @status, @body)',
      ),
      insertSubject: database.prepare('INSERT OR IGNORE INTO flag_subjects (subject_id, flag_seq) VALUES (?, ?)'),
      insertEvidence: database.prepare('INSERT OR IGNORE INTO flag_evidence (source_id, record_id, flag_seq) VALUES (?, ?, ?)'),
      update: database.prepare('UPDATE flags SET status = ?, body = ? WHERE seq = ?'),
      all: database.prepare<[], FlagRow>('SELECT seq, body FROM flags ORDER BY seq'),
    };
  }

  /**
   * Stores the raised flags that are new (by fingerprint), with their run and time. Call inside a
   * transaction. Returns how many were new.
   */
  raise(flags: readonly RaisedFlag[], runId: string, asOf: string): number {
    let raised = 0;
    const raisedAt = timestamp(this.clock);
    for (const candidate of flags) {
      const fingerprint = flagFingerprint(candidate);
      if (this.statements.byFingerprint.get(fingerprint)) continue;
      const flagId = `flag-${nextSequence(this.database, 'flag').toString(36).padStart(6, '0')}`;
      const flag: Flag = {
        flagId,
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
      this.store(flag, fingerprint);
      raised += 1;
    }
    return raised;
  }

  /** Stores a complete flag as given (import keeps ids, runs and reviews). */
  store(flag: Flag, fingerprint = flagFingerprint(flag)): void {
    const seq = Number(
      this.statements.insert.run({
        flagId: flag.flagId,
        fingerprint,
        detectorId: flag.detectorId,
        category: flag.category,
        severity: flag.severity,
        status: flag.status,
        body: JSON.stringify(flag),
      }).lastInsertRowid,
    );
    for (const subjectId of flag.subjectIds) this.statements.insertSubject.run(subjectId, seq);
    for (const reference of flag.evidence) this.statements.insertEvidence.run(reference.sourceId, reference.recordId, seq);
  }

  get(flagId: string): Flag {
    const row = this.statements.one.get(flagId);
    if (!row) throw errors.notFound(`No flag with id "${flagId}".`);
    return JSON.parse(row.body) as Flag;
  }

  list(query: FlagQuery, page: PageQuery): Page<Flag> {
    const after = decodeCursor<number>(page.cursor, 'number') ?? 0;
    const conditions = ['f.seq > @after'];
    const filters: Record<string, string | number> = { after, limit: page.limit + 1 };
    for (const [column, value] of [
      ['status', query.status],
      ['detector_id', query.detectorId],
      ['category', query.category],
      ['severity', query.severity],
    ] as const) {
      if (value === undefined) continue;
      conditions.push(`f.${column} = @${column}`);
      filters[column] = value;
    }
    if (query.subjectId !== undefined) {
      conditions.push('f.seq IN (SELECT flag_seq FROM flag_subjects WHERE subject_id = @subjectId)');
      filters.subjectId = query.subjectId;
    }
    const sql = `SELECT f.seq, f.body FROM flags f WHERE ${conditions.join(' AND ')} ORDER BY f.seq LIMIT @limit`;
    // One statement per combination of filters (32 at most), prepared once: preparing cost as
    // much as running the query on every read of a flag list.
    let statement = this.listStatements.get(sql);
    if (!statement) this.listStatements.set(sql, (statement = this.database.prepare<Record<string, string | number>, FlagRow>(sql)));
    const rows = statement.all(filters);
    return pageFromRows(
      rows,
      page.limit,
      (row) => row.seq,
      (row) => JSON.parse(row.body) as Flag,
    );
  }

  /** Every flag, oldest first (export). */
  all(): Flag[] {
    return this.statements.all.all().map((row) => JSON.parse(row.body) as Flag);
  }

  /** Records a review step; only open → in_review and in_review → closed are allowed. */
  review(flagId: string, review: ReviewRequest, reviewer: string): Flag {
    return this.database
      .transaction(() => {
        const row = this.statements.one.get(flagId);
        if (!row) throw errors.notFound(`No flag with id "${flagId}".`);
        const reviewId = `rev-${nextSequence(this.database, 'review').toString(36).padStart(6, '0')}`;
        const flag = applyReview(JSON.parse(row.body) as Flag, review, { reviewId, reviewer, reviewedAt: timestamp(this.clock) });
        this.statements.update.run(flag.status, JSON.stringify(flag), row.seq);
        return flag;
      })
      .immediate();
  }

  /**
   * Replaces one review's rationale with `[redacted]`, recording why, by whom and when; the old
   * text is overwritten in the file (secure_delete) and the write-ahead log emptied, as after an
   * erasure. Redacting a redacted rationale again changes nothing.
   */
  redactReview(flagId: string, reviewId: string, request: RedactionRequest, admin: string): Flag {
    const flag = this.database
      .transaction(() => {
        const row = this.statements.one.get(flagId);
        if (!row) throw errors.notFound(`No flag with id "${flagId}".`);
        const stored = JSON.parse(row.body) as Flag;
        if (!applyRedaction(stored, reviewId, request, admin, timestamp(this.clock))) return stored;
        this.statements.update.run(stored.status, JSON.stringify(stored), row.seq);
        return stored;
      })
      .immediate();
    truncateWal(this.database);
    return flag;
  }
}
