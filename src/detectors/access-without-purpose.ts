/** `access-without-purpose`: many system accesses with no policing purpose recorded. */
import { defineStandardDetector, trailingWindowText } from './define-detector.js';
import { refsOf } from './evidence.js';
import { betweenDates, countOf, dateRange } from './format.js';
import { windowDaysParameter } from './parameters.js';
import { occurredOn, recordsInWindow, trailingWindow } from './windows.js';

export const accessWithoutPurpose = defineStandardDetector({
  detectorId: 'access-without-purpose',
  category: 'integrity',
  title: 'System accesses with no recorded purpose',
  description: {
    inputs: 'the subject’s `system_access` records (date: the UTC date of `occurredAt`; `purpose`).',
    window: trailingWindowText,
    rule: 'count the subject’s system_access records dated in the window that have no `purpose`. Raise a flag when the count is at least `threshold`.',
    flag: 'one per subject; evidence: those accesses; measurements `accessesWithoutPurpose`, `threshold`, `windowDays`; window: the trailing window.',
    severity: 'medium; high when the count is at least 2 × `threshold`.',
    example:
      '(defaults, A = 2026-03-31, window 2026-03-02 to 2026-03-31): 5 accesses with no purpose, the first on 2026-03-02 (the window’s first day), and any number with a purpose: 5 ≥ 5, a medium flag. With the first on 2026-03-01 instead: 4, no flag. 10 accesses with no purpose: high.',
  },
  parameters: {
    threshold: { type: 'integer', default: 5, minimum: 1, maximum: 1000, description: 'Fewest accesses with no recorded purpose that raise a flag.' },
    windowDays: windowDaysParameter(30, 'accesses dated in it count'),
  },
  recordTypes: ['system_access'],
  lookback: (parameters) => ({ system_access: parameters.windowDays }),
  reads: { system_access: (record) => record.purpose === undefined },
  evaluate({ asOf, subjects }, { threshold, windowDays }, raise) {
    const window = trailingWindow(asOf, windowDays);
    for (const subject of subjects) {
      const accesses = recordsInWindow(subject, 'system_access', window).filter(({ record }) => record.purpose === undefined);
      if (accesses.length < threshold) continue;
      const { first, last } = dateRange(accesses.map(({ record }) => occurredOn(record)));
      raise({
        subjectIds: [subject.subjectId],
        severity: accesses.length >= 2 * threshold ? 'high' : 'medium',
        rationale:
          `${countOf(accesses.length, 'system access', 'system accesses')} with no policing purpose recorded, dated ${betweenDates(first, last)}, ` +
          `within the ${windowDays} days ending ${asOf} (threshold: ${threshold}). A purpose may exist and not have been recorded.`,
        evidence: refsOf(accesses),
        measurements: { accessesWithoutPurpose: accesses.length, threshold, windowDays },
        window,
      });
    }
  },
});
