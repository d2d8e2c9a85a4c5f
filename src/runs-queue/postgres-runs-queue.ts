/**
 * A queue of runs (consolidation, flagging, import) in PostgreSQL, shared by every replica
 * (issue 20): any replica may accept a run, exactly one executes it at a time, every replica reads
 * the same state, and a run whose replica dies is taken up again or failed cleanly.
 *
 * `SELECT … FOR UPDATE SKIP LOCKED` on one table, rather than pg-boss (10.x on Node 20) or
 * graphile-worker (0.16.x): both are sound, but both bring a schema, a maintenance loop and
 * migrations of their own for what is here one row per run whose states the contract already
 * defines (queued, running, succeeded, failed), and both model retries of small jobs rather than
 * one long computation holding a lease. SKIP LOCKED gives the one guarantee needed (two replicas
 * never claim the same run) with nothing else to run or upgrade.
 *
 * Leases: a replica that claims a run holds it until `lease_until`, renewed by `heartbeat` while it
 * computes. A run whose lease ran out is re-queued (runs are all-or-nothing: nothing of an
 * interrupted one was applied, so running it again from the start is safe) until `maxAttempts`,
 * then failed with a problem saying so. A replica that lost its lease can no longer heartbeat or
 * finish the run (every update names the owner), so a late finish never overwrites the new owner's.
 *
 * The reference engine on PostgreSQL keeps its runs here (adapters/reference/postgres/pg-runs.ts);
 * on SQLite it keeps them in its own store.
 */
import type pg from 'pg';
import type { Problem, Run } from '../contract/index.js';
import { migrate, type Migration } from '../postgres/postgres-migrations.js';

export const RUNS_QUEUE_COMPONENT = 'runs-queue';

export const runsQueueMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'the runs queue, with leases',
    sql: `
CREATE TABLE run_queue (
  run_id text PRIMARY KEY,
  kind text NOT NULL,
  request jsonb NOT NULL,
  status text NOT NULL CHECK (status IN ('queued', 'running', 'succeeded', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  replica_id text,
  lease_until timestamptz,
  progress_done bigint NOT NULL DEFAULT 0,
  progress_total bigint NOT NULL DEFAULT 0,
  statistics jsonb NOT NULL DEFAULT '{}',
  error jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  started_at timestamptz,
  finished_at timestamptz
);
CREATE INDEX run_queue_queued ON run_queue (created_at) WHERE status = 'queued';
CREATE INDEX run_queue_running ON run_queue (lease_until) WHERE status = 'running';
`,
  },
];

/** A run as the queue holds it. */
export interface QueuedRun {
  readonly runId: string;
  readonly kind: Run['kind'];
  readonly request: unknown;
  readonly status: Run['status'];
  readonly attempts: number;
  /** The replica executing it (or that last did). */
  readonly replicaId: string | null;
  readonly progress: { readonly done: number; readonly total: number };
  readonly statistics: Record<string, number>;
  readonly error: Problem | null;
  readonly createdAt: Date;
  readonly startedAt: Date | null;
  readonly finishedAt: Date | null;
}

/** A connection inside the caller's transaction, or the pool. */
type Queryable = pg.Pool | pg.PoolClient;

const COLUMNS = `run_id AS "runId", kind, request, status, attempts, replica_id AS "replicaId",
  json_build_object('done', progress_done, 'total', progress_total) AS progress, statistics, error,
  created_at AS "createdAt", started_at AS "startedAt", finished_at AS "finishedAt"`;

export interface RunsQueueOptions {
  /** This replica's name: the owner of what it claims. */
  readonly replicaId: string;
  /** How long a claim lasts without a heartbeat (default 30 s). */
  readonly leaseSeconds?: number;
  /** Executions of one run at most before it is failed (default 2: the first, and one after a crash). */
  readonly maxAttempts?: number;
}

export class PostgresRunsQueue {
  private readonly leaseSeconds: number;
  private readonly maxAttempts: number;

  private constructor(
    private readonly pool: pg.Pool,
    readonly replicaId: string,
    options: RunsQueueOptions,
  ) {
    this.leaseSeconds = options.leaseSeconds ?? 30;
    this.maxAttempts = options.maxAttempts ?? 2;
  }

  /** Migrates the queue's table and returns the queue as seen by one replica. */
  static async open(pool: pg.Pool, options: RunsQueueOptions): Promise<PostgresRunsQueue> {
    await migrate(pool, RUNS_QUEUE_COMPONENT, runsQueueMigrations);
    return new PostgresRunsQueue(pool, options.replicaId, options);
  }

  /** Queues a run; any replica may claim it. `db`: a transaction the queuing must commit with. */
  async enqueue(runId: string, kind: Run['kind'], request: unknown, db: Queryable = this.pool): Promise<QueuedRun> {
    const { rows } = await db.query<QueuedRun>(`INSERT INTO run_queue (run_id, kind, request, status) VALUES ($1, $2, $3, 'queued') RETURNING ${COLUMNS}`, [
      runId,
      kind,
      JSON.stringify(request ?? null),
    ]);
    return rows[0];
  }

  /** The run as every replica sees it; undefined when there is none. */
  async get(runId: string): Promise<QueuedRun | undefined> {
    const { rows } = await this.pool.query<QueuedRun>(`SELECT ${COLUMNS} FROM run_queue WHERE run_id = $1`, [runId]);
    return rows[0];
  }

  /**
   * Claims the oldest queued run for this replica, or resolves undefined when none is queued.
   * SKIP LOCKED: replicas claiming at once each take a different run, none waits for another.
   */
  async claim(): Promise<QueuedRun | undefined> {
    const { rows } = await this.pool.query<QueuedRun>(
      `UPDATE run_queue SET status = 'running', replica_id = $1, lease_until = now() + make_interval(secs => $2),
              attempts = attempts + 1, started_at = coalesce(started_at, now())
        WHERE run_id = (SELECT run_id FROM run_queue WHERE status = 'queued' ORDER BY created_at, run_id FOR UPDATE SKIP LOCKED LIMIT 1)
        RETURNING ${COLUMNS}`,
      [this.replicaId, this.leaseSeconds],
    );
    return rows[0];
  }

  /**
   * Renews this replica's lease on a run and records its progress. Resolves false when the run is
   * no longer this replica's (its lease ran out and another took it): stop computing it.
   */
  async heartbeat(runId: string, progress?: { done: number; total: number }): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `UPDATE run_queue SET lease_until = now() + make_interval(secs => $3),
              progress_done = coalesce($4, progress_done), progress_total = coalesce($5, progress_total)
        WHERE run_id = $1 AND replica_id = $2 AND status = 'running'`,
      [runId, this.replicaId, this.leaseSeconds, progress?.done ?? null, progress?.total ?? null],
    );
    return rowCount === 1;
  }

  /**
   * Records the run's end; false when it was no longer this replica's (nothing is changed then).
   * `db`: the transaction applying the run's result, so that the result and the end commit
   * together, and a replica that lost the run can roll its result back.
   */
  async finish(runId: string, outcome: { statistics: Record<string, number> } | { error: Problem }, db: Queryable = this.pool): Promise<boolean> {
    const failed = 'error' in outcome;
    const { rowCount } = await db.query(
      `UPDATE run_queue SET status = $3, finished_at = now(), lease_until = NULL,
              statistics = $4, error = $5, progress_done = CASE WHEN $3 = 'succeeded' THEN progress_total ELSE progress_done END
        WHERE run_id = $1 AND replica_id = $2 AND status = 'running'`,
      [runId, this.replicaId, failed ? 'failed' : 'succeeded', JSON.stringify(failed ? {} : outcome.statistics), failed ? JSON.stringify(outcome.error) : null],
    );
    return rowCount === 1;
  }

  /**
   * Takes back the runs whose lease ran out (their replica died or was cut off): queued again
   * while attempts remain, else failed with a problem saying why. Any replica may call it, at any
   * time; resolves with what it did.
   */
  async recoverExpired(): Promise<{ requeued: string[]; failed: string[] }> {
    const problem: Problem = {
      type: 'urn:plumbline:problem:internal',
      title: 'Internal error',
      status: 500,
      detail: `The replica running this run stopped ${this.maxAttempts} times before it finished; nothing of it was applied. Start it again.`,
    };
    const { rows } = await this.pool.query<{ runId: string; status: string }>(
      `UPDATE run_queue SET status = CASE WHEN attempts < $1 THEN 'queued' ELSE 'failed' END,
              lease_until = NULL,
              error = CASE WHEN attempts < $1 THEN NULL ELSE $2::jsonb END,
              finished_at = CASE WHEN attempts < $1 THEN NULL ELSE now() END,
              progress_done = 0
        WHERE status = 'running' AND lease_until < now()
        RETURNING run_id AS "runId", status`,
      [this.maxAttempts, JSON.stringify(problem)],
    );
    return {
      requeued: rows.filter((row) => row.status === 'queued').map((row) => row.runId),
      failed: rows.filter((row) => row.status === 'failed').map((row) => row.runId),
    };
  }
}
