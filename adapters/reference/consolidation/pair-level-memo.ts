/**
 * A cache of comparison levels by ordered pair of interned value ids. A force repeats the same
 * names across thousands of records, so candidate pairs put the same two names side by side again
 * and again: measured on the typical force (5,000 people), 517,000 given-name comparisons of
 * different names held 82,000 distinct pairs. Each ordered pair of values is graded once and looked
 * up after. The cache holds the comparator's answer for exactly those arguments, in that order, so a
 * pair is graded exactly as it would be without it.
 *
 * The cache is a dense table of one byte per possible pair, so a look-up is one multiplication and
 * one read; it is used only while that table stays small (`maximumCells`). Past that, on a set with
 * very many distinct values, every pair is graded afresh: a hashed cache there cost more than
 * it saved, most pairs of rarer values being seen only once.
 */
import type { LevelCode } from './field-comparators.js';

/** The largest table kept: 16 MiB, e.g. 4,096 values a side. */
export const maximumCells = 2 ** 24;

export class PairLevelMemo {
  // Level + 1 per ordered pair; 0 while not yet graded. Null when the table would be too large.
  private readonly levels: Uint8Array | null;

  constructor(
    private readonly leftCount: number,
    rightCount: number,
    private readonly compare: (left: number, right: number) => LevelCode,
    cells = maximumCells,
  ) {
    this.levels = leftCount * rightCount <= cells ? new Uint8Array(leftCount * rightCount) : null;
  }

  /** The level of the ordered pair (left, right) of value ids, as `compare` grades it. */
  level(left: number, right: number): LevelCode {
    const levels = this.levels;
    if (levels === null) return this.compare(left, right);
    const cell = right * this.leftCount + left;
    const known = levels[cell];
    if (known !== 0) return (known - 1) as LevelCode;
    const level = this.compare(left, right);
    levels[cell] = level + 1;
    return level;
  }
}
