/**
 * Absence spells: about 1.5 a year per person, mostly short sickness, a few long; injuries on duty,
 * compassionate and other leave besides. Sickness spells starting in the last 365 days are trimmed
 * until the Bradford factor is below 250, so background never reaches the threshold.
 */
import { endOfWorkingSpell, isWeekend, isoDate, timestamp, weekdaysBetween } from '../dates.js';
import type { SpellDraft } from '../plan/types.js';
import type { Random } from '../random.js';
import { perPerson } from './framework.js';

const reasons: SpellDraft['reason'][] = ['sickness', 'injury_on_duty', 'compassionate', 'unauthorised', 'other'];
const reasonWeights = [0.78, 0.06, 0.08, 0.02, 0.06];
const lengths = [1, 2, 3, 4, 5, 8, 15, 30, 60];
const lengthWeights = [0.33, 0.2, 0.15, 0.08, 0.08, 0.08, 0.05, 0.02, 0.01];

function bradfordFactor(spells: readonly SpellDraft[], from: number): number {
  const counted = spells.filter((spell) => spell.reason === 'sickness' && spell.start >= from);
  return counted.length ** 2 * counted.reduce((sum, spell) => sum + spell.workingDays, 0);
}

function backgroundSpells(random: Random, first: number, last: number, windowStart: number): SpellDraft[] {
  if (last < first) return [];
  const count = random.poisson((1.5 * (last - first + 1)) / 365);
  const spells: SpellDraft[] = [];
  for (let index = 0; index < count; index++) {
    let start = random.int(first, last);
    while (isWeekend(start)) start++;
    const workingDays = random.weighted(lengths, lengthWeights);
    const end = endOfWorkingSpell(start, workingDays);
    if (spells.some((spell) => start <= endOfWorkingSpell(spell.start, spell.workingDays) && spell.start <= end)) continue;
    spells.push({ start, workingDays, reason: random.weighted(reasons, reasonWeights) });
  }
  while (bradfordFactor(spells, windowStart) >= 250) {
    const recent = spells.filter((spell) => spell.reason === 'sickness' && spell.start >= windowStart);
    spells.splice(spells.indexOf(recent.reduce((longest, spell) => (spell.workingDays > longest.workingDays ? spell : longest))), 1);
  }
  return spells.sort((left, right) => left.start - right.start);
}

export const absenceGenerator = perPerson('absence', function* (scope, { options }) {
  const { person, random, directives } = scope;
  const last = Math.min(options.asOf, person.endDay ?? options.asOf);
  const spells = directives?.absence ?? backgroundSpells(random, Math.max(options.start, person.startDay), last, options.asOf - 364);
  for (const spell of spells) {
    // A spell still running on the as-of date is recorded up to that day.
    const end = Math.min(endOfWorkingSpell(spell.start, spell.workingDays), options.asOf);
    yield {
      type: 'absence_spell',
      recordId: scope.nextId(),
      occurredAt: timestamp(spell.start),
      identity: scope.identity(spell.start),
      reason: spell.reason,
      startDate: isoDate(spell.start),
      endDate: isoDate(end),
      workingDaysLost: weekdaysBetween(spell.start, end),
    };
  }
});
