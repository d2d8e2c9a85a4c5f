/**
 * HR: one employment record per HR event (joining, posting, promotion, transfer, leave, return,
 * suspension, leaving) and per change of name, each carrying the person's full identity as HR held
 * it that day. HR is the hub that ties other systems' identifiers together. Sex and ethnicity are
 * not in its records: they go to the equality file (equality.csv), which only the fairness audit reads.
 */
import { isoDate, timestamp } from '../dates.js';
import { spellAt, type Posting } from '../people.js';
import { perPerson } from './framework.js';

export const hrGenerator = perPerson('hr', function* (scope, { options }) {
  const { person, random } = scope;
  const events: { day: number; posting: Posting }[] = person.postings
    .filter((posting) => posting.day <= options.asOf)
    .map((posting) => ({ day: posting.day, posting }));
  for (const spell of person.names.slice(1)) {
    if (spell.day > options.asOf || events.some((event) => event.day === spell.day)) continue;
    events.push({ day: spell.day, posting: { ...spellAt(person.postings, spell.day), reason: 'name change' } });
  }
  // Profiles only: the record that first carries the numbers of a rejoiner or a new officer.
  const renumbered = person.formerNumbers?.until;
  if (renumbered !== undefined && renumbered <= options.asOf && !events.some((event) => event.day === renumbered)) {
    events.push({ day: renumbered, posting: { ...spellAt(person.postings, renumbered), reason: person.formerNumbers!.reason } });
  }
  events.sort((left, right) => left.day - right.day);
  for (const { day, posting } of events) {
    yield {
      type: 'employment',
      recordId: scope.nextId(),
      occurredAt: timestamp(day, random.int(8 * 60, 17 * 60)),
      identity: scope.identity(day),
      employeeCategory: person.category,
      role: posting.unitType.role,
      ...(posting.rank ? { rank: posting.rank } : {}),
      unit: posting.unit,
      status: posting.status,
      startDate: isoDate(person.startDay),
      ...(posting.status === 'left' && person.endDay !== undefined ? { endDate: isoDate(person.endDay) } : {}),
      vettingLevelRequired: posting.unitType.vetting,
      workPattern: posting.unitType.workPattern,
    };
  }
});
