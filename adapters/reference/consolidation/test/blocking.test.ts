import { describe, expect, it } from 'vitest';
import { buildBlockingIndex, candidatePairs, forEachBlockNeighbour } from '../blocking.js';
import { BlockingKeys } from '../blocking-keys.js';
import { buildProfiles } from '../profiles.js';
import type { IdentityNode } from '../types.js';
import { fixtureForce } from './fixture-force.js';

const node = (nodeId: number, identity: IdentityNode['identity']): IdentityNode => ({ nodeId, sourceId: `s${nodeId}`, sourceKind: 'complaints', identity });

function pairsOf(nodes: IdentityNode[], options = { maximumBlockSize: 60, window: 12 }): Set<string> {
  const profiles = buildProfiles(nodes);
  const pairs = candidatePairs(buildBlockingIndex(profiles, options), profiles.profileCount);
  const ids = new Set<string>();
  for (let pair = 0; pair < pairs.count; pair++) {
    const left = profiles.nodes[profiles.nodeIndexes[profiles.nodeStart[pairs.left[pair]]]].nodeId;
    const right = profiles.nodes[profiles.nodeIndexes[profiles.nodeStart[pairs.right[pair]]]].nodeId;
    ids.add(`${Math.min(left, right)}-${Math.max(left, right)}`);
  }
  return ids;
}

describe('blocking', () => {
  it('finds a pair whose only link is a warrant number with two digits swapped', () => {
    const nodes = [
      node(1, { warrantNumber: '482913', givenName: 'Robert', familyName: 'Okafor' }),
      node(2, { warrantNumber: '489213', givenName: 'Rbo', familyName: 'Kofaro' }),
      node(3, { warrantNumber: '731046', givenName: 'Priya', familyName: 'Nair' }),
    ];
    const pairs = pairsOf(nodes);
    expect(pairs.has('1-2')).toBe(true);
    expect(pairs.has('1-3')).toBe(false);
  });

  it('finds a one-digit slip in a staff number, and a nickname with a family-name typo', () => {
    const pairs = pairsOf([
      node(1, { staffNumber: 'S1004321', givenName: 'Katherine', familyName: 'Walsh' }),
      node(2, { staffNumber: 'S1004821' }),
      node(3, { givenName: 'Kate', familyName: 'Walshe' }),
    ]);
    expect(pairs).toEqual(new Set(['1-2', '1-3']));
  });

  it('compares far fewer pairs than all of them on a force', () => {
    const { nodes, personOf } = fixtureForce(400, 7);
    const pairs = pairsOf(nodes);
    const allPairs = (nodes.length * (nodes.length - 1)) / 2;
    expect(pairs.size).toBeLessThan(allPairs / 10);
    // ...while still pairing nearly every node with its person's HR node (the rest follows by transitivity).
    const hrNodeOf = new Map(nodes.filter((each) => each.sourceId === 'hr').map((each) => [personOf.get(each.nodeId), each.nodeId]));
    const others = nodes.filter((each) => each.sourceId !== 'hr');
    const paired = others.filter((each) => pairs.has(`${hrNodeOf.get(personOf.get(each.nodeId))}-${each.nodeId}`));
    expect(paired.length / others.length).toBeGreaterThan(0.97);
  });

  it('bounds an oversized block by the sorted-neighbourhood window', () => {
    // 100 different "John Smith"s, one date of birth each: one name block of 100.
    const nodes = Array.from({ length: 100 }, (_, index) =>
      node(index + 1, { givenName: 'John', familyName: 'Smith', dateOfBirth: `19${50 + (index % 40)}-0${1 + (index % 9)}-1${index % 10}` }),
    );
    const unbounded = pairsOf(nodes, { maximumBlockSize: 1000, window: 5 });
    const bounded = pairsOf(nodes, { maximumBlockSize: 20, window: 5 });
    expect(unbounded.size).toBe((100 * 99) / 2);
    expect(bounded.size).toBeLessThanOrEqual(100 * 5 + 200); // the window, plus the small date blocks
    expect(bounded.size).toBeGreaterThan(0);
  });

  it('visits each neighbour once, itself never', () => {
    const profiles = buildProfiles([
      node(1, { givenName: 'Amara', familyName: 'Okafor', dateOfBirth: '1986-04-12', postcode: 'SE1 1AA' }),
      node(2, { givenName: 'Amara', familyName: 'Okafor', dateOfBirth: '1986-04-12', postcode: 'SE1 1AB' }),
    ]);
    const index = buildBlockingIndex(profiles);
    const visited: number[] = [];
    forEachBlockNeighbour(index, 0, new Int32Array(2).fill(-1), 0, (other) => visited.push(other));
    expect(visited).toEqual([1]);
    const keys: number[] = [];
    new BlockingKeys(profiles).keysOf(0, keys);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBeGreaterThan(3);
  });
});
