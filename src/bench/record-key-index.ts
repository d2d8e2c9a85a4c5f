/**
 * A compact map from record keys (`sourceId/recordId`) to their index in ingest order, for the
 * benchmark's ground truth. A `Map<string, number>` of a whole force's 3.3 million keys holds
 * several hundred megabytes of strings, which the benchmark would then report as the engine's
 * memory. This keeps a 64-bit hash of each key instead (open addressing over typed arrays, about
 * 25 bytes a key): two different keys of a force share a hash with odds of about 1 in 3 million
 * (n² / 2⁶⁵ for n = 3.3 million), and a shared hash would misplace one record in the scores.
 */
const EMPTY = -1;

export class RecordKeyIndex {
  private high = new Uint32Array(1 << 16);
  private low = new Uint32Array(1 << 16);
  private values = new Int32Array(1 << 16).fill(EMPTY);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Remembers `key` at `value` (a whole number ≥ 0); a key added twice keeps its first value. */
  set(key: string, value: number): void {
    if ((this.count + 1) * 2 > this.values.length) this.grow();
    const [high, low] = hash64(key);
    const slot = this.find(high, low);
    if (this.values[slot] !== EMPTY) return;
    this.high[slot] = high;
    this.low[slot] = low;
    this.values[slot] = value;
    this.count += 1;
  }

  /** The value of `key`, or undefined. */
  get(key: string): number | undefined {
    const [high, low] = hash64(key);
    const value = this.values[this.find(high, low)];
    return value === EMPTY ? undefined : value;
  }

  private find(high: number, low: number): number {
    const mask = this.values.length - 1;
    let slot = (low ^ Math.imul(high, 0x9e3779b1)) & mask;
    while (this.values[slot] !== EMPTY && (this.high[slot] !== high || this.low[slot] !== low)) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const { high, low, values } = this;
    this.high = new Uint32Array(values.length * 2);
    this.low = new Uint32Array(values.length * 2);
    this.values = new Int32Array(values.length * 2).fill(EMPTY);
    for (let slot = 0; slot < values.length; slot++) {
      if (values[slot] === EMPTY) continue;
      const target = this.find(high[slot], low[slot]);
      this.high[target] = high[slot];
      this.low[target] = low[slot];
      this.values[target] = values[slot];
    }
  }
}

/** Two independent 32-bit FNV-1a style hashes of the key's UTF-16 code units, with murmur finalisers. */
function hash64(key: string): [number, number] {
  let first = 0x811c9dc5;
  let second = 0x01000193 ^ key.length;
  for (let index = 0; index < key.length; index++) {
    const code = key.charCodeAt(index);
    first = Math.imul(first ^ code, 0x01000193);
    second = Math.imul(second ^ code, 0x5bd1e995);
    second ^= second >>> 15;
  }
  return [finalise(first) >>> 0, finalise(second ^ 0x27d4eb2f) >>> 0];
}

function finalise(value: number): number {
  value ^= value >>> 16;
  value = Math.imul(value, 0x85ebca6b);
  value ^= value >>> 13;
  value = Math.imul(value, 0xc2b2ae35);
  return value ^ (value >>> 16);
}
