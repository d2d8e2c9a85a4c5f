/**
 * Subjects: the people consolidation finds. A subject gathers the records believed to be about
 * one person, shows its canonical identity, and explains every link that put a record there.
 */
import { z } from 'zod';
import { OpaqueId, RecordRef, Timestamp, Extensions } from './primitives.js';
import { RecordedIdentity } from './identity.js';

export const SubjectRecord = z
  .object({
    sourceId: OpaqueId,
    recordId: OpaqueId,
    type: z.string().describe('The record’s type.'),
    occurredAt: Timestamp,
  })
  .meta({
    id: 'SubjectRecord',
    description: 'One record of a subject, with its provenance.',
    examples: [{ sourceId: 'hr-core', recordId: 'EMP-000123-1', type: 'employment', occurredAt: '2019-09-02T00:00:00Z' }],
  });

export const Subject = z
  .object({
    subjectId: OpaqueId.describe('Stable id: a run that changes nothing changes no id.'),
    canonicalIdentity: RecordedIdentity.describe('The identity the adapter believes best, chosen from the records.'),
    formerIds: z.array(OpaqueId).describe('Ids of subjects merged into this one; they redirect here.'),
    recordCount: z.number().int().min(0),
    records: z.array(SubjectRecord).describe('Every record of the subject, oldest first.'),
    updatedAt: Timestamp.describe('When the subject last changed.'),
    extensions: Extensions.optional(),
  })
  .meta({
    id: 'Subject',
    description: 'A consolidated person: the records believed to be about them, from every source.',
    examples: [
      {
        subjectId: 'subj-7f3a',
        canonicalIdentity: { staffNumber: 'S1004321', givenName: 'Robert', familyName: 'Okafor', dateOfBirth: '1986-04-12' },
        formerIds: [],
        recordCount: 1,
        records: [{ sourceId: 'hr-core', recordId: 'EMP-000123-1', type: 'employment', occurredAt: '2019-09-02T00:00:00Z' }],
        updatedAt: '2026-03-01T08:00:12Z',
      },
    ],
  });
export type Subject = z.output<typeof Subject>;

export const SubjectSummary = z
  .object({
    subjectId: OpaqueId,
    canonicalIdentity: RecordedIdentity,
    recordCount: z.number().int().min(0),
    updatedAt: Timestamp,
  })
  .meta({
    id: 'SubjectSummary',
    description: 'A subject as listed by a search.',
    examples: [
      {
        subjectId: 'subj-7f3a',
        canonicalIdentity: { staffNumber: 'S1004321', givenName: 'Robert', familyName: 'Okafor' },
        recordCount: 214,
        updatedAt: '2026-03-01T08:00:12Z',
      },
    ],
  });
export type SubjectSummary = z.output<typeof SubjectSummary>;

export const SubjectQuery = z.object({
  name: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe('Matches subjects any of whose recorded given or family names start with these words (case-insensitive).'),
  identifier: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .describe('Matches subjects with this exact strong identifier (staff, warrant, payroll or NI number, username or email) in any record.'),
});
export type SubjectQuery = z.output<typeof SubjectQuery>;

export const comparisonLevels = ['exact', 'close', 'similar', 'nickname', 'transposed', 'different', 'missing'] as const;

export const FieldComparison = z
  .object({
    field: z.string().describe('The identity field compared.'),
    level: z
      .enum(comparisonLevels)
      .describe(
        '`exact`; `close` and `similar` (string similarity bands); `nickname` (known equivalents such as Robert/Bob); `transposed` (day and month swapped, or two digits swapped); `different`; `missing` on either side.',
      ),
    weight: z.number().describe('Log2 match weight this level contributes; negative against a match.'),
    similarity: z.number().min(0).max(1).optional().describe('String similarity where one was computed (Jaro-Winkler).'),
  })
  .meta({
    id: 'FieldComparison',
    description: 'How one identity field compared between two records, and what it contributed to the score.',
    examples: [{ field: 'givenName', level: 'nickname', weight: 3.1 }],
  });

export const LinkBasis = z.enum(['identifier', 'probabilistic', 'override', 'imported']).meta({
  id: 'LinkBasis',
  description:
    '`identifier`: a shared verified strong identifier; `probabilistic`: scored above the threshold; `override`: a human must-link; `imported`: joined by the adapter the data was imported from (exports carry membership, not that adapter’s reasons), until the next full consolidation run explains it afresh.',
  examples: ['identifier'],
});

export const LinkExplanation = z
  .object({
    subjectId: OpaqueId,
    left: RecordRef,
    right: RecordRef,
    basis: LinkBasis,
    identifier: z.object({ field: z.string(), value: z.string() }).optional().describe('For `identifier`: the identifier both records share.'),
    score: z.number().optional().describe('For `probabilistic`: the total match weight (sum of field weights plus the prior).'),
    threshold: z.number().optional().describe('For `probabilistic`: the weight above which records link.'),
    comparisons: z.array(FieldComparison).optional().describe('For `probabilistic`: every field compared.'),
    overrideId: OpaqueId.optional().describe('For `override`: the must-link that made it.'),
    decidedAt: Timestamp.describe('When this link was made.'),
  })
  .meta({
    id: 'LinkExplanation',
    description: 'Why two records are in the same subject. The links of a subject connect all of its records.',
    examples: [
      {
        subjectId: 'subj-7f3a',
        left: { sourceId: 'hr-core', recordId: 'EMP-000123-1' },
        right: { sourceId: 'complaints', recordId: 'CMP-2026-0042-1' },
        basis: 'probabilistic',
        score: 14.2,
        threshold: 6,
        comparisons: [
          { field: 'familyName', level: 'exact', weight: 8.4 },
          { field: 'givenName', level: 'nickname', weight: 3.1 },
          { field: 'warrantNumber', level: 'transposed', weight: 2.7 },
        ],
        decidedAt: '2026-03-01T08:00:12Z',
      },
    ],
  });
export type LinkExplanation = z.output<typeof LinkExplanation>;

export const SubjectSnapshot = z
  .object({
    subjectId: OpaqueId,
    formerIds: z.array(OpaqueId),
    records: z.array(RecordRef),
  })
  .meta({
    id: 'SubjectSnapshot',
    description: 'A subject’s id, former ids and membership, as exported and imported.',
    examples: [{ subjectId: 'subj-7f3a', formerIds: ['subj-19c2'], records: [{ sourceId: 'hr-core', recordId: 'EMP-000123-1' }] }],
  });
export type SubjectSnapshot = z.output<typeof SubjectSnapshot>;
