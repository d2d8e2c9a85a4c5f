/**
 * Hand-made fixtures for the detector tests: records are built from a few fields, completed with
 * plausible values and checked against the contract's schema, so a fixture cannot test a record
 * shape that no adapter could ever pass.
 */
import { SourceRecord, type RecordOf, type RecordType } from '../../contract/index.js';
import { identityFactsOf } from '../identity-facts.js';
import type { DetectorRecord, DetectorSubject, RaisedFlag, StandardDetector, SubjectIdentityFacts } from '../types.js';

type Fields<Type extends RecordType> = Omit<RecordOf<Type>, 'type' | 'recordId' | 'occurredAt' | 'identity'> & { identity?: RecordOf<Type>['identity'] };

let validating = true;

/** Builds fixtures without checking each record against the contract: for large generated populations, whose shapes the small tests check. */
export function unchecked<Result>(build: () => Result): Result {
  validating = false;
  try {
    return build();
  } finally {
    validating = true;
  }
}

/** A record of `type` dated `date` (midnight UTC), held by source `sourceId`. */
export function record<Type extends RecordType>(type: Type, recordId: string, date: string, fields: Fields<Type>, sourceId = 'src'): DetectorRecord {
  const body = { identity: { staffNumber: 'S0000001' }, ...fields, type, recordId, occurredAt: `${date}T00:00:00Z` };
  return { ref: { sourceId, recordId }, record: validating ? SourceRecord.parse(body) : (body as unknown as SourceRecord) };
}

export const allegation = (recordId: string, date: string, caseReference: string, fields: Partial<Fields<'allegation'>> = {}) =>
  record('allegation', recordId, date, { caseReference, category: 'discreditable_conduct', origin: 'public', outcome: 'pending', ...fields });

export const employment = (recordId: string, date: string, fields: Partial<Fields<'employment'>> = {}) =>
  record('employment', recordId, date, { employeeCategory: 'officer', role: 'Response officer', unit: 'Unit A', status: 'active', startDate: date, ...fields });

export const useOfForce = (recordId: string, date: string) =>
  record('use_of_force', recordId, date, { incidentReference: `INC-${recordId}`, tactic: 'handcuffing' });

export const dutyWeek = (recordId: string, weekStart: string, fields: Partial<Fields<'duty_week'>> = {}) =>
  record('duty_week', recordId, weekStart, { weekStart, plannedHours: 40, workedHours: 40, overtimeHours: 0, ...fields });

export const attendanceWeek = (recordId: string, weekStart: string, expectedOfficeDays: number, attendedOfficeDays: number) =>
  record('building_attendance', recordId, weekStart, { weekStart, site: 'HQ', expectedOfficeDays, attendedOfficeDays });

export const access = (recordId: string, date: string, fields: Partial<Fields<'system_access'>> = {}) =>
  record('system_access', recordId, date, { system: 'PNC', action: 'search', target: { kind: 'other' }, ...fields });

export const withPurpose = { purpose: { kind: 'incident', reference: 'INC-1' } } as const;

export const report = (recordId: string, date: string, associationKind: Fields<'association_report'>['associationKind'], counterparty: string) =>
  record('association_report', recordId, date, { associationKind, counterparty });

export const declaration = (
  recordId: string,
  date: string,
  interestKind: Fields<'interest_declaration'>['interestKind'],
  counterparty: string,
  status: Fields<'interest_declaration'>['status'] = 'approved',
) => record('interest_declaration', recordId, date, { interestKind, counterparty, status });

export const vetting = (recordId: string, date: string, fields: Partial<Fields<'vetting'>> = {}) =>
  record('vetting', recordId, date, { level: 'MV', status: 'granted', grantedDate: date, ...fields });

export const absence = (recordId: string, startDate: string, workingDaysLost: number, reason: Fields<'absence_spell'>['reason'] = 'sickness') =>
  record('absence_spell', recordId, startDate, { reason, startDate, endDate: startDate, workingDaysLost });

export const training = (recordId: string, completedDate: string, course: string, fields: Partial<Fields<'training'>> = {}) =>
  record('training', recordId, completedDate, { course, mandatory: true, completedDate, ...fields });

/** A subject with these records; identity facts from the records' identities unless given. */
export function subject(subjectId: string, records: DetectorRecord[], identity?: Partial<SubjectIdentityFacts>): DetectorSubject {
  return { subjectId, records, identity: { ...identityFactsOf(records.map(({ record: body }) => body.identity)), ...identity } };
}

/** Evaluates a detector with its defaults overridden by `parameters`. */
export function evaluate(detector: StandardDetector, asOf: string, subjects: DetectorSubject[], parameters: Record<string, unknown> = {}): RaisedFlag[] {
  return detector.evaluate({ asOf, subjects }, detector.parameters.parse(parameters));
}

/** The record ids of a flag's evidence, in order. */
export const evidenceIds = (flag: RaisedFlag) => flag.evidence.map((reference) => reference.recordId);

/** `count` dates, one a day, counting back from `last`. */
export function daysBack(last: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => new Date(Date.parse(`${last}T00:00:00Z`) - index * 86_400_000).toISOString().slice(0, 10));
}
