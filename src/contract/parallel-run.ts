/**
 * The parallel run: a candidate supplier fed the force's live writes in the background and compared
 * with the primary, which alone answers clients (capability `parallel-run`). What an evaluation
 * panel reads before deciding to switch: whether the candidate keeps up, and how far it agrees.
 */
import { z } from 'zod';
import { AdapterIdentity } from './meta.js';
import { OpaqueId, Timestamp } from './primitives.js';

const Share = z.number().min(0).max(1);

const latencyExample = { count: 1200, errors: 0, errorRate: 0, meanMs: 6.2, p50Ms: 5, p95Ms: 20, buckets: [10, 90, 500, 400, 150, 40, 10, 0, 0, 0, 0, 0, 0] };
const consolidationExample = { precision: 0.98, recall: 1, f1: 0.99, predictedPairs: 1402, truePairs: 1374, correctPairs: 1374 };
const disagreementExample = {
  primary: { subjectId: 'subj-7f3a', records: ['hr-core/EMP-000123-1', 'complaints/CMP-2026-0042-1'] },
  candidate: [{ subjectId: 'C-88', records: ['hr-core/EMP-000123-1', 'complaints/CMP-2026-0042-1', 'hr-core/EMP-000456-1'] }],
  pairsInDispute: 2,
};
const detectorExample = { detectorId: 'repeated-allegations', primary: 12, candidate: 13, same: 12, differing: 0, onlyPrimary: 0, onlyCandidate: 1 };
const observationExample = {
  observedAt: '2026-03-02T10:05:00Z',
  kind: 'consolidation' as const,
  primaryRunId: 'run-000042',
  candidateRunId: 'ri.run.7c1',
  records: 10230,
  consolidation: consolidationExample,
  subjectsInDisagreement: 1,
  disagreements: [disagreementExample],
  flags: [detectorExample],
};
const Count = z.number().int().min(0);

export const LatencySummary = z
  .object({
    count: Count,
    errors: Count,
    errorRate: Share,
    meanMs: z.number().min(0),
    p50Ms: z.number().nullable().describe('The bucket bound under which half the calls finished; null when none, or beyond the last bound.'),
    p95Ms: z.number().nullable(),
    buckets: z.array(Count).describe('Calls per bucket of `bucketsMs`, and a last bucket for slower ones.'),
  })
  .meta({ id: 'LatencySummary', description: 'Latency and errors of one side of the parallel run, as a histogram.', examples: [latencyExample] });

export const ConsolidationAgreement = z
  .object({
    precision: Share,
    recall: Share,
    f1: Share,
    predictedPairs: z.number().min(0).describe('Record pairs the candidate joins.'),
    truePairs: z.number().min(0).describe('Record pairs the primary joins (the reference).'),
    correctPairs: z.number().min(0).describe('Record pairs both join.'),
  })
  .meta({
    id: 'ConsolidationAgreement',
    description: 'Pairwise precision, recall and F1 of the candidate’s partition scored against the primary’s.',
    examples: [consolidationExample],
  });

export const PartitionDisagreement = z
  .object({
    primary: z.object({ subjectId: OpaqueId, records: z.array(z.string()).describe('`sourceId/recordId` of each record.') }),
    candidate: z.array(z.object({ subjectId: OpaqueId, records: z.array(z.string()) })).describe('The candidate’s subjects holding any of those records.'),
    pairsInDispute: z.number().min(0),
  })
  .meta({
    id: 'PartitionDisagreement',
    description: 'One person the two adapters consolidate differently, by record reference only.',
    examples: [disagreementExample],
  });

export const DetectorAgreement = z
  .object({ detectorId: z.string(), primary: Count, candidate: Count, same: Count, differing: Count, onlyPrimary: Count, onlyCandidate: Count })
  .meta({
    id: 'DetectorAgreement',
    description: 'Flags of one detector: raised by both on the same evidence (the same or differing in status), or by one only.',
    examples: [detectorExample],
  });

export const AgreementObservation = z
  .object({
    observedAt: Timestamp,
    kind: z.enum(['consolidation', 'flagging', 'import', 'on-demand']).describe('What finished before the comparison.'),
    primaryRunId: OpaqueId.nullable(),
    candidateRunId: OpaqueId.nullable(),
    records: Count.describe('Records both hold; pairs are counted over these.'),
    consolidation: ConsolidationAgreement,
    subjectsInDisagreement: Count,
    disagreements: z.array(PartitionDisagreement).describe('The worst first; at most 50.'),
    flags: z.array(DetectorAgreement),
  })
  .meta({ id: 'AgreementObservation', description: 'The candidate compared with the primary after a run finished on both.', examples: [observationExample] });
export type AgreementObservation = z.output<typeof AgreementObservation>;

export const ParallelRunStatus = z
  .object({
    primary: AdapterIdentity,
    candidate: AdapterIdentity,
    since: Timestamp.describe('When this gateway process started the parallel run.'),
    mirror: z.object({
      pending: Count.describe('Writes waiting to be mirrored.'),
      delivered: Count,
      undeliverable: Count.describe('Writes the candidate refused or could not take within the retry policy.'),
      overflow: Count.describe('Writes not kept because the backlog was full; never silently dropped.'),
      lagSeconds: z.number().min(0).describe('How long the oldest waiting write has waited.'),
      problems: z
        .array(z.object({ sequence: Count, operation: z.string(), sourceId: z.string().nullable(), problem: z.string() }))
        .describe('The latest undeliverable writes.'),
    }),
    agreement: z.object({
      latest: AgreementObservation.nullable(),
      history: z
        .array(
          z.object({
            observedAt: Timestamp,
            kind: z.string(),
            f1: Share,
            precision: Share,
            recall: Share,
            subjectsInDisagreement: Count,
            flagsSame: Count,
            flagsTotal: Count,
          }),
        )
        .describe('Every comparison kept, oldest first (agreement over time).'),
    }),
    reads: z.object({
      sampleEvery: Count,
      sampled: Count,
      agreed: Count,
      skipped: Count,
      failed: Count,
      fields: z.array(z.object({ operation: z.string(), path: z.string(), count: Count })).describe('Fields answered differently beyond the noise floor.'),
      noise: z
        .array(z.object({ operation: z.string(), path: z.string(), count: Count }))
        .describe('Fields ignored: the primary’s own two reads differed there.'),
    }),
    latency: z.object({
      bucketsMs: z.array(z.number()),
      primary: LatencySummary.describe('Every request the gateway answered, as clients saw it.'),
      candidate: LatencySummary.describe('Mirrored writes and sampled reads, as the candidate answered them.'),
    }),
  })
  .meta({
    id: 'ParallelRunStatus',
    description:
      'A candidate supplier run beside the primary: how far the mirror of the primary’s writes has got, how far the candidate agrees, and both sides’ latency. Clients are only ever answered by the primary.',
    examples: [
      {
        primary: { id: 'reference', name: 'Plumbline reference engine', version: '0.1.0', vendor: 'Plumbline' },
        candidate: { id: 'foundry', name: 'Foundry connector', version: '0.1.0', vendor: 'Plumbline' },
        since: '2026-03-01T08:00:00Z',
        mirror: {
          pending: 0,
          delivered: 5120,
          undeliverable: 1,
          overflow: 0,
          lagSeconds: 0,
          problems: [
            {
              sequence: 88,
              operation: 'reviewFlag',
              sourceId: null,
              problem: 'not-found: The candidate raised no "repeated-allegations" flag on the same evidence',
            },
          ],
        },
        agreement: {
          latest: observationExample,
          history: [
            {
              observedAt: '2026-03-02T10:05:00Z',
              kind: 'consolidation',
              f1: 0.99,
              precision: 0.98,
              recall: 1,
              subjectsInDisagreement: 1,
              flagsSame: 12,
              flagsTotal: 13,
            },
          ],
        },
        reads: {
          sampleEvery: 10,
          sampled: 120,
          agreed: 118,
          skipped: 3,
          failed: 0,
          fields: [{ operation: 'getSubject', path: '/canonicalIdentity/postcode', count: 2 }],
          noise: [{ operation: 'getRecord', path: '/ingestedAt', count: 1 }],
        },
        latency: {
          bucketsMs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000],
          primary: latencyExample,
          candidate: { ...latencyExample, meanMs: 31.5, p50Ms: 20, p95Ms: 100 },
        },
      },
    ],
  });
export type ParallelRunStatus = z.output<typeof ParallelRunStatus>;
