/**
 * The comparison vector of two profiles: one level per compared field, packed three bits a field
 * into one integer. Packed, a pair costs four bytes to keep, identical vectors are counted in one
 * map entry for the model's estimation, and a vector's weight is looked up rather than recomputed.
 */
import { Level, compareDates, compareIdentifiers, compareLogins, compareNames, comparePostcodes, isInitials, type LevelCode } from './field-comparators.js';
import { dateIndex, familyIndex, fieldCount, givenIndex, postcodeIndex, type ProfileSet } from './profiles.js';
import type { NormalisedName } from './normalise.js';

const bitsPerField = 3;

/** The level of one field in a packed vector. */
export function levelAt(vector: number, field: number): LevelCode {
  return ((vector >>> (field * bitsPerField)) & 7) as LevelCode;
}

// String comparators by field index; names are compared together (see below).
const textComparators: ((left: string, right: string) => LevelCode)[] = [
  compareIdentifiers, // staffNumber
  compareIdentifiers, // warrantNumber
  compareIdentifiers, // payrollNumber
  compareIdentifiers, // niNumber
  compareLogins, // username
  compareLogins, // email
];

/** Compares two profiles field by field. */
export function compareProfiles(profiles: ProfileSet, left: number, right: number): number {
  const { valueIds, fieldValues } = profiles;
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
    else {
      const values = fieldValues[field] as string[];
      const comparator = field === dateIndex ? compareDates : field === postcodeIndex ? comparePostcodes : textComparators[field];
      level = comparator(values[leftId], values[rightId]);
    }
    vector |= level << (field * bitsPerField);
  }
  const [given, family] = compareNameFields(profiles, left, right);
  return vector | (given << (givenIndex * bitsPerField)) | (family << (familyIndex * bitsPerField));
}

function compareNameFields(profiles: ProfileSet, left: number, right: number): [LevelCode, LevelCode] {
  const { valueIds, fieldValues } = profiles;
  const leftGiven = valueIds[left * fieldCount + givenIndex];
  const rightGiven = valueIds[right * fieldCount + givenIndex];
  const leftFamily = valueIds[left * fieldCount + familyIndex];
  const rightFamily = valueIds[right * fieldCount + familyIndex];
  const given = fieldValues[givenIndex] as NormalisedName[];
  const family = fieldValues[familyIndex] as NormalisedName[];
  // The common case, both names equal, needs no string work at all (initials are never exact).
  if (leftGiven >= 0 && leftGiven === rightGiven && leftFamily >= 0 && leftFamily === rightFamily && !isInitials(given[leftGiven])) {
    return [Level.exact, Level.exact];
  }
  return compareNames(
    leftGiven < 0 ? null : given[leftGiven],
    leftFamily < 0 ? null : family[leftFamily],
    rightGiven < 0 ? null : given[rightGiven],
    rightFamily < 0 ? null : family[rightFamily],
  );
}

/**
 * The vector of a profile against itself: `exact` on every field it holds, `missing` on the rest —
 * except a given name of initials, which is no more than `similar` even to itself.
 */
export function selfVector(profiles: ProfileSet, profile: number): number {
  let vector = 0;
  for (let field = 0; field < fieldCount; field++) {
    if (field === givenIndex || field === familyIndex) continue;
    const level = profiles.valueIds[profile * fieldCount + field] < 0 ? Level.missing : Level.exact;
    vector |= level << (field * bitsPerField);
  }
  const [given, family] = compareNameFields(profiles, profile, profile);
  return vector | (given << (givenIndex * bitsPerField)) | (family << (familyIndex * bitsPerField));
}
