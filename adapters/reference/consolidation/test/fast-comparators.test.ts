/**
 * The comparators were made faster (no slices, no per-call clearing, name levels cached per value
 * pair); every level must be exactly what the plain definitions give. These tests hold the plain
 * definitions and check agreement on many generated near-misses, where the fast paths branch.
 */
import { describe, expect, it } from 'vitest';
import {
  Level,
  compareDates,
  compareFamilyNames,
  compareGivenNames,
  compareIdentifiers,
  compareLogins,
  compareNames,
  comparePostcodes,
  type LevelCode,
} from '../field-comparators.js';
import { ProfileComparer, levelAt } from '../comparison-vector.js';
import { jaro } from '../jaro-winkler.js';
import { outwardCode, type NormalisedName } from '../normalise.js';
import { PairLevelMemo } from '../pair-level-memo.js';
import { buildProfiles, comparedFields, dateIndex, familyIndex, fieldCount, givenIndex, postcodeIndex, type ProfileSet } from '../profiles.js';
import { fixtureForce, seededRandom } from './fixture-force.js';

/** Jaro as usually written: two flag arrays allocated per call. */
function plainJaro(left: string, right: string): number {
  if (left === right) return 1;
  if (left.length === 0 || right.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(left.length, right.length) / 2) - 1);
  const leftMatched = new Array<boolean>(left.length).fill(false);
  const rightMatched = new Array<boolean>(right.length).fill(false);
  let matches = 0;
  for (let index = 0; index < left.length; index++) {
    for (let other = Math.max(0, index - window); other <= Math.min(right.length - 1, index + window); other++) {
      if (!rightMatched[other] && right[other] === left[index]) {
        leftMatched[index] = rightMatched[other] = true;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  const leftOrder = [...left].filter((_, index) => leftMatched[index]);
  const rightOrder = [...right].filter((_, index) => rightMatched[index]);
  const halfTranspositions = leftOrder.filter((character, index) => character !== rightOrder[index]).length;
  return (matches / left.length + matches / right.length + (matches - halfTranspositions / 2) / matches) / 3;
}

function plainIsAdjacentTransposition(left: string, right: string): boolean {
  if (left.length !== right.length) return false;
  let first = 0;
  while (first < left.length && left[first] === right[first]) first++;
  if (first >= left.length - 1) return false;
  if (left[first] !== right[first + 1] || left[first + 1] !== right[first]) return false;
  return left.slice(first + 2) === right.slice(first + 2);
}

function plainIsOneEditApart(left: string, right: string): boolean {
  const gap = left.length - right.length;
  if (Math.abs(gap) > 1) return false;
  const [longer, shorter] = gap >= 0 ? [left, right] : [right, left];
  let index = 0;
  while (index < shorter.length && longer[index] === shorter[index]) index++;
  if (index === longer.length) return false;
  return longer.slice(index + 1) === shorter.slice(index + (longer.length === shorter.length ? 1 : 0));
}

function plainIdentifiers(left: string, right: string): LevelCode {
  if (left === right) return Level.exact;
  if (plainIsAdjacentTransposition(left, right)) return Level.transposed;
  return plainIsOneEditApart(left, right) ? Level.close : Level.different;
}

function plainDates(left: string, right: string): LevelCode {
  if (left === right) return Level.exact;
  if (left.slice(0, 4) === right.slice(0, 4) && left.slice(4, 6) === right.slice(6, 8) && left.slice(6, 8) === right.slice(4, 6)) return Level.transposed;
  if (plainIsAdjacentTransposition(left, right)) return Level.transposed;
  let differences = 0;
  for (let index = 0; index < 8; index++) if (left[index] !== right[index]) differences++;
  return differences === 1 ? Level.close : Level.different;
}

const plainPostcodes = (left: string, right: string): LevelCode =>
  left === right ? Level.exact : outwardCode(left) === outwardCode(right) ? Level.close : Level.different;

/** Strings over a small alphabet, and slips of them: the cases where the comparators branch. */
function nearMisses(alphabet: string, count: number, seed: number, longest: number, shortest = 1): [string, string][] {
  const random = seededRandom(seed);
  const pick = () => alphabet[Math.floor(random() * alphabet.length)];
  const length = () => shortest + Math.floor(random() * (longest - shortest + 1));
  const word = (size: number) => Array.from({ length: size }, pick).join('');
  const slip = (value: string): string => {
    const at = Math.floor(random() * (value.length + 1));
    switch (Math.floor(random() * 5)) {
      case 0:
        return value.slice(0, at) + pick() + value.slice(at + 1);
      case 1:
        return value.slice(0, at) + value.slice(at + 1);
      case 2:
        return value.slice(0, at) + pick() + value.slice(at);
      case 3:
        return value.slice(0, at) + value.slice(at + 1, at + 2) + value.slice(at, at + 1) + value.slice(at + 2);
      default:
        return word(length());
    }
  };
  return Array.from({ length: count }, () => {
    const left = word(length());
    return [left, random() < 0.3 ? slip(slip(left)) : slip(left)];
  });
}

describe('fast comparators agree exactly with the plain definitions', () => {
  it('Jaro, on names and their slips', () => {
    for (const [left, right] of nearMisses('aeinorst', 20_000, 7, 12)) {
      expect(jaro(left, right)).toBe(plainJaro(left, right));
      expect(jaro(right, left)).toBe(plainJaro(right, left));
    }
  });

  it('identifiers, dates and postcodes', () => {
    for (const [left, right] of nearMisses('0123', 20_000, 11, 8)) {
      expect(compareIdentifiers(left, right)).toBe(plainIdentifiers(left, right));
    }
    for (const [left, right] of nearMisses('0129', 20_000, 13, 8, 8)) {
      if (left.length === 8 && right.length === 8) expect(compareDates(left, right)).toBe(plainDates(left, right));
    }
    for (const [left, right] of nearMisses('AB1', 20_000, 17, 7, 2)) {
      expect(comparePostcodes(left, right)).toBe(plainPostcodes(left, right));
    }
  });
});

/** The vector of two profiles from the comparators alone, nothing cached. */
function plainVector(profiles: ProfileSet, left: number, right: number): number {
  const value = (profile: number, field: number) => {
    const id = profiles.valueIds[profile * fieldCount + field];
    return id < 0 ? null : profiles.fieldValues[field][id];
  };
  let vector = 0;
  comparedFields.forEach((name, field) => {
    if (field === givenIndex || field === familyIndex) return;
    const [a, b] = [value(left, field), value(right, field)] as [string | null, string | null];
    let level: LevelCode = Level.missing;
    if (a !== null && b !== null) {
      const comparator =
        field === dateIndex
          ? plainDates
          : field === postcodeIndex
            ? plainPostcodes
            : name === 'username' || name === 'email'
              ? compareLogins
              : plainIdentifiers;
      level = comparator(a, b);
    }
    vector |= level << (field * 3);
  });
  const names = [value(left, givenIndex), value(left, familyIndex), value(right, givenIndex), value(right, familyIndex)] as (NormalisedName | null)[];
  const [given, family] = compareNames(names[0], names[1], names[2], names[3]);
  return vector | (given << (givenIndex * 3)) | (family << (familyIndex * 3));
}

describe('ProfileComparer', () => {
  it('gives every pair of a force exactly the vector the comparators give, cached or not', () => {
    const profiles = buildProfiles(fixtureForce(60, 5).nodes);
    const comparer = new ProfileComparer(profiles);
    // Twice over, so that the second pass is answered from the caches.
    const mismatches: string[] = [];
    for (let round = 0; round < 2; round++) {
      for (let left = 0; left < profiles.profileCount; left++) {
        for (let right = 0; right < profiles.profileCount; right++) {
          if (comparer.compare(left, right) !== plainVector(profiles, left, right)) mismatches.push(`${left}-${right}`);
        }
      }
    }
    expect(profiles.profileCount).toBeGreaterThan(100);
    expect(mismatches).toEqual([]);
  });

  it('grades a given name of initials as similar even against itself', () => {
    const profiles = buildProfiles([{ nodeId: 1, sourceId: 's', sourceKind: 'complaints', identity: { givenName: 'J', familyName: 'Smith' } }]);
    const vector = new ProfileComparer(profiles).self(0);
    expect(levelAt(vector, givenIndex)).toBe(Level.similar);
    expect(levelAt(vector, familyIndex)).toBe(Level.exact);
  });
});

describe('PairLevelMemo', () => {
  it('grades each ordered pair once, and answers as the comparator does', () => {
    let calls = 0;
    const names = ['robert', 'bob', 'roberta'].map((joined) => ({ words: [joined], joined }));
    const memo = new PairLevelMemo(3, 3, (left, right) => {
      calls++;
      return compareGivenNames(names[left], names[right]);
    });
    for (let round = 0; round < 3; round++) {
      for (let left = 0; left < 3; left++)
        for (let right = 0; right < 3; right++) expect(memo.level(left, right)).toBe(compareGivenNames(names[left], names[right]));
    }
    expect(calls).toBe(9);
  });

  it('past the dense table, answers from a bounded cache: a pair evicted from its slot is graded again, never misread', () => {
    let calls = 0;
    const names = ['smith', 'smyth', 'smithe', 'jones', 'jonas'].map((joined) => ({ words: [joined], joined }));
    // Five values a side, a dense limit of 3 cells and a cache of 2 slots: collisions are certain.
    const memo = new PairLevelMemo(5, 5, (left, right) => (calls++, compareFamilyNames(names[left], names[right])), 3, 1);
    for (let round = 0; round < 3; round++) {
      for (let left = 0; left < 5; left++)
        for (let right = 0; right < 5; right++) expect(memo.level(left, right)).toBe(compareFamilyNames(names[left], names[right]));
    }
    expect(calls).toBeGreaterThan(25);
    // One pair asked again and again is graded once.
    calls = 0;
    for (let round = 0; round < 5; round++) memo.level(1, 2);
    expect(calls).toBeLessThanOrEqual(1);
  });
});
