/**
 * Planted office attendance for `office-attendance-below-guideline`: the 12 weeks whose Monday falls
 * in the 90-day window are dictated. Office posts expect 5 days a week and hybrid posts 3, so the
 * guideline (attended / expected < 0.8) can be met exactly (48 of 60) or missed by one day.
 */
import type { Random } from '../random.js';
import type { Candidate } from './context.js';
import { variant, type Planter } from './planter.js';

const officeBased = (candidate: Candidate) => candidate.unitType.workPattern === 'office' || candidate.unitType.workPattern === 'hybrid';

/** Spreads `attended` days over weeks, never more in a week than it expects. */
function spread(random: Random, expected: number[], attended: number): number[] {
  const days = expected.map(() => 0);
  let left = attended;
  while (left > 0) {
    const index = random.int(0, expected.length - 1);
    if (days[index] < expected[index]) {
      days[index]++;
      left--;
    }
  }
  return days;
}

type Shape = 'plain' | 'extra-day' | 'few-expected';

function attendance(name: string, attendedFor: (expected: number) => number, shape: Shape = 'plain') {
  return variant(name, (context) => {
    const person = context.take(1, officeBased)?.[0];
    if (!person) return null;
    const { asOf, random } = context;
    const perWeek = person.unitType.workPattern === 'office' ? 5 : 3;
    const mondays = Array.from({ length: 12 }, (_, index) => asOf - 6 - 7 * index);
    // Few expected days: on leave most of the window, expected days are recorded as 0.
    const expected = mondays.map((_, index): number =>
      shape !== 'few-expected' ? perWeek : perWeek === 3 ? (index < 3 ? 3 : 0) : index === 0 ? 5 : index === 1 ? 4 : 0,
    );
    const totalExpected = expected.reduce((sum, value) => sum + value, 0);
    const totalAttended = attendedFor(totalExpected);
    const attended = spread(random, expected, totalAttended);
    if (shape === 'extra-day') {
      // One more badge-in than expected in a full week: capped by the rule, so it does not lift the ratio.
      const full = attended.findIndex((days, index) => days === expected[index]);
      if (full < 0) return null;
      attended[full]++;
    }
    context.directivesFor(person).building = new Map(mondays.map((monday, index) => [monday, { expected: expected[index], attended: attended[index] }]));
    const ratio = totalAttended / totalExpected;
    return {
      people: [person],
      description: `Attended ${totalAttended} of ${totalExpected} expected office days in the 90-day window (ratio ${ratio.toFixed(4)}; guideline 0.8, at least 10 expected days)${
        shape === 'extra-day' ? '; one week shows a day more than expected, which does not count' : ''
      }.`,
      measurements: { expected: totalExpected, attended: totalAttended, ratio, threshold: 0.8, minExpectedDays: 10 },
    };
  });
}

const justBelow = (expected: number) => Math.ceil(expected * 0.8) - 1;
const atGuideline = (expected: number) => Math.ceil(expected * 0.8);

export const officeAttendancePlanter: Planter = {
  detectorId: 'office-attendance-below-guideline',
  patterns: [
    attendance('well-below-guideline', (expected) => Math.floor(expected * 0.6)),
    attendance('one-day-below-guideline', justBelow),
    attendance('extra-days-do-not-count', justBelow, 'extra-day'),
  ],
  nearMisses: [attendance('at-guideline', atGuideline), attendance('too-few-expected-days', () => 3, 'few-expected')],
};
