import { parseArgs } from 'node:util';
import { auditMigrations, AUDIT_COMPONENT } from '../gateway/audit/postgres-audit-schema.js';
import { rateLimitMigrations, RATE_LIMIT_COMPONENT } from '../gateway/security/shared-caller-budget.js';
import { createPool, redactedUrl } from '../postgres/postgres-pool.js';
import { migrate, type Migration } from '../postgres/postgres-migrations.js';
import { runsQueueMigrations, RUNS_QUEUE_COMPONENT } from '../runs-queue/postgres-runs-queue.js';
import { ENGINE_COMPONENT, engineMigrations } from '../../adapters/reference/postgres/engine-schema.js';
import { StartupError, UsageError, readGatewayConfig, type Command } from './command.js';

/** Every component kept in the shared database, in the order they are migrated. */
const components: readonly (readonly [string, readonly Migration[]])[] = [
  [AUDIT_COMPONENT, auditMigrations],
  [RATE_LIMIT_COMPONENT, rateLimitMigrations],
  [RUNS_QUEUE_COMPONENT, runsQueueMigrations],
  [ENGINE_COMPONENT, engineMigrations],
];

/**
 * `plumbline migrate`: applies the shared database's migrations and exits, so that a release's
 * schema changes are made once, by the role that owns the tables, before the replicas (running
 * as a role that may only read and write rows) are rolled (docs/deployment.md).
 */
export const migrateCommand: Command = {
  usage: `plumbline migrate [--database-url URL]

Applies, in one transaction per component, the migrations this release knows and the database
lacks, and prints what it applied. Replicas also migrate when they start; this lets the owner of
the tables do it once, so that the replicas can run as a role with row rights only.
  --database-url URL  the shared database (default PLUMBLINE_DATABASE_URL)
Exit code 0 when the database is at this release's versions; 1 when it could not be migrated
(including a database already migrated by a newer release).`,
  async run(argv) {
    const { values } = parseArgs({ args: argv, options: { 'database-url': { type: 'string' } }, strict: true });
    const url = readGatewayConfig({ databaseUrl: values['database-url'] }).databaseUrl;
    if (!url) throw new UsageError('Name the database with --database-url or PLUMBLINE_DATABASE_URL (postgres://…).');
    const pool = createPool(url, { max: 1, applicationName: 'plumbline migrate' });
    try {
      for (const [component, migrations] of components) {
        const applied = await migrate(pool, component, migrations).catch((error: Error) => {
          throw new StartupError(`${redactedUrl(url)}: the ${component} migrations failed: ${error.message}`);
        });
        const latest = Math.max(...migrations.map((migration) => migration.version));
        process.stdout.write(`${component}: ${applied.length ? `applied ${applied.join(', ')}` : 'already'} at version ${latest}\n`);
      }
      return 0;
    } finally {
      await pool.end();
    }
  },
};
