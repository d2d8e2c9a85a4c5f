/**
 * Clusters whose names cannot be one person's. Links are decided pair by pair, and a record holding
 * no name (a roster line, a door-access log) agrees with everyone it shares a number with: when that
 * number was mistyped somewhere, or reissued, such a record would chain two named people into one
 * cluster without any pair of their own records ever being compared. So a merge of two clusters that
 * both hold names is refused when no name of one agrees in any way with a name of the other: not the
 * given name (exact, nickname, spelling variant, slip, middle name dropped), not the family name
 * (exact, slip, part of a compound, transliteration, a loose likeness), and not the two crossed.
 *
 * The test is deliberately lenient — a married name keeps the given name, a nickname keeps the family
 * name — so it refuses only what no real person's records look like: two different names throughout.
 * A bare initial against a different family name is no agreement: "J Brown" is not "John Smith".
 */
import type { MergeGuard } from './clustering.js';
import { Level, compareNames } from './field-comparators.js';
import type { NormalisedName } from './normalise.js';
import { familyIndex, fieldCount, givenIndex, type ProfileSet } from './profiles.js';

/** A cluster seldom holds more than a few spellings of a name; beyond this, more add little. */
const maximumNamesPerCluster = 12;
const agrees = (level: number): boolean => level === Level.exact || level === Level.close || level === Level.nickname || level === Level.transposed;

/** Tracks the names of each cluster during clustering (see `clustering.ts`). */
export class NameConflicts implements MergeGuard {
  /** (given id, family id) pairs, packed as given * 2^21 + family + offsets, for clusters formed by merging. */
  private readonly merged = new Map<number, number[]>();
  private readonly leftScratch = [0];
  private readonly rightScratch = [0];
  private readonly given: readonly NormalisedName[];
  private readonly family: readonly NormalisedName[];

  constructor(private readonly profiles: ProfileSet) {
    this.given = profiles.fieldValues[givenIndex] as NormalisedName[];
    this.family = profiles.fieldValues[familyIndex] as NormalisedName[];
  }

  private namesOf(root: number, scratch: number[]): readonly number[] {
    const known = this.merged.get(root);
    if (known) return known;
    const base = this.profiles.profileOfNode[root] * fieldCount;
    const given = this.profiles.valueIds[base + givenIndex];
    const family = this.profiles.valueIds[base + familyIndex];
    if (given < 0 && family < 0) return noNames;
    scratch[0] = pack(given, family);
    return scratch;
  }

  allows(left: number, right: number): boolean {
    const leftNames = this.namesOf(left, this.leftScratch);
    if (leftNames.length === 0) return true;
    const rightNames = this.namesOf(right, this.rightScratch);
    if (rightNames.length === 0) return true;
    for (const leftName of leftNames) for (const rightName of rightNames) if (leftName === rightName || this.compatible(leftName, rightName)) return true;
    return false;
  }

  private compatible(left: number, right: number): boolean {
    const [leftGiven, leftFamily] = unpack(left);
    const [rightGiven, rightFamily] = unpack(right);
    const [given, family] = compareNames(
      leftGiven < 0 ? null : this.given[leftGiven],
      leftFamily < 0 ? null : this.family[leftFamily],
      rightGiven < 0 ? null : this.given[rightGiven],
      rightFamily < 0 ? null : this.family[rightFamily],
    );
    // One side holds only a given name, the other only a family name: nothing to compare, no conflict.
    if (given === Level.missing && family === Level.missing) return true;
    return agrees(given) || agrees(family) || family === Level.similar;
  }

  joined(root: number, absorbed: number): void {
    const union = [...this.namesOf(root, this.leftScratch)];
    for (const name of this.namesOf(absorbed, this.rightScratch)) {
      if (!union.includes(name) && union.length < maximumNamesPerCluster) union.push(name);
    }
    this.merged.delete(absorbed);
    if (union.length > 0) this.merged.set(root, union);
  }
}

const noNames: readonly number[] = [];
const nameSpace = 2 ** 24;
const pack = (given: number, family: number): number => (given + 1) * nameSpace + (family + 1);
const unpack = (packed: number): [number, number] => [Math.floor(packed / nameSpace) - 1, (packed % nameSpace) - 1];
