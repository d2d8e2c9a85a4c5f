/**
 * The force's source systems: one registration per system, which identity fields the system holds
 * about a person, and its noise profile.
 */
import type { IdentityField, SourceKind, SourceRegistration } from '../contract/index.js';
import { defaultNoise, type NoiseProfile } from './noise.js';

export type SourceKey = keyof typeof defaultNoise;

export interface SourceDefinition {
  readonly key: SourceKey;
  readonly sourceId: string;
  readonly registration: SourceRegistration;
  /** Identity fields the system records, in the order they are written. `keyIdentifier` stands for warrant number (officers, specials) or staff number (police staff). */
  readonly fields: readonly (IdentityField | 'keyIdentifier')[];
  /** Family names in capitals, as intelligence systems write them. */
  readonly upperCaseFamilyName?: boolean;
  readonly noise: NoiseProfile;
  /** Fields the system records as well under the `typical` and `hard` profiles (a vetting form asks for the NI number). */
  readonly profileFields?: readonly IdentityField[];
}

const controller = 'Chief Officer of the Synthetic Metropolitan Police Service';
const lawEnforcement = 'Data Protection Act 2018 Part 3, s.35 (law enforcement processing)';
const employment = 'UK GDPR Article 6(1)(c) and 9(2)(b) (employment obligations), DPA 2018 Schedule 1 Part 1';

function source(
  key: SourceKey,
  sourceId: string,
  kind: SourceKind,
  name: string,
  details: {
    fields: SourceDefinition['fields'];
    lawfulBasis: string;
    retentionPeriod: string;
    upperCaseFamilyName?: boolean;
    profileFields?: readonly IdentityField[];
  },
): SourceDefinition {
  return {
    key,
    sourceId,
    registration: {
      kind,
      name,
      controller,
      lawfulBasis: details.lawfulBasis,
      purpose: 'Professional standards, integrity and workforce welfare: consolidation and flagging for human review',
      retentionPeriod: details.retentionPeriod,
    },
    fields: details.fields,
    ...(details.upperCaseFamilyName ? { upperCaseFamilyName: true } : {}),
    ...(details.profileFields ? { profileFields: details.profileFields } : {}),
    noise: defaultNoise[key],
  };
}

const names = ['givenName', 'familyName'] as const;

/** Every source system, in the order records are written. */
export const sourceDefinitions: readonly SourceDefinition[] = [
  source('hr', 'hr-core', 'hr', 'HR core system (employment history)', {
    fields: ['staffNumber', 'warrantNumber', 'payrollNumber', 'niNumber', 'username', 'email', ...names, 'dateOfBirth', 'postcode'],
    lawfulBasis: employment,
    retentionPeriod: 'P6Y',
  }),
  source('complaints', 'psd-complaints', 'complaints', 'Public complaints case management', {
    fields: ['keyIdentifier', ...names],
    lawfulBasis: lawEnforcement,
    retentionPeriod: 'P10Y',
  }),
  source('conduct', 'psd-conduct', 'conduct', 'Internal conduct case management', {
    fields: ['keyIdentifier', ...names],
    lawfulBasis: lawEnforcement,
    retentionPeriod: 'P10Y',
  }),
  source('vetting', 'vetting', 'vetting', 'Force vetting unit case system', {
    fields: ['staffNumber', ...names, 'dateOfBirth', 'postcode'],
    profileFields: ['niNumber'],
    lawfulBasis: lawEnforcement,
    retentionPeriod: 'P10Y',
  }),
  source('interests', 'interests-register', 'interests', 'Register of business interests and associations', {
    fields: ['staffNumber', ...names],
    lawfulBasis: lawEnforcement,
    retentionPeriod: 'P6Y',
  }),
  source('intelligence', 'intelligence', 'intelligence', 'Counter-corruption intelligence database', {
    fields: [...names, 'dateOfBirth'],
    lawfulBasis: lawEnforcement,
    retentionPeriod: 'P6Y',
    upperCaseFamilyName: true,
  }),
  source('access', 'system-access-audit', 'access_audit', 'Policing systems access audit log', {
    fields: ['username'],
    lawfulBasis: lawEnforcement,
    retentionPeriod: 'P2Y',
  }),
  source('absence', 'absence', 'attendance', 'Absence management system', {
    fields: ['staffNumber', ...names],
    lawfulBasis: employment,
    retentionPeriod: 'P6Y',
  }),
  source('duty', 'duty-roster', 'duty', 'Duty management and rostering system', {
    fields: ['staffNumber', 'payrollNumber'],
    lawfulBasis: employment,
    retentionPeriod: 'P6Y',
  }),
  source('building', 'building-access', 'building_access', 'Building access control (weekly office attendance)', {
    fields: ['staffNumber'],
    lawfulBasis: employment,
    retentionPeriod: 'P1Y',
  }),
  source('training', 'training', 'training', 'Learning management system', {
    fields: ['staffNumber', ...names],
    lawfulBasis: employment,
    retentionPeriod: 'P6Y',
  }),
  source('useOfForce', 'use-of-force', 'use_of_force', 'Use of force reporting', {
    fields: ['keyIdentifier', ...names],
    lawfulBasis: lawEnforcement,
    retentionPeriod: 'P6Y',
  }),
];

export function sourceDefinition(key: SourceKey): SourceDefinition {
  return sourceDefinitions.find((definition) => definition.key === key)!;
}
