/**
 * Building access, summarised per week for people in office (5 expected days) and hybrid (3)
 * posts: the days the badge system saw them against the days expected. Each person has their own
 * habit (86–100% of expected days); weeks on leave have no record; now and then someone badges in
 * on an extra day. Background attendance over the 90-day window stays at 85% or more.
 */
import { isoDate, timestamp } from '../dates.js';
import { siteOf } from '../organisation.js';
import { currentPosting } from '../people.js';
import { perPerson } from './framework.js';

const quietRatio = 0.85;

export const buildingGenerator = perPerson('building', function* (scope, { options }) {
  const { person, random, directives } = scope;
  const posting = currentPosting(person, options.asOf);
  const pattern = posting.unitType.workPattern;
  if (pattern === 'operational') return;
  const perWeek = pattern === 'office' ? 5 : 3;
  const habit = 0.86 + random.next() * 0.14;
  const weeks = new Map<number, { expected: number; attended: number }>();
  for (let monday = options.start; monday <= options.asOf; monday += 7) {
    const employed = person.startDay <= monday + 6 && (person.endDay === undefined || person.endDay >= monday);
    if (!employed || !random.chance(47 / 52)) continue;
    let attended = 0;
    for (let day = 0; day < perWeek; day++) if (random.chance(habit)) attended++;
    if (attended === perWeek && perWeek < 5 && random.chance(0.03)) attended++;
    weeks.set(monday, { expected: perWeek, attended });
  }
  // Lift the window's attendance to the quiet level, a day at a time, in the weeks with room.
  const window = [...weeks.entries()].filter(([monday]) => monday >= options.asOf - 89).map(([, week]) => week);
  const expected = window.reduce((sum, week) => sum + week.expected, 0);
  let attended = window.reduce((sum, week) => sum + Math.min(week.attended, week.expected), 0);
  for (const week of window) {
    while (attended < quietRatio * expected && week.attended < week.expected) {
      week.attended++;
      attended++;
    }
  }
  for (const [monday, week] of directives?.building ?? []) weeks.set(monday, week);
  const site = siteOf(posting.unit);
  for (const monday of [...weeks.keys()].sort((left, right) => left - right)) {
    const week = weeks.get(monday)!;
    yield {
      type: 'building_attendance',
      recordId: scope.nextId(),
      occurredAt: timestamp(monday),
      identity: scope.identity(monday),
      weekStart: isoDate(monday),
      site,
      expectedOfficeDays: week.expected,
      attendedOfficeDays: week.attended,
    };
  }
});
