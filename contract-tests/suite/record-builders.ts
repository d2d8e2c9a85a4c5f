/**
 * Records as a source would send them, built with only the fields a test cares about. Dates are
 * calendar dates; records happen mid-morning on them, with seconds, a fraction and an offset as
 * real sources send them (a server that truncates or normalises a timestamp is caught reading it
 * back), and always the same UTC date, so a record's date is never in doubt.
 */
import type { RecordOf, RecordedIdentity, SourceKind, RecordType, SourceRecord } from '../../src/contract/index.js';

export const at = (date: string) => `${date}T09:41:27.250+01:00`;

type Fields<Type extends RecordType> = Omit<RecordOf<Type>, 'type' | 'recordId' | 'occurredAt' | 'identity'>;

/** A record of any type, dated `date`. */
export function record<Type extends RecordType>(type: Type, recordId: string, identity: RecordedIdentity, date: string, fields: Fields<Type>): RecordOf<Type> {
  return { type, recordId, occurredAt: at(date), identity, ...fields } as RecordOf<Type>;
}

export interface EmploymentOptions {
  readonly date?: string;
  readonly unit?: string;
  readonly role?: string;
  readonly status?: RecordOf<'employment'>['status'];
  readonly vettingLevelRequired?: RecordOf<'employment'>['vettingLevelRequired'];
}

export function employment(recordId: string, identity: RecordedIdentity, options: EmploymentOptions = {}): RecordOf<'employment'> {
  const date = options.date ?? '2018-04-02';
  return record('employment', recordId, identity, date, {
    employeeCategory: 'officer',
    role: options.role ?? 'Response officer',
    rank: 'PC',
    unit: options.unit ?? 'Conformance unit',
    status: options.status ?? 'active',
    startDate: date,
    ...(options.vettingLevelRequired ? { vettingLevelRequired: options.vettingLevelRequired } : {}),
  });
}

export function allegation(
  recordId: string,
  identity: RecordedIdentity,
  date: string,
  caseReference: string,
  options: Partial<Fields<'allegation'>> = {},
): RecordOf<'allegation'> {
  return record('allegation', recordId, identity, date, {
    caseReference,
    category: 'authority_respect_and_courtesy',
    origin: 'public',
    outcome: 'pending',
    ...options,
  });
}

/** A system access; without `purpose` none was recorded. */
export function systemAccess(
  recordId: string,
  identity: RecordedIdentity,
  date: string,
  options: Partial<Fields<'system_access'>> = {},
): RecordOf<'system_access'> {
  return record('system_access', recordId, identity, date, { system: 'PNC', action: 'search', target: { kind: 'vehicle' }, ...options });
}

/** The source kind each record type usually comes from: test data registers one source per kind. */
export const sourceKindOf: Record<RecordType, SourceKind> = {
  employment: 'hr',
  allegation: 'complaints',
  vetting: 'vetting',
  interest_declaration: 'interests',
  association_report: 'intelligence',
  system_access: 'access_audit',
  absence_spell: 'attendance',
  duty_week: 'duty',
  building_attendance: 'building_access',
  training: 'training',
  use_of_force: 'use_of_force',
};

/** Groups records by the source kind of their type. */
export function bySourceKind(records: readonly SourceRecord[]): Map<SourceKind, SourceRecord[]> {
  const grouped = new Map<SourceKind, SourceRecord[]>();
  for (const one of records) {
    const kind = sourceKindOf[one.type];
    grouped.set(kind, [...(grouped.get(kind) ?? []), one]);
  }
  return grouped;
}
