/**
 * Builds the synthetic workforce: who each person is, where they work, their HR history (joining,
 * postings, promotions, transfers, leave, suspension, leaving), their names over time (marriage) and
 * their addresses over time. Structure (posts, dates, events) comes from the workforce stream;
 * demographics and the names they shape come from their own streams, so nothing structural, and
 * therefore nothing planting reads, depends on sex or ethnicity.
 */
import { drawDemographics } from './demographics.js';
import { IdentifierIssuer } from './identifiers.js';
import { applyLifeEvents } from './life-events.js';
import { plantLookalike } from './lookalikes.js';
import { nameConventions, type NameVariants } from './name-variants.js';
import { drawBirthFamilyName, drawFamilyName, drawGivenName } from './name-model.js';
import { basicCommandUnits, officerRanks, specialRanks, unitTypes, type UnitType } from './organisation.js';
import type { ResolvedOptions } from './options.js';
import type { AddressSpell, NameSpell, Person, Posting } from './people.js';
import { drawPostcode } from './places.js';
import { Random, streams } from './random.js';

const year = 365;
/** Years in post needed before a rank is plausible. */
const minimumTenure: Record<string, number> = { PS: 3, Insp: 6, 'Ch Insp': 10, Supt: 14, 'Ch Supt': 18, SSgt: 2, SInsp: 4 };

interface Unit {
  readonly type: UnitType;
  readonly name: string;
}

/** Cuts the force into units of roughly each type's team size and deals people into them at random. */
function unitSlots(options: ResolvedOptions): { slots: Unit[]; unitsByType: Map<UnitType, Unit[]> } {
  const totalShare = unitTypes.reduce((sum, type) => sum + type.share, 0);
  const counts = unitTypes.map((type) => Math.round((type.share / totalShare) * options.people));
  // Rounding leaves a few people over or short: the largest type absorbs the difference.
  counts[0] += options.people - counts.reduce((sum, count) => sum + count, 0);
  const slots: Unit[] = [];
  const unitsByType = new Map<UnitType, Unit[]>();
  unitTypes.forEach((type, typeIndex) => {
    const unitCount = Math.max(1, Math.round(counts[typeIndex] / type.teamSize));
    const units = Array.from({ length: unitCount }, (_, index): Unit => {
      const number = unitCount > 1 ? ` ${type.perBcu ? Math.floor(index / basicCommandUnits.length) + 1 : index + 1}` : '';
      const prefix = type.perBcu ? `${basicCommandUnits[index % basicCommandUnits.length]} ` : '';
      return { type, name: `${prefix}${type.unitName}${number}` };
    });
    unitsByType.set(type, units);
    for (let index = 0; index < counts[typeIndex]; index++) slots.push(units[index % unitCount]);
  });
  new Random(options.seed, streams.workforce, -1).shuffle(slots);
  return { slots, unitsByType };
}

function drawRank(random: Random, type: UnitType): string | undefined {
  if (type.category === 'staff') return undefined;
  const ranks = type.category === 'special' ? specialRanks : officerRanks;
  return random.weighted(
    ranks.map((entry) => entry.rank),
    ranks.map((entry) => entry.share),
  );
}

function lowerRank(type: UnitType, rank: string | undefined): string | undefined {
  const ranks: readonly { rank: string }[] = type.category === 'special' ? specialRanks : officerRanks;
  const index = ranks.findIndex((entry) => entry.rank === rank);
  return index > 0 ? ranks[index - 1].rank : rank;
}

/** Posts, dates and HR events of one person: everything planting may read. */
function drawCareer(options: ResolvedOptions, index: number, unit: Unit, unitsByType: Map<UnitType, Unit[]>) {
  const random = new Random(options.seed, streams.workforce, index);
  const { start, asOf } = options;
  const type = unit.type;
  const periodYears = options.months / 12;
  const joiner = random.chance(Math.min(0.5, 0.07 * periodYears));
  const leaver = !joiner && random.chance(Math.min(0.5, 0.065 * periodYears));
  const entryRank = type.category === 'staff' ? undefined : type.category === 'special' ? 'SC' : 'PC';
  const rank = joiner ? entryRank : drawRank(random, type);
  let tenureYears = type.category === 'special' ? 1 + random.int(0, 8) : Math.min(34, 1 + Math.floor(-Math.log(1 - random.next()) * 9));
  tenureYears = Math.max(tenureYears, minimumTenure[rank ?? ''] ?? 0);
  const startDay = joiner ? random.int(start, asOf - 14) : start - 30 - Math.floor(tenureYears * 365.25) - random.int(0, 364);
  const ageAtJoining = (type.category === 'staff' ? 18 : 19) + Math.floor(random.next() * random.next() * 24);
  const dateOfBirth = startDay - Math.floor(ageAtJoining * 365.25) - random.int(0, 364);
  const endDay = leaver ? random.int(Math.max(startDay, start) + 7, asOf - 1) : undefined;

  // The state at the start of the period differs from the final post when the period moves the person.
  const transferred = !joiner && random.chance(0.05 * periodYears);
  const promoted = !joiner && !transferred && type.category !== 'staff' && rank !== lowerRank(type, rank) && random.chance(0.03 * periodYears);
  const units = unitsByType.get(type)!;
  const previousUnit =
    transferred && units.length > 1
      ? (units.find((candidate) => candidate !== unit && random.chance(0.3)) ?? units.find((candidate) => candidate !== unit)!)
      : unit;
  const previousRank = promoted ? lowerRank(type, rank) : rank;

  const postings: Posting[] = [];
  const longServing = !joiner && startDay < start - 3 * year;
  if (longServing && random.chance(0.6)) {
    const firstType = type.category === 'officer' ? unitTypes[0] : type;
    const firstUnit = random.pick(unitsByType.get(firstType)!);
    const firstRank = type.category === 'officer' ? 'PC' : type.category === 'special' ? 'SC' : undefined;
    postings.push({ day: startDay, unitType: firstType, unit: firstUnit.name, rank: firstRank, status: 'active', reason: 'joined' });
    postings.push({
      day: random.int(startDay + year, start - 30),
      unitType: type,
      unit: previousUnit.name,
      rank: previousRank,
      status: 'active',
      reason: 'posted',
    });
  } else {
    postings.push({ day: startDay, unitType: type, unit: previousUnit.name, rank: previousRank, status: 'active', reason: 'joined' });
  }

  const events: { day: number; change: Partial<Posting> & { reason: string } }[] = [];
  const periodDay = () => random.int(Math.max(start, startDay + 1), (endDay ?? asOf) - 1);
  if (transferred) events.push({ day: periodDay(), change: { unit: unit.name, reason: 'transferred' } });
  if (promoted) events.push({ day: periodDay(), change: { rank, reason: 'promoted' } });
  if (!leaver && !joiner) {
    if (random.chance(0.015 * periodYears)) {
      const leaveDay = random.int(Math.max(start, asOf - 300), asOf - 10);
      events.push({ day: leaveDay, change: { status: 'on_leave', reason: 'leave' } });
      const returnDay = leaveDay + random.int(60, 250);
      if (returnDay <= asOf) events.push({ day: returnDay, change: { status: 'active', reason: 'returned' } });
    } else if (random.chance(0.003 * periodYears)) {
      events.push({ day: random.int(start, asOf - 5), change: { status: 'suspended', reason: 'suspended' } });
    }
  }
  if (endDay !== undefined) events.push({ day: endDay, change: { status: 'left', reason: 'left' } });
  events.sort((left, right) => left.day - right.day);
  for (const event of events) {
    const last = postings[postings.length - 1];
    const day = Math.max(event.day, last.day + 1);
    postings.push({ ...last, ...event.change, day, ...(event.change.unit ? { unitType: type } : {}) });
  }
  return { startDay, endDay, dateOfBirth, postings };
}

/** Builds every person of the force, in index order. */
export function buildWorkforce(options: ResolvedOptions): Person[] {
  const { slots, unitsByType } = unitSlots(options);
  const profiled = options.profile.name !== 'clean';
  const issuer = new IdentifierIssuer(options.seed, options.profile.identifierScheme, options.people);
  const people: Person[] = [];
  for (let index = 0; index < options.people; index++) {
    const unit = slots[index];
    const category = unit.type.category;
    const career = drawCareer(options, index, unit, unitsByType);
    const demographics = drawDemographics(options.demographicsSeed, index, category);
    const nameRandom = new Random(options.demographicsSeed, streams.names, index);
    let givenName = drawGivenName(nameRandom, demographics.sex, demographics.givenOrigin);
    let birthFamilyName = drawBirthFamilyName(nameRandom, demographics.familyOrigin);
    // Profiles only, from their own streams, so that a clean force draws exactly what it always drew.
    let nameVariants: NameVariants | undefined;
    let lookalike: Person['lookalike'];
    if (profiled) {
      const conventions = nameConventions(givenName, birthFamilyName, demographics.sex, new Random(options.demographicsSeed, streams.conventions, index));
      birthFamilyName = conventions.familyName;
      nameVariants = conventions.variants;
      const planted = plantLookalike(
        options,
        index,
        { givenName, birthFamilyName, dateOfBirth: career.dateOfBirth, startDay: career.startDay, sex: demographics.sex, nameVariants },
        people,
      );
      if (planted) {
        ({ givenName, birthFamilyName, nameVariants } = planted);
        career.dateOfBirth = planted.dateOfBirth;
        lookalike = planted.lookalike;
      }
    }

    // Marriage: usually women taking a spouse's name, sometimes double-barrelling it.
    let marriedName: string | undefined;
    let marriageDay = 0;
    if (nameRandom.chance(demographics.sex === 'female' ? 0.38 : 0.02)) {
      marriageDay = career.dateOfBirth + Math.floor(nameRandom.int(23, 45) * 365.25) + nameRandom.int(0, 364);
      const spouseName = drawFamilyName(nameRandom, nameRandom.chance(0.6) ? 'british' : demographics.familyOrigin);
      marriedName = nameRandom.chance(0.12) ? `${birthFamilyName}-${spouseName}` : spouseName;
      if (marriageDay >= options.asOf || marriedName === birthFamilyName) marriedName = undefined;
    }
    const keepsUsername = nameRandom.chance(0.4);

    const staffNumber = issuer.staffNumber();
    const warrantNumber = category === 'staff' ? undefined : issuer.warrantNumber();
    const payrollNumber = issuer.payrollNumber();
    const niNumber = issuer.niNumber();
    const names: NameSpell[] = [];
    const joiningName = marriedName && marriageDay <= career.startDay ? marriedName : birthFamilyName;
    names.push({
      day: career.startDay,
      familyName: joiningName,
      username: issuer.username(givenName, joiningName),
      email: issuer.email(givenName, joiningName),
    });
    if (marriedName && marriageDay > career.startDay && (career.endDay === undefined || marriageDay < career.endDay)) {
      const previous = names[0];
      names.push({
        day: marriageDay,
        familyName: marriedName,
        username: keepsUsername ? previous.username : issuer.username(givenName, marriedName),
        email: issuer.email(givenName, marriedName),
      });
    }

    const addressRandom = new Random(options.seed, streams.addresses, index);
    const addresses: AddressSpell[] = [{ day: career.startDay, postcode: drawPostcode(addressRandom) }];
    const lastDay = career.endDay ?? options.asOf;
    if (addressRandom.chance(0.3) && lastDay - career.startDay > 60) {
      const moveDay = addressRandom.int(Math.max(career.startDay + 30, options.asOf - 4 * year), lastDay - 7);
      addresses.push({ day: moveDay, postcode: drawPostcode(addressRandom) });
    }

    people.push({
      index,
      personId: `P${String(index + 1).padStart(6, '0')}`,
      category,
      givenName,
      birthFamilyName,
      dateOfBirth: career.dateOfBirth,
      sex: demographics.sex,
      ethnicity: demographics.ethnicity,
      staffNumber,
      ...(warrantNumber ? { warrantNumber } : {}),
      payrollNumber,
      niNumber,
      names,
      addresses,
      startDay: career.startDay,
      endDay: career.endDay,
      postings: career.postings,
      ...(nameVariants ? { nameVariants } : {}),
      ...(lookalike ? { lookalike } : {}),
    });
  }
  return profiled ? applyLifeEvents(options, people, issuer) : people;
}
