/**
 * Planted duty records for `roster-self-editing` and `sustained-long-hours`. Self-edit scenarios
 * add edits to the person's real roster weeks and silence background overtime edits in the window;
 * long-hours scenarios dictate all 17 weeks of the reference period, summing worked hours to an
 * exact total (half hours only, so every average is exact in floating point).
 */
import type { Random } from '../random.js';
import { distinctDays, variant, type Planter } from './planter.js';
import type { WeekDraft } from './types.js';

const fullyRostered = (candidate: { unitType: { rostering: string; category: string } }) =>
  candidate.unitType.rostering === 'full' && candidate.unitType.category !== 'special';

function selfEdits(name: string, options: { overtime: number; firstOffset?: number; repeatFirst?: boolean; swaps?: number }, distinct: number) {
  return variant(name, (context) => {
    const person = context.take(1, fullyRostered)?.[0];
    if (!person) return null;
    const { asOf, random } = context;
    const days = distinctDays(random, options.overtime + (options.swaps ?? 0), asOf - 85, asOf - 1);
    const overtimeDays = days.slice(0, options.overtime);
    if (options.firstOffset !== undefined) overtimeDays[0] = asOf - options.firstOffset;
    if (options.repeatFirst) overtimeDays[overtimeDays.length - 1] = overtimeDays[0];
    context.directivesFor(person).duty = {
      overtimeEdits: overtimeDays.map((shiftDay) => ({ shiftDay, hours: random.int(2, 6) })),
      swapEdits: days.slice(options.overtime),
      quietEditsFrom: asOf - 120,
    };
    return {
      people: [person],
      description: `${options.overtime} self-edits that added overtime (${distinct} distinct shifts in the 90-day window)${options.swaps ? ` and ${options.swaps} that added none` : ''}; threshold 3.`,
      measurements: { count: distinct, threshold: 3, windowDays: 90 },
    };
  });
}

export const rosterSelfEditingPlanter: Planter = {
  detectorId: 'roster-self-editing',
  patterns: [selfEdits('three-overtime-edits', { overtime: 3 }, 3), selfEdits('first-day-of-window', { overtime: 3, firstOffset: 89 }, 3)],
  nearMisses: [
    selfEdits('two-overtime-edits-and-swaps', { overtime: 2, swaps: 3 }, 2),
    selfEdits('same-shift-edited-twice', { overtime: 3, repeatFirst: true }, 2),
    selfEdits('day-before-window', { overtime: 3, firstOffset: 90 }, 2),
  ],
};

/** `count` weekly hours in half hours, around the mean, that sum exactly to `total`. */
export function hoursSummingTo(random: Random, count: number, total: number): number[] {
  const mean = total / count;
  const hours = Array.from({ length: count }, () => Math.round((mean + random.int(-8, 8) / 2) * 2) / 2);
  let difference = total - hours.reduce((sum, value) => sum + value, 0);
  for (let index = 0; difference !== 0; index = (index + 1) % count) {
    const step = Math.sign(difference) * Math.min(Math.abs(difference), 0.5);
    hours[index] += step;
    difference -= step;
  }
  return hours;
}

const week = (worked: number): WeekDraft => ({ planned: 40, worked, overtime: Math.max(0, worked - 40) });

function longHours(name: string, total: number, shape: 'plain' | 'missing-week' | 'larger-duplicate' | 'smaller-duplicate') {
  return variant(name, (context) => {
    const person = context.take(1, fullyRostered)?.[0];
    if (!person) return null;
    const { asOf, random } = context;
    const mondays = Array.from({ length: 17 }, (_, index) => asOf - 6 - 7 * index);
    const recorded = shape === 'missing-week' ? 16 : 17;
    const hours = hoursSummingTo(random, recorded, total);
    const weeks = new Map<number, WeekDraft[]>(mondays.map((monday, index) => [monday, index < recorded ? [week(hours[index])] : []]));
    const duplicated = mondays[random.int(0, recorded - 1)];
    const original = weeks.get(duplicated)![0];
    // A corrected record issued after the original: the detector counts the week's largest.
    if (shape === 'larger-duplicate') weeks.set(duplicated, [week(original.worked + 20), week(original.worked)]);
    if (shape === 'smaller-duplicate') weeks.set(duplicated, [original, week(original.worked - 12)]);
    const counted = shape === 'larger-duplicate' ? total + 20 : total;
    context.directivesFor(person).duty = { weeks };
    const average = counted / 17;
    return {
      people: [person],
      description: `Worked hours over the 17 weeks to the as-of date average ${average.toFixed(3)} (threshold: more than 48)${
        shape === 'missing-week' ? '; one week has no record and counts as 0' : shape === 'plain' ? '' : '; one week has two records and only the larger counts'
      }.`,
      measurements: { averageWeeklyHours: average, weeksRecorded: recorded, thresholdHours: 48, weeks: 17 },
    };
  });
}

export const sustainedLongHoursPlanter: Planter = {
  detectorId: 'sustained-long-hours',
  patterns: [
    longHours('average-50', 850, 'plain'),
    longHours('just-over-48', 817, 'plain'),
    longHours('largest-of-duplicates-counts', 797, 'larger-duplicate'),
  ],
  nearMisses: [
    longHours('exactly-48', 816, 'plain'),
    longHours('missing-week-counts-zero', 816, 'missing-week'),
    longHours('smaller-duplicate-not-added', 816, 'smaller-duplicate'),
  ],
};
