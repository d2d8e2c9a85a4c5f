/** `roster-self-editing`: shifts on which the person's own roster edits added overtime. */
import type { RecordRef } from '../contract/index.js';
import { daysPerWeek } from './dates.js';
import { defineStandardDetector } from './define-detector.js';
import { betweenDates, countOf, dateRange, formatNumber } from './format.js';
import { windowDaysParameter } from './parameters.js';
import { inWindow, recordsOfType, trailingWindow } from './windows.js';

export const rosterSelfEditing = defineStandardDetector({
  detectorId: 'roster-self-editing',
  category: 'standards',
  title: 'Self-edited shifts that added overtime',
  description: {
    inputs: 'the subject’s `duty_week` records, their `selfEdits` entries (`shiftDate`, `overtimeHoursAdded`).',
    window:
      'the `windowDays` days ending on the as-of date A, both ends inclusive, applied to each edit’s `shiftDate` (not the week’s start). Shift dates after A are ignored.',
    rule: 'count the distinct `shiftDate`s in the window that have at least one `selfEdits` entry with `overtimeHoursAdded` > 0, in any of the subject’s duty_week records. Edits adding no overtime do not count; the same shift edited twice counts once. Raise a flag when the count is at least `threshold`.',
    flag: 'one per subject; evidence: the duty_week records that hold those edits; measurements `selfEditedShifts`, `overtimeHoursAdded` (their total), `threshold`, `windowDays`; window: the trailing window.',
    severity: 'medium.',
    example:
      '(defaults, A = 2026-03-31, window 2026-01-01 to 2026-03-31): edits adding overtime to shifts on 2026-01-01 (the window’s first day), 2026-02-12 and 2026-03-20, plus an edit adding 0 hours on 2026-03-21 and one adding 3 hours on 2025-12-31 (before the window): 3 shifts ≥ 3, a flag. Without the 2026-01-01 edit: 2, no flag.',
  },
  parameters: {
    threshold: { type: 'integer', default: 3, minimum: 1, maximum: 100, description: 'Fewest distinct self-edited shifts that added overtime.' },
    windowDays: windowDaysParameter(90, 'shifts dated in it count'),
  },
  recordTypes: ['duty_week'],
  // A duty week starts up to six days before the shifts it holds.
  lookback: (parameters) => ({ duty_week: parameters.windowDays + daysPerWeek }),
  evaluate({ asOf, subjects }, { threshold, windowDays }, raise) {
    const window = trailingWindow(asOf, windowDays);
    for (const subject of subjects) {
      const shifts = new Set<string>();
      const weeks: RecordRef[] = [];
      let hoursAdded = 0;
      for (const { ref, record } of recordsOfType(subject, 'duty_week')) {
        let holdsEdit = false;
        for (const edit of record.selfEdits ?? []) {
          if (edit.overtimeHoursAdded <= 0 || !inWindow(edit.shiftDate, window)) continue;
          shifts.add(edit.shiftDate);
          hoursAdded += edit.overtimeHoursAdded;
          holdsEdit = true;
        }
        if (holdsEdit) weeks.push(ref);
      }
      if (shifts.size < threshold) continue;
      const { first, last } = dateRange(shifts);
      raise({
        subjectIds: [subject.subjectId],
        severity: 'medium',
        rationale:
          `The person’s own roster edits added overtime (${formatNumber(hoursAdded)} hours in all) to ${countOf(shifts.size, 'shift')} dated ${betweenDates(first, last)}, ` +
          `within the ${windowDays} days ending ${asOf} (threshold: ${countOf(threshold, 'shift')}). Such edits may well be authorised; this is a prompt to check.`,
        evidence: weeks,
        measurements: { selfEditedShifts: shifts.size, overtimeHoursAdded: hoursAdded, threshold, windowDays },
        window,
      });
    }
  },
});
