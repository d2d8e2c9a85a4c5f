/**
 * The reference engine: what the force runs if it buys nothing, and the yardstick for bidders.
 * `PLUMBLINE_DB` (or `plumbline serve --db`) names its SQLite file.
 */
import { z } from 'zod';
import { defineAdapterFactory } from '../../src/adapter/factory.js';
import { createReferenceAdapter } from './reference-adapter.js';

export const referenceAdapterFactory = defineAdapterFactory({
  id: 'reference',
  description: 'The reference engine: consolidation and flagging on an embedded SQLite store',
  settings: z.object({
    databasePath: z
      .string()
      .min(1)
      .refine((path) => path !== ':memory:', 'the reference engine needs a file (its runs work on their own connection)'),
  }),
  create: async (settings, environment) => createReferenceAdapter(settings, environment),
});

export { createReferenceAdapter, type ReferenceAdapter, type ReferenceSettings } from './reference-adapter.js';
export { openDirectSubjectReader, type DirectSubjectReader } from './store/direct-subject-json.js';
