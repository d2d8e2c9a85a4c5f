/**
 * Blocking: which profiles are compared at all. Comparing every pair of a force's identities would
 * take tens of billions of comparisons; instead each profile gets a few keys, and only profiles
 * sharing a key are compared. Each key is chosen so that one kind of noise cannot hide a match from
 * every key at once (see `blocking-keys.ts`).
 *
 * A key shared by very many profiles (a common name, a popular birth year for "Smith") would
 * reintroduce quadratic cost, so a block larger than `maximumBlockSize` is not compared all against
 * all: its members are sorted on their other fields and each is compared with its `window` nearest
 * neighbours either side (sorted neighbourhood). Cost is then at most linear in such a block.
 */
import { BlockingKeys, blockOrder, kindOfKey } from './blocking-keys.js';
import { NumberTable } from './number-table.js';
import type { ProfileSet } from './profiles.js';

export interface BlockingOptions {
  /** Blocks up to this size are compared all against all. */
  readonly maximumBlockSize: number;
  /** In larger blocks, how many sorted neighbours either side each member is compared with. */
  readonly window: number;
}

export const defaultBlockingOptions: BlockingOptions = { maximumBlockSize: 60, window: 12 };

/**
 * Profiles and their blocks, both ways. Entry e is one (profile, block) membership; a block lists
 * its members' profiles in block order, and `entryPosition[e]` is where entry e sits in its block.
 */
export interface BlockingIndex {
  readonly options: BlockingOptions;
  readonly blockCount: number;
  readonly oversizedBlocks: number;
  readonly entryStart: Int32Array;
  readonly entryBlock: Int32Array;
  readonly entryPosition: Int32Array;
  readonly blockStart: Int32Array;
  readonly blockMembers: Int32Array;
}

/** Computes every profile's keys and indexes them. */
export function buildBlockingIndex(profiles: ProfileSet, options: BlockingOptions = defaultBlockingOptions): BlockingIndex {
  const blockOfKey = new NumberTable(profiles.profileCount * 8);
  const entryStart = new Int32Array(profiles.profileCount + 1);
  let entryBlock = new Int32Array(Math.max(1024, profiles.profileCount * 12));
  let entryCount = 0;
  const keyMaker = new BlockingKeys(profiles);
  const keys: number[] = [];
  for (let profile = 0; profile < profiles.profileCount; profile++) {
    keyMaker.keysOf(profile, keys);
    for (const key of keys) {
      if (entryCount === entryBlock.length) entryBlock = grow(entryBlock);
      entryBlock[entryCount++] = blockOfKey.intern(key);
    }
    entryStart[profile + 1] = entryCount;
  }
  const blockKeys = blockOfKey.keyOf;
  const blockCount = blockKeys.length;
  entryBlock = entryBlock.slice(0, entryCount);
  const blockStart = new Int32Array(blockCount + 1);
  for (const block of entryBlock) blockStart[block + 1]++;
  for (let block = 0; block < blockCount; block++) blockStart[block + 1] += blockStart[block];
  const fill = blockStart.slice(0, blockCount);
  const blockEntries = new Int32Array(entryBlock.length);
  for (let profile = 0; profile < profiles.profileCount; profile++) {
    for (let entry = entryStart[profile]; entry < entryStart[profile + 1]; entry++) blockEntries[fill[entryBlock[entry]]++] = entry;
  }
  const entryProfile = new Int32Array(entryBlock.length);
  for (let profile = 0; profile < profiles.profileCount; profile++) entryProfile.fill(profile, entryStart[profile], entryStart[profile + 1]);
  let oversizedBlocks = 0;
  for (let block = 0; block < blockCount; block++) {
    const start = blockStart[block];
    const end = blockStart[block + 1];
    if (end - start <= options.maximumBlockSize) continue;
    oversizedBlocks++;
    const order = blockOrder(profiles, kindOfKey(blockKeys[block]));
    const sorted = Array.from(blockEntries.subarray(start, end)).sort(
      (left, right) => order(entryProfile[left], entryProfile[right]) || entryProfile[left] - entryProfile[right],
    );
    blockEntries.set(sorted, start);
  }
  const entryPosition = new Int32Array(entryBlock.length);
  const blockMembers = new Int32Array(entryBlock.length);
  for (let block = 0; block < blockCount; block++) {
    for (let slot = blockStart[block]; slot < blockStart[block + 1]; slot++) {
      entryPosition[blockEntries[slot]] = slot - blockStart[block];
      blockMembers[slot] = entryProfile[blockEntries[slot]];
    }
  }
  return { options, blockCount, oversizedBlocks, entryStart, entryBlock, entryPosition, blockStart, blockMembers };
}

/**
 * Calls `visit(other)` once for every profile that shares a block with `profile` (within the window
 * in an oversized block). `seen` is scratch space of one slot per profile, and `stamp` a value not
 * yet stored in it (distinct per call), so no set is allocated per profile.
 */
export function forEachBlockNeighbour(index: BlockingIndex, profile: number, seen: Int32Array, stamp: number, visit: (other: number) => void): void {
  const { entryStart, entryBlock, entryPosition, blockStart, blockMembers, options } = index;
  seen[profile] = stamp;
  for (let entry = entryStart[profile]; entry < entryStart[profile + 1]; entry++) {
    const block = entryBlock[entry];
    let from = blockStart[block];
    let to = blockStart[block + 1];
    if (to - from > options.maximumBlockSize) {
      const position = from + entryPosition[entry];
      from = Math.max(from, position - options.window);
      to = Math.min(to, position + options.window + 1);
    }
    for (let slot = from; slot < to; slot++) {
      const other = blockMembers[slot];
      if (seen[other] === stamp) continue;
      seen[other] = stamp;
      visit(other);
    }
  }
}

/** Whether two profiles are a candidate pair: they share a block (and, in an oversized one, a window). */
export function areBlockNeighbours(index: BlockingIndex, left: number, right: number): boolean {
  const { entryStart, entryBlock, entryPosition, blockStart, options } = index;
  for (let leftEntry = entryStart[left]; leftEntry < entryStart[left + 1]; leftEntry++) {
    const block = entryBlock[leftEntry];
    for (let rightEntry = entryStart[right]; rightEntry < entryStart[right + 1]; rightEntry++) {
      if (entryBlock[rightEntry] !== block) continue;
      const oversized = blockStart[block + 1] - blockStart[block] > options.maximumBlockSize;
      if (!oversized || Math.abs(entryPosition[leftEntry] - entryPosition[rightEntry]) <= options.window) return true;
    }
  }
  return false;
}

/** Candidate pairs (left < right), in a deterministic order: by left profile, then by first block found. */
export interface CandidatePairs {
  readonly count: number;
  readonly left: Int32Array;
  readonly right: Int32Array;
}

/** Every candidate pair of the index, each once. */
export function candidatePairs(index: BlockingIndex, profileCount: number): CandidatePairs {
  let left: Int32Array = new Int32Array(1 << 16);
  let right: Int32Array = new Int32Array(1 << 16);
  let count = 0;
  const seen = new Int32Array(profileCount).fill(-1);
  for (let profile = 0; profile < profileCount; profile++) {
    forEachBlockNeighbour(index, profile, seen, profile, (other) => {
      if (other < profile) return;
      if (count === left.length) {
        left = grow(left);
        right = grow(right);
      }
      left[count] = profile;
      right[count] = other;
      count++;
    });
  }
  return { count, left: left.subarray(0, count), right: right.subarray(0, count) };
}

function grow(array: Int32Array): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(array.length * 2);
  larger.set(array);
  return larger;
}
