/**
 * Sources: the systems records come from. Registering a source states who controls the data,
 * on what lawful basis and for what purpose it is processed, and how long it may be kept.
 */
import { z } from 'zod';
import { IsoDuration, OpaqueId, Timestamp, Extensions } from './primitives.js';

export const sourceKinds = [
  'hr',
  'complaints',
  'conduct',
  'vetting',
  'interests',
  'access_audit',
  'attendance',
  'duty',
  'building_access',
  'training',
  'use_of_force',
  'intelligence',
] as const;

export const SourceKind = z.enum(sourceKinds).meta({
  id: 'SourceKind',
  description: 'What kind of system the source is.',
  examples: ['hr'],
});
export type SourceKind = z.output<typeof SourceKind>;

const sourceFields = {
  kind: SourceKind,
  name: z.string().min(1).max(200).describe('A human-readable name for the system.'),
  controller: z.string().min(1).max(200).describe('The data controller responsible for the system.'),
  lawfulBasis: z.string().min(1).max(500).describe('The lawful basis for processing its data (for example Data Protection Act 2018 Part 3, s.35).'),
  purpose: z.string().min(1).max(500).describe('Why its data is processed here.'),
  retentionPeriod: IsoDuration.describe('How long its records may be kept, as an ISO 8601 duration.'),
  extensions: Extensions.optional(),
};

const sourceExample = {
  kind: 'hr' as const,
  name: 'HR core system',
  controller: 'Commissioner of Police of the Metropolis',
  lawfulBasis: 'DPA 2018 s.35 (law enforcement) and employment law',
  purpose: 'Professional standards and workforce welfare',
  retentionPeriod: 'P6Y',
};

export const SourceRegistration = z.object(sourceFields).meta({
  id: 'SourceRegistration',
  description: 'What a client sends to register or update a source.',
  examples: [sourceExample],
});
export type SourceRegistration = z.output<typeof SourceRegistration>;

export const Source = z
  .object({
    sourceId: OpaqueId.describe('The source’s id, chosen by the client when registering it.'),
    ...sourceFields,
    createdAt: Timestamp.describe('When the source was first registered.'),
    updatedAt: Timestamp.describe('When the registration last changed.'),
  })
  .meta({
    id: 'Source',
    description: 'A registered source system.',
    examples: [{ sourceId: 'hr-core', ...sourceExample, createdAt: '2026-01-05T09:00:00Z', updatedAt: '2026-01-05T09:00:00Z' }],
  });
export type Source = z.output<typeof Source>;
