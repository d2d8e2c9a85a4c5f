/**
 * The simulated platform's enumerations, spelt its own way, against the contract's. These are
 * part of what the supplier publishes about its ontology, so the simulator and the connector
 * share them, as a real connector shares a supplier's published schema.
 */
import type { IdentityField } from '../../../src/contract/identity.js';
import { defineVocabulary } from '../../../src/connectors/index.js';

/** The platform's spelling of the contract's sourceCategories. */
export const sourceCategories = defineVocabulary('sourceCategories', {
  hr: 'HUMAN_RESOURCES',
  complaints: 'PUBLIC_COMPLAINTS',
  conduct: 'CONDUCT_CASES',
  vetting: 'VETTING',
  interests: 'DECLARED_INTERESTS',
  access_audit: 'SYSTEM_AUDIT',
  attendance: 'ATTENDANCE',
  duty: 'DUTY_ROSTER',
  building_access: 'BUILDING_ACCESS',
  training: 'TRAINING',
  use_of_force: 'USE_OF_FORCE',
  intelligence: 'INTELLIGENCE',
});

/** The platform's spelling of the contract's recordClasses. */
export const recordClasses = defineVocabulary('recordClasses', {
  employment: 'EMPLOYMENT_EVENT',
  allegation: 'ALLEGATION',
  vetting: 'VETTING_DECISION',
  interest_declaration: 'INTEREST_DECLARATION',
  association_report: 'ASSOCIATION_REPORT',
  system_access: 'SYSTEM_ACCESS_EVENT',
  absence_spell: 'ABSENCE_SPELL',
  duty_week: 'DUTY_WEEK',
  building_attendance: 'BUILDING_ATTENDANCE',
  training: 'TRAINING_COMPLETION',
  use_of_force: 'USE_OF_FORCE_REPORT',
});

/** The platform's spelling of the contract's ingestOutcomes. */
export const ingestOutcomes = defineVocabulary('ingestOutcomes', { created: 'INSERTED', updated: 'REVISED', unchanged: 'NO_CHANGE', rejected: 'REFUSED' });

/** The platform's spelling of the contract's erasureReasons. */
export const erasureReasons = defineVocabulary('erasureReasons', {
  retention: 'RETENTION_EXPIRED',
  rectification: 'RECTIFICATION',
  erasure_request: 'SUBJECT_REQUEST',
});

/** The platform's spelling of the contract's matchBases. */
export const matchBases = defineVocabulary('matchBases', {
  identifier: 'SHARED_IDENTIFIER',
  probabilistic: 'SCORED_MATCH',
  override: 'ANALYST_OVERRIDE',
  imported: 'IMPORTED',
});

/** The platform's spelling of the contract's agreementLevels. */
export const agreementLevels = defineVocabulary('agreementLevels', {
  exact: 'EXACT',
  close: 'CLOSE',
  similar: 'SIMILAR',
  nickname: 'NICKNAME',
  transposed: 'TRANSPOSED',
  different: 'DIFFERENT',
  missing: 'MISSING',
});

/** The platform's spelling of the contract's overrideTypes. */
export const overrideTypes = defineVocabulary('overrideTypes', { must_link: 'FORCE_MATCH', cannot_link: 'FORCE_SEPARATE' });

/** The platform's spelling of the contract's flagCategories. */
export const flagCategories = defineVocabulary('flagCategories', {
  standards: 'PROFESSIONAL_STANDARDS',
  integrity: 'INTEGRITY',
  welfare: 'WELFARE',
  culture: 'CULTURE',
});

/** The platform's spelling of the contract's severities. */
export const severities = defineVocabulary('severities', { low: 'P3', medium: 'P2', high: 'P1' });

/** The platform's spelling of the contract's reviewStates. */
export const reviewStates = defineVocabulary('reviewStates', { open: 'NEW', in_review: 'UNDER_REVIEW', closed: 'RESOLVED' });

/** The platform's spelling of the contract's dispositions. */
export const dispositions = defineVocabulary('dispositions', {
  no_further_action: 'NFA',
  management_action: 'MANAGEMENT_ACTION',
  welfare_support: 'WELFARE_REFERRAL',
  referred_to_professional_standards: 'REFERRED_TO_PSD',
  data_error: 'DATA_QUALITY_ISSUE',
});

/** The platform's spelling of the contract's runTypes. */
export const runTypes = defineVocabulary('runTypes', { consolidation: 'ENTITY_RESOLUTION', flagging: 'RISK_SCREENING', import: 'BUNDLE_IMPORT' });

/** The platform's spelling of the contract's runStates. */
export const runStates = defineVocabulary('runStates', { queued: 'PENDING', running: 'IN_PROGRESS', succeeded: 'COMPLETED', failed: 'ERRORED' });

/** The platform's spelling of the contract's runModes. */
export const runModes = defineVocabulary('runModes', { incremental: 'DELTA', full: 'COMPLETE' });

/** The platform's spelling of the contract's parameterTypes. */
export const parameterTypes = defineVocabulary('parameterTypes', {
  integer: 'INTEGER',
  number: 'DOUBLE',
  boolean: 'BOOLEAN',
  string: 'STRING',
  'string-list': 'STRING_ARRAY',
});

/** Identity fields as the platform names its properties. */
export const identityProperties = defineVocabulary('identityProperties', {
  staffNumber: 'staffNo',
  warrantNumber: 'collarNo',
  payrollNumber: 'payrollRef',
  niNumber: 'nino',
  username: 'loginId',
  givenName: 'forename',
  familyName: 'surname',
  dateOfBirth: 'birthDate',
  postcode: 'postalCode',
  email: 'emailAddress',
} satisfies Record<IdentityField, string>);
