/**
 * A seeded random population for the whole-catalogue tests (determinism, protected characteristics,
 * speed): every record type, units big enough for peer comparison, shared cases for co-allegation
 * groups, relatives and colleagues among system-access targets. Not realistic; dense in patterns.
 */
import type { DetectorRecord, DetectorSubject } from '../types.js';
import {
  absence,
  access,
  allegation,
  attendanceWeek,
  declaration,
  dutyWeek,
  employment,
  report,
  subject,
  training,
  unchecked,
  useOfForce,
  vetting,
} from './fixtures.js';

/** mulberry32: small, fast and the same on every machine. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (low: number, high: number) => low + Math.floor(next() * (high - low + 1)), chance: (probability: number) => next() < probability };
}

const dayMs = 86_400_000;
const asOfMs = Date.parse('2026-03-31T00:00:00Z');
const dateBefore = (days: number) => new Date(asOfMs - days * dayMs).toISOString().slice(0, 10);
/** The Monday `weeks` weeks before the week of 2026-03-30. */
const mondayBefore = (weeks: number) => new Date(Date.parse('2026-03-30T00:00:00Z') - weeks * 7 * dayMs).toISOString().slice(0, 10);

const postcodes = ['SE11 4AA', 'SW2 1AB', 'N1 9GU', 'E2 8DY'];
const families = ['Okafor', 'Smith', 'Nowak', 'Patel', 'O’Brien'];
const courses = ['Information security', 'First aid', 'Personal safety'];

function personRecords(index: number, random: ReturnType<typeof generator>): DetectorRecord[] {
  const id = `p${index}`;
  const identity = { staffNumber: `S${100000 + index}`, familyName: families[index % families.length], postcode: postcodes[index % postcodes.length] };
  const withIdentity = <Entry extends DetectorRecord>(entry: Entry): Entry => ({ ...entry, record: { ...entry.record, identity } });
  const records: DetectorRecord[] = [employment(`${id}-e1`, '2019-01-01', { unit: `Unit-${index % 40}`, vettingLevelRequired: 'MV' })];
  if (random.chance(0.1))
    records.push(employment(`${id}-e2`, dateBefore(random.int(0, 400)), { unit: `Unit-${index % 40}`, status: random.chance(0.5) ? 'on_leave' : 'active' }));
  const caseCount = random.int(0, 4);
  for (let number = 0; number < caseCount; number++) {
    const outcome = random.chance(0.15) ? 'misconduct' : 'pending';
    records.push(
      allegation(
        `${id}-a${number}`,
        dateBefore(random.int(0, 800)),
        `C${index % 40}-${random.int(0, 12)}`,
        outcome === 'misconduct'
          ? { outcome, outcomeDate: dateBefore(random.int(100, 500)) }
          : { category: random.chance(0.5) ? 'confidentiality' : 'use_of_force' },
      ),
    );
  }
  for (let use = random.int(0, random.chance(0.05) ? 12 : 3); use > 0; use--) records.push(useOfForce(`${id}-u${use}`, dateBefore(random.int(0, 400))));
  for (let week = 0; week < 20; week++) {
    const edits = random.chance(0.08) ? [{ shiftDate: dateBefore(week * 7 - 2 + random.int(0, 3)), overtimeHoursAdded: random.int(0, 3) }] : undefined;
    records.push(
      dutyWeek(`${id}-d${week}`, mondayBefore(week), { workedHours: random.int(38, index % 10 === 0 ? 60 : 50), ...(edits ? { selfEdits: edits } : {}) }),
    );
  }
  for (let week = 0; week < 13; week++) records.push(attendanceWeek(`${id}-b${week}`, mondayBefore(week), 3, random.int(index % 7 === 0 ? 0 : 2, 3)));
  for (let number = random.int(0, 8); number > 0; number--) {
    const kind = random.int(0, 3);
    const target =
      kind === 0
        ? { kind: 'person' as const, identity: { familyName: identity.familyName.toUpperCase(), postcode: identity.postcode.toLowerCase() } }
        : kind === 1
          ? { kind: 'person' as const, identity: { staffNumber: `S${100000 + random.int(0, 50)}` } }
          : { kind: 'vehicle' as const };
    records.push(
      access(`${id}-x${number}`, dateBefore(random.int(0, 60)), { target, ...(random.chance(0.3) ? { purpose: { kind: 'task', reference: 'T-1' } } : {}) }),
    );
  }
  if (random.chance(0.2)) records.push(report(`${id}-r1`, dateBefore(random.int(0, 400)), 'business', `${identity.familyName} Lettings Ltd`));
  if (random.chance(0.1)) records.push(declaration(`${id}-i1`, dateBefore(random.int(0, 500)), 'business_interest', `${identity.familyName} lettings limited`));
  records.push(vetting(`${id}-v1`, dateBefore(random.int(300, 3000)), { expiryDate: dateBefore(random.int(-2000, 30)) }));
  for (let spell = random.int(0, 6); spell > 0; spell--) records.push(absence(`${id}-s${spell}`, dateBefore(random.int(0, 400)), random.int(1, 10)));
  for (const course of courses)
    records.push(training(`${id}-t-${course.length}`, dateBefore(random.int(0, 900)), course, { expiryDate: dateBefore(random.int(-300, 200)) }));
  return records.map(withIdentity);
}

/** `size` subjects, the same for the same seed. */
export function population(size: number, seed = 7): DetectorSubject[] {
  const random = generator(seed);
  return unchecked(() => Array.from({ length: size }, (_, index) => subject(`p${index}`, personRecords(index, random))));
}

/** A copy with subjects and each subject's records in a seeded random order. */
export function shuffled(subjects: readonly DetectorSubject[], seed = 11): DetectorSubject[] {
  const random = generator(seed);
  const shuffle = <Item>(items: readonly Item[]): Item[] => {
    const copy = [...items];
    for (let index = copy.length - 1; index > 0; index--) {
      const other = random.int(0, index);
      [copy[index], copy[other]] = [copy[other], copy[index]];
    }
    return copy;
  };
  return shuffle(subjects).map((entry) => ({ ...entry, records: shuffle(entry.records) }));
}
