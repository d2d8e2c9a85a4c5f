/** Cases for the standards detectors, each on one side of a threshold or window edge. */
import { casesOf, day, mondayOf, type CaseMaker, type CasePerson } from './case-maker.js';

const threeCases = (make: CaseMaker, dates: readonly string[]) => {
  const officer = make.person('officer');
  dates.forEach((date, index) => officer.alleged(date, make.name(`case${index}`)));
};

export const repeatedAllegationsCases = casesOf('repeated-allegations', [
  { title: 'three distinct cases, the first on the window’s first day', flags: 1, build: (make) => threeCases(make, [day(-364), day(-100), day(0)]) },
  { title: 'three distinct cases, the first the day before the window', flags: 0, build: (make) => threeCases(make, [day(-365), day(-100), day(-1)]) },
  {
    title: 'three allegations in only two distinct cases',
    flags: 0,
    build: (make) => make.person('officer').alleged(day(-10), make.name('a')).alleged(day(-20), make.name('a')).alleged(day(-30), make.name('b')),
  },
  { title: 'two cases in the window and one after the as-of date', flags: 0, build: (make) => threeCases(make, [day(-20), day(-10), day(1)]) },
  { title: 'five distinct cases (high severity)', flags: 1, build: (make) => threeCases(make, [day(-300), day(-200), day(-100), day(-50), day(-5)]) },
]);

export const repeatedCategoryCases = casesOf('repeated-category', [
  {
    title: 'two cases of one category, the first on the window’s first day',
    flags: 1,
    build: (make) =>
      make
        .person('officer')
        .alleged(day(-729), make.name('a'), { category: 'honesty_and_integrity' })
        .alleged(day(-5), make.name('b'), { category: 'honesty_and_integrity' }),
  },
  {
    title: 'two cases of one category, the first the day before the window',
    flags: 0,
    build: (make) =>
      make
        .person('officer')
        .alleged(day(-730), make.name('a'), { category: 'honesty_and_integrity' })
        .alleged(day(-5), make.name('b'), { category: 'honesty_and_integrity' }),
  },
  {
    title: 'two allegations of one category in one case',
    flags: 0,
    build: (make) =>
      make
        .person('officer')
        .alleged(day(-50), make.name('a'), { category: 'confidentiality' })
        .alleged(day(-5), make.name('a'), { category: 'confidentiality' }),
  },
  {
    title: 'two cases of different categories',
    flags: 0,
    build: (make) =>
      make.person('officer').alleged(day(-50), make.name('a'), { category: 'confidentiality' }).alleged(day(-5), make.name('b'), { category: 'use_of_force' }),
  },
  {
    title: 'two categories with two cases each (one flag per category)',
    flags: 2,
    build: (make) =>
      make
        .person('officer')
        .alleged(day(-400), make.name('a'), { category: 'confidentiality' })
        .alleged(day(-300), make.name('b'), { category: 'confidentiality' })
        .alleged(day(-200), make.name('c'), { category: 'discreditable_conduct' })
        .alleged(day(-100), make.name('d'), { category: 'discreditable_conduct' }),
  },
]);

/** A finding decided on `findingDay`, then an allegation on `laterDay` in another case (or the same one). */
const afterFinding =
  (findingDay: number, laterDay: number, options: { outcome?: 'misconduct' | 'gross_misconduct' | 'management_action'; sameCase?: boolean } = {}) =>
  (make: CaseMaker) =>
    make
      .person('officer')
      .alleged(day(findingDay - 60), make.name('finding'), { outcome: options.outcome ?? 'misconduct', outcomeDate: day(findingDay) })
      .alleged(day(laterDay), make.name(options.sameCase ? 'finding' : 'later'));

export const allegationAfterSanctionCases = casesOf('allegation-after-sanction', [
  { title: 'an allegation in another case the day after a misconduct finding', flags: 1, build: afterFinding(-150, -149) },
  { title: 'an allegation in another case on the day of the finding', flags: 0, build: afterFinding(-150, -150) },
  { title: 'an allegation in the same case after the finding', flags: 0, build: afterFinding(-150, -100, { sameCase: true }) },
  { title: 'an allegation 365 days after a gross-misconduct finding', flags: 1, build: afterFinding(-400, -35, { outcome: 'gross_misconduct' }) },
  { title: 'an allegation 366 days after the finding', flags: 0, build: afterFinding(-400, -34) },
  {
    title: 'an allegation after a management-action outcome, which is no finding',
    flags: 0,
    build: afterFinding(-150, -100, { outcome: 'management_action' }),
  },
]);

/** A unit of active officers with these use-of-force counts (each use dated `dates[i]` in turn). */
function unitWith(make: CaseMaker, counts: readonly number[], options: { leaver?: boolean; firstUseDay?: number } = {}) {
  const unit = make.name('unit');
  const members = make.crowd('member', counts.length);
  members.forEach((member: CasePerson, index) => {
    const leaving = options.leaver && index === 0;
    member.employed(unit, leaving ? { status: 'left', endDate: day(-200) } : {});
    for (let use = 0; use < counts[index]; use++) {
      const when = use === 0 && options.firstUseDay !== undefined ? options.firstUseDay : -1 - use * 30;
      member.add('use_of_force', day(when), { incidentReference: make.name(`incident${index}-${use}`), tactic: 'handcuffing' });
    }
  });
}

export const useOfForcePeerOutlierCases = casesOf('use-of-force-peer-outlier', [
  {
    title: 'counts 0 ×6, 1 and 3 among 8 active peers: z exactly 2.5, first use on the window’s first day',
    flags: 1,
    build: (make) => unitWith(make, [0, 0, 0, 0, 0, 0, 1, 3], { firstUseDay: -364 }),
  },
  { title: 'counts 0 ×5, 1, 1 and 3: z 2.39', flags: 0, build: (make) => unitWith(make, [0, 0, 0, 0, 0, 1, 1, 3]) },
  { title: 'an outlier among only 7 active members', flags: 0, build: (make) => unitWith(make, [0, 0, 0, 0, 0, 0, 5]) },
  { title: 'an outlier among 8 members of whom one has left', flags: 0, build: (make) => unitWith(make, [0, 0, 0, 0, 0, 0, 0, 5], { leaver: true }) },
  {
    title: 'an outlier whose first of 3 uses is the day before the window (2 count)',
    flags: 0,
    build: (make) => unitWith(make, [0, 0, 0, 0, 0, 0, 0, 3], { firstUseDay: -365 }),
  },
]);

/** Self-edits of the given shifts, each in its own duty week, adding the given overtime. */
const selfEdits = (shifts: readonly (readonly [number, number])[]) => (make: CaseMaker) => {
  const officer = make.person('officer');
  const byWeek = new Map<string, { shiftDate: string; overtimeHoursAdded: number }[]>();
  for (const [offset, overtimeHoursAdded] of shifts) {
    const weekStart = mondayOf(day(offset));
    byWeek.set(weekStart, [...(byWeek.get(weekStart) ?? []), { shiftDate: day(offset), overtimeHoursAdded }]);
  }
  for (const [weekStart, edits] of byWeek)
    officer.add('duty_week', weekStart, { weekStart, plannedHours: 40, workedHours: 44, overtimeHours: 4, selfEdits: edits });
};

export const rosterSelfEditingCases = casesOf('roster-self-editing', [
  {
    title: 'three overtime self-edits, the first on the window’s first day',
    flags: 1,
    build: selfEdits([
      [-89, 2],
      [-40, 3],
      [-2, 1],
    ]),
  },
  {
    title: 'three self-edits of which one added no overtime',
    flags: 0,
    build: selfEdits([
      [-60, 2],
      [-40, 0],
      [-2, 1],
    ]),
  },
  {
    title: 'three overtime self-edits, the first the day before the window',
    flags: 0,
    build: selfEdits([
      [-90, 2],
      [-40, 3],
      [-2, 1],
    ]),
  },
  {
    title: 'two edits of one shift and one of another',
    flags: 0,
    build: selfEdits([
      [-40, 2],
      [-40, 3],
      [-2, 1],
    ]),
  },
]);

/** Weeks of building attendance as [expected, attended], the last week being the as-of date's. */
const attendance = (weeks: readonly (readonly [number, number])[], weekBeforeWindow?: readonly [number, number]) => (make: CaseMaker) => {
  const officer = make.person('officer');
  const record = (weekStart: string, [expectedOfficeDays, attendedOfficeDays]: readonly [number, number]) =>
    officer.add('building_attendance', weekStart, { weekStart, site: make.name('site'), expectedOfficeDays, attendedOfficeDays });
  weeks.forEach((week, index) => record(mondayOf(day(-7 * (weeks.length - 1 - index))), week));
  if (weekBeforeWindow) record(mondayOf(day(-90)), weekBeforeWindow);
};

export const officeAttendanceCases = casesOf('office-attendance-below-guideline', [
  {
    title: 'attended 9 of 12 expected days (0.75)',
    flags: 1,
    build: attendance([
      [3, 3],
      [3, 3],
      [3, 3],
      [3, 0],
    ]),
  },
  {
    title: 'attended 8 of 10 expected days (exactly 0.8)',
    flags: 0,
    build: attendance([
      [5, 4],
      [5, 4],
    ]),
  },
  {
    title: 'attended none of 9 expected days (fewer than 10 expected)',
    flags: 0,
    build: attendance([
      [3, 0],
      [3, 0],
      [3, 0],
    ]),
  },
  {
    title: 'extra days one week do not make up for a missed week (attendance capped)',
    flags: 1,
    build: attendance([
      [3, 5],
      [3, 0],
      [3, 3],
      [3, 3],
    ]),
  },
  {
    title: 'a missed week before the window does not count',
    flags: 0,
    build: attendance(
      [
        [3, 3],
        [3, 3],
        [3, 3],
        [1, 1],
      ],
      [3, 0],
    ),
  },
]);
