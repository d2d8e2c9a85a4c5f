/**
 * The comparison vector of two profiles: one level per compared field, packed three bits a field
 * into one integer. Packed, a pair costs four bytes to keep, identical vectors are counted in one
 * map entry for the model's estimation, and a vector's weight is looked up rather than recomputed.
 */
import {
  Level,
  compareDates,
  compareFamilyNames,
  compareGivenNames,
  compareIdentifiers,
  comparePostcodes,
  isInitials,
  type LevelCode,
} from './field-comparators.js';
import { PairLevelMemo } from './pair-level-memo.js';
import { dateIndex, familyIndex, fieldCount, fieldIndex, givenIndex, postcodeIndex, type ProfileSet } from './profiles.js';
import type { NormalisedName } from './normalise.js';

const bitsPerField = 3;

/** The level of one field in a packed vector. */
export function levelAt(vector: number, field: number): LevelCode {
  return ((vector >>> (field * bitsPerField)) & 7) as LevelCode;
}

// Fields whose values are equal or `different`, nothing between (usernames and emails: issued by
// systems, not typed). Values are interned by their normalised text, so two different ids are two
// different values: `compareLogins` would answer `different` without looking.
const isLoginField = (field: number): boolean => field === fieldIndex.username || field === fieldIndex.email;

const agreeing = (level: LevelCode): boolean => level === Level.exact || level === Level.close || level === Level.nickname;

/**
 * Compares the profiles of one set. Name comparisons (the costly part: nicknames, slips and
 * Jaro-Winkler) are cached per ordered pair of name values (`PairLevelMemo`), so that a name pair
 * seen in many candidate pairs is graded once; every level is exactly what `compareNames` and the
 * field comparators give.
 */
export class ProfileComparer {
  private readonly given: readonly NormalisedName[];
  private readonly family: readonly NormalisedName[];
  private readonly givenLevels: PairLevelMemo;
  private readonly familyLevels: PairLevelMemo;
  // Names entered the wrong way round: a given name against a family name, and the reverse, both
  // graded by the given-name comparator (as `compareNames` grades them).
  private readonly givenAgainstFamily: PairLevelMemo;
  private readonly familyAgainstGiven: PairLevelMemo;

  constructor(private readonly profiles: ProfileSet) {
    const given = (this.given = profiles.fieldValues[givenIndex] as NormalisedName[]);
    const family = (this.family = profiles.fieldValues[familyIndex] as NormalisedName[]);
    this.givenLevels = new PairLevelMemo(given.length, given.length, (left, right) => compareGivenNames(given[left], given[right]));
    this.familyLevels = new PairLevelMemo(family.length, family.length, (left, right) => compareFamilyNames(family[left], family[right]));
    this.givenAgainstFamily = new PairLevelMemo(given.length, family.length, (left, right) => compareGivenNames(given[left], family[right]));
    this.familyAgainstGiven = new PairLevelMemo(family.length, given.length, (left, right) => compareGivenNames(family[left], given[right]));
  }

  /** The packed comparison vector of two profiles. */
  compare(left: number, right: number): number {
    const { valueIds, fieldValues } = this.profiles;
    const leftBase = left * fieldCount;
    const rightBase = right * fieldCount;
    let vector = 0;
    for (let field = 0; field < fieldCount; field++) {
      if (field === givenIndex || field === familyIndex) continue;
      const leftId = valueIds[leftBase + field];
      const rightId = valueIds[rightBase + field];
      let level: LevelCode;
      if (leftId < 0 || rightId < 0) level = Level.missing;
      else if (leftId === rightId) level = Level.exact;
      else if (isLoginField(field)) level = Level.different;
      else {
        const values = fieldValues[field] as string[];
        if (field === dateIndex) level = compareDates(values[leftId], values[rightId]);
        else if (field === postcodeIndex) level = comparePostcodes(values[leftId], values[rightId]);
        else level = compareIdentifiers(values[leftId], values[rightId]);
      }
      vector |= level << (field * bitsPerField);
    }
    return vector | this.nameLevels(left, right);
  }

  /**
   * The vector of a profile against itself: `exact` on every field it holds, `missing` on the rest —
   * except a given name of initials, which is no more than `similar` even to itself.
   */
  self(profile: number): number {
    let vector = 0;
    for (let field = 0; field < fieldCount; field++) {
      if (field === givenIndex || field === familyIndex) continue;
      const level = this.profiles.valueIds[profile * fieldCount + field] < 0 ? Level.missing : Level.exact;
      vector |= level << (field * bitsPerField);
    }
    return vector | this.nameLevels(profile, profile);
  }

  /** Both name fields' levels, already shifted into place: `compareNames` on the two profiles' names. */
  private nameLevels(left: number, right: number): number {
    const { valueIds } = this.profiles;
    const leftGiven = valueIds[left * fieldCount + givenIndex];
    const rightGiven = valueIds[right * fieldCount + givenIndex];
    const leftFamily = valueIds[left * fieldCount + familyIndex];
    const rightFamily = valueIds[right * fieldCount + familyIndex];
    let given: LevelCode;
    let family: LevelCode;
    // The common case, both names equal, needs no string work at all (initials are never exact).
    if (leftGiven >= 0 && leftGiven === rightGiven && leftFamily >= 0 && leftFamily === rightFamily && !isInitials(this.given[leftGiven])) {
      given = Level.exact;
      family = Level.exact;
    } else {
      given = leftGiven >= 0 && rightGiven >= 0 ? this.givenLevels.level(leftGiven, rightGiven) : Level.missing;
      family = leftFamily >= 0 && rightFamily >= 0 ? this.familyLevels.level(leftFamily, rightFamily) : Level.missing;
      const anyMissing = leftGiven < 0 || leftFamily < 0 || rightGiven < 0 || rightFamily < 0;
      if (
        !agreeing(given) &&
        !agreeing(family) &&
        !anyMissing &&
        agreeing(this.givenAgainstFamily.level(leftGiven, rightFamily)) &&
        agreeing(this.familyAgainstGiven.level(leftFamily, rightGiven))
      ) {
        given = Level.transposed;
        family = Level.transposed;
      }
    }
    return (given << (givenIndex * bitsPerField)) | (family << (familyIndex * bitsPerField));
  }
}

// One comparer (and so one set of caches) per profile set, for callers that hold only the set.
const comparers = new WeakMap<ProfileSet, ProfileComparer>();

/** The comparer of a profile set, made on first use and kept as long as the set is. */
export function comparerOf(profiles: ProfileSet): ProfileComparer {
  let comparer = comparers.get(profiles);
  if (comparer === undefined) comparers.set(profiles, (comparer = new ProfileComparer(profiles)));
  return comparer;
}

/** Compares two profiles field by field (see `ProfileComparer`; in a loop, take `comparerOf` once). */
export function compareProfiles(profiles: ProfileSet, left: number, right: number): number {
  return comparerOf(profiles).compare(left, right);
}

/** The vector of a profile against itself (see `ProfileComparer.self`). */
export function selfVector(profiles: ProfileSet, profile: number): number {
  return comparerOf(profiles).self(profile);
}
