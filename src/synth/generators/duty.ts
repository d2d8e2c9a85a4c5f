/**
 * The duty roster: one record per rostered week (officers and some staff every week except about
 * five weeks of leave a year; specials on about two weeks in five), with planned, worked and
 * overtime hours and the shifts the person edited on their own roster. A few weeks are exported
 * twice (a correction with fewer hours). Background stays clear of both roster rules: over the 17
 * weeks to the as-of date worked hours average at most 46, and at most two shifts in the last 90
 * days were self-edited to add overtime.
 */
import { isoDate, mondayOf, timestamp } from '../dates.js';
import { currentPosting } from '../people.js';
import type { DutyDirective } from '../plan/types.js';
import type { Random } from '../random.js';
import { perPerson } from './framework.js';

interface Week {
  planned: number;
  worked: number;
  overtime: number;
  edits: { shiftDay: number; hours: number }[];
  /** A second, corrected export of the same week. */
  correction?: number;
}

const halfHours = (random: Random, from: number, to: number) => random.int(from * 2, to * 2) / 2;

function backgroundWeek(random: Random, monday: number, special: boolean): Week {
  const planned = special ? 4 * random.int(2, 4) : 40;
  const overtime = !special && random.chance(0.3) ? halfHours(random, 2, 12) : 0;
  const week: Week = { planned, worked: planned + overtime, overtime, edits: [] };
  if (random.chance(0.05)) {
    const added = random.chance(0.45) ? random.int(1, 4) : 0;
    week.edits.push({ shiftDay: monday + random.int(0, 6), hours: added });
    week.overtime += added;
    week.worked += added;
  }
  if (random.chance(0.005)) week.correction = halfHours(random, 2, 8);
  return week;
}

/** Keeps the person's background below both roster rules on the as-of date. */
function quieten(weeks: Map<number, Week>, asOf: number, quietFrom: number): void {
  let overtimeShifts = 0;
  for (const monday of [...weeks.keys()].sort((left, right) => right - left)) {
    for (const edit of weeks.get(monday)!.edits) {
      if (edit.hours === 0 || edit.shiftDay < asOf - 89 - 7) continue;
      if (edit.shiftDay >= quietFrom || ++overtimeShifts > 2) edit.hours = 0;
    }
  }
  const reference = [...weeks.entries()].filter(([monday]) => monday >= asOf - 118);
  const total = reference.reduce((sum, [, week]) => sum + week.worked, 0);
  if (total > 46 * 17) for (const [, week] of reference) week.worked = week.planned + (week.overtime = week.edits.reduce((sum, edit) => sum + edit.hours, 0));
}

function applyEdits(weeks: Map<number, Week>, directive: DutyDirective, special: boolean, random: Random): void {
  const place = (shiftDay: number, hours: number) => {
    const monday = mondayOf(shiftDay);
    if (!weeks.has(monday)) weeks.set(monday, { ...backgroundWeek(random, monday, special), edits: [] });
    const week = weeks.get(monday)!;
    week.edits.push({ shiftDay, hours });
    week.overtime += hours;
    week.worked += hours;
  };
  for (const edit of directive.overtimeEdits ?? []) place(edit.shiftDay, edit.hours);
  for (const shiftDay of directive.swapEdits ?? []) place(shiftDay, 0);
}

export const dutyGenerator = perPerson('duty', function* (scope, { options }) {
  const { person, random, directives } = scope;
  const rostering = currentPosting(person, options.asOf).unitType.rostering;
  if (rostering === 'none') return;
  const special = rostering === 'part';
  const weeks = new Map<number, Week>();
  for (let monday = options.start; monday <= options.asOf; monday += 7) {
    const employed = person.startDay <= monday + 6 && (person.endDay === undefined || person.endDay >= monday);
    if (employed && random.chance(special ? 0.4 : 47 / 52)) weeks.set(monday, backgroundWeek(random, monday, special));
  }
  const directive = directives?.duty;
  quieten(weeks, options.asOf, directive?.quietEditsFrom ?? Infinity);
  if (directive) applyEdits(weeks, directive, special, random);
  const mondays = new Set([...weeks.keys(), ...(directive?.weeks?.keys() ?? [])]);
  for (const monday of [...mondays].sort((left, right) => left - right)) {
    const dictated = directive?.weeks?.get(monday);
    const week = weeks.get(monday);
    const records = dictated
      ? dictated.map((draft) => ({ ...draft, edits: [] as Week['edits'] }))
      : week
        ? [
            week,
            ...(week.correction
              ? [{ ...week, worked: week.worked - week.correction, overtime: Math.max(0, week.overtime - week.correction), edits: week.edits }]
              : []),
          ]
        : [];
    for (const entry of records) {
      yield {
        type: 'duty_week',
        recordId: scope.nextId(),
        occurredAt: timestamp(monday),
        identity: scope.identity(monday),
        weekStart: isoDate(monday),
        plannedHours: entry.planned,
        workedHours: entry.worked,
        overtimeHours: entry.overtime,
        ...(entry.edits.length > 0 ? { selfEdits: entry.edits.map((edit) => ({ shiftDate: isoDate(edit.shiftDay), overtimeHoursAdded: edit.hours })) } : {}),
      };
    }
  }
});
