/**
 * Ingest and erasure: how records enter and leave. A batch is checked record by record; the
 * accepted ones are committed together or not at all, and the answer says what happened to each.
 */
import { z } from 'zod';
import { OpaqueId, Timestamp } from './primitives.js';
import { ProblemFieldError } from './problem.js';
import { SourceRecord } from './records.js';
import { MAX_BATCH_RECORDS } from './meta.js';

export const IngestBatch = z
  .object({
    // Items are any JSON value: each is checked against `Record` on its own and rejected alone, so a
    // validating proxy must not refuse the whole batch for one bad item the gateway would answer 200 for.
    records: z
      .array(
        z
          .unknown()
          .describe(
            'A record as `#/components/schemas/RecordInput` defines it (the request form of `Record`: no field it does not define). An item that is not a valid record gets a `rejected` result with its errors; the others go on.',
          ),
      )
      .min(1)
      .max(MAX_BATCH_RECORDS)
      .describe(
        `1 to ${MAX_BATCH_RECORDS} records. Each is checked on its own: an invalid record is rejected without failing the others; more than ${MAX_BATCH_RECORDS} is refused with 413.`,
      ),
  })
  .meta({
    id: 'IngestBatch',
    description: 'A batch of records from one source.',
    examples: [
      {
        records: [
          {
            type: 'use_of_force',
            recordId: 'UOF-2026-11873',
            occurredAt: '2026-02-28T01:40:00Z',
            identity: { warrantNumber: '214871', familyName: 'Okafor' },
            incidentReference: 'CAD-2026-02-28-0112',
            tactic: 'handcuffing',
          },
        ],
      },
    ],
  });

/**
 * The most errors the gateway reports for one rejected record, so a batch of 5,000 bad records
 * stays a readable answer. Not a bound in the document: a maximum on an answer would fail every
 * supplier already answering more, and the gateway keeps to it by itself.
 */
export const MAX_RECORD_ERRORS = 20;

export const recordOutcomes = ['created', 'updated', 'unchanged', 'rejected'] as const;

export const RecordResult = z
  .object({
    index: z.number().int().min(0).describe('Position of the record in the batch.'),
    recordId: z.string().nullable().describe('The record’s id, or null when it could not be read.'),
    status: z
      .enum(recordOutcomes)
      .describe('`created` (new), `updated` (same id, new content), `unchanged` (same id and content: idempotent repeat), `rejected` (invalid; see `errors`).'),
    // Not bounded in the schema: other implementations may list more; the gateway lists at most this many.
    errors: z
      .array(ProblemFieldError)
      .optional()
      .describe(
        `Why the record was rejected; paths are relative to the batch. The gateway lists the first ${MAX_RECORD_ERRORS} errors of a record that has more.`,
      ),
  })
  .meta({
    id: 'RecordResult',
    description: 'What happened to one record of a batch.',
    examples: [{ index: 0, recordId: 'UOF-2026-11873', status: 'created' }],
  });
export type RecordResult = z.output<typeof RecordResult>;

export const IngestResult = z
  .object({
    sourceId: OpaqueId,
    counts: z.object({
      created: z.number().int().min(0),
      updated: z.number().int().min(0),
      unchanged: z.number().int().min(0),
      rejected: z.number().int().min(0),
    }),
    results: z.array(RecordResult).describe('One result per record, in batch order.'),
  })
  .meta({
    id: 'IngestResult',
    description: 'The outcome of a batch. Every record not rejected is committed, durably, before this answer is sent.',
    examples: [
      {
        sourceId: 'uof-log',
        counts: { created: 1, updated: 0, unchanged: 0, rejected: 0 },
        results: [{ index: 0, recordId: 'UOF-2026-11873', status: 'created' }],
      },
    ],
  });
export type IngestResult = z.output<typeof IngestResult>;

export const StoredRecord = z
  .object({
    sourceId: OpaqueId.describe('The source that holds the record.'),
    ingestedAt: Timestamp.describe('When this version of the record was accepted.'),
    subjectId: z.string().nullable().describe('The subject the record is consolidated into, or null before consolidation.'),
    record: SourceRecord,
  })
  .meta({
    id: 'StoredRecord',
    description: 'A record as held by the adapter, with where it came from and which subject it belongs to.',
    examples: [
      {
        sourceId: 'uof-log',
        ingestedAt: '2026-03-01T08:00:00Z',
        subjectId: 'subj-7f3a',
        record: {
          type: 'use_of_force',
          recordId: 'UOF-2026-11873',
          occurredAt: '2026-02-28T01:40:00Z',
          identity: { warrantNumber: '214871', familyName: 'Okafor' },
          incidentReference: 'CAD-2026-02-28-0112',
          tactic: 'handcuffing',
        },
      },
    ],
  });
export type StoredRecord = z.output<typeof StoredRecord>;

export const ErasureReason = z.enum(['retention', 'rectification', 'erasure_request']).meta({
  id: 'ErasureReason',
  description: 'Why a record is erased: its retention period ended, it was wrong, or a data subject asked.',
  examples: ['retention'],
});

export const ErasureQuery = z.object({
  reason: ErasureReason.default('retention').describe('Why the record is erased (default `retention`).'),
});

export const Erasure = z
  .object({
    sourceId: OpaqueId,
    recordId: OpaqueId,
    reason: ErasureReason,
    erasedAt: Timestamp,
  })
  .meta({
    id: 'Erasure',
    description:
      'Confirms an erasure. The record is gone, and so is everything derived from it: it leaves its subject, and it is removed from the evidence of every flag.',
    examples: [{ sourceId: 'uof-log', recordId: 'UOF-2026-11873', reason: 'retention', erasedAt: '2026-03-01T08:00:00Z' }],
  });
export type Erasure = z.output<typeof Erasure>;
