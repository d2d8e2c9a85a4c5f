/**
 * Flags: prompts for human review, never decisions. Each names its detector, its subjects, the
 * evidence and the measured values, and moves through a review lifecycle:
 * open → in_review → closed (with an outcome). Any other transition is refused with 409.
 */
import { z } from 'zod';
import { CalendarDate, Extensions, OpaqueId, RecordRef, Timestamp } from './primitives.js';
import { FlagCategory, Severity } from './detectors.js';

export const FlagStatus = z.enum(['open', 'in_review', 'closed']).meta({
  id: 'FlagStatus',
  description: 'Where the flag is in its review: `open` → `in_review` → `closed`.',
  examples: ['open'],
});
export type FlagStatus = z.output<typeof FlagStatus>;

export const ReviewOutcome = z
  .enum(['no_further_action', 'management_action', 'welfare_support', 'referred_to_professional_standards', 'data_error'])
  .meta({ id: 'ReviewOutcome', description: 'How a reviewer closed a flag.', examples: ['welfare_support'] });
export type ReviewOutcome = z.output<typeof ReviewOutcome>;

export const ReviewRequest = z
  .object({
    status: z.enum(['in_review', 'closed']).describe('The status to move to: `in_review` from `open`, `closed` from `in_review`.'),
    outcome: ReviewOutcome.optional().describe('Required when closing; not allowed otherwise.'),
    rationale: z.string().min(1).max(4000).describe('The reviewer’s reasons, in their own words.'),
  })
  .refine((review) => (review.status === 'closed') === (review.outcome !== undefined), {
    message: 'an outcome is required when closing and not allowed otherwise',
    path: ['outcome'],
  })
  .meta({
    id: 'ReviewRequest',
    description: 'A reviewer’s step in a flag’s lifecycle.',
    examples: [{ status: 'closed', outcome: 'welfare_support', rationale: 'Long hours confirmed; referred to occupational health.' }],
  });
export type ReviewRequest = z.output<typeof ReviewRequest>;

/** Why an admin redacted a review's rationale: it named a person whose records were erased, or was wrong about one. */
export const RedactionReason = z.enum(['erasure', 'rectification']).meta({
  id: 'RedactionReason',
  description: '`erasure`: the rationale names a person whose records were erased; `rectification`: it holds personal data that was wrong.',
  examples: ['erasure'],
});

/** The text a redacted rationale reads as. */
export const REDACTED_RATIONALE = '[redacted]';

export const RedactionRequest = z
  .object({ reason: RedactionReason })
  .meta({ id: 'RedactionRequest', description: 'Redacts one review’s rationale.', examples: [{ reason: 'erasure' }] });
export type RedactionRequest = z.output<typeof RedactionRequest>;

export const Redaction = z
  .object({
    reason: RedactionReason,
    redactedBy: z.string().describe('The admin who redacted it.'),
    redactedAt: Timestamp,
  })
  .describe('Present when an admin redacted the rationale; the rationale then reads `[redacted]`.');

export const Review = z
  .object({
    reviewId: OpaqueId,
    status: z.enum(['in_review', 'closed']),
    outcome: ReviewOutcome.nullable(),
    rationale: z.string(),
    reviewer: z.string().describe('Who made the review.'),
    reviewedAt: Timestamp,
    redaction: Redaction.optional(),
  })
  .meta({
    id: 'Review',
    description: 'One recorded step of a flag’s review.',
    examples: [
      {
        reviewId: 'rev-001',
        status: 'in_review',
        outcome: null,
        rationale: 'Picked up for review.',
        reviewer: 'reviewer-17',
        reviewedAt: '2026-03-03T09:00:00Z',
      },
    ],
  });
export type Review = z.output<typeof Review>;

export const Flag = z
  .object({
    flagId: OpaqueId,
    detectorId: z.string(),
    detectorVersion: z.string(),
    category: FlagCategory,
    severity: Severity,
    subjectIds: z.array(OpaqueId).min(1).describe('The subjects concerned; a group flag names every member.'),
    rationale: z.string().describe('Why the flag was raised, in plain language.'),
    evidence: z.array(RecordRef).describe('The records that made the rule hold.'),
    measurements: z.record(z.string(), z.number()).describe('The measured values compared with the thresholds.'),
    window: z.object({ start: CalendarDate, end: CalendarDate }).describe('The period the rule looked at, inclusive.'),
    asOf: CalendarDate.describe('The as-of date of the run that raised it.'),
    raisedAt: Timestamp,
    runId: OpaqueId.describe('The flagging run that raised it.'),
    status: FlagStatus,
    outcome: ReviewOutcome.nullable().describe('The closing outcome; null until closed.'),
    reviews: z.array(Review).describe('Every review step, oldest first.'),
    extensions: Extensions.optional(),
  })
  .meta({
    id: 'Flag',
    description: 'A prompt for human review raised by a detector. It is never a finding or a decision.',
    examples: [
      {
        flagId: 'flag-0001',
        detectorId: 'repeated-allegations',
        detectorVersion: '1.0.0',
        category: 'standards',
        severity: 'medium',
        subjectIds: ['subj-7f3a'],
        rationale: '3 allegations in distinct cases between 2025-06-01 and 2026-02-10 (365-day window; threshold 3).',
        evidence: [
          { sourceId: 'complaints', recordId: 'CMP-2025-0101-1' },
          { sourceId: 'complaints', recordId: 'CMP-2025-0300-1' },
          { sourceId: 'complaints', recordId: 'CMP-2026-0042-1' },
        ],
        measurements: { distinctCases: 3, threshold: 3, windowDays: 365 },
        window: { start: '2025-02-11', end: '2026-02-10' },
        asOf: '2026-03-31',
        raisedAt: '2026-03-31T06:00:00Z',
        runId: 'run-01JA0',
        status: 'open',
        outcome: null,
        reviews: [],
      },
    ],
  });
export type Flag = z.output<typeof Flag>;

export const FlagQuery = z.object({
  status: FlagStatus.optional(),
  detectorId: z.string().min(1).max(100).optional(),
  subjectId: OpaqueId.optional(),
  category: FlagCategory.optional(),
  severity: Severity.optional(),
});
export type FlagQuery = z.output<typeof FlagQuery>;
