/** `vetting-lapsed`: an active post that requires vetting with no valid vetting at that level. */
import { vettingLevels, type VettingLevel } from '../contract/index.js';
import { defineStandardDetector } from './define-detector.js';
import { activeEmployment } from './employment.js';
import { latestOnOrBefore, occurredOn, recordsOfType, type TypedRecord } from './windows.js';

type VettingEntry = TypedRecord<'vetting'>;

const rank = (level: VettingLevel) => vettingLevels.indexOf(level);

/** Granted on or before A (`grantedDate`, else the record's date), unexpired on A, at the level or above. */
function isValid({ record }: VettingEntry, asOf: string, required: VettingLevel): boolean {
  const granted = record.grantedDate ?? occurredOn(record);
  return (
    record.status === 'granted' && granted <= asOf && (record.expiryDate === undefined || record.expiryDate >= asOf) && rank(record.level) >= rank(required)
  );
}

function describeVetting({ record }: VettingEntry): string {
  const expiry = record.expiryDate === undefined ? '' : `, expiry ${record.expiryDate}`;
  return `the latest vetting record is ${record.level}, ${record.status}${record.grantedDate ? ` on ${record.grantedDate}` : ''}${expiry}`;
}

export const vettingLapsed = defineStandardDetector({
  detectorId: 'vetting-lapsed',
  category: 'integrity',
  title: 'Vetting lapsed or below the post’s requirement',
  description: {
    inputs:
      'the subject’s `employment` records (current employment as of A: the latest `occurredAt` dated on or before A, ties to the greatest record id; `status`; `vettingLevelRequired`) and `vetting` records (`level`, `status`, `grantedDate`, `expiryDate`). No parameters.',
    whatCounts:
      'the subject is active (current employment status `active`) and the current employment has a `vettingLevelRequired`. A valid vetting is a vetting record with status `granted`, granted on or before A (`grantedDate`, else the UTC date of `occurredAt`), with no `expiryDate` or an `expiryDate` on or after A (the expiry date is the last valid day), and a level at or above the required one, in the order RV < MV < CTC < SC < DV.',
    rule: 'raise a flag when the subject has no valid vetting.',
    flag: 'one per subject; evidence: the current employment record, then the subject’s latest vetting record of any status dated on or before A (latest `occurredAt`, ties to the greatest record id), if there is one; measurements `requiredLevelIndex` (0 = RV … 4 = DV), `vettingRecords` (how many are on file, dated on or before A); window: { start: the current employment’s date, end: A }.',
    severity: 'high.',
    example:
      '(A = 2026-03-31): an active post requiring MV since 2024-06-01, and an MV vetting granted 2019-03-31 expiring 2026-03-30: lapsed the day before A, a flag with window 2024-06-01 to 2026-03-31. Expiring 2026-03-31 (on A): valid, no flag. A valid SC vetting also satisfies MV; a valid RV does not. The same person on leave (status `on_leave`): no flag.',
  },
  parameters: {},
  recordTypes: ['employment', 'vetting'],
  lookback: () => ({ employment: null, vetting: null }),
  evaluate({ asOf, subjects }, _parameters, raise) {
    for (const subject of subjects) {
      const employment = activeEmployment(subject, asOf);
      const required = employment?.record.vettingLevelRequired;
      if (!employment || required === undefined) continue;
      const vettings = recordsOfType(subject, 'vetting');
      if (vettings.some((vetting) => isValid(vetting, asOf, required))) continue;
      const latest = latestOnOrBefore(vettings, asOf);
      const onFile = vettings.filter(({ record }) => occurredOn(record) <= asOf).length;
      raise({
        subjectIds: [subject.subjectId],
        severity: 'high',
        rationale:
          `The person’s current post requires ${required} vetting, and no granted vetting at ${required} or higher is valid on ${asOf}; ` +
          `${latest ? describeVetting(latest) : 'no vetting record is on file'}. A renewal may be in progress or recorded elsewhere.`,
        leadingEvidence: latest ? [employment.ref, latest.ref] : [employment.ref],
        evidence: [],
        measurements: { requiredLevelIndex: rank(required), vettingRecords: onFile },
        window: { start: occurredOn(employment.record), end: asOf },
      });
    }
  },
});
