/**
 * A cache of comparison levels by ordered pair of interned value ids. A force repeats the same
 * names across thousands of records, so candidate pairs put the same two names side by side again
 * and again: measured on the typical force (5,000 people), 517,000 given-name comparisons of
 * different names held 82,000 distinct pairs. Each ordered pair of values is graded once and looked
 * up after. The cache holds the comparator's answer for exactly those arguments, in that order, so a
 * pair is graded exactly as it would be without it.
 *
 * While a table of one byte per possible pair stays small (`maximumCells`), the cache is that table:
 * a look-up is one multiplication and one read. Past that (family names of a large force), it is a
 * direct-mapped cache of `cacheSlots` entries: each pair has one slot, holding the last pair graded
 * there, so memory is bounded and a look-up is a hash and two reads; a pair whose slot holds another
 * is graded again (a miss costs what no cache would).
 */
import type { LevelCode } from './field-comparators.js';

/** The largest dense table kept: 16 MiB, e.g. 4,096 values a side. */
export const maximumCells = 2 ** 24;

/** Slots of the direct-mapped cache: 2^21, 10 MiB (a 32-bit key and a level each). */
const cacheBits = 21;

export class PairLevelMemo {
  // Dense: level + 1 per ordered pair, 0 while not yet graded.
  private readonly table: Uint8Array | null;
  // Direct-mapped: the pair (packed) each slot holds, -1 for none, and its level.
  private readonly slotKeys: Int32Array | null = null;
  private readonly slotLevels: Uint8Array | null = null;
  private readonly shift: number;

  constructor(
    private readonly leftCount: number,
    rightCount: number,
    private readonly compare: (left: number, right: number) => LevelCode,
    cells = maximumCells,
    slotBits = cacheBits,
  ) {
    const pairs = leftCount * rightCount;
    this.table = pairs <= cells ? new Uint8Array(pairs) : null;
    // A pair packs into a non-negative 32-bit key while there are fewer than 2^31 of them.
    if (this.table === null && pairs < 2 ** 31) {
      this.slotKeys = new Int32Array(2 ** slotBits).fill(-1);
      this.slotLevels = new Uint8Array(2 ** slotBits);
    }
    this.shift = 32 - slotBits;
  }

  /** The level of the ordered pair (left, right) of value ids, as `compare` grades it. */
  level(left: number, right: number): LevelCode {
    const cell = right * this.leftCount + left;
    const table = this.table;
    if (table !== null) {
      const known = table[cell];
      if (known !== 0) return (known - 1) as LevelCode;
      const level = this.compare(left, right);
      table[cell] = level + 1;
      return level;
    }
    const keys = this.slotKeys;
    if (keys === null) return this.compare(left, right);
    // Fibonacci hashing: the top bits of the key times 2^32/φ.
    const slot = Math.imul(cell, 0x9e3779b1) >>> this.shift;
    if (keys[slot] === cell) return this.slotLevels![slot] as LevelCode;
    const level = this.compare(left, right);
    keys[slot] = cell;
    this.slotLevels![slot] = level;
    return level;
  }
}
