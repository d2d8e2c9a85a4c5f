/**
 * The per-caller rate limit shared by every replica through PostgreSQL (issue 20), without a
 * database round trip per request: each replica counts its own requests in memory, as
 * `CallerBudget` does, and twice a second publishes its counts for the current window and reads
 * the other replicas' sums. A caller's request is allowed while its own replica's count plus the
 * others' last published counts stay within the budget. The price of not asking the database
 * each time: a caller spraying requests across replicas can overrun the budget by what the other
 * replicas served in the last half second. If the database cannot be reached, each replica goes
 * on counting alone (the limit protects the service; it must not take it down).
 */
import type pg from 'pg';
import { migrate, type Migration } from '../../postgres/postgres-migrations.js';
import { createPool } from '../../postgres/postgres-pool.js';
import type { BudgetDecision } from './caller-budget.js';

export const RATE_LIMIT_COMPONENT = 'rate-limits';

export const rateLimitMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'requests per caller, per window, per replica',
    sql: `CREATE TABLE rate_limit_counts (
  window_start bigint NOT NULL,
  caller text NOT NULL,
  replica_id text NOT NULL,
  count integer NOT NULL,
  PRIMARY KEY (window_start, caller, replica_id)
)`,
  },
];

export interface SharedCallerBudgetOptions {
  readonly replicaId: string;
  /** Requests each caller may make per window, across all replicas. */
  readonly limit: number;
  readonly windowMs?: number;
  /** How often counts are published and read (default 500 ms). */
  readonly syncMs?: number;
}

export class SharedCallerBudget {
  readonly limit: number;
  private readonly windowMs: number;
  private window = -1;
  /** This replica's counts in the current window. */
  private readonly counts = new Map<string, number>();
  /** Counts changed since they were last published. */
  private readonly changed = new Set<string>();
  /** The other replicas' published counts, and the window they were read for. */
  private others = new Map<string, number>();
  private othersWindow = -1;
  private readonly timer: NodeJS.Timeout;
  private syncing: Promise<void> = Promise.resolve();

  private constructor(
    private readonly pool: pg.Pool,
    private readonly replicaId: string,
    options: SharedCallerBudgetOptions,
    /** Whether `close` ends the pool (it was made for this budget). */
    private readonly ownsPool = false,
  ) {
    this.limit = options.limit;
    this.windowMs = options.windowMs ?? 60_000;
    this.timer = setInterval(() => void this.sync(), options.syncMs ?? 500).unref();
  }

  /** Migrates the counts' table and starts publishing. */
  static async open(pool: pg.Pool, options: SharedCallerBudgetOptions): Promise<SharedCallerBudget> {
    await migrate(pool, RATE_LIMIT_COMPONENT, rateLimitMigrations);
    return new SharedCallerBudget(pool, options.replicaId, options);
  }

  /** Connects to `url` on a small pool of its own, migrates and starts publishing. */
  static async connect(url: string, options: SharedCallerBudgetOptions): Promise<SharedCallerBudget> {
    const pool = createPool(url, { max: 2, applicationName: `plumbline-rate-limits ${options.replicaId}`.slice(0, 63) });
    try {
      await migrate(pool, RATE_LIMIT_COMPONENT, rateLimitMigrations);
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new SharedCallerBudget(pool, options.replicaId, options, true);
  }

  /** Counts one request by `caller` and says whether it is within the budget across replicas. */
  take(caller: string, now = Date.now()): BudgetDecision {
    this.enterWindow(Math.floor(now / this.windowMs));
    const count = (this.counts.get(caller) ?? 0) + 1;
    this.counts.set(caller, count);
    this.changed.add(caller);
    const total = count + (this.othersWindow === this.window ? (this.others.get(caller) ?? 0) : 0);
    return { allowed: total <= this.limit, resetSeconds: Math.ceil(((this.window + 1) * this.windowMs - now) / 1000) };
  }

  /** Publishes this replica's changed counts and reads the others'; one at a time. */
  sync(): Promise<void> {
    this.syncing = this.syncing
      .then(() => this.exchange())
      .catch(() => {
        // Unreachable database: counted locally until it answers again.
      });
    return this.syncing;
  }

  /** Stops publishing (the counts expire with their window). */
  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.syncing;
    if (this.ownsPool) await this.pool.end();
  }

  private enterWindow(window: number): void {
    if (window === this.window) return;
    this.window = window;
    this.counts.clear();
    this.changed.clear();
  }

  private async exchange(): Promise<void> {
    // The window requests were last counted in (a new one begins with the next request).
    const window = this.window >= 0 ? this.window : Math.floor(Date.now() / this.windowMs);
    const callers = [...this.changed];
    this.changed.clear();
    if (callers.length) {
      await this.pool
        .query(
          `INSERT INTO rate_limit_counts (window_start, caller, replica_id, count)
         SELECT $1, caller, $2, count FROM unnest($3::text[], $4::int[]) AS published (caller, count)
         ON CONFLICT (window_start, caller, replica_id) DO UPDATE SET count = excluded.count`,
          [window, this.replicaId, callers, callers.map((caller) => this.counts.get(caller) ?? 0)],
        )
        .catch((error: unknown) => {
          // Published again at the next exchange, unless the window has moved on meanwhile.
          if (window === this.window) for (const caller of callers) this.changed.add(caller);
          throw error;
        });
    }
    const { rows } = await this.pool.query<{ caller: string; count: number }>(
      'SELECT caller, sum(count)::int AS count FROM rate_limit_counts WHERE window_start = $1 AND replica_id <> $2 GROUP BY caller',
      [window, this.replicaId],
    );
    this.others = new Map(rows.map((row) => [row.caller, row.count]));
    this.othersWindow = window;
    await this.pool.query('DELETE FROM rate_limit_counts WHERE window_start < $1', [window - 1]);
  }
}
