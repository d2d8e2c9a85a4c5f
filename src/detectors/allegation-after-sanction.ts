/** `allegation-after-sanction`: a new allegation in another case soon after a misconduct finding. */
import { addDays, daysBetween, earlierDate } from './dates.js';
import { defineStandardDetector } from './define-detector.js';
import { refsOf } from './evidence.js';
import { betweenDates, countOf, dateRange } from './format.js';
import { occurredOn, recordsOfType } from './windows.js';

const findingOutcomes: ReadonlySet<string> = new Set(['misconduct', 'gross_misconduct']);

export const allegationAfterSanction = defineStandardDetector({
  detectorId: 'allegation-after-sanction',
  category: 'standards',
  title: 'Allegation after a misconduct finding',
  description: {
    inputs: 'the subject’s `allegation` records: `outcome`, `outcomeDate`, `caseReference`, and the allegation’s date (the UTC date of `occurredAt`).',
    whatCounts:
      'a finding is an allegation whose `outcome` is `misconduct` or `gross_misconduct` and whose `outcomeDate` F is on or before the as-of date A (an outcome without an `outcomeDate` is not a finding). A later allegation is an allegation of the same subject in a different case, dated in (F, min(F + windowDays, A)]: after the finding day, up to windowDays days after it, never after A.',
    rule: 'raise a flag for each finding that has at least one later allegation. The whole history counts: the finding may be of any age.',
    flag: 'one per finding; evidence: the finding’s record first, then the later allegations sorted by source id then record id; measurements `laterAllegations`, `laterCases`, `daysToFirstAllegation`, `windowDays`; window: { start: F, end: min(F + windowDays, A) }.',
    severity: 'high.',
    example:
      '(defaults, A = 2026-03-31): an allegation in case C1 found `misconduct` with outcomeDate 2025-01-15; an allegation in case C2 dated 2026-01-15 (365 days later, the last day that counts) raises a flag with window 2025-01-15 to 2026-01-15. An allegation in C2 dated 2025-01-15 (same day as the finding) or 2026-01-16 (366 days later), or a further allegation in C1 itself, would not.',
  },
  parameters: {
    windowDays: {
      type: 'integer',
      default: 365,
      minimum: 1,
      maximum: 3650,
      description: 'Days after a finding in which a new allegation in another case raises a flag.',
    },
  },
  recordTypes: ['allegation'],
  // A finding of any age counts, and the allegation found may have occurred long before its outcome.
  lookback: () => ({ allegation: null }),
  evaluate({ asOf, subjects }, { windowDays }, raise) {
    for (const subject of subjects) {
      const allegations = recordsOfType(subject, 'allegation');
      for (const finding of allegations) {
        const findingDate = finding.record.outcomeDate;
        if (!findingOutcomes.has(finding.record.outcome) || findingDate === undefined || findingDate > asOf) continue;
        const end = earlierDate(addDays(findingDate, windowDays), asOf);
        const later = allegations.filter(({ record }) => {
          const date = occurredOn(record);
          return record.caseReference !== finding.record.caseReference && date > findingDate && date <= end;
        });
        if (later.length === 0) continue;
        const { first, last } = dateRange(later.map(({ record }) => occurredOn(record)));
        const laterCases = new Set(later.map(({ record }) => record.caseReference)).size;
        raise({
          subjectIds: [subject.subjectId],
          severity: 'high',
          rationale:
            `An outcome of ${finding.record.outcome.replace('_', ' ')} was recorded on ${findingDate} in case ${finding.record.caseReference}; ` +
            `${countOf(later.length, 'allegation')} in ${countOf(laterCases, 'other case')} followed, dated ${betweenDates(first, last)} ` +
            `(within ${windowDays} days after the outcome). The later allegations are not findings.`,
          leadingEvidence: [finding.ref],
          evidence: refsOf(later),
          measurements: { laterAllegations: later.length, laterCases, daysToFirstAllegation: daysBetween(findingDate, first), windowDays },
          window: { start: findingDate, end },
        });
      }
    }
  },
});
