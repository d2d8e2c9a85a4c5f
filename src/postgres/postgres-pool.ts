/**
 * Connecting to PostgreSQL, the store shared by every gateway replica (issue 20). One pool per
 * concern (the audit trail, the runs queue), each small: a replica's work on one concern is
 * serialised anyway, and a national deployment multiplies connections by replicas.
 */
import pg from 'pg';

/** Whether a setting names a PostgreSQL database (`postgres://…` or `postgresql://…`). */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

/** The URL with its password replaced, for start-up lines, logs and messages. */
export function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://(unparsable URL)';
  }
}

export interface PoolOptions {
  /** Connections at most (default 4). */
  readonly max?: number;
  /** The `application_name` shown in `pg_stat_activity`, so an operator can tell replicas apart. */
  readonly applicationName?: string;
}

/**
 * A pool on `url`. An idle connection the server drops (a restart, a failover) is reported on the
 * pool and replaced on next use instead of crashing the process: `pg` emits 'error' on the pool
 * for idle clients, which would otherwise be an unhandled event.
 */
export function createPool(url: string, options: PoolOptions = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 4,
    application_name: options.applicationName ?? 'plumbline',
    // A replica that cannot reach the database must say so quickly (readiness), not hang.
    connectionTimeoutMillis: 10_000,
  });
  pool.on('error', () => {
    // The broken idle connection is discarded by the pool; the next query opens a new one.
  });
  return pool;
}

/**
 * Runs `work` in one transaction on one connection: committed when it resolves, rolled back when
 * it throws. `begin` may carry parameterless statements after its BEGIN (sent in one round trip);
 * their results reach `work`, the BEGIN's first.
 */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient, begun: pg.QueryResult[]) => Promise<T>, begin = 'BEGIN'): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    const begun: pg.QueryResult | pg.QueryResult[] = await client.query(begin);
    const result = await work(client, Array.isArray(begun) ? begun : [begun]);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    try {
      await client.query('ROLLBACK');
    } catch (rollbackError) {
      // A connection that cannot even roll back is thrown away rather than handed to the next caller.
      broken = rollbackError as Error;
    }
    throw error;
  } finally {
    client.release(broken);
  }
}
