/**
 * Records: what a source says about a person, as it said it. One discriminated union on `type`;
 * every record carries the source's own id, when it happened and the identity as recorded.
 * The field definitions here are what the standard detectors read (see detectors.ts).
 */
import { z } from 'zod';
import { CalendarDate, Extensions, OpaqueId, Timestamp, exampleOf } from './primitives.js';
import { RecordedIdentity } from './identity.js';
import { withoutProtectedCharacteristics } from './protected-characteristics.js';

/** Vetting levels in the contract's order, lowest first: "at that level or higher" uses this order. */
export const vettingLevels = ['RV', 'MV', 'CTC', 'SC', 'DV'] as const;
export const VettingLevel = z.enum(vettingLevels).meta({
  id: 'VettingLevel',
  description:
    'Vetting level, ordered lowest to highest: RV (recruitment) < MV (management) < CTC (counter-terrorist check) < SC (security check) < DV (developed vetting).',
  examples: ['MV'],
});
export type VettingLevel = z.output<typeof VettingLevel>;

/** The ten Standards of Professional Behaviour (Police (Conduct) Regulations 2020, Schedule 2). */
export const professionalStandards = [
  'honesty_and_integrity',
  'authority_respect_and_courtesy',
  'equality_and_diversity',
  'use_of_force',
  'orders_and_instructions',
  'duties_and_responsibilities',
  'confidentiality',
  'fitness_for_work',
  'discreditable_conduct',
  'challenging_and_reporting',
] as const;
export const StandardsCategory = z.enum(professionalStandards).meta({
  id: 'StandardsCategory',
  description: 'A Standard of Professional Behaviour that an allegation concerns.',
  examples: ['confidentiality'],
});

export const allegationOutcomes = [
  'pending',
  'no_case_to_answer',
  'not_proven',
  'reflective_practice',
  'management_action',
  'misconduct',
  'gross_misconduct',
  'withdrawn',
] as const;

const base = {
  recordId: OpaqueId.describe('The source’s own id for this record; unique within the source.'),
  occurredAt: Timestamp.describe('When the recorded event happened (for periods, when the period starts).'),
  identity: RecordedIdentity,
  extensions: Extensions.optional(),
};

const identityExample = { staffNumber: 'S1004321', givenName: 'Robert', familyName: 'Okafor', dateOfBirth: '1986-04-12' };

function recordType<Type extends string, Shape extends z.ZodRawShape>(
  type: Type,
  id: string,
  description: string,
  shape: Shape,
  example: Record<string, unknown>,
) {
  return z
    .strictObject({ type: z.literal(type), ...base, ...shape, ...withoutProtectedCharacteristics })
    .meta({ id, description, examples: [{ type, identity: identityExample, ...example }] });
}

export const EmploymentRecord = recordType(
  'employment',
  'EmploymentRecord',
  'An employment fact from HR: the person’s role, rank, unit and status from `occurredAt` until a later employment record replaces it.',
  {
    employeeCategory: z.enum(['officer', 'staff', 'special']).describe('Police officer, police staff or special constable.'),
    role: z.string().min(1).max(120).describe('Job role.'),
    rank: z.string().min(1).max(60).optional().describe('Rank, for officers and specials.'),
    unit: z.string().min(1).max(120).describe('Unit or team the person belongs to.'),
    status: z.enum(['active', 'suspended', 'on_leave', 'left']).describe('Employment status from `occurredAt`.'),
    startDate: CalendarDate.describe('Date the person joined.'),
    endDate: CalendarDate.optional().describe('Date the person left, when they have.'),
    vettingLevelRequired: VettingLevel.optional().describe('Vetting level the post requires; absent when none is required.'),
    workPattern: z.enum(['office', 'hybrid', 'operational']).optional().describe('Where the post is expected to work.'),
  },
  {
    recordId: 'EMP-000123-1',
    occurredAt: '2019-09-02T00:00:00Z',
    employeeCategory: 'officer',
    role: 'Response officer',
    rank: 'PC',
    unit: 'Lambeth ERPT',
    status: 'active',
    startDate: '2019-09-02',
    vettingLevelRequired: 'MV',
    workPattern: 'operational',
  },
);

export const AllegationRecord = recordType(
  'allegation',
  'AllegationRecord',
  'An allegation against the person in a complaint or conduct case. Several records may share one case reference when a case names several people.',
  {
    caseReference: z.string().min(1).max(60).describe('The case this allegation belongs to.'),
    category: StandardsCategory,
    origin: z.enum(['public', 'internal']).describe('Raised by a member of the public or from inside the force.'),
    outcome: z.enum(allegationOutcomes).describe('Outcome so far; `misconduct` and `gross_misconduct` are findings.'),
    outcomeDate: CalendarDate.optional().describe('When the outcome was decided.'),
  },
  {
    recordId: 'CMP-2026-0042-1',
    occurredAt: '2026-02-10T14:30:00Z',
    caseReference: 'CMP-2026-0042',
    category: 'authority_respect_and_courtesy',
    origin: 'public',
    outcome: 'pending',
  },
);

export const VettingRecord = recordType(
  'vetting',
  'VettingRecord',
  'A vetting decision about the person.',
  {
    level: VettingLevel,
    status: z.enum(['granted', 'refused', 'withdrawn', 'pending']).describe('Decision.'),
    grantedDate: CalendarDate.optional().describe('When it was granted.'),
    expiryDate: CalendarDate.optional().describe('Last day it is valid.'),
  },
  { recordId: 'VET-88121', occurredAt: '2021-05-01T00:00:00Z', level: 'MV', status: 'granted', grantedDate: '2021-05-01', expiryDate: '2028-04-30' },
);

export const InterestDeclarationRecord = recordType(
  'interest_declaration',
  'InterestDeclarationRecord',
  'A business interest, association or membership the person declared; `occurredAt` is when it was declared.',
  {
    interestKind: z.enum(['business_interest', 'association', 'membership']).describe('What was declared.'),
    counterparty: z.string().min(1).max(200).describe('The business, organisation or person declared.'),
    status: z.enum(['submitted', 'approved', 'rejected', 'withdrawn']).describe('Where the declaration stands.'),
  },
  { recordId: 'DEC-5521', occurredAt: '2025-11-03T10:00:00Z', interestKind: 'business_interest', counterparty: 'Okafor Lettings Ltd', status: 'approved' },
);

export const AssociationReportRecord = recordType(
  'association_report',
  'AssociationReportRecord',
  'What intelligence says exists: a business interest, association or membership linked to the person; `occurredAt` is when it was reported.',
  {
    associationKind: z.enum(['business', 'association', 'membership']).describe('What was reported.'),
    counterparty: z.string().min(1).max(200).describe('The business, organisation or person reported.'),
    grading: z.string().max(20).optional().describe('Intelligence grading, as the source gives it.'),
  },
  { recordId: 'INT-77310', occurredAt: '2026-01-20T00:00:00Z', associationKind: 'business', counterparty: 'Okafor Lettings Limited' },
);

export const SystemAccessRecord = recordType(
  'system_access',
  'SystemAccessRecord',
  'One access to a police system, from its audit log.',
  {
    system: z.string().min(1).max(80).describe('The system accessed, such as PNC or a crime-records system.'),
    action: z.enum(['view', 'search', 'update', 'export', 'print']).describe('What was done.'),
    target: z
      .strictObject({
        kind: z.enum(['person', 'vehicle', 'location', 'organisation', 'other']).describe('What was looked at.'),
        identity: RecordedIdentity.optional().describe('For a person: who, as the system recorded them.'),
      })
      .describe('What the access was about.'),
    purpose: z
      .strictObject({
        kind: z.enum(['incident', 'task', 'case', 'intelligence', 'other']),
        reference: z.string().min(1).max(80),
      })
      .optional()
      .describe('The policing purpose recorded for the access; absent when none was recorded.'),
  },
  {
    recordId: 'AUD-9930001',
    occurredAt: '2026-03-02T22:14:05Z',
    system: 'PNC',
    action: 'search',
    target: { kind: 'person', identity: { givenName: 'Ann', familyName: 'Okafor', postcode: 'SE11 4AA' } },
  },
);

export const AbsenceSpellRecord = recordType(
  'absence_spell',
  'AbsenceSpellRecord',
  'One spell of absence from work; `occurredAt` is its start.',
  {
    reason: z.enum(['sickness', 'injury_on_duty', 'compassionate', 'unauthorised', 'other']).describe('Why the person was absent.'),
    startDate: CalendarDate.describe('First day of absence.'),
    endDate: CalendarDate.describe('Last day of absence (inclusive).'),
    workingDaysLost: z.number().min(0).max(366).describe('Working days lost in the spell.'),
  },
  { recordId: 'ABS-31002', occurredAt: '2026-01-12T00:00:00Z', reason: 'sickness', startDate: '2026-01-12', endDate: '2026-01-14', workingDaysLost: 3 },
);

export const DutyWeekRecord = recordType(
  'duty_week',
  'DutyWeekRecord',
  'One rostered week: hours planned and worked, overtime, and the shifts the person edited on their own roster.',
  {
    weekStart: CalendarDate.describe('The Monday the week starts.'),
    plannedHours: z.number().min(0).max(168).describe('Hours rostered.'),
    workedHours: z.number().min(0).max(168).describe('Hours actually worked, overtime included.'),
    overtimeHours: z.number().min(0).max(168).describe('Overtime hours within `workedHours`.'),
    selfEdits: z
      .array(
        z.strictObject({
          shiftDate: CalendarDate.describe('The shift edited.'),
          overtimeHoursAdded: z.number().min(0).max(24).describe('Overtime the edit added; 0 when it added none.'),
        }),
      )
      .max(21)
      .optional()
      .describe('Edits the person made to their own roster that week; absent means none.'),
  },
  {
    recordId: 'DUTY-1004321-2026-W10',
    occurredAt: '2026-03-02T00:00:00Z',
    weekStart: '2026-03-02',
    plannedHours: 40,
    workedHours: 46,
    overtimeHours: 6,
    selfEdits: [{ shiftDate: '2026-03-05', overtimeHoursAdded: 4 }],
  },
);

export const BuildingAttendanceRecord = recordType(
  'building_attendance',
  'BuildingAttendanceRecord',
  'One week of office attendance from building access: the office days expected and the days the person badged in.',
  {
    weekStart: CalendarDate.describe('The Monday the week starts.'),
    site: z.string().min(1).max(120).describe('The building.'),
    expectedOfficeDays: z.number().int().min(0).max(7).describe('Office days expected that week.'),
    attendedOfficeDays: z.number().int().min(0).max(7).describe('Days with at least one badge entry.'),
  },
  {
    recordId: 'BLD-1004321-2026-W10',
    occurredAt: '2026-03-02T00:00:00Z',
    weekStart: '2026-03-02',
    site: 'New Scotland Yard',
    expectedOfficeDays: 3,
    attendedOfficeDays: 2,
  },
);

export const TrainingRecord = recordType(
  'training',
  'TrainingRecord',
  'A completed training course; `occurredAt` is the completion.',
  {
    course: z.string().min(1).max(120).describe('The course.'),
    mandatory: z.boolean().describe('Whether the course is mandatory for the person.'),
    completedDate: CalendarDate.describe('When it was completed.'),
    expiryDate: CalendarDate.optional().describe('When the completion stops counting; absent when it never does.'),
  },
  {
    recordId: 'TRN-420011',
    occurredAt: '2025-04-01T00:00:00Z',
    course: 'Personal safety training',
    mandatory: true,
    completedDate: '2025-04-01',
    expiryDate: '2026-03-31',
  },
);

export const UseOfForceRecord = recordType(
  'use_of_force',
  'UseOfForceRecord',
  'One use of force reported by the person.',
  {
    incidentReference: z.string().min(1).max(60).describe('The incident the force was used in.'),
    tactic: z.enum(['restraint', 'handcuffing', 'baton', 'irritant_spray', 'taser', 'firearm', 'dog', 'other']).describe('The main tactic used.'),
  },
  { recordId: 'UOF-2026-11873', occurredAt: '2026-02-28T01:40:00Z', incidentReference: 'CAD-2026-02-28-0112', tactic: 'handcuffing' },
);

export const recordSchemas = [
  EmploymentRecord,
  AllegationRecord,
  VettingRecord,
  InterestDeclarationRecord,
  AssociationReportRecord,
  SystemAccessRecord,
  AbsenceSpellRecord,
  DutyWeekRecord,
  BuildingAttendanceRecord,
  TrainingRecord,
  UseOfForceRecord,
] as const;

export const SourceRecord = z.discriminatedUnion('type', recordSchemas).meta({
  id: 'Record',
  description: [
    'What a source says about a person, as it said it. The `type` field selects the type-specific fields.',
    'It is held and read back exactly as sent, so a field the contract does not define is refused, naming it',
    '(in a batch, that record is rejected on its own): a source’s own additions go under `extensions` as `x-<vendor>-<name>`.',
  ].join(' '),
  examples: [exampleOf(UseOfForceRecord)],
});
export type SourceRecord = z.output<typeof SourceRecord>;
export type RecordType = SourceRecord['type'];
export const recordTypes = recordSchemas.map((schema) => schema.shape.type.value) as RecordType[];

/** A record of a given type. */
export type RecordOf<Type extends RecordType> = Extract<SourceRecord, { type: Type }>;
