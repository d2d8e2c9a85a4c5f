/**
 * Planted absence for `bradford-factor` (the person's whole absence history is dictated) and
 * planted training for `mandatory-training-overdue` (one course's completions are dictated). Spell
 * lengths are working days and spells start on weekdays, so `workingDaysLost` is exact.
 */
import { isWeekend } from '../dates.js';
import { courses } from '../generators/training.js';
import type { Random } from '../random.js';
import { variant, type Planter } from './planter.js';
import type { SpellDraft, TrainingDraft } from './types.js';

/** Non-overlapping spells of the given working-day lengths, starting on weekdays within [from, to]. */
export function placeSpells(random: Random, lengths: number[], reasons: SpellDraft['reason'][], from: number, to: number): SpellDraft[] {
  const slot = Math.floor((to - from + 1) / lengths.length);
  return lengths.map((workingDays, index) => {
    let start = from + index * slot + random.int(0, Math.max(0, slot - workingDays * 2 - 4));
    while (isWeekend(start)) start++;
    return { start, workingDays, reason: reasons[index] ?? 'sickness' };
  });
}

/** Splits `total` working days into `count` spells of at least one day. */
function lengths(random: Random, count: number, total: number): number[] {
  const result = Array.from({ length: count }, () => 1);
  for (let left = total - count; left > 0; left--) result[random.int(0, count - 1)]++;
  return result;
}

/**
 * `spells` sickness spells of `days` working days in the window, plus optional injury-on-duty spells
 * of 4 days each (not counted by default) and a 3-day spell starting just before the window.
 */
function bradford(name: string, spells: number, days: number, details: { beforeWindow?: boolean; injuries?: number } = {}) {
  return variant(name, (context) => {
    const person = context.take(1)?.[0];
    if (!person) return null;
    const { asOf, random } = context;
    const injuries = details.injuries ?? 0;
    const split = [...lengths(random, spells, days), ...Array.from({ length: injuries }, () => 4)];
    const reasons = split.map((_, index): SpellDraft['reason'] => (index < spells ? 'sickness' : 'injury_on_duty'));
    const order = random.shuffle(split.map((_, index) => index));
    const windowStart = Math.max(asOf - 364, context.options.start);
    const drafts = placeSpells(
      random,
      order.map((index) => split[index]),
      order.map((index) => reasons[index]),
      windowStart + 7,
      asOf - 14,
    );
    // Starts on the Thursday three days before the window and runs into it: its start date puts it outside.
    if (details.beforeWindow) drafts.unshift({ start: asOf - 367, workingDays: 3, reason: 'sickness' });
    context.directivesFor(person).absence = drafts;
    const factor = spells * spells * days;
    const extras = [injuries ? `${injuries} injury-on-duty spells (not counted)` : '', details.beforeWindow ? 'a spell starting before the window' : ''].filter(
      Boolean,
    );
    return {
      people: [person],
      description: `${spells} sickness spells of ${days} working days in the 365-day window${extras.length ? ` plus ${extras.join(' and ')}` : ''}: Bradford factor ${spells}² × ${days} = ${factor} (threshold 250).`,
      measurements: { spells, days, bradfordFactor: factor, threshold: 250 },
    };
  });
}

export const bradfordFactorPlanter: Planter = {
  detectorId: 'bradford-factor',
  patterns: [bradford('exactly-250', 5, 10), bradford('four-spells-256', 4, 16), bradford('high-severity-540', 6, 15)],
  nearMisses: [
    bradford('two-long-spells-248', 2, 62),
    bradford('three-spells-243', 3, 27),
    bradford('spell-before-window', 4, 9, { beforeWindow: true }),
    bradford('injuries-not-counted', 3, 6, { injuries: 2 }),
  ],
};

function overdue(name: string, daysExpired: number, details: { renewed?: boolean; notMandatory?: boolean; notActive?: boolean; description: string }) {
  return variant(name, (context) => {
    const person = context.take(1)?.[0];
    if (!person) return null;
    const { asOf } = context;
    const course = details.notMandatory
      ? courses.find((entry) => !entry.mandatory && entry.validityDays)!
      : courses.find((entry) => entry.key === 'information-security')!;
    const validity = course.validityDays!;
    const expiry = asOf - daysExpired;
    const completion = (lastValidDay: number): TrainingDraft => ({
      course: course.title,
      mandatory: course.mandatory,
      completed: lastValidDay - validity + 1,
      expiry: lastValidDay,
    });
    const completions = [completion(expiry - validity), completion(expiry)];
    if (details.renewed) completions.push({ ...completion(asOf - 20 + validity - 1) });
    context.directivesFor(person).training = { ...(details.notMandatory ? {} : { replaceCourse: course.key }), completions };
    if (details.notActive) context.setStatus(person, asOf - 50, 'on_leave');
    const flagged = !details.renewed && !details.notMandatory && !details.notActive && daysExpired > 30;
    return {
      people: [person],
      description: `${course.title} (${course.mandatory ? 'mandatory' : 'not mandatory'}): ${details.description}.`,
      measurements: { daysOverdue: flagged ? daysExpired : 0, graceDays: 30 },
    };
  });
}

export const mandatoryTrainingPlanter: Planter = {
  detectorId: 'mandatory-training-overdue',
  patterns: [
    overdue('expired-31-days-ago', 31, { description: 'the latest completion expired 31 days before the as-of date (grace 30)' }),
    overdue('expired-200-days-ago', 200, { description: 'the latest completion expired 200 days before the as-of date' }),
  ],
  nearMisses: [
    overdue('expired-30-days-ago', 30, { description: 'the latest completion expired exactly 30 days before the as-of date, within the grace period' }),
    overdue('renewed-after-expiry', 100, { renewed: true, description: 'a completion expired 100 days ago, but a newer one is valid' }),
    overdue('not-mandatory', 200, { notMandatory: true, description: 'a course that is not mandatory expired 200 days ago' }),
    overdue('overdue-but-not-active', 100, {
      notActive: true,
      description: 'expired 100 days ago, but the person has been on leave since 50 days before the as-of date',
    }),
  ],
};
