/**
 * Access and accountability: the roles a bearer token can carry, the justification a client states
 * when it consults personal data, and the audit trail the gateway keeps of every processing of
 * personal data (Data Protection Act 2018 s.62: collection, alteration, consultation, disclosure,
 * combination and erasure), hash-chained so that any alteration can be detected.
 */
import { z } from 'zod';
import { PageQuery, Timestamp } from './primitives.js';

/** Every role, least to most trusted with operations; no role implies another. */
export const roles = ['ingest', 'analyst', 'reviewer', 'auditor', 'admin'] as const;

export const Role = z.enum(roles).meta({
  id: 'Role',
  description: [
    '`ingest`: a source system sending records; `analyst`: runs consolidation and flagging and studies the results;',
    '`reviewer`: reviews flags and corrects links; `auditor`: reads the audit trail and runs fairness audits (aggregates only); `admin`: registers sources, erases, imports and exports.',
  ].join(' '),
  examples: ['reviewer'],
});
export type Role = z.output<typeof Role>;

/** The header that carries the justification for consulting personal data. */
export const JUSTIFICATION_HEADER = 'plumbline-justification';

/** Printable ASCII only: a header cannot carry other characters reliably, and logs stay one line. */
export const Justification = z
  .string()
  .min(1, 'the justification is empty')
  .max(200, 'the justification is longer than 200 characters')
  .regex(/^[\x20-\x7E]+$/, 'the justification may hold printable ASCII characters only')
  .describe('A purpose or case reference, such as `PSD-2026-0042`: 1 to 200 printable ASCII characters.');

/** The kinds of processing of personal data that are recorded. */
export const AuditAction = z.enum(['collection', 'alteration', 'consultation', 'disclosure', 'combination', 'erasure']).meta({
  id: 'AuditAction',
  description: 'The kind of processing, in the terms of the Data Protection Act 2018 s.62.',
  examples: ['consultation'],
});
export type AuditAction = z.output<typeof AuditAction>;

export const AuditTarget = z
  .object({
    type: z.enum(['source', 'record', 'subject', 'flag', 'link-override', 'run']),
    id: z.string().describe('The id; a record is `sourceId/recordId`.'),
  })
  .meta({
    id: 'AuditTarget',
    description: 'One thing the request processed, by id only: never its content.',
    examples: [{ type: 'subject', id: 'subj-7f3a' }],
  });
export type AuditTarget = z.output<typeof AuditTarget>;

export const AuditEvent = z
  .object({
    sequence: z.number().int().min(1).describe('The entry number: 1 for the first entry, then one more for each entry, with no gaps.'),
    occurredAt: Timestamp.describe('When the gateway answered.'),
    actor: z.string().describe('Who: the `sub` of the bearer token.'),
    role: Role.nullable().describe(
      'The role the request was made under: the first of the token’s roles the operation allows or, when it allows none, the first the token carries; null for a token with no known role.',
    ),
    action: AuditAction,
    operation: z.string().describe('The operation id, such as `getSubject`.'),
    targets: z.array(AuditTarget).describe('What was processed, by id. Erasure entries name what was erased, never its content.'),
    criteria: z.record(z.string(), z.string()).describe('The query parameters that selected what was processed (search terms, filters), without paging.'),
    justification: z.string().nullable().describe('The stated justification, null when none was sent.'),
    status: z.number().int().describe('The HTTP status answered; 0 for an attempt and for an outcome unknown.'),
    outcome: z
      .enum(['succeeded', 'refused', 'failed', 'attempted', 'unknown'])
      .describe(
        [
          '`succeeded` (2xx, 3xx), `refused` (4xx) or `failed` (5xx); `attempted`: a change about to be made, committed before the adapter is called',
          '(its outcome follows in a later entry naming it in `attempt`); `unknown`: the gateway stopped before the outcome of that attempt was recorded,',
          'written when it next started. Clients should treat values they do not know as `unknown`.',
        ].join(' '),
      ),
    requestId: z.string().describe('The request id, as in the gateway’s logs.'),
    attempt: z
      .number()
      .int()
      .min(1)
      .nullable()
      .describe('For the entry recording the outcome of a change (or `unknown` after a crash), the number of its `attempted` entry; null otherwise.'),
    previousHash: z.string().describe('The `hash` of the entry before (64 zeros for the first).'),
    hash: z.string().describe('SHA-256 over `previousHash` and this entry’s fields: changing, removing or reordering any entry breaks the chain.'),
  })
  .meta({
    id: 'AuditEvent',
    description: 'One recorded processing of personal data: who, when, under which role, what, on which ids, why, and with what outcome.',
    examples: [
      {
        sequence: 42,
        occurredAt: '2026-03-03T09:00:00.000Z',
        actor: 'reviewer-17',
        role: 'reviewer',
        action: 'consultation',
        operation: 'getSubject',
        targets: [{ type: 'subject', id: 'subj-7f3a' }],
        criteria: {},
        justification: 'PSD-2026-0042',
        status: 200,
        outcome: 'succeeded',
        requestId: 'req-1f',
        attempt: null,
        previousHash: '9f2c4a0d1b7e5f3c8a6d2e1f0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c',
        hash: '3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b',
      },
    ],
  });
export type AuditEvent = z.output<typeof AuditEvent>;

/** Filters for reading the audit trail; every filter given must match. */
export const AuditQuery = PageQuery.extend({
  actor: z.string().min(1).max(200).optional().describe('Only entries by this actor (token `sub`).'),
  action: AuditAction.optional().describe('Only this kind of processing.'),
  operation: z.string().min(1).max(100).optional().describe('Only this operation id.'),
  target: z
    .string()
    .min(1)
    .max(401)
    .regex(/^[A-Za-z0-9._:~/-]+$/, 'an id, or a record as sourceId/recordId')
    .optional()
    .describe('Only entries that processed this id (a record as `sourceId/recordId`).'),
  from: Timestamp.optional().describe('Only entries at or after this time.'),
  to: Timestamp.optional().describe('Only entries before this time.'),
});
export type AuditQuery = z.output<typeof AuditQuery>;
