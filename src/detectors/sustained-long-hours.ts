/** `sustained-long-hours`: average weekly hours over the reference period above the Working Time Regulations limit. */
import { keepGreatest } from './collections.js';
import { daysPerWeek } from './dates.js';
import { defineStandardDetector } from './define-detector.js';
import { refsOf } from './evidence.js';
import { countOf, formatNumber } from './format.js';
import { recordsInWindow, trailingWindow, type TypedRecord } from './windows.js';

export const sustainedLongHours = defineStandardDetector({
  detectorId: 'sustained-long-hours',
  category: 'welfare',
  title: 'Sustained long working hours',
  description: {
    inputs: 'the subject’s `duty_week` records (`weekStart`, `workedHours`).',
    window:
      'the reference period, the 7 × `weeks` days ending on the as-of date A, both ends inclusive, applied to `weekStart`; it holds exactly `weeks` Mondays. Weeks starting after A are ignored.',
    rule: 'for each `weekStart` in the window, take the subject’s duty_week record with the largest `workedHours` (a corrected record does not add to the original; ties go to the greatest record id). average = Σ of those `workedHours` / `weeks`: weeks with no record count as 0. Raise a flag when the average is greater than `thresholdHours` (strictly).',
    flag: 'one per subject; evidence: the records counted, one per week; measurements `averageWeeklyHours`, `weeksRecorded`, `totalHours`, `thresholdHours`, `weeks`; window: the reference period.',
    severity: 'medium.',
    example:
      '(defaults, A = 2026-03-31, reference period 2025-12-03 to 2026-03-31, 17 Mondays): 17 weeks totalling 817 hours: 817 / 17 ≈ 48.06 > 48, a flag. 816 hours: exactly 48, no flag. 16 weeks totalling 816 hours and one week with no record: 816 / 17 = 48, no flag. A week recorded twice, 40 and then 60 hours, counts 60.',
  },
  parameters: {
    thresholdHours: {
      type: 'number',
      default: 48,
      minimum: 1,
      maximum: 168,
      description: 'Average weekly hours that must be exceeded (strictly) to raise a flag.',
    },
    weeks: { type: 'integer', default: 17, minimum: 1, maximum: 52, description: 'Length of the reference period in weeks, ending on the as-of date.' },
  },
  recordTypes: ['duty_week'],
  lookback: (parameters) => ({ duty_week: daysPerWeek * parameters.weeks }),
  evaluate({ asOf, subjects }, { thresholdHours, weeks }, raise) {
    const window = trailingWindow(asOf, daysPerWeek * weeks);
    for (const subject of subjects) {
      const largest = new Map<string, TypedRecord<'duty_week'>>();
      for (const entry of recordsInWindow(subject, 'duty_week', window, (record) => record.weekStart)) {
        keepGreatest(largest, entry.record.weekStart, entry, ({ record }) => record.workedHours);
      }
      let totalHours = 0;
      for (const { record } of largest.values()) totalHours += record.workedHours;
      const averageWeeklyHours = totalHours / weeks;
      if (!(averageWeeklyHours > thresholdHours)) continue;
      raise({
        subjectIds: [subject.subjectId],
        severity: 'medium',
        rationale:
          `Worked an average of ${formatNumber(averageWeeklyHours)} hours a week over the ${weeks} weeks from ${window.start} to ${asOf} ` +
          `(${formatNumber(totalHours)} hours in ${countOf(largest.size, 'recorded week')}; weeks with no record count as 0), above ${thresholdHours} hours. ` +
          'A prompt to consider the person’s welfare and workload.',
        evidence: refsOf(largest.values()),
        measurements: { averageWeeklyHours, weeksRecorded: largest.size, totalHours, thresholdHours, weeks },
        window,
      });
    }
  },
});
