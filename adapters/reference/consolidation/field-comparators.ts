/**
 * Field comparators: how two normalised values of one identity field compare, as one of the
 * contract's comparison levels. Each level names a kind of agreement a real source produces —
 * a slip of the keyboard, a nickname, a swapped day and month — so that the model can learn how
 * often each happens between records of one person and between records of two people.
 */
import { comparisonLevels } from '../../../src/contract/index.js';
import { jaroWinkler } from './jaro-winkler.js';
import { areNicknames, areSpellingVariants } from './nicknames.js';
import type { NormalisedName } from './normalise.js';

export type ComparisonLevel = (typeof comparisonLevels)[number];

/** Levels as small integers (their index in the contract's list), for packing and counting. */
export const Level = {
  exact: 0,
  close: 1,
  similar: 2,
  nickname: 3,
  transposed: 4,
  different: 5,
  missing: 6,
} as const satisfies Record<ComparisonLevel, number>;
export type LevelCode = (typeof Level)[ComparisonLevel];

/** Jaro-Winkler bands for names: ≥ 0.92 is a typing slip ("Jonson"/"Johnson"), ≥ 0.80 a looser likeness. */
export const closeNameSimilarity = 0.92;
export const similarNameSimilarity = 0.8;

/** Whether every word of the shorter name is a word of the longer ("Smith" in "Smith-Jones"). */
function wordsContained(left: NormalisedName, right: NormalisedName): boolean {
  const [shorter, longer] = left.words.length <= right.words.length ? [left, right] : [right, left];
  if (shorter.words.length === longer.words.length) return false;
  return shorter.words.every((word) => longer.words.includes(word));
}

/**
 * One slip of the keyboard apart: a letter wrong, missing, extra, or swapped with its neighbour —
 * but not the first letter, which typists rarely get wrong and which tells Cox from Fox.
 */
function isSlip(left: string, right: string): boolean {
  return left[0] === right[0] && (isOneEditApart(left, right) || isAdjacentTransposition(left, right));
}

/** Initials only ("J", "J R"): a letter per word, which many people share. */
export function isInitials(name: NormalisedName): boolean {
  return name.words.every((word) => word.length === 1);
}

// Sikh names: every man is Singh and every woman Kaur, recorded by some systems as the family name
// and by others beside or instead of the clan name (Sandhu, Gill). Neither alone tells people apart.
const sikhNames = new Set(['singh', 'kaur']);
const onlySikhNames = (name: NormalisedName): boolean => name.words.every((word) => sikhNames.has(word));

/**
 * Family names: `exact`; `close` for a slip (one letter wrong, missing, extra or swapped, or
 * Jaro-Winkler ≥ 0.92), one part of a double-barrelled or compound name, or a transliteration
 * (Hussain/Hussein); `similar` for a weaker likeness (≥ 0.80) or Singh/Kaur on one side where the
 * other has a clan name; otherwise `different` (a maiden name, another person).
 */
export function compareFamilyNames(left: NormalisedName, right: NormalisedName): LevelCode {
  if (left.joined === right.joined) return Level.exact;
  if (wordsContained(left, right) || isSlip(left.joined, right.joined) || areSpellingVariants(left.joined, right.joined)) return Level.close;
  if (onlySikhNames(left) !== onlySikhNames(right)) return Level.similar;
  const similarity = jaroWinkler(left.joined, right.joined);
  if (similarity >= closeNameSimilarity) return Level.close;
  return similarity >= similarNameSimilarity ? Level.similar : Level.different;
}

/**
 * Given names: as family names, plus `nickname` for known equivalents of the first name (Bob/Robert,
 * and spelling variants: Mohammed/Muhammad, Paweł/Paul), a dropped middle name counting as `close`.
 * Initials are weak evidence whichever way they agree: "J" against "John", or even against "J", is
 * `similar` at best — many people share an initial, so it must never earn an exact name's weight.
 */
export function compareGivenNames(left: NormalisedName, right: NormalisedName): LevelCode {
  if (isInitials(left) || isInitials(right)) return left.joined[0] === right.joined[0] ? Level.similar : Level.different;
  if (left.joined === right.joined) return Level.exact;
  if (areNicknames(left.words[0], right.words[0])) return Level.nickname;
  if (wordsContained(left, right) || (left.words[0] === right.words[0] && left.words[0].length > 1) || isSlip(left.joined, right.joined)) return Level.close;
  const similarity = jaroWinkler(left.joined, right.joined);
  if (similarity >= closeNameSimilarity) return Level.close;
  if (similarity >= similarNameSimilarity) return Level.similar;
  return Level.different;
}

const agreeing = (level: LevelCode): boolean => level === Level.exact || level === Level.close || level === Level.nickname;

/**
 * Both names at once, so that given and family names entered the wrong way round ("Okafor Robert",
 * or "Okafor Bob") are recognised: when the straight comparison finds no agreement but the crossed one agrees on both,
 * both fields are `transposed`. Returns [given level, family level].
 */
export function compareNames(
  leftGiven: NormalisedName | null,
  leftFamily: NormalisedName | null,
  rightGiven: NormalisedName | null,
  rightFamily: NormalisedName | null,
): [LevelCode, LevelCode] {
  const given = leftGiven && rightGiven ? compareGivenNames(leftGiven, rightGiven) : Level.missing;
  const family = leftFamily && rightFamily ? compareFamilyNames(leftFamily, rightFamily) : Level.missing;
  if (agreeing(given) || agreeing(family) || !leftGiven || !leftFamily || !rightGiven || !rightFamily) return [given, family];
  // Crossed, each pair holds a given name on one side: the given-name comparator (nicknames
  // included: "Taylor RON" for Ronald Taylor) grades it, as it grades family names too.
  if (agreeing(compareGivenNames(leftGiven, rightFamily)) && agreeing(compareGivenNames(leftFamily, rightGiven))) {
    return [Level.transposed, Level.transposed];
  }
  return [given, family];
}

/** The Jaro-Winkler similarity shown in explanations of name comparisons. */
export function nameSimilarity(left: NormalisedName, right: NormalisedName): number {
  return jaroWinkler(left.joined, right.joined);
}

/** Same length and equal but for one pair of neighbouring characters swapped ("1243" / "1234"). */
export function isAdjacentTransposition(left: string, right: string): boolean {
  // Character codes rather than slices: this runs on millions of pairs, and allocates nothing.
  const length = left.length;
  if (length !== right.length) return false;
  let first = 0;
  while (first < length && left.charCodeAt(first) === right.charCodeAt(first)) first++;
  if (first >= length - 1) return false;
  if (left.charCodeAt(first) !== right.charCodeAt(first + 1) || left.charCodeAt(first + 1) !== right.charCodeAt(first)) return false;
  for (let index = first + 2; index < length; index++) if (left.charCodeAt(index) !== right.charCodeAt(index)) return false;
  return true;
}

/** One substitution, insertion or deletion apart (Levenshtein distance exactly 1). */
export function isOneEditApart(left: string, right: string): boolean {
  const lengthGap = left.length - right.length;
  if (lengthGap > 1 || lengthGap < -1) return false;
  const longer = lengthGap >= 0 ? left : right;
  const shorter = lengthGap >= 0 ? right : left;
  let index = 0;
  while (index < shorter.length && longer.charCodeAt(index) === shorter.charCodeAt(index)) index++;
  if (index === longer.length) return false;
  // The rest must agree once the edit at `index` is stepped over (in the longer string only, for an insertion).
  const skip = longer.length === shorter.length ? 1 : 0;
  const offset = 1 - skip;
  for (let rest = index + 1; rest < longer.length; rest++) if (longer.charCodeAt(rest) !== shorter.charCodeAt(rest - offset)) return false;
  return true;
}

/**
 * Identifiers typed by hand (warrant, staff, payroll, NI numbers): `exact`, `transposed` (two
 * neighbouring characters swapped), `close` (one character wrong, missing or extra), else `different`.
 */
export function compareIdentifiers(left: string, right: string): LevelCode {
  // `isAdjacentTransposition`, then `isOneEditApart`, sharing one scan of the common prefix: this
  // grades four numbers of every candidate pair.
  if (left === right) return Level.exact;
  const leftLength = left.length;
  const rightLength = right.length;
  if (leftLength - rightLength > 1 || rightLength - leftLength > 1) return Level.different;
  const shorterLength = leftLength < rightLength ? leftLength : rightLength;
  let first = 0;
  while (first < shorterLength && left.charCodeAt(first) === right.charCodeAt(first)) first++;
  if (leftLength === rightLength) {
    // They differ, so first < length. A swap of neighbours at `first`, or one character wrong there.
    if (
      first < leftLength - 1 &&
      left.charCodeAt(first) === right.charCodeAt(first + 1) &&
      left.charCodeAt(first + 1) === right.charCodeAt(first) &&
      sameFrom(left, right, first + 2, 0)
    ) {
      return Level.transposed;
    }
    return sameFrom(left, right, first + 1, 0) ? Level.close : Level.different;
  }
  // One character extra in the longer one, at `first` (or at its end).
  return leftLength > rightLength
    ? sameFrom(left, right, first + 1, 1)
      ? Level.close
      : Level.different
    : sameFrom(right, left, first + 1, 1)
      ? Level.close
      : Level.different;
}

/** Whether `longer` from `index` on equals `other` from `index - offset` on, to the end of `longer`. */
function sameFrom(longer: string, other: string, index: number, offset: number): boolean {
  for (let position = index; position < longer.length; position++) if (longer.charCodeAt(position) !== other.charCodeAt(position - offset)) return false;
  return true;
}

/**
 * Dates of birth as eight digits YYYYMMDD: `exact`; `transposed` for day and month swapped (the
 * US-style slip) or two neighbouring digits swapped; `close` for one digit wrong; else `different`.
 */
export function compareDates(left: string, right: string): LevelCode {
  if (left === right) return Level.exact;
  // Character codes, not slices: four fields of every candidate pair are graded here and beside.
  const sameYear =
    left.charCodeAt(0) === right.charCodeAt(0) &&
    left.charCodeAt(1) === right.charCodeAt(1) &&
    left.charCodeAt(2) === right.charCodeAt(2) &&
    left.charCodeAt(3) === right.charCodeAt(3);
  if (
    sameYear &&
    left.charCodeAt(4) === right.charCodeAt(6) &&
    left.charCodeAt(5) === right.charCodeAt(7) &&
    left.charCodeAt(6) === right.charCodeAt(4) &&
    left.charCodeAt(7) === right.charCodeAt(5)
  ) {
    return Level.transposed;
  }
  if (isAdjacentTransposition(left, right)) return Level.transposed;
  let differences = 0;
  for (let index = 0; index < 8 && differences < 2; index++) if (left.charCodeAt(index) !== right.charCodeAt(index)) differences++;
  return differences === 1 ? Level.close : Level.different;
}

/** Postcodes: `exact`, `close` for the same outward code (district: a move round the corner), else `different`. */
export function comparePostcodes(left: string, right: string): LevelCode {
  if (left === right) return Level.exact;
  // The outward codes compared in place (`outwardCode` without its two slices).
  const outward = left.length > 4 ? left.length - 3 : left.length;
  if (outward !== (right.length > 4 ? right.length - 3 : right.length)) return Level.different;
  for (let index = 0; index < outward; index++) if (left.charCodeAt(index) !== right.charCodeAt(index)) return Level.different;
  return Level.close;
}

/** Usernames and emails are issued by systems, not typed: equal or `different`. */
export function compareLogins(left: string, right: string): LevelCode {
  return left === right ? Level.exact : Level.different;
}
