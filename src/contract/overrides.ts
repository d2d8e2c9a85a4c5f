/**
 * Link overrides: people correcting the machine. A must-link puts two records in one subject, a
 * cannot-link keeps them apart; adapters obey them on every run. Overrides that contradict each
 * other (a cannot-link between records that must-links join) are refused with 409.
 */
import { z } from 'zod';
import { OpaqueId, RecordRef, Timestamp } from './primitives.js';

export const OverrideKind = z.enum(['must_link', 'cannot_link']).meta({
  id: 'OverrideKind',
  description: '`must_link`: the two records are the same person; `cannot_link`: they are not.',
  examples: ['cannot_link'],
});

const overrideFields = {
  kind: OverrideKind,
  left: RecordRef,
  right: RecordRef,
  reason: z.string().min(1).max(1000).describe('Why a person made this decision; kept for the audit trail.'),
};

const overrideExample = {
  kind: 'cannot_link' as const,
  left: { sourceId: 'hr-core', recordId: 'EMP-000123-1' },
  right: { sourceId: 'complaints', recordId: 'CMP-2026-0042-1' },
  reason: 'Different dates of birth confirmed with HR; same name only.',
};

export const LinkOverrideRequest = z.object(overrideFields).meta({
  id: 'LinkOverrideRequest',
  description: 'A human decision that two records are, or are not, the same person.',
  examples: [overrideExample],
});
export type LinkOverrideRequest = z.output<typeof LinkOverrideRequest>;

export const LinkOverride = z
  .object({
    overrideId: OpaqueId,
    ...overrideFields,
    createdBy: z.string().describe('Who made the decision.'),
    createdAt: Timestamp,
  })
  .meta({
    id: 'LinkOverride',
    description: 'A recorded link override. It takes effect at the next consolidation run.',
    examples: [{ overrideId: 'ovr-001', ...overrideExample, createdBy: 'reviewer-17', createdAt: '2026-03-02T10:00:00Z' }],
  });
export type LinkOverride = z.output<typeof LinkOverride>;
