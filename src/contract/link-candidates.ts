/**
 * The possible-match queue: pairs of records the adapter judged close to being one person, but not
 * close enough to merge. Where people are concerned a wrong merge is worse than a question, so an
 * adapter with capability `consolidation.candidates` lists these for a person to decide, with the
 * evidence, and the person answers with a link override (`POST /v1/link-overrides`): `must_link`
 * merges them at the next run, `cannot_link` keeps them apart and takes the pair off the queue.
 */
import { z } from 'zod';
import { OpaqueId, RecordRef, Timestamp } from './primitives.js';
import { FieldComparison } from './subjects.js';

export const LinkCandidate = z
  .object({
    candidateId: OpaqueId.describe('Identifies this pair while it stays on the queue.'),
    left: RecordRef.describe('A record of the left subject: one of the pair whose comparison is shown.'),
    right: RecordRef.describe('A record of the right subject: the other of the pair.'),
    leftSubjectId: OpaqueId.describe('The subject `left` belongs to now.'),
    rightSubjectId: OpaqueId.describe('The subject `right` belongs to now; never the same as `leftSubjectId`.'),
    score: z.number().describe('The pair’s total match weight (log2 odds: sum of field weights plus the prior).'),
    threshold: z.number().describe('The weight at which the adapter would have linked them on its own.'),
    comparisons: z
      .array(FieldComparison)
      .describe(
        'Every field either record holds: which agree (`exact`, `close`, `nickname`, …), which disagree (`different`), which one side lacks (`missing`), and each one’s weight.',
      ),
    foundAt: Timestamp.describe('When the consolidation run that proposed the pair finished.'),
  })
  .meta({
    id: 'LinkCandidate',
    description:
      'A possible match: two records in different subjects that may be one person. Decide it with a link override (`must_link` or `cannot_link`) between `left` and `right`; it leaves the queue at the next consolidation run.',
    examples: [
      {
        candidateId: 'cand-3k-9q',
        left: { sourceId: 'hr-core', recordId: 'EMP-000123-1' },
        right: { sourceId: 'complaints', recordId: 'CMP-2026-0042-1' },
        leftSubjectId: 'subj-7f3a',
        rightSubjectId: 'subj-91c0',
        score: -1.7,
        threshold: 0,
        comparisons: [
          { field: 'givenName', level: 'exact', weight: 4.9 },
          { field: 'familyName', level: 'exact', weight: 6.2 },
          { field: 'dateOfBirth', level: 'missing', weight: 0 },
          { field: 'warrantNumber', level: 'missing', weight: 0 },
        ],
        foundAt: '2026-03-01T08:00:12Z',
      },
    ],
  });
export type LinkCandidate = z.output<typeof LinkCandidate>;
