/**
 * Record ids that say nothing about whose record it is. A source's own id is opaque in the
 * contract, and an id built from a staff number would hand an entity-resolution engine the answer it
 * is being scored on. Ids are a keyed permutation (a four-round Feistel network over 40 bits) of
 * (person, sequence), so they are unique by construction, re-derivable from the seed, and look random.
 */
import { hashInts } from './random.js';

/** Sequence numbers one person may use in one source. */
export const sequenceSpace = 4096;
const halfBits = 20;
const halfSize = 1 << halfBits;
const halfMask = halfSize - 1;
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export class RecordIdMaker {
  private readonly keys: number[];

  constructor(
    seed: number,
    sourceIndex: number,
    private readonly prefix: string,
  ) {
    this.keys = [1, 2, 3, 4].map((round) => hashInts(seed, 19, sourceIndex, round));
  }

  /** The id of `person`'s `sequence`-th record in this source (sequence < 4096). */
  id(personIndex: number, sequence: number): string {
    if (sequence >= sequenceSpace) throw new Error(`record sequence ${sequence} exceeds ${sequenceSpace}`);
    const value = personIndex * sequenceSpace + sequence;
    let left = Math.floor(value / halfSize) & halfMask;
    let right = value & halfMask;
    for (const key of this.keys) {
      const mixed = (hashInts(right, key) & halfMask) ^ left;
      left = right;
      right = mixed;
    }
    let number = left * halfSize + right;
    let text = '';
    for (let digit = 0; digit < 8; digit++) {
      text = alphabet[number % 32] + text;
      number = Math.floor(number / 32);
    }
    return `${this.prefix}-${text}`;
  }
}
