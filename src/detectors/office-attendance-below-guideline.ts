/** `office-attendance-below-guideline`: office days attended well below the days expected. */
import { defineStandardDetector } from './define-detector.js';
import { currentEmployment } from './employment.js';
import { refsOf } from './evidence.js';
import { formatNumber } from './format.js';
import { windowDaysParameter } from './parameters.js';
import { recordsInWindow, trailingWindow } from './windows.js';

export const officeAttendanceBelowGuideline = defineStandardDetector({
  detectorId: 'office-attendance-below-guideline',
  category: 'standards',
  title: 'Office attendance below the guideline',
  description: {
    inputs:
      'the subject’s `building_attendance` records (`weekStart`, `expectedOfficeDays`, `attendedOfficeDays`) and, when `roles` is set, its current employment as of A (latest `occurredAt` dated on or before A, ties to the greatest record id; `role`).',
    window: 'the `windowDays` days ending on the as-of date A, both ends inclusive, applied to `weekStart`. Weeks starting after A are ignored.',
    rule: 'over the records whose `weekStart` is in the window, expected = Σ `expectedOfficeDays` and attended = Σ min(`attendedOfficeDays`, `expectedOfficeDays`) (days beyond what a week expects do not make up for another week). Raise a flag when expected ≥ `minExpectedDays` and attended / expected < `ratio` (strictly). When `roles` is not empty, only subjects whose current employment `role` is one of them (exact text) are considered; a subject with no employment record is then not considered.',
    flag: 'one per subject; evidence: the records of the weeks counted; measurements `attendedDays`, `expectedDays`, `attendanceRatio`, `ratio`, `minExpectedDays`, `windowDays`; window: the trailing window.',
    severity: 'low.',
    example:
      '(defaults, A = 2026-03-31, window 2026-01-01 to 2026-03-31): 12 weeks expecting 5 days each (60 expected) with 47 days attended: 47 / 60 ≈ 0.783 < 0.8, a flag. 48 attended: 48 / 60 = 0.8, not below the guideline, no flag. A week showing 6 attended of 5 expected counts 5. 3 weeks expecting 3 days (9 expected, under 10): no flag whatever was attended.',
  },
  parameters: {
    ratio: { type: 'number', default: 0.8, minimum: 0, maximum: 1, description: 'The guideline: a flag is raised when attended / expected is below it.' },
    windowDays: windowDaysParameter(90, 'weeks starting in it count', 7),
    minExpectedDays: {
      type: 'integer',
      default: 10,
      minimum: 1,
      maximum: 1000,
      description: 'Fewest expected office days in the window for the ratio to be judged.',
    },
    roles: { type: 'string-list', default: [], description: 'Job roles in scope (exact text of the current employment’s `role`); empty means every role.' },
  },
  recordTypes: ['building_attendance', 'employment'],
  lookback: (parameters) => ({ building_attendance: parameters.windowDays, employment: null }),
  evaluate({ asOf, subjects }, { ratio, windowDays, minExpectedDays, roles }, raise) {
    const window = trailingWindow(asOf, windowDays);
    const rolesInScope = new Set(roles);
    for (const subject of subjects) {
      const weeks = recordsInWindow(subject, 'building_attendance', window, (record) => record.weekStart);
      let expected = 0;
      let attended = 0;
      for (const { record } of weeks) {
        expected += record.expectedOfficeDays;
        attended += Math.min(record.attendedOfficeDays, record.expectedOfficeDays);
      }
      if (expected < minExpectedDays || attended / expected >= ratio) continue;
      if (rolesInScope.size > 0) {
        const role = currentEmployment(subject, asOf)?.record.role;
        if (role === undefined || !rolesInScope.has(role)) continue;
      }
      const attendanceRatio = attended / expected;
      raise({
        subjectIds: [subject.subjectId],
        severity: 'low',
        rationale:
          `Attended ${attended} of ${expected} expected office days in the weeks starting from ${window.start} to ${asOf}: ratio ${formatNumber(attendanceRatio, 3)}, ` +
          `below the guideline of ${ratio} (judged from ${minExpectedDays} expected days). Leave, duties elsewhere or agreed arrangements may explain it.`,
        evidence: refsOf(weeks),
        measurements: { attendedDays: attended, expectedDays: expected, attendanceRatio, ratio, minExpectedDays, windowDays },
        window,
      });
    }
  },
});
