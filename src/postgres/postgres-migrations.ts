/**
 * Versioned migrations for the PostgreSQL stores. Each component (the audit trail, the runs queue)
 * has its own numbered list; `plumbline_migrations` records which were applied. Replicas that
 * start together take one transaction-scoped advisory lock, so exactly one applies a
 * migration and the others find it done; a migration and its record commit together, so a crash
 * mid-migration leaves the previous version whole (PostgreSQL's DDL is transactional).
 *
 * Rolling upgrades: a migration must keep the previous release working (add tables, columns and
 * indexes; remove only in a later release). A replica refuses to start on a database migrated
 * past what it knows, since it could misread a newer layout.
 */
import type pg from 'pg';
import { inTransaction } from './postgres-pool.js';

export interface Migration {
  /** 1, 2, 3…: applied in order, each once. */
  readonly version: number;
  /** What it does, kept in `plumbline_migrations` for the operator. */
  readonly name: string;
  readonly sql: string;
}

/** The database was migrated by a newer release than this one. */
export class MigrationTooNewError extends Error {
  constructor(component: string, found: number, known: number) {
    super(
      `the ${component} tables are at version ${found}, but this release knows versions up to ${known}: upgrade this replica (a newer release has migrated the database)`,
    );
    this.name = 'MigrationTooNewError';
  }
}

/** Applies the migrations not applied yet; resolves with the versions applied now. */
export async function migrate(pool: pg.Pool, component: string, migrations: readonly Migration[]): Promise<number[]> {
  const known = migrations.reduce((highest, migration) => Math.max(highest, migration.version), 0);
  return inTransaction(pool, async (client) => {
    // One lock for every component: they share plumbline_migrations. Another application's key could collide, which only delays.
    await client.query("SELECT pg_advisory_xact_lock(hashtext('plumbline-migrations'))");
    // Looked for before it is created: a replica running with row rights only may not even say
    // CREATE TABLE IF NOT EXISTS (PostgreSQL checks the right first), and needs nothing created.
    const { rows: table } = await client.query<{ exists: boolean }>("SELECT to_regclass('plumbline_migrations') IS NOT NULL AS exists");
    if (!table[0].exists)
      await client.query(`CREATE TABLE plumbline_migrations (
      component text NOT NULL, version integer NOT NULL, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (component, version))`);
    const { rows } = await client.query<{ version: number }>('SELECT version FROM plumbline_migrations WHERE component = $1', [component]);
    const applied = new Set(rows.map((row) => row.version));
    const found = Math.max(0, ...applied);
    if (found > known) throw new MigrationTooNewError(component, found, known);
    const now: number[] = [];
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (applied.has(migration.version)) continue;
      await client.query(migration.sql);
      await client.query('INSERT INTO plumbline_migrations (component, version, name) VALUES ($1, $2, $3)', [component, migration.version, migration.name]);
      now.push(migration.version);
    }
    return now;
  });
}
