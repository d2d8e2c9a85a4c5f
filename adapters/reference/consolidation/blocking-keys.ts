/**
 * The blocking keys of a profile. Two records of one person are compared when any key agrees, so
 * the keys are chosen to cover each other's blind spots:
 *
 * | kind | key | catches |
 * |---|---|---|
 * | `id` | each strong identifier, per field | every exact shared identifier (the deterministic links) |
 * | `typo` | a hand-typed number with one character deleted, for each position (given only to one representative holder of each number) | one digit wrong, missing or extra, or two neighbouring digits swapped, in a warrant, staff or payroll number |
 * | `name` | given and family name, in either order | name-only records; names entered the wrong way round |
 * | `nick` | formal given name (Bob → Robert) + family Soundex | nicknames, family-name spelling slips |
 * | `year` | family Soundex + year of birth + initial of the formal given name | slips in the date of birth and in either name at once |
 * | `born` | date of birth (day and month in either order) + the initial of either name (given as written or formal, or family), one key each, of one kind so that they meet across fields | family-name changes (marriage) and bad spellings of either name, with day and month swapped; given and family names swapped with a nickname or a slip ("Taylor RON" for Ronald Taylor) |
 * | `home` | family name + postcode | records with neither date of birth nor identifier |
 *
 * The kind of a key also decides how an oversized block of it is sorted (`blockOrder`).
 */
import { formalNamesOf } from './nicknames.js';
import type { NormalisedName } from './normalise.js';
import { soundex } from './phonetic.js';
import {
  dateIndex,
  familyIndex,
  fieldCount,
  fieldIndex,
  givenIndex,
  nameValueOf,
  postcodeIndex,
  strongFieldIndexes,
  textValueOf,
  type ProfileSet,
} from './profiles.js';

/** Kinds of key, the top bits of a numeric key (see `keyOf`). */
export const BlockKind = { id: 0, typo: 1, name: 2, nick: 3, year: 4, born: 5, home: 7 } as const;
export type BlockKindCode = (typeof BlockKind)[keyof typeof BlockKind];

// Keys are numbers, kind · 2^48 + a · 2^24 + b, where a and b are small interned ids: no key string
// is built per profile, and a number hashes far faster than a string in the index's map.
const kindScale = 2 ** 48;
const partScale = 2 ** 24;
const keyOf = (kind: BlockKindCode, first: number, second: number): number => kind * kindScale + first * partScale + second;

/** The kind of a numeric key. */
export const kindOfKey = (key: number): BlockKindCode => Math.floor(key / kindScale) as BlockKindCode;

// Hand-typed numbers (staff, warrant, payroll), where one digit slips.
const typedNumberFields = [fieldIndex.staffNumber, fieldIndex.warrantNumber, fieldIndex.payrollNumber];

/** Interns strings as small integers. */
class Interner {
  private readonly ids = new Map<string, number>();
  idOf(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(value, id);
    }
    return id;
  }
}

/** Per-value work done once per distinct value (ids are dense), not once per profile holding it. */
function memoised<Result>(compute: (valueId: number) => Result): (valueId: number) => Result {
  const cache: (Result | undefined)[] = [];
  return (valueId) => {
    let result = cache[valueId];
    if (result === undefined) {
      result = compute(valueId);
      cache[valueId] = result;
    }
    return result;
  };
}

/**
 * The typo key of `value` with the character at `position` deleted: a 48-bit hash (two 24-bit
 * FNV-1a halves) of the field and the remaining characters, computed without building the string —
 * there are a million of them in a force. A collision merely compares two more profiles.
 */
function deletionKey(field: number, value: string, position: number): number {
  let first = 0x811c9dc5 ^ field;
  let second = 0x01000193 ^ (field * 0x9e3779b1);
  for (let index = 0; index < value.length; index++) {
    if (index === position) continue;
    const code = value.charCodeAt(index);
    first = Math.imul(first ^ code, 0x01000193);
    second = Math.imul(second ^ code, 0x5bd1e995);
  }
  return keyOf(BlockKind.typo, (first >>> 8) & 0xffffff, (second >>> 8) & 0xffffff);
}

/** Day and month in a fixed order, so a date and its day/month transposition share a key. */
function dateKey(date: string): string {
  const month = date.slice(4, 6);
  const day = date.slice(6, 8);
  return date.slice(0, 4) + (month < day ? month + day : day + month);
}

/**
 * For each value of a number field, the one profile that carries its typo keys: the holder with the
 * most fields (the HR record, usually), first by index on a tie. Every holder of a number is already
 * paired with every other by the exact `id` key, so comparing a mistyped number with one holder of
 * the right number is enough to link it — and comparing it with all of them (HR, duty, training and
 * more, per person) would multiply the typo pairs by the square of that count for no gain.
 */
function representativeHolders(profiles: ProfileSet, field: number): Int32Array {
  const holder = new Int32Array(profiles.fieldValues[field].length).fill(-1);
  const richness = new Int8Array(profiles.fieldValues[field].length);
  for (let profile = 0; profile < profiles.profileCount; profile++) {
    const value = profiles.valueIds[profile * fieldCount + field];
    if (value < 0) continue;
    let present = 0;
    for (let other = 0; other < fieldCount; other++) if (profiles.valueIds[profile * fieldCount + other] >= 0) present++;
    if (holder[value] === -1 || present > richness[value]) {
      holder[value] = profile;
      richness[value] = present;
    }
  }
  return holder;
}

/** Computes the blocking keys of the profiles of one set. */
export class BlockingKeys {
  private readonly names = new Interner();
  private readonly sounds = new Interner();
  private readonly formals = new Interner();
  private readonly dates = new Interner();
  private readonly givenNameId;
  private readonly familyNameId;
  private readonly familySoundId;
  private readonly formalIds;
  private readonly dateKeyId;
  private readonly givenInitials;
  private readonly familyInitial;
  // Both indexed by field index, like the value ids.
  private readonly typoKeys: ((valueId: number) => number[])[] = [];
  private readonly representatives: Int32Array[] = [];

  constructor(private readonly profiles: ProfileSet) {
    const given = profiles.fieldValues[givenIndex] as NormalisedName[];
    const family = profiles.fieldValues[familyIndex] as NormalisedName[];
    const dates = profiles.fieldValues[dateIndex] as string[];
    // Given and family names share one table, so that a swapped pair gets the same name key.
    this.givenNameId = memoised((id) => this.names.idOf(given[id].joined));
    this.familyNameId = memoised((id) => this.names.idOf(family[id].joined));
    this.familySoundId = memoised((id) => this.sounds.idOf(soundex(family[id].joined)));
    this.formalIds = memoised((id) => formalNamesOf(given[id].words[0]).map((formal) => this.formals.idOf(formal)));
    this.dateKeyId = memoised((id) => this.dates.idOf(dateKey(dates[id])));
    // The initial of the name as written and of each formal name it stands for (Bob → R).
    this.givenInitials = memoised((id) => [...new Set([given[id].joined, ...formalNamesOf(given[id].words[0])].map((name) => name.charCodeAt(0)))]);
    this.familyInitial = memoised((id) => family[id].joined.charCodeAt(0));
    for (const field of typedNumberFields) {
      this.representatives[field] = representativeHolders(profiles, field);
      this.typoKeys[field] = memoised((id) => {
        // "Symmetric delete": two numbers one slip apart share the string left after deleting the
        // slipped digit (for a swap, either swapped digit), so one key per position catches every slip.
        const value = (profiles.fieldValues[field] as string[])[id];
        if (value.length < 4) return [];
        return Array.from({ length: value.length }, (_, position) => deletionKey(field, value, position));
      });
    }
  }

  /** Appends every key of `profile` to `keys` (cleared first), each once. */
  keysOf(profile: number, keys: number[]): void {
    keys.length = 0;
    const add = (key: number) => {
      if (!keys.includes(key)) keys.push(key);
    };
    const ids = this.profiles.valueIds;
    const base = profile * fieldCount;
    for (const field of strongFieldIndexes) if (ids[base + field] >= 0) add(keyOf(BlockKind.id, field, ids[base + field]));
    for (const field of typedNumberFields) {
      const value = ids[base + field];
      if (value >= 0 && this.representatives[field][value] === profile) for (const key of this.typoKeys[field](value)) add(key);
    }
    const given = ids[base + givenIndex];
    const family = ids[base + familyIndex];
    const date = ids[base + dateIndex];
    const postcode = ids[base + postcodeIndex];
    const sound = family >= 0 ? this.familySoundId(family) : -1;
    if (given >= 0 && family >= 0) {
      const givenName = this.givenNameId(given);
      const familyName = this.familyNameId(family);
      add(keyOf(BlockKind.name, Math.min(givenName, familyName), Math.max(givenName, familyName)));
      for (const formal of this.formalIds(given)) add(keyOf(BlockKind.nick, formal, sound));
    }
    if (date >= 0) {
      const year = Number((this.profiles.fieldValues[dateIndex] as string[])[date].slice(0, 4));
      const born = this.dateKeyId(date);
      const initials = given >= 0 ? this.givenInitials(given) : [];
      // Years stay below 2^16 and initials below 2^8: both fit in the key's second part.
      if (sound >= 0) for (const initial of initials) add(keyOf(BlockKind.year, sound, year * 256 + initial));
      for (const initial of initials) add(keyOf(BlockKind.born, born, initial));
      if (family >= 0) add(keyOf(BlockKind.born, born, this.familyInitial(family)));
    }
    if (family >= 0 && postcode >= 0) add(keyOf(BlockKind.home, family, postcode));
  }
}

type ProfileOrder = (left: number, right: number) => number;

const compareText = (left: string | null, right: string | null): number =>
  left === right ? 0 : left === null ? 1 : right === null ? -1 : left < right ? -1 : 1;

const nameText = (profiles: ProfileSet, profile: number, field: number): string | null => nameValueOf(profiles, profile, field)?.joined ?? null;

/**
 * How members of an oversized block are sorted, so that the window compares likely matches: blocks
 * of one name are sorted by date of birth (then postcode), all others by name (then date of birth).
 */
export function blockOrder(profiles: ProfileSet, kind: BlockKindCode): ProfileOrder {
  const byDate: ProfileOrder = (left, right) =>
    compareText(textValueOf(profiles, left, dateIndex), textValueOf(profiles, right, dateIndex)) ||
    compareText(textValueOf(profiles, left, postcodeIndex), textValueOf(profiles, right, postcodeIndex));
  const byName: ProfileOrder = (left, right) =>
    compareText(nameText(profiles, left, familyIndex), nameText(profiles, right, familyIndex)) ||
    compareText(nameText(profiles, left, givenIndex), nameText(profiles, right, givenIndex)) ||
    byDate(left, right);
  return kind === BlockKind.name || kind === BlockKind.nick ? byDate : byName;
}
