/** `repeated-category`: several distinct cases about the same Standard of Professional Behaviour. */
import { professionalStandards } from '../contract/index.js';
import { appendTo } from './collections.js';
import { defineStandardDetector, trailingWindowText } from './define-detector.js';
import { refsOf } from './evidence.js';
import { betweenDates, countOf, dateRange } from './format.js';
import { windowDaysParameter } from './parameters.js';
import { occurredOn, recordsInWindow, trailingWindow, type TypedRecord } from './windows.js';

export const repeatedCategory = defineStandardDetector({
  detectorId: 'repeated-category',
  category: 'standards',
  title: 'Repeated allegations about the same standard',
  description: {
    inputs: 'the subject’s `allegation` records (date: the UTC date of `occurredAt`; `caseReference`; `category`, a Standard of Professional Behaviour).',
    window: trailingWindowText,
    rule: 'for each category, count the distinct `caseReference` values among the subject’s allegations of that category dated in the window. Raise a flag for each category whose count is at least `threshold`.',
    flag: 'one per subject and category; evidence: that category’s allegation records dated in the window; measurements `distinctCases`, `categoryIndex` (the category’s position, from 0, in the contract’s StandardsCategory list: honesty_and_integrity = 0 … challenging_and_reporting = 9), `threshold`, `windowDays`; window: the trailing window.',
    severity: 'medium.',
    example:
      '(defaults, A = 2026-03-31, window 2024-04-01 to 2026-03-31): confidentiality allegations in case C1 on 2024-04-01 (the window’s first day) and case C2 on 2025-12-01 give 2 distinct cases ≥ 2: one flag with categoryIndex 6. Two confidentiality allegations in the same case would be 1 case: no flag. One confidentiality and one discreditable_conduct case: 1 case per category, no flag.',
  },
  parameters: {
    threshold: { type: 'integer', default: 2, minimum: 1, maximum: 100, description: 'Fewest distinct cases in one category that raise a flag.' },
    windowDays: windowDaysParameter(730, 'allegations dated in it count'),
  },
  recordTypes: ['allegation'],
  lookback: (parameters) => ({ allegation: parameters.windowDays }),
  evaluate({ asOf, subjects }, { threshold, windowDays }, raise) {
    const window = trailingWindow(asOf, windowDays);
    for (const subject of subjects) {
      const byCategory = new Map<string, TypedRecord<'allegation'>[]>();
      for (const allegation of recordsInWindow(subject, 'allegation', window)) appendTo(byCategory, allegation.record.category, allegation);
      for (const [category, allegations] of byCategory) {
        const cases = new Set(allegations.map(({ record }) => record.caseReference)).size;
        if (cases < threshold) continue;
        const { first, last } = dateRange(allegations.map(({ record }) => occurredOn(record)));
        raise({
          subjectIds: [subject.subjectId],
          severity: 'medium',
          rationale:
            `Named in allegations about the standard “${category.replaceAll('_', ' ')}” in ${countOf(cases, 'distinct case')} dated ${betweenDates(first, last)}, ` +
            `within the ${windowDays} days ending ${asOf} (threshold: ${countOf(threshold, 'case')} in one category). Allegations are not findings.`,
          evidence: refsOf(allegations),
          measurements: {
            distinctCases: cases,
            categoryIndex: professionalStandards.indexOf(category as (typeof professionalStandards)[number]),
            threshold,
            windowDays,
          },
          window,
        });
      }
    }
  },
});
