/**
 * Meta: which contract version is spoken, by which adapter, and what that adapter can do.
 * Clients read the capability manifest instead of probing; a route whose capability is not listed
 * answers 501 `capability-unsupported`.
 */
import { z } from 'zod';
import { Extensions } from './primitives.js';

/** The contract version this code defines (semantic versioning; v1 only grows additively). */
export const CONTRACT_VERSION = '1.2.0';

/** Largest record batch one ingest request may carry. */
export const MAX_BATCH_RECORDS = 5000;

/** Largest page any list answers. */
export const MAX_PAGE_SIZE = 500;

export const capabilities = [
  'sources',
  'records.ingest',
  'records.read',
  'records.erase',
  'consolidation',
  'consolidation.overrides',
  'consolidation.candidates',
  'subjects.search',
  'flagging',
  'flags.review',
  'portability.export',
  'portability.import',
  'parallel-run',
] as const;

export const Capability = z.enum(capabilities).meta({
  id: 'Capability',
  description: [
    'One thing an adapter may offer:',
    '`sources` (register and read sources), `records.ingest`, `records.read`, `records.erase`,',
    '`consolidation` (consolidation runs and reading subjects and links), `consolidation.overrides` (link overrides),',
    '`consolidation.candidates` (the possible-match queue: pairs that may be one person, for a person to decide),',
    '`subjects.search` (search subjects by name or identifier), `flagging` (detectors, flagging runs, reading flags),',
    '`flags.review` (the review lifecycle), `portability.export`, `portability.import`,',
    '`parallel-run` (a candidate supplier is fed and compared in the background: offered by the gateway when one is configured).',
    'New capabilities may be added within v1: clients ignore values they do not know.',
  ].join(' '),
  examples: ['consolidation'],
  // Read as open by clients and by the breaking-change gate: a new capability is additive.
  'x-extensible-enum': true,
});
export type Capability = z.output<typeof Capability>;

export const AdapterIdentity = z
  .object({
    id: z.string().describe('The adapter’s short name, as configured (`reference`, `foundry`, …).'),
    name: z.string().describe('A human-readable name.'),
    version: z.string().describe('The adapter’s own version.'),
    vendor: z.string().describe('Who supplies it.'),
  })
  .meta({
    id: 'AdapterIdentity',
    description: 'Which adapter is answering.',
    examples: [{ id: 'reference', name: 'Plumbline reference engine', version: '0.1.0', vendor: 'Plumbline' }],
  });

export const Meta = z
  .object({
    contractVersion: z.string().describe('The contract version spoken, such as `1.0.0`.'),
    adapter: AdapterIdentity,
    capabilities: z.array(Capability).describe('The capabilities this adapter offers. Anything not listed answers 501.'),
    limits: z
      .object({
        maxBatchRecords: z.number().int().positive().describe('Largest ingest batch, in records.'),
        maxPageSize: z.number().int().positive().describe('Largest `limit` of a list.'),
      })
      .describe('Limits that clients must respect.'),
    extensions: Extensions.optional(),
  })
  .meta({
    id: 'Meta',
    description: 'The contract version, the adapter behind the gateway, and its capability manifest.',
    examples: [
      {
        contractVersion: '1.0.0',
        adapter: { id: 'reference', name: 'Plumbline reference engine', version: '0.1.0', vendor: 'Plumbline' },
        capabilities: ['sources', 'records.ingest', 'consolidation', 'flagging'],
        limits: { maxBatchRecords: 5000, maxPageSize: 500 },
      },
    ],
  });
export type Meta = z.output<typeof Meta>;
