/**
 * Use-of-force reports: the plan fixes how many each person made in the 365 days to the as-of date
 * (see plan/use-of-force-planter.ts); this spreads them over the days the person was employed and
 * gives each an incident and a tactic. Periods longer than a year get earlier reports at the same
 * rate, which the 365-day rule does not see.
 */
import { isoDate, timestamp } from '../dates.js';
import { currentPosting } from '../people.js';
import { useOfForceFactor } from '../organisation.js';
import { perPerson } from './framework.js';

const tactics = ['restraint', 'handcuffing', 'baton', 'irritant_spray', 'taser', 'firearm', 'dog', 'other'] as const;
const tacticWeights = [0.38, 0.4, 0.02, 0.03, 0.1, 0.005, 0.02, 0.045];

export const useOfForceGenerator = perPerson('useOfForce', function* (scope, { options, plan }) {
  const { person, random } = scope;
  const asOf = options.asOf;
  const posting = currentPosting(person, asOf);
  const windowStart = Math.max(asOf - 364, options.start, person.startDay);
  const last = Math.min(asOf, person.endDay ?? asOf);
  const days: number[] = [];
  if (last >= windowStart) for (let index = 0; index < plan.useOfForceCounts[person.index]; index++) days.push(random.int(windowStart, last));
  const earlierEnd = Math.min(asOf - 365, last);
  const earlierStart = Math.max(options.start, person.startDay);
  if (earlierEnd >= earlierStart) {
    const rate = posting.unitType.useOfForce * useOfForceFactor(person.category, posting.rank);
    const count = random.poisson((rate * (earlierEnd - earlierStart + 1)) / 365);
    for (let index = 0; index < count; index++) days.push(random.int(earlierStart, earlierEnd));
  }
  days.sort((left, right) => left - right);
  for (const day of days) {
    const drawn = person.category === 'staff' ? 'restraint' : random.weighted(tactics, tacticWeights);
    // Only dog handlers deploy dogs and only firearms officers firearms.
    const tactic = (drawn === 'dog' && posting.unitType.key !== 'dogs') || (drawn === 'firearm' && posting.unitType.key !== 'firearms') ? 'handcuffing' : drawn;
    yield {
      type: 'use_of_force',
      recordId: scope.nextId(),
      occurredAt: timestamp(day, random.int(0, 1439)),
      identity: scope.identity(day),
      incidentReference: `CAD-${isoDate(day).replace(/-/g, '')}-${String(random.int(1, 9999)).padStart(4, '0')}`,
      tactic,
    };
  }
});
