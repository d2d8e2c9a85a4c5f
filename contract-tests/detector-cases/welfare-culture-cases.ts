/** Cases for the welfare and culture detectors, each on one side of a threshold or window edge. */
import type { RecordOf } from '../../src/contract/index.js';
import { addDays } from '../../src/detectors/dates.js';
import { casesOf, day, mondayOf, type CaseMaker } from './case-maker.js';

type AbsenceReason = RecordOf<'absence_spell'>['reason'];

/** Absence spells as [first day offset, working days lost, reason]. */
const spells = (list: readonly (readonly [number, number, AbsenceReason?])[]) => (make: CaseMaker) => {
  const officer = make.person('officer');
  for (const [offset, days, reason] of list) {
    officer.add('absence_spell', day(offset), {
      reason: reason ?? 'sickness',
      startDate: day(offset),
      endDate: day(offset + Math.max(days, 1) - 1),
      workingDaysLost: days,
    });
  }
};

export const bradfordFactorCases = casesOf('bradford-factor', [
  {
    title: '5 spells and 10 days, the first starting on the window’s first day: exactly 250',
    flags: 1,
    build: spells([
      [-364, 2],
      [-250, 2],
      [-200, 2],
      [-150, 2],
      [-100, 2],
    ]),
  },
  {
    title: '5 spells and 9 days: 225',
    flags: 0,
    build: spells([
      [-300, 2],
      [-250, 2],
      [-200, 2],
      [-150, 2],
      [-100, 1],
    ]),
  },
  {
    title: '4 sickness spells of 15 days (240) and a compassionate one, which does not count',
    flags: 0,
    build: spells([
      [-300, 4],
      [-250, 4],
      [-200, 4],
      [-150, 3],
      [-100, 10, 'compassionate'],
    ]),
  },
  {
    title: '5 spells of 10 days, the first starting the day before the window',
    flags: 0,
    build: spells([
      [-365, 2],
      [-250, 2],
      [-200, 2],
      [-150, 2],
      [-100, 2],
    ]),
  },
  {
    title: '8 one-day spells: 512 (high severity)',
    flags: 1,
    build: spells([
      [-300, 1],
      [-260, 1],
      [-220, 1],
      [-180, 1],
      [-140, 1],
      [-100, 1],
      [-60, 1],
      [-20, 1],
    ]),
  },
]);

/** The 17 Mondays of the reference period ending on the as-of date, latest first. */
const referenceWeeks = Array.from({ length: 17 }, (_, index) => addDays(mondayOf(day(0)), -7 * index));

/** Duty weeks with these hours worked, one record per entry as [Monday, hours]. */
const hours = (weeks: readonly (readonly [string, number])[]) => (make: CaseMaker) => {
  const officer = make.person('officer');
  for (const [weekStart, workedHours] of weeks) {
    officer.add('duty_week', weekStart, { weekStart, plannedHours: 40, workedHours, overtimeHours: Math.max(0, workedHours - 40) });
  }
};

const every = (workedHours: number, weeks = referenceWeeks) => weeks.map((weekStart) => [weekStart, workedHours] as const);

export const sustainedLongHoursCases = casesOf('sustained-long-hours', [
  { title: 'all 17 weeks at 49 hours', flags: 1, build: hours(every(49)) },
  { title: 'all 17 weeks at exactly 48 hours', flags: 0, build: hours(every(48)) },
  { title: '16 weeks at 51 hours and one missing (exactly 48)', flags: 0, build: hours(every(51, referenceWeeks.slice(1))) },
  { title: '16 weeks at 52 hours and one missing (48.9)', flags: 1, build: hours(every(52, referenceWeeks.slice(1))) },
  { title: 'two records of each week count once, the larger (48)', flags: 0, build: hours([...every(48), ...every(30)]) },
  { title: 'a 100-hour week before the period does not count', flags: 0, build: hours([...every(48), [addDays(referenceWeeks[16], -7), 100]]) },
]);

/** A mandatory course completed long ago and expiring on `expiryOffset`, with an optional renewal. */
const training =
  (expiryOffset: number, options: { renewedExpiry?: number; mandatory?: boolean; status?: 'active' | 'left' } = {}) =>
  (make: CaseMaker) => {
    const officer = make.person('officer').employed(make.name('unit'), { status: options.status ?? 'active' });
    const course = make.name('course');
    const mandatory = options.mandatory ?? true;
    officer.add('training', day(expiryOffset - 365), { course, mandatory, completedDate: day(expiryOffset - 365), expiryDate: day(expiryOffset) });
    if (options.renewedExpiry !== undefined) {
      officer.add('training', day(options.renewedExpiry - 365), {
        course,
        mandatory,
        completedDate: day(options.renewedExpiry - 365),
        expiryDate: day(options.renewedExpiry),
      });
    }
  };

export const mandatoryTrainingOverdueCases = casesOf('mandatory-training-overdue', [
  { title: 'a mandatory course that expired 31 days before the as-of date', flags: 1, build: training(-31) },
  { title: 'a mandatory course that expired exactly 30 days before', flags: 0, build: training(-30) },
  { title: 'an expired course renewed, the latest completion still valid', flags: 0, build: training(-100, { renewedExpiry: 200 }) },
  { title: 'an expired course that is not mandatory', flags: 0, build: training(-200, { mandatory: false }) },
  { title: 'an expired mandatory course of an officer who has left', flags: 0, build: training(-200, { status: 'left' }) },
]);

/** People named by letter, each alleged in the listed cases: [case label, offset, members]. */
const coAlleged = (cases: readonly (readonly [string, number, string])[]) => (make: CaseMaker) => {
  const people = new Map<string, ReturnType<CaseMaker['person']>>();
  for (const [label, offset, members] of cases) {
    for (const member of members) {
      if (!people.has(member)) people.set(member, make.person(member));
      people.get(member)!.alleged(day(offset), make.name(label));
    }
  }
};

export const coAllegationGroupCases = casesOf('co-allegation-group', [
  {
    title: 'three people sharing two cases',
    flags: 1,
    build: coAlleged([
      ['one', -100, 'abc'],
      ['two', -50, 'abc'],
    ]),
  },
  {
    title: 'three people in one case, only two of them in a second',
    flags: 0,
    build: coAlleged([
      ['one', -100, 'abc'],
      ['two', -50, 'ab'],
    ]),
  },
  {
    title: 'a chain: a and b share two cases, b and c two others',
    flags: 1,
    build: coAlleged([
      ['one', -300, 'ab'],
      ['two', -200, 'ab'],
      ['three', -100, 'bc'],
      ['four', -50, 'bc'],
    ]),
  },
  {
    title: 'three people sharing two cases, one the day before the window',
    flags: 0,
    build: coAlleged([
      ['one', -730, 'abc'],
      ['two', -10, 'abc'],
    ]),
  },
]);
