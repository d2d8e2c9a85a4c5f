/** `repeated-allegations`: allegations in several distinct cases within a trailing window. */
import { defineStandardDetector, trailingWindowText } from './define-detector.js';
import { refsOf } from './evidence.js';
import { betweenDates, countOf, dateRange } from './format.js';
import { windowDaysParameter } from './parameters.js';
import { occurredOn, recordsInWindow, trailingWindow } from './windows.js';

export const repeatedAllegations = defineStandardDetector({
  detectorId: 'repeated-allegations',
  category: 'standards',
  title: 'Repeated allegations',
  description: {
    inputs: 'the subject’s `allegation` records (date: the UTC date of `occurredAt`; `caseReference`).',
    window: trailingWindowText,
    rule: 'count the distinct `caseReference` values among the subject’s allegations dated in the window (several allegations in one case count once). Raise a flag when the count is at least `threshold`.',
    flag: 'one per subject; evidence: every allegation record dated in the window, sorted by source id then record id; measurements `distinctCases`, `allegations` (records), `threshold`, `windowDays`; window: the trailing window.',
    severity: 'medium; high when the count is at least `threshold` + 2.',
    example:
      '(defaults, A = 2026-03-31, window 2025-04-01 to 2026-03-31): allegations in case C1 on 2025-04-01 (the window’s first day, counts), C1 again on 2025-08-10, C2 on 2025-11-02 and C3 on 2026-02-10, and C4 on 2025-03-31 (one day before the window, ignored): 3 distinct cases ≥ 3, a medium flag with 4 evidence records. With 5 distinct cases it would be high.',
  },
  parameters: {
    threshold: { type: 'integer', default: 3, minimum: 1, maximum: 100, description: 'Fewest distinct cases in the window that raise a flag.' },
    windowDays: windowDaysParameter(365, 'allegations dated in it count'),
  },
  recordTypes: ['allegation'],
  lookback: (parameters) => ({ allegation: parameters.windowDays }),
  evaluate({ asOf, subjects }, { threshold, windowDays }, raise) {
    const window = trailingWindow(asOf, windowDays);
    for (const subject of subjects) {
      const allegations = recordsInWindow(subject, 'allegation', window);
      const cases = new Set(allegations.map(({ record }) => record.caseReference));
      if (cases.size < threshold) continue;
      const { first, last } = dateRange(allegations.map(({ record }) => occurredOn(record)));
      raise({
        subjectIds: [subject.subjectId],
        severity: cases.size >= threshold + 2 ? 'high' : 'medium',
        rationale:
          `Named in allegations in ${countOf(cases.size, 'distinct case')} dated ${betweenDates(first, last)}, ` +
          `within the ${windowDays} days ending ${asOf} (threshold: ${countOf(threshold, 'case')}). Allegations are not findings.`,
        evidence: refsOf(allegations),
        measurements: { distinctCases: cases.size, allegations: allegations.length, threshold, windowDays },
        window,
      });
    }
  },
});
