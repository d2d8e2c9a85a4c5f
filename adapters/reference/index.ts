/**
 * The reference engine: what the force runs if it buys nothing, and the yardstick for bidders.
 * `PLUMBLINE_DB` (or `plumbline serve --db`) names its SQLite file; with `PLUMBLINE_DATABASE_URL`
 * (`postgres://…`) its store is in that PostgreSQL database instead, shared by every replica.
 */
import { z } from 'zod';
import { defineAdapterFactory } from '../../src/adapter/factory.js';
import { isPostgresUrl, redactedUrl } from '../../src/postgres/postgres-pool.js';
import { createReferenceAdapter } from './reference-adapter.js';

export const referenceAdapterFactory = defineAdapterFactory({
  id: 'reference',
  description: 'The reference engine: consolidation and flagging on an embedded SQLite store, or on PostgreSQL shared by replicas',
  settings: z.object({
    databasePath: z
      .string()
      .min(1)
      .refine((path) => path !== ':memory:', 'the reference engine needs a file (its runs work on their own connection)'),
    databaseUrl: z.string().refine(isPostgresUrl, 'must be a PostgreSQL URL (postgres://…)').optional(),
    replicaId: z.string().min(1).optional(),
    // PLUMBLINE_REFERENCE_RUN_LEASE_SECONDS: how long a run held by a replica that stopped waits before another takes it over.
    runLeaseSeconds: z.coerce.number().int().min(2).max(3600).optional(),
  }),
  create: async (settings, environment) => {
    if (settings.databaseUrl === undefined) return createReferenceAdapter(settings, environment);
    // Loaded only when asked for: the embedded default never loads the PostgreSQL engine.
    const { createPostgresReferenceAdapter } = await import('./postgres/postgres-reference-adapter.js');
    environment.logger.info({ database: redactedUrl(settings.databaseUrl) }, 'the reference engine keeps its store in PostgreSQL');
    return createPostgresReferenceAdapter(
      { databaseUrl: settings.databaseUrl, replicaId: settings.replicaId, runLeaseSeconds: settings.runLeaseSeconds },
      environment,
    );
  },
});

export { createReferenceAdapter, type ReferenceAdapter, type ReferenceSettings } from './reference-adapter.js';
export { openDirectSubjectReader, type DirectSubjectReader } from './store/direct-subject-json.js';
