/** `mandatory-training-overdue`: a mandatory course whose latest completion expired beyond a grace period. */
import { keepGreatest } from './collections.js';
import { daysBetween } from './dates.js';
import { defineStandardDetector } from './define-detector.js';
import { activeEmployment } from './employment.js';
import { recordsOfType, type TypedRecord } from './windows.js';

type TrainingEntry = TypedRecord<'training'>;

/** Per course, its mandatory completion with the greatest `completedDate` on or before A (ties: the greatest record id). */
function latestMandatoryCompletions(training: readonly TrainingEntry[], asOf: string): Map<string, TrainingEntry> {
  const latest = new Map<string, TrainingEntry>();
  for (const entry of training) {
    if (entry.record.mandatory && entry.record.completedDate <= asOf) keepGreatest(latest, entry.record.course, entry, ({ record }) => record.completedDate);
  }
  return latest;
}

export const mandatoryTrainingOverdue = defineStandardDetector({
  detectorId: 'mandatory-training-overdue',
  category: 'welfare',
  title: 'Mandatory training overdue',
  description: {
    inputs:
      'the subject’s `employment` records (current employment as of A: the latest `occurredAt` dated on or before A, ties to the greatest record id; `status`) and `training` records (`course`, exact text; `mandatory`; `completedDate`; `expiryDate`).',
    whatCounts:
      'only active subjects (current employment status `active`). For each course, the latest completion is the subject’s training record of that course with `mandatory` true and the greatest `completedDate` on or before A (ties: the greatest record id); completions after A are ignored, and courses with no mandatory record are not considered.',
    rule: 'raise a flag for each course whose latest completion has an `expiryDate` E with A − E > `graceDays` days. A completion without an expiry never lapses; a newer completion replaces an expired one.',
    flag: 'one per subject and course; evidence: that latest completion; measurements `daysOverdue` (A − E), `graceDays`; window: { start: E, end: A }.',
    severity: 'low.',
    example:
      '(defaults, A = 2026-03-31): the latest completion of “Information security” expired on 2026-02-28: A − E = 31 > 30, a flag with window 2026-02-28 to 2026-03-31. Expired on 2026-03-01: 30 days, within the grace period, no flag. An older completion expired 100 days ago but a newer one completed 2026-03-11 and still valid: no flag.',
  },
  parameters: {
    graceDays: {
      type: 'integer',
      default: 30,
      minimum: 0,
      maximum: 3650,
      description: 'Days after expiry before an unrenewed mandatory course raises a flag.',
    },
  },
  recordTypes: ['employment', 'training'],
  lookback: () => ({ employment: null, training: null }),
  evaluate({ asOf, subjects }, { graceDays }, raise) {
    for (const subject of subjects) {
      if (!activeEmployment(subject, asOf)) continue;
      for (const [course, latest] of latestMandatoryCompletions(recordsOfType(subject, 'training'), asOf)) {
        const expiry = latest.record.expiryDate;
        if (expiry === undefined) continue;
        const daysOverdue = daysBetween(expiry, asOf);
        if (daysOverdue <= graceDays) continue;
        raise({
          subjectIds: [subject.subjectId],
          severity: 'low',
          rationale:
            `The latest completion of the mandatory course “${course}” (completed ${latest.record.completedDate}) expired on ${expiry}, ` +
            `${daysOverdue} days before ${asOf} (grace period ${graceDays} days). A renewal may be booked or recorded elsewhere.`,
          evidence: [latest.ref],
          measurements: { daysOverdue, graceDays },
          window: { start: expiry, end: asOf },
        });
      }
    }
  },
});
