/**
 * Hard non-matches: colleagues who look like one person and are two. A twin shares a family name
 * and a date of birth; a son who shares his father's given and family name differs only in his date
 * of birth; a same-name-same-birthday namesake differs in nothing a name-and-date matcher reads.
 * Only their numbers (and their records' history) tell them apart, so an engine that merges on name
 * and date of birth merges two people: the error a precision-first matcher must not make.
 *
 * The resemblance is planted as each person is built, against someone already built, from the
 * look-alike stream (profiles only). Only names and the date of birth change: nothing planting reads.
 */
import type { Sex } from './demographics.js';
import type { NameVariants } from './name-variants.js';
import type { ResolvedOptions } from './options.js';
import type { Lookalike, Person } from './people.js';
import { Random, streams } from './random.js';

const year = 365.25;
/** Youngest age at joining: a planted date of birth must not make anyone join younger. */
const youngestJoiner = 18 * year;

interface Drawn {
  readonly givenName: string;
  readonly birthFamilyName: string;
  readonly dateOfBirth: number;
  readonly startDay: number;
  readonly sex: Sex;
  readonly nameVariants?: NameVariants;
}

export interface PlantedLookalike {
  readonly givenName: string;
  readonly birthFamilyName: string;
  readonly dateOfBirth: number;
  readonly nameVariants?: NameVariants;
  readonly lookalike: Lookalike;
}

/** Up to 40 tries at a colleague satisfying `fits`; null when none does. */
function partner(random: Random, earlier: readonly Person[], fits: (other: Person) => boolean): Person | null {
  if (earlier.length === 0) return null;
  for (let tries = 0; tries < 40; tries++) {
    const other = earlier[random.int(0, earlier.length - 1)];
    if (!other.lookalike && fits(other)) return other;
  }
  return null;
}

/** Whether this person (index) is planted to resemble an earlier one, and how. */
export function plantLookalike(options: ResolvedOptions, index: number, drawn: Drawn, earlier: readonly Person[]): PlantedLookalike | null {
  const rates = options.profile.people;
  const random = new Random(options.demographicsSeed, streams.lookalikes, index);
  const roll = random.next();
  const canJoin = (dateOfBirth: number) => dateOfBirth <= drawn.startDay - youngestJoiner;
  if (roll < rates.twin) {
    const twin = partner(
      random,
      earlier,
      (other) => Math.abs(other.dateOfBirth - drawn.dateOfBirth) < 6 * year && canJoin(other.dateOfBirth) && other.givenName !== drawn.givenName,
    );
    if (!twin) return null;
    return {
      ...drawn,
      birthFamilyName: twin.birthFamilyName,
      dateOfBirth: twin.dateOfBirth,
      nameVariants: twin.nameVariants ? { ...twin.nameVariants, given: drawn.nameVariants?.given ?? [] } : drawn.nameVariants,
      lookalike: { personIndex: twin.index, kind: 'twin' },
    };
  }
  if (roll < rates.twin + rates.parentNamesake) {
    const parent = partner(random, earlier, (other) => other.sex === drawn.sex && drawn.dateOfBirth - other.dateOfBirth >= 19 * year);
    if (!parent) return null;
    return {
      givenName: parent.givenName,
      birthFamilyName: parent.birthFamilyName,
      dateOfBirth: drawn.dateOfBirth,
      nameVariants: parent.nameVariants,
      lookalike: { personIndex: parent.index, kind: 'parent-namesake' },
    };
  }
  if (roll < rates.twin + rates.parentNamesake + rates.namesake) {
    const namesake = partner(
      random,
      earlier,
      (other) => other.sex === drawn.sex && Math.abs(other.dateOfBirth - drawn.dateOfBirth) < 10 * year && canJoin(other.dateOfBirth),
    );
    if (!namesake) return null;
    return {
      givenName: namesake.givenName,
      birthFamilyName: namesake.birthFamilyName,
      dateOfBirth: namesake.dateOfBirth,
      nameVariants: namesake.nameVariants,
      lookalike: { personIndex: namesake.index, kind: 'namesake' },
    };
  }
  return null;
}
