/** `bradford-factor`: frequent short absences weigh more than one long one (spells² × days). */
import { defineStandardDetector } from './define-detector.js';
import { refsOf } from './evidence.js';
import { countOf, formatNumber } from './format.js';
import { windowDaysParameter } from './parameters.js';
import { recordsInWindow, trailingWindow } from './windows.js';

const absenceReasons = ['sickness', 'injury_on_duty', 'compassionate', 'unauthorised', 'other'] as const;

export const bradfordFactor = defineStandardDetector({
  detectorId: 'bradford-factor',
  category: 'welfare',
  title: 'Bradford factor',
  description: {
    inputs: 'the subject’s `absence_spell` records (`startDate`, `reason`, `workingDaysLost`).',
    window:
      'the `windowDays` days ending on the as-of date A, both ends inclusive, applied to `startDate`: a spell that started before the window does not count, even if it ran into it. Spells starting after A are ignored.',
    rule: 'the spells are the subject’s absence spells whose `reason` is one of `reasons` and whose `startDate` is in the window. S = the number of spells, D = Σ `workingDaysLost`; the Bradford factor is S² × D. Raise a flag when it is at least `threshold`.',
    flag: 'one per subject; evidence: those spells; measurements `spells`, `days`, `bradfordFactor`, `threshold`, `windowDays`; window: the trailing window.',
    severity: 'medium; high when the factor is at least 2 × `threshold`.',
    example:
      '(defaults, A = 2026-03-31, window 2025-04-01 to 2026-03-31): 5 sickness spells losing 10 working days in all: 5² × 10 = 250 ≥ 250, a medium flag. 3 spells of 27 days: 243, no flag. 6 spells of 15 days: 540 ≥ 500, high. Injury-on-duty spells do not count unless `reasons` includes `injury_on_duty`.',
  },
  parameters: {
    threshold: { type: 'integer', default: 250, minimum: 1, maximum: 100000, description: 'Smallest Bradford factor (spells² × days) that raises a flag.' },
    windowDays: windowDaysParameter(365, 'spells starting in it count'),
    reasons: {
      type: 'string-list',
      default: ['sickness'],
      allowed: absenceReasons,
      minimumEntries: 1,
      description: `Absence reasons that count (${absenceReasons.join(', ')}).`,
    },
  },
  recordTypes: ['absence_spell'],
  lookback: (parameters) => ({ absence_spell: parameters.windowDays }),
  evaluate({ asOf, subjects }, { threshold, windowDays, reasons }, raise) {
    const window = trailingWindow(asOf, windowDays);
    const counted = new Set(reasons);
    for (const subject of subjects) {
      const spells = recordsInWindow(subject, 'absence_spell', window, (record) => record.startDate).filter(({ record }) => counted.has(record.reason));
      const days = spells.reduce((sum, { record }) => sum + record.workingDaysLost, 0);
      const factor = spells.length * spells.length * days;
      if (factor < threshold) continue;
      raise({
        subjectIds: [subject.subjectId],
        severity: factor >= 2 * threshold ? 'high' : 'medium',
        rationale:
          `${countOf(spells.length, 'absence spell')} (${reasons.join(', ').replaceAll('_', ' ')}) losing ${formatNumber(days)} working days in all started from ${window.start} to ${asOf}: ` +
          `Bradford factor ${spells.length}² × ${formatNumber(days)} = ${formatNumber(factor)} (threshold ${threshold}). A prompt to offer support, not a judgement on the reasons.`,
        evidence: refsOf(spells),
        measurements: { spells: spells.length, days, bradfordFactor: factor, threshold, windowDays },
        window,
      });
    }
  },
});
