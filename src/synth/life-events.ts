/**
 * Life events that change a person's numbers (profiles only). A rejoiner left and came back and was
 * issued new staff, payroll and warrant numbers; a member of police staff who became an officer got
 * a new staff and payroll number and a warrant number for the first time. Their older records carry
 * the former numbers, so the same person appears under two sets of numbers with one NI number, one
 * name and one date of birth: the link a matcher must make on those.
 *
 * And a collar number reissued: an officer who joins in the period may be given the warrant number
 * of an officer who left before they joined, so one number names two people at different times.
 */
import type { IdentifierIssuer } from './identifiers.js';
import type { ResolvedOptions } from './options.js';
import type { FormerNumbers, Person } from './people.js';
import { Random, streams } from './random.js';

const year = 365;

/** Adds former numbers and reissued collar numbers to the people built; returns new person objects where they change. */
export function applyLifeEvents(options: ResolvedOptions, people: Person[], issuer: IdentifierIssuer): Person[] {
  const rates = options.profile.people;
  const { asOf } = options;
  const changed = people.map((person): Person => {
    const random = new Random(options.seed, streams.lifeEvents, person.index);
    const roll = random.next();
    const lastDay = (person.endDay ?? asOf) - 30;
    if (roll < rates.rejoiner) {
      const first = Math.max(person.startDay + 180, asOf - 4 * year);
      if (first >= lastDay) return person;
      const formerNumbers: FormerNumbers = {
        until: random.int(first, lastDay),
        reason: 'rejoined',
        staffNumber: issuer.staffNumber(),
        payrollNumber: issuer.payrollNumber(),
        ...(person.warrantNumber ? { warrantNumber: issuer.warrantNumber() } : {}),
      };
      return { ...person, formerNumbers };
    }
    if (roll < rates.rejoiner + rates.staffBecameOfficer && person.category === 'officer') {
      const first = Math.max(person.startDay + 365, asOf - 4 * year);
      if (first >= lastDay) return person;
      const formerNumbers: FormerNumbers = {
        until: random.int(first, lastDay),
        reason: 'became an officer',
        staffNumber: issuer.staffNumber(),
        payrollNumber: issuer.payrollNumber(),
      };
      return { ...person, formerNumbers };
    }
    return person;
  });
  return reissueCollarNumbers(options, changed);
}

/** Officers joining in the period who take the collar number of an officer who left at least a week before. */
function reissueCollarNumbers(options: ResolvedOptions, people: Person[]): Person[] {
  const leavers = people.filter((person) => person.warrantNumber && person.endDay !== undefined && !person.formerNumbers);
  const reissued = new Set<number>();
  return people.map((person) => {
    if (!person.warrantNumber || person.startDay < options.start || person.formerNumbers || person.lookalike) return person;
    const random = new Random(options.seed, streams.lifeEvents, -1 - person.index);
    if (!random.chance(options.profile.people.reissuedCollarNumber)) return person;
    const candidates = leavers.filter((leaver) => !reissued.has(leaver.index) && leaver.endDay! < person.startDay - 7);
    if (candidates.length === 0) return person;
    const previous = random.pick(candidates);
    reissued.add(previous.index);
    return { ...person, warrantNumber: previous.warrantNumber, lookalike: { personIndex: previous.index, kind: 'reissued-collar-number' } };
  });
}
