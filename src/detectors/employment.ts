/**
 * Current employment as of a date (docs/detector-semantics.md): the employment record with the
 * latest `occurredAt` whose UTC date is on or before the as-of date; ties go to the greatest record id.
 */
import type { DetectorSubject } from './types.js';
import { latestOnOrBefore, recordsOfType, type TypedRecord } from './windows.js';

export type EmploymentEntry = TypedRecord<'employment'>;

/** The subject's current employment as of `asOf`, or null when it has no employment record by then. */
export function currentEmployment(subject: DetectorSubject, asOf: string): EmploymentEntry | null {
  return latestOnOrBefore(recordsOfType(subject, 'employment'), asOf);
}

/** The subject's current employment when its status is `active`; null otherwise (no record means not active). */
export function activeEmployment(subject: DetectorSubject, asOf: string): EmploymentEntry | null {
  const current = currentEmployment(subject, asOf);
  return current?.record.status === 'active' ? current : null;
}
