import { describe, expect, it } from 'vitest';
import { fromMatchModel } from '../match-model.js';
import { resolveAll } from '../resolve.js';
import type { IdentityNode, NodeLink, NodeOverride, Resolution } from '../types.js';
import { fixtureForce, shuffled } from './fixture-force.js';

const node = (nodeId: number, sourceKind: IdentityNode['sourceKind'], identity: IdentityNode['identity']): IdentityNode => ({
  nodeId,
  sourceId: `${sourceKind}-${nodeId}`,
  sourceKind,
  identity,
});

const robert = { givenName: 'Robert', familyName: 'Okafor', dateOfBirth: '1986-04-12' };
const hr = node(1, 'hr', { staffNumber: 'S1004321', warrantNumber: '482913', ...robert, postcode: 'SE1 7PB' });
const priya = node(9, 'hr', { staffNumber: 'S2000001', givenName: 'Priya', familyName: 'Nair', dateOfBirth: '1979-11-30' });

const linkBetween = (resolution: Resolution, left: number, right: number): NodeLink | undefined =>
  resolution.links.find((link) => (link.left === left && link.right === right) || (link.left === right && link.right === left));

describe('identifier links', () => {
  it('links nodes sharing a strong identifier, and says which', () => {
    const resolution = resolveAll({ nodes: [hr, node(2, 'duty', { staffNumber: 's1004321' })], overrides: [] });
    expect(resolution.clusters).toEqual([[1, 2]]);
    expect(resolution.links).toEqual([{ left: 1, right: 2, basis: 'identifier', identifier: { field: 'staffNumber', value: 'S1004321' } }]);
    expect(resolution.statistics.linksByIdentifier).toBe(1);
  });

  it('keeps an identifier link through a maiden name, but not when the rest belongs to someone else', () => {
    const maidenName = node(2, 'complaints', { warrantNumber: '482913', givenName: 'Robert', familyName: 'Adeyemi' });
    const collision = node(3, 'complaints', { warrantNumber: '482913', givenName: 'Priya', familyName: 'Nair' });
    const resolution = resolveAll({ nodes: [hr, maidenName, collision], overrides: [] });
    expect(resolution.clusters).toEqual([[1, 2], [3]]);
    expect(linkBetween(resolution, 1, 2)?.basis).toBe('identifier');
    expect(resolution.statistics.vetoedIdentifierPairs).toBe(2);
  });
});

describe('probabilistic links', () => {
  it('links a nickname with a transposed date of birth, with every field explained', () => {
    const intelligence = node(2, 'intelligence', { givenName: 'Bob', familyName: 'OKAFOR', dateOfBirth: '1986-12-04' });
    const resolution = resolveAll({ nodes: [hr, intelligence, priya], overrides: [] });
    expect(resolution.clusters).toEqual([[1, 2], [9]]);
    const link = linkBetween(resolution, 1, 2)!;
    expect(link.basis).toBe('probabilistic');
    expect(link.threshold).toBe(0);
    expect(link.score!).toBeGreaterThanOrEqual(link.threshold!);
    const byField = Object.fromEntries(link.comparisons!.map((comparison) => [comparison.field, comparison]));
    expect(byField.givenName).toMatchObject({ level: 'nickname' });
    expect(byField.givenName.weight).toBeGreaterThan(0);
    expect(byField.familyName).toMatchObject({ level: 'exact', similarity: 1 });
    expect(byField.dateOfBirth).toMatchObject({ level: 'transposed' });
    expect(byField.staffNumber).toMatchObject({ level: 'missing', weight: 0 });
    expect(Object.keys(byField).sort()).toEqual(['dateOfBirth', 'familyName', 'givenName', 'postcode', 'staffNumber', 'warrantNumber']);
    // The score is the prior plus the fields' weights.
    const p = fromMatchModel(resolution.model).matchProbability;
    const total = Math.log2(p / (1 - p)) + link.comparisons!.reduce((sum, comparison) => sum + comparison.weight, 0);
    expect(link.score!).toBeCloseTo(total, 2);
  });

  it('does not link two people who only share a common name', () => {
    const nodes = [
      node(1, 'intelligence', { givenName: 'John', familyName: 'Smith', dateOfBirth: '1970-01-01' }),
      node(2, 'intelligence', { givenName: 'John', familyName: 'Smith', dateOfBirth: '1988-07-23' }),
      ...Array.from({ length: 30 }, (_, index) =>
        node(10 + index, 'hr', { staffNumber: `S${3000000 + index}`, givenName: index % 2 ? 'John' : 'Mary', familyName: 'Smith' }),
      ),
    ];
    const resolution = resolveAll({ nodes, overrides: [] });
    expect(resolution.clusters.find((cluster) => cluster.includes(1))).toEqual([1]);
  });
});

describe('clusters that hold two people’s numbers', () => {
  it('refuses a name-only link that would join two people with different staff numbers', () => {
    // Two Ciaran Byrnes. The complaint (collar number) and the vetting file (staff number) agree on
    // everything they share, but each is tied to its own HR record, and those differ.
    const firstHr = node(1, 'hr', { staffNumber: 'S1000001', warrantNumber: '491812', givenName: 'Ciaran', familyName: 'Byrne', dateOfBirth: '1984-12-16' });
    const complaint = node(2, 'complaints', { warrantNumber: '491812', givenName: 'Ciaran', familyName: 'Byrne' });
    const secondHr = node(3, 'hr', { staffNumber: 'S2000002', warrantNumber: '733105', givenName: 'Ciaran', familyName: 'Byrne', dateOfBirth: '1979-03-02' });
    const vetting = node(4, 'vetting', { staffNumber: 'S2000002', givenName: 'Ciaran', familyName: 'Byrne', dateOfBirth: '1979-03-02' });
    // A lenient threshold, so that the name-only pair scores above it and only the guard stands in the way.
    const resolution = resolveAll({ nodes: [firstHr, complaint, secondHr, vetting], overrides: [], settings: { threshold: -5 } });
    expect(linkBetween(resolution, 2, 4)).toBeUndefined();
    expect(resolution.clusters).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(resolution.statistics.linksRefusedForConflictingNumbers).toBeGreaterThan(0);
  });

  it('still joins a mistyped number to the right person', () => {
    const hrRecord = node(1, 'hr', { staffNumber: 'S1000001', warrantNumber: '491812', givenName: 'Ciaran', familyName: 'Byrne', dateOfBirth: '1984-12-16' });
    const typed = node(2, 'complaints', { warrantNumber: '419812', givenName: 'Ciaran', familyName: 'Byrne' });
    const training = node(3, 'training', { staffNumber: 'S1000001', givenName: 'Ciaran', familyName: 'Byrne' });
    expect(resolveAll({ nodes: [hrRecord, typed, training], overrides: [] }).clusters).toEqual([[1, 2, 3]]);
  });
});

describe('overrides', () => {
  it('joins unrelated nodes on a must-link and explains it', () => {
    const resolution = resolveAll({ nodes: [hr, priya], overrides: [{ overrideId: 'ovr-1', kind: 'must_link', left: 9, right: 1 }] });
    expect(resolution.clusters).toEqual([[1, 9]]);
    expect(resolution.links).toEqual([{ left: 1, right: 9, basis: 'override', overrideId: 'ovr-1' }]);
  });

  // A and B share a staff number, C and D a username; A and C are the same person by name and date
  // of birth (a probabilistic link, the weakest). A cannot-link between A and D must cut A–C.
  const a = node(1, 'hr', { staffNumber: 'S1004321', ...robert });
  const b = node(2, 'training', { staffNumber: 'S1004321', givenName: 'Robert', familyName: 'Okafor' });
  const c = node(3, 'vetting', { username: 'okaforr', ...robert });
  const d = node(4, 'access_audit', { username: 'okaforr' });

  it('links the chain when nothing forbids it', () => {
    const resolution = resolveAll({ nodes: [a, b, c, d], overrides: [] });
    expect(resolution.clusters).toEqual([[1, 2, 3, 4]]);
    expect(linkBetween(resolution, 1, 3)?.basis).toBe('probabilistic');
  });

  it('splits on a cannot-link by cutting the weakest link of the chain', () => {
    const resolution = resolveAll({ nodes: [a, b, c, d], overrides: [{ overrideId: 'ovr-2', kind: 'cannot_link', left: 1, right: 4 }] });
    expect(resolution.clusters).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(linkBetween(resolution, 1, 2)?.basis).toBe('identifier');
    expect(linkBetween(resolution, 3, 4)?.basis).toBe('identifier');
    expect(resolution.statistics.linksCut).toBe(1);
  });

  it('lets a must-link win over the machine and a cannot-link split what a must-link did not join', () => {
    const overrides: NodeOverride[] = [
      { overrideId: 'ovr-3', kind: 'cannot_link', left: 1, right: 2 },
      { overrideId: 'ovr-4', kind: 'must_link', left: 2, right: 3 },
    ];
    const resolution = resolveAll({ nodes: [a, b, c, d], overrides });
    const clusterOf = (nodeId: number) => resolution.clusters.find((cluster) => cluster.includes(nodeId));
    expect(clusterOf(2)).toContain(3);
    expect(clusterOf(1)).not.toContain(2);
  });
});

describe('clusters and their links', () => {
  const { nodes } = fixtureForce(150, 11);
  const overrides: NodeOverride[] = [
    { overrideId: 'ovr-a', kind: 'must_link', left: nodes[3].nodeId, right: nodes[40].nodeId },
    { overrideId: 'ovr-b', kind: 'cannot_link', left: nodes[0].nodeId, right: nodes[1].nodeId },
  ];
  const resolution = resolveAll({ nodes, overrides });

  it('puts every node in exactly one sorted cluster, clusters ordered by first node', () => {
    const all = resolution.clusters.flat();
    expect(all.length).toBe(nodes.length);
    expect(new Set(all).size).toBe(nodes.length);
    for (const cluster of resolution.clusters) expect([...cluster].sort((x, y) => x - y)).toEqual(cluster);
    const firsts = resolution.clusters.map((cluster) => cluster[0]);
    expect([...firsts].sort((x, y) => x - y)).toEqual(firsts);
  });

  it('gives each cluster of n nodes n − 1 links that connect it', () => {
    const clusterOf = new Map<number, number>();
    resolution.clusters.forEach((cluster, index) => cluster.forEach((nodeId) => clusterOf.set(nodeId, index)));
    expect(resolution.links.length).toBe(nodes.length - resolution.clusters.length);
    const parent = new Map<number, number>();
    const find = (x: number): number => (parent.get(x) === undefined || parent.get(x) === x ? x : find(parent.get(x)!));
    for (const link of resolution.links) {
      expect(clusterOf.get(link.left)).toBe(clusterOf.get(link.right));
      parent.set(find(link.left), find(link.right));
    }
    for (const cluster of resolution.clusters) expect(new Set(cluster.map(find)).size).toBe(1);
  });

  it('gives the same clusters and links whatever the input order', () => {
    const again = resolveAll({ nodes: shuffled(nodes, 5), overrides: shuffled(overrides, 6) });
    expect(again.clusters).toEqual(resolution.clusters);
    expect(again.links).toEqual(resolution.links);
    expect(again.model).toEqual(resolution.model);
  });

  it('obeys both overrides', () => {
    const clusterOf = (nodeId: number) => resolution.clusters.find((cluster) => cluster.includes(nodeId))!;
    expect(clusterOf(nodes[3].nodeId)).toContain(nodes[40].nodeId);
    expect(clusterOf(nodes[0].nodeId)).not.toContain(nodes[1].nodeId);
  });
});
