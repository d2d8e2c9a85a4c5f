/**
 * The learning management system: completions of mandatory courses (everybody's three, plus those
 * of the post) at each course's renewal interval, and optional courses now and then. The latest
 * completion of a course is always there, even when it predates the period. On the as-of date every
 * background person's latest completion of each mandatory course is valid or at most 25 days lapsed,
 * inside the 30-day grace period.
 */
import { timestamp, isoDate } from '../dates.js';
import { currentPosting } from '../people.js';
import type { TrainingDraft } from '../plan/types.js';
import { perPerson } from './framework.js';

export interface Course {
  readonly key: string;
  readonly title: string;
  readonly mandatory: boolean;
  /** Days a completion counts for; absent when it never lapses. */
  readonly validityDays?: number;
}

export const courses: readonly Course[] = [
  { key: 'information-security', title: 'Information security awareness', mandatory: true, validityDays: 365 },
  { key: 'data-protection', title: 'Data protection essentials', mandatory: true, validityDays: 730 },
  { key: 'equality', title: 'Equality, diversity and inclusion', mandatory: true, validityDays: 1095 },
  { key: 'personal-safety', title: 'Personal safety training', mandatory: true, validityDays: 365 },
  { key: 'life-support', title: 'Emergency life support', mandatory: true, validityDays: 730 },
  { key: 'response-driving', title: 'Response driving refresher', mandatory: true, validityDays: 1095 },
  { key: 'public-order', title: 'Public order tactics', mandatory: true, validityDays: 365 },
  { key: 'firearms', title: 'Firearms requalification', mandatory: true, validityDays: 182 },
  { key: 'call-handling', title: 'Call handling standards', mandatory: true, validityDays: 365 },
  { key: 'first-aid', title: 'First aid awareness refresher', mandatory: false, validityDays: 1095 },
  { key: 'leadership', title: 'Leadership foundations', mandatory: false },
  { key: 'mental-health', title: 'Mental health awareness', mandatory: false },
  { key: 'domestic-abuse', title: 'Domestic abuse matters', mandatory: false },
  { key: 'coaching', title: 'Coaching skills', mandatory: false },
];

const everybody = ['information-security', 'data-protection', 'equality'];
const optional = courses.filter((course) => !course.mandatory);

export const trainingGenerator = perPerson('training', function* (scope, { options }) {
  const { person, random, directives } = scope;
  const asOf = options.asOf;
  const lastDay = Math.min(asOf, person.endDay ?? asOf);
  const required = [...everybody, ...currentPosting(person, asOf).unitType.courses];
  const completions: TrainingDraft[] = [];
  for (const key of required) {
    if (key === directives?.training?.replaceCourse) continue;
    const course = courses.find((entry) => entry.key === key)!;
    const validity = course.validityDays!;
    // The latest completion lapses no earlier than 25 days before the as-of date.
    let completed = random.int(asOf - validity - 24, asOf - 25);
    if (completed <= person.startDay) completed = person.startDay + random.int(1, 20);
    while (completed + validity - 1 < asOf - 25) completed += validity - random.int(0, 20);
    // The latest completion always (it may predate the period), then the earlier ones within the period.
    for (let day = completed; day === completed || day >= Math.max(person.startDay, options.start); day -= validity + random.int(-15, 15)) {
      if (day <= lastDay) completions.push({ course: course.title, mandatory: true, completed: day, expiry: day + validity - 1 });
    }
  }
  const optionalCount = random.poisson((0.6 * (lastDay - Math.max(person.startDay, options.start) + 1)) / 365);
  for (let index = 0; index < optionalCount; index++) {
    const course = random.pick(optional);
    const completed = random.int(Math.max(person.startDay, options.start), lastDay);
    completions.push({ course: course.title, mandatory: false, completed, ...(course.validityDays ? { expiry: completed + course.validityDays - 1 } : {}) });
  }
  completions.push(...(directives?.training?.completions ?? []));
  completions.sort((left, right) => left.completed - right.completed);
  for (const completion of completions) {
    yield {
      type: 'training',
      recordId: scope.nextId(),
      occurredAt: timestamp(completion.completed, random.int(9 * 60, 17 * 60)),
      identity: scope.identity(completion.completed),
      course: completion.course,
      mandatory: completion.mandatory,
      completedDate: isoDate(completion.completed),
      ...(completion.expiry !== undefined ? { expiryDate: isoDate(completion.expiry) } : {}),
    };
  }
});
