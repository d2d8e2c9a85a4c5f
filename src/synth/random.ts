/**
 * Seeded randomness for the synthetic force. Every concern draws from its own stream, derived from
 * the run's seed and a stream label plus an index (usually a person), so that one source's records
 * can be re-derived without replaying any other source, and changing how one concern draws never
 * shifts the numbers another concern sees. That independence is what makes `records()` repeatable
 * and lets the demographics stream be swapped without touching who gets planted patterns.
 */

/** Stream labels: one per concern. Numbers, not strings, so deriving a stream costs no hashing of text. */
export const streams = {
  workforce: 1,
  demographics: 2,
  names: 3,
  identifiers: 4,
  events: 5,
  planting: 6,
  cases: 7,
  useOfForce: 8,
  noise: 9,
  hr: 10,
  vetting: 11,
  interests: 12,
  access: 13,
  absence: 14,
  duty: 15,
  building: 16,
  training: 17,
  addresses: 18,
  recordIds: 19,
  order: 20,
  targets: 21,
  /** Profiles (typical, hard) only: naming conventions, look-alikes, life events, record quirks, stale names. */
  conventions: 22,
  lookalikes: 23,
  lifeEvents: 24,
  quirks: 25,
  staleNames: 26,
} as const;
export type StreamLabel = (typeof streams)[keyof typeof streams];

/** splitmix32-style finaliser: spreads every input bit over the whole word. */
function mix(value: number): number {
  let hash = value | 0;
  hash = Math.imul(hash ^ (hash >>> 16), 0x21f0aaad);
  hash = Math.imul(hash ^ (hash >>> 15), 0x735a2d97);
  return (hash ^ (hash >>> 15)) >>> 0;
}

/** Hashes any number of integers into one 32-bit value; order matters. */
export function hashInts(...values: number[]): number {
  let hash = 0x9e3779b9;
  for (const value of values) hash = mix(hash ^ mix(value + 0x632be5ab));
  return hash;
}

/**
 * A small, fast generator (sfc32: Chris Doty-Humphrey's small fast counting generator). It passes
 * PractRand far beyond what a synthetic force needs and costs a few integer operations per draw.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, label: number, index = 0) {
    this.a = hashInts(seed, label, index, 1);
    this.b = hashInts(seed, label, index, 2);
    this.c = hashInts(seed, label, index, 3);
    this.d = 1;
    // The first outputs of a freshly keyed sfc32 are weakly mixed: discard them.
    for (let round = 0; round < 12; round++) this.nextUint32();
  }

  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return probability > 0 && this.next() < probability;
  }

  pick<Item>(items: readonly Item[]): Item {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Picks by weight; `weights` need not sum to 1. */
  weighted<Item>(items: readonly Item[], weights: readonly number[]): Item {
    let total = 0;
    for (const weight of weights) total += weight;
    let point = this.next() * total;
    for (let index = 0; index < items.length; index++) {
      point -= weights[index];
      if (point < 0) return items[index];
    }
    return items[items.length - 1];
  }

  /** Standard normal (Box–Muller); one value per call keeps the stream's use easy to reason about. */
  normal(): number {
    const u = 1 - this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }

  /** Poisson by inversion; the means used here are small (at most a few dozen). */
  poisson(mean: number): number {
    if (mean <= 0) return 0;
    if (mean > 60) return Math.max(0, Math.round(mean + Math.sqrt(mean) * this.normal()));
    const limit = Math.exp(-mean);
    let count = 0;
    let product = this.next();
    while (product > limit) {
      count++;
      product *= this.next();
    }
    return count;
  }

  /** Fisher–Yates, in place. */
  shuffle<Item>(items: Item[]): Item[] {
    for (let index = items.length - 1; index > 0; index--) {
      const other = Math.floor(this.next() * (index + 1));
      [items[index], items[other]] = [items[other], items[index]];
    }
    return items;
  }
}

/** A cumulative-weight table for repeated weighted picks from a large list (binary search). */
export class WeightedTable<Item> {
  private readonly cumulative: Float64Array;

  constructor(
    private readonly items: readonly Item[],
    weights: readonly number[],
  ) {
    this.cumulative = new Float64Array(items.length);
    let total = 0;
    weights.forEach((weight, index) => (this.cumulative[index] = total += weight));
  }

  get size(): number {
    return this.items.length;
  }

  pick(random: Random): Item {
    const point = random.next() * this.cumulative[this.cumulative.length - 1];
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.cumulative[middle] > point) high = middle;
      else low = middle + 1;
    }
    return this.items[low];
  }
}
