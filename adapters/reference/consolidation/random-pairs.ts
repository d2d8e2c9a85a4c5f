/**
 * Random pairs of distinct identities that blocking did not select: the sample that stands for all
 * the pairs never compared, and so measures how often fields agree by chance (the u probabilities).
 * Candidate pairs are left out because they are counted separately — and because nearly every true
 * match is among them, so the sample is almost free of matches and needs no labels.
 * Seeded, so that the same nodes always give the same model.
 */
import { areBlockNeighbours, type BlockingIndex } from './blocking.js';
import { comparerOf } from './comparison-vector.js';
import type { ProfileSet } from './profiles.js';

/**
 * Comparison vectors of up to `size` random non-candidate profile pairs (all of them, when there are
 * no more than that).
 */
export function randomPairVectors(profiles: ProfileSet, index: BlockingIndex, size: number, seed = 0x5eed): Int32Array {
  const count = profiles.profileCount;
  const comparer = comparerOf(profiles);
  const allPairs = (count * (count - 1)) / 2;
  if (allPairs <= size) {
    const vectors: number[] = [];
    for (let left = 0; left < count; left++) {
      for (let right = left + 1; right < count; right++) if (!areBlockNeighbours(index, left, right)) vectors.push(comparer.compare(left, right));
    }
    return Int32Array.from(vectors);
  }
  const vectors = new Int32Array(size);
  let state = seed >>> 0;
  // xorshift32: fast, and plenty for picking pairs.
  const nextIndex = (bound: number) => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) % bound;
  };
  for (let sample = 0; sample < size;) {
    const left = nextIndex(count);
    let right = nextIndex(count - 1);
    if (right >= left) right++;
    if (!areBlockNeighbours(index, left, right)) vectors[sample++] = comparer.compare(left, right);
  }
  return vectors;
}
