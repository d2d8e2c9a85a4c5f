/**
 * A map from non-negative numbers (integers below 2^53) to dense ids 0, 1, 2, …, in typed arrays
 * with open addressing. Blocking interns millions of numeric keys; a JavaScript `Map` of that size
 * spends seconds rehashing and chasing pointers, this spends a fraction of one.
 */
const empty = -1;

export class NumberTable {
  private keys: Float64Array;
  private ids: Int32Array;
  private mask: number;
  /** Keys in id order: `keyOf[id]`. */
  readonly keyOf: number[] = [];

  constructor(expected = 1024) {
    let capacity = 1024;
    while (capacity < expected * 2) capacity *= 2;
    this.keys = new Float64Array(capacity).fill(empty);
    this.ids = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.keyOf.length;
  }

  /** The id of `key`, given the next free id when it is new. */
  intern(key: number): number {
    let slot = this.slotOf(key);
    if (this.keys[slot] === key) return this.ids[slot];
    if (this.keyOf.length * 2 >= this.keys.length) {
      this.grow();
      slot = this.slotOf(key);
    }
    const id = this.keyOf.length;
    this.keys[slot] = key;
    this.ids[slot] = id;
    this.keyOf.push(key);
    return id;
  }

  /** The slot holding `key`, or the empty slot where it would go (linear probing). */
  private slotOf(key: number): number {
    const low = (key % 4294967296) | 0;
    const high = (key / 4294967296) | 0;
    let slot = (Math.imul(low ^ Math.imul(high, 0x85ebca6b), 0x9e3779b1) >>> 7) & this.mask;
    while (this.keys[slot] !== empty && this.keys[slot] !== key) slot = (slot + 1) & this.mask;
    return slot;
  }

  private grow(): void {
    const keys = this.keys;
    const ids = this.ids;
    this.keys = new Float64Array(keys.length * 2).fill(empty);
    this.ids = new Int32Array(keys.length * 2);
    this.mask = this.keys.length - 1;
    for (let slot = 0; slot < keys.length; slot++) {
      if (keys[slot] === empty) continue;
      const target = this.slotOf(keys[slot]);
      this.keys[target] = keys[slot];
      this.ids[target] = ids[slot];
    }
  }
}
