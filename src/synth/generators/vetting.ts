/**
 * Vetting: each person's grants at the level their post needs (sometimes higher), renewed when they
 * lapse, with the previous grant kept as history and a pending renewal when one is close to expiry.
 * Every active person holds a valid vetting on the as-of date unless a planted scenario says
 * otherwise. The vetting file records the name and address at the time of vetting.
 */
import { vettingLevels, type VettingLevel } from '../../contract/index.js';
import { addYears, isoDate, timestamp } from '../dates.js';
import { currentPosting } from '../people.js';
import type { VettingDraft } from '../plan/types.js';
import { perPerson } from './framework.js';

/** How long a grant lasts, by level (national vetting guidance: 7 or 10 years). */
export const vettingValidityYears: Record<VettingLevel, number> = { RV: 10, MV: 7, CTC: 10, SC: 10, DV: 7 };

export const vettingGenerator = perPerson('vetting', function* (scope, { options }) {
  const { person, random, directives } = scope;
  const asOf = options.asOf;
  let file: VettingDraft[] | undefined = directives?.vetting;
  if (!file) {
    file = [];
    const required = currentPosting(person, person.endDay ?? asOf).unitType.vetting;
    const higher = vettingLevels[vettingLevels.indexOf(required) + 1];
    const level = higher && random.chance(0.12) ? higher : required;
    const years = vettingValidityYears[level];
    // Granted before joining for recent joiners; otherwise at a date that keeps it valid past the as-of date.
    const earliest = Math.max(person.startDay - 120, addYears(asOf + 31, -years));
    const joinedInPeriod = person.startDay >= options.start;
    const granted = joinedInPeriod ? person.startDay - random.int(14, 120) : random.int(earliest, asOf - 1);
    const expiry = addYears(granted, years) - 1;
    const previous = addYears(granted, -years);
    if (previous >= person.startDay - 120)
      file.push({ day: previous, level: random.chance(0.8) ? level : required, status: 'granted', granted: previous, expiry: granted - 1 });
    file.push({ day: granted, level, status: 'granted', granted, expiry });
    if (expiry - asOf < 180 && random.chance(0.5)) file.push({ day: asOf - random.int(1, 60), level, status: 'pending' });
  }
  for (const entry of file) {
    yield {
      type: 'vetting',
      recordId: scope.nextId(),
      occurredAt: timestamp(entry.day, random.int(9 * 60, 16 * 60)),
      identity: scope.identity(entry.day),
      level: entry.level,
      status: entry.status,
      ...(entry.granted !== undefined ? { grantedDate: isoDate(entry.granted) } : {}),
      ...(entry.expiry !== undefined ? { expiryDate: isoDate(entry.expiry) } : {}),
    };
  }
});
