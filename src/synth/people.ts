/**
 * A synthetic person: the true identity every source's record is a noisy view of, and the ground
 * truth that accuracy is scored against. Internally dates are day numbers; `toSyntheticPerson`
 * gives the published form (ISO dates) written to people.ndjson.
 */
import type { VettingLevel } from '../contract/index.js';
import { isoDate } from './dates.js';
import type { EthnicGroup, Sex } from './demographics.js';
import type { EmployeeCategory, UnitType, WorkPattern } from './organisation.js';
import type { NameVariants } from './name-variants.js';

export type EmploymentStatus = 'active' | 'suspended' | 'on_leave' | 'left';

/** One HR event: the posting, rank and status from `day` until the next one. */
export interface Posting {
  readonly day: number;
  readonly unitType: UnitType;
  readonly unit: string;
  readonly rank?: string;
  readonly status: EmploymentStatus;
  /** Why HR wrote the record: joined, posted, promoted, transferred, leave, returned, suspended, left, name change. */
  readonly reason: string;
}

/** Names and the accounts made from them, from `day` on; a marriage can change all three. */
export interface NameSpell {
  readonly day: number;
  readonly familyName: string;
  readonly username: string;
  readonly email: string;
}

/**
 * Numbers the person held before `until` (the day they rejoined, or became an officer). NI number,
 * name and date of birth carry over; staff, payroll and (for a rejoining officer) warrant numbers do not.
 */
export interface FormerNumbers {
  readonly until: number;
  readonly reason: 'rejoined' | 'became an officer';
  readonly staffNumber: string;
  readonly payrollNumber: string;
  /** Absent when the person held no warrant then (police staff who became an officer). */
  readonly warrantNumber?: string;
}

/** A planted hard non-match: this person looks like `personIndex` but is someone else. */
export interface Lookalike {
  readonly personIndex: number;
  readonly kind: 'twin' | 'parent-namesake' | 'namesake' | 'reissued-collar-number';
}

export interface AddressSpell {
  readonly day: number;
  readonly postcode: string;
}

export interface Person {
  readonly index: number;
  readonly personId: string;
  readonly category: EmployeeCategory;
  readonly givenName: string;
  /** Family name at birth; differs from every spell's name when the person changed it before joining. */
  readonly birthFamilyName: string;
  readonly dateOfBirth: number;
  readonly sex: Sex;
  readonly ethnicity: EthnicGroup;
  readonly staffNumber: string;
  readonly warrantNumber?: string;
  readonly payrollNumber: string;
  readonly niNumber: string;
  /** Chronological; the first applies from joining. */
  readonly names: NameSpell[];
  /** Chronological; the first applies from joining. */
  readonly addresses: AddressSpell[];
  readonly startDay: number;
  endDay?: number;
  /** Chronological HR events; planting may add a status change. */
  readonly postings: Posting[];
  /** Profiles only: numbers held before rejoining or becoming an officer. */
  readonly formerNumbers?: FormerNumbers;
  /** Profiles only: other renderings of the person's name. */
  readonly nameVariants?: NameVariants;
  /** Profiles only: the colleague this person was planted to resemble. */
  readonly lookalike?: Lookalike;
}

/** The numbers a person's records carry on `day`: the former ones before they rejoined or became an officer. */
export function numbersOn(person: Person, day: number): { staffNumber: string; payrollNumber: string; warrantNumber?: string } {
  return person.formerNumbers && day < person.formerNumbers.until ? person.formerNumbers : person;
}

/** The latest entry of a chronological list whose `day` is on or before `day` (the first one otherwise). */
export function spellAt<Spell extends { day: number }>(spells: readonly Spell[], day: number): Spell {
  let current = spells[0];
  for (const spell of spells) {
    if (spell.day > day) break;
    current = spell;
  }
  return current;
}

/** Family names the person has had, current last, birth name first. */
export function familyNamesOf(person: Person): string[] {
  return [...new Set([person.birthFamilyName, ...person.names.map((spell) => spell.familyName)])];
}

export function currentPosting(person: Person, day: number): Posting {
  return spellAt(person.postings, day);
}

/** Whether the person is employed (joined, not yet left) on `day`. */
export function employedOn(person: Person, day: number): boolean {
  return day >= person.startDay && (person.endDay === undefined || day <= person.endDay);
}

/** The published form of a synthetic person (people.ndjson). */
export interface SyntheticPerson {
  personId: string;
  category: EmployeeCategory;
  givenName: string;
  familyName: string;
  birthFamilyName: string;
  dateOfBirth: string;
  sex: Sex;
  ethnicity: EthnicGroup;
  staffNumber: string;
  warrantNumber?: string;
  payrollNumber: string;
  niNumber: string;
  names: { from: string; familyName: string; username: string; email: string }[];
  addresses: { from: string; postcode: string }[];
  startDate: string;
  endDate?: string;
  role: string;
  rank?: string;
  unit: string;
  workPattern: WorkPattern;
  vettingLevelRequired: VettingLevel;
  status: EmploymentStatus;
  employment: { date: string; reason: string; role: string; rank?: string; unit: string; status: EmploymentStatus }[];
  /** Profiles only: numbers held until a date (rejoiners, staff who became officers). */
  formerNumbers?: { until: string; reason: string; staffNumber: string; payrollNumber: string; warrantNumber?: string };
  /** Profiles only: a planted hard non-match, and whom it resembles. */
  lookalike?: { personId: string; kind: Lookalike['kind'] };
}

/** `personIdOf` names the colleague a look-alike resembles. */
export function toSyntheticPerson(person: Person, asOf: number, personIdOf: (index: number) => string): SyntheticPerson {
  const current = currentPosting(person, asOf);
  const name = spellAt(person.names, asOf);
  return {
    personId: person.personId,
    category: person.category,
    givenName: person.givenName,
    familyName: name.familyName,
    birthFamilyName: person.birthFamilyName,
    dateOfBirth: isoDate(person.dateOfBirth),
    sex: person.sex,
    ethnicity: person.ethnicity,
    staffNumber: person.staffNumber,
    ...(person.warrantNumber ? { warrantNumber: person.warrantNumber } : {}),
    payrollNumber: person.payrollNumber,
    niNumber: person.niNumber,
    names: person.names.map((spell) => ({ from: isoDate(spell.day), familyName: spell.familyName, username: spell.username, email: spell.email })),
    addresses: person.addresses.map((spell) => ({ from: isoDate(spell.day), postcode: spell.postcode })),
    startDate: isoDate(person.startDay),
    ...(person.endDay !== undefined ? { endDate: isoDate(person.endDay) } : {}),
    role: current.unitType.role,
    ...(current.rank ? { rank: current.rank } : {}),
    unit: current.unit,
    workPattern: current.unitType.workPattern,
    vettingLevelRequired: current.unitType.vetting,
    status: current.status,
    employment: person.postings.map((posting) => ({
      date: isoDate(posting.day),
      reason: posting.reason,
      role: posting.unitType.role,
      ...(posting.rank ? { rank: posting.rank } : {}),
      unit: posting.unit,
      status: posting.status,
    })),
    ...(person.formerNumbers ? { formerNumbers: { ...person.formerNumbers, until: isoDate(person.formerNumbers.until) } } : {}),
    ...(person.lookalike ? { lookalike: { personId: personIdOf(person.lookalike.personIndex), kind: person.lookalike.kind } } : {}),
  };
}
