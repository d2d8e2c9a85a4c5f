/**
 * A person's identity as one source recorded it. Sources hold different subsets, spelt their own
 * way; consolidation works out which recorded identities are the same person. Nothing here is
 * normalised by the contract: adapters receive exactly what the source said.
 */
import { z } from 'zod';
import { CalendarDate } from './primitives.js';
import { withoutProtectedCharacteristics } from './protected-characteristics.js';

const text = (max: number) => z.string().min(1).max(max);

export const identityFields = [
  'staffNumber',
  'warrantNumber',
  'payrollNumber',
  'niNumber',
  'username',
  'givenName',
  'familyName',
  'dateOfBirth',
  'postcode',
  'email',
] as const;
export type IdentityField = (typeof identityFields)[number];

/** Identifiers that, when verified, identify one person on their own. */
export const strongIdentifierFields = ['staffNumber', 'warrantNumber', 'payrollNumber', 'niNumber', 'username', 'email'] as const;
export type StrongIdentifierField = (typeof strongIdentifierFields)[number];

export const RecordedIdentity = z
  .strictObject({
    staffNumber: text(40).optional().describe('HR staff number.'),
    warrantNumber: text(40).optional().describe('Warrant (collar) number of an officer, often typed by hand.'),
    payrollNumber: text(40).optional().describe('Payroll number.'),
    niNumber: text(20).optional().describe('National Insurance number.'),
    username: text(100).optional().describe('System login name.'),
    givenName: text(100).optional().describe('Given name as recorded (may be a nickname).'),
    familyName: text(100).optional().describe('Family name as recorded (may be a former name).'),
    dateOfBirth: CalendarDate.optional().describe('Date of birth as recorded.'),
    postcode: text(10).optional().describe('Home postcode as recorded.'),
    email: z.email().max(254).optional().describe('Email address as recorded.'),
    ...withoutProtectedCharacteristics,
  })
  .refine((identity) => identityFields.some((field) => identity[field] !== undefined), {
    message: 'an identity needs at least one field',
  })
  .meta({
    id: 'RecordedIdentity',
    description:
      'The person’s identity as this source recorded it: any subset of these fields, at least one. Values are as recorded, typos included. Protected characteristics (sex, ethnicity, religion, …) are never part of it: an identity carrying one is refused.',
    // The refinement above is invisible to JSON Schema: this says the same to clients and proxies.
    minProperties: 1,
    examples: [{ staffNumber: 'S1004321', givenName: 'Robert', familyName: 'Okafor', dateOfBirth: '1986-04-12' }],
  });
export type RecordedIdentity = z.output<typeof RecordedIdentity>;
