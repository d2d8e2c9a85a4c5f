import { describe, expect, it } from 'vitest';
import { resolveAll, resolveIncrement } from '../resolve.js';
import type { IdentityNode, NodeOverride } from '../types.js';
import { fixtureForce } from './fixture-force.js';

const byFirstNode = (clusters: number[][]) => [...clusters].sort((left, right) => left[0] - right[0]);

describe('incremental resolution', () => {
  const { nodes: before } = fixtureForce(300, 21);
  const previous = resolveAll({ nodes: before, overrides: [] });
  const hrNodes = before.filter((node) => node.sourceKind === 'hr');

  // Changes since the previous run: a new complaint about an existing officer (collar number with
  // two digits swapped), a new joiner with an access-log node, an intelligence record rewritten to
  // name someone else, and a node erased.
  const officer = hrNodes[10].identity;
  const warrant = officer.warrantNumber!;
  const added: IdentityNode[] = [
    {
      nodeId: 5001,
      sourceId: 'complaints',
      sourceKind: 'complaints',
      identity: {
        warrantNumber: warrant.slice(0, 2) + warrant[3] + warrant[2] + warrant.slice(4),
        givenName: officer.givenName,
        familyName: officer.familyName,
      },
    },
    {
      nodeId: 5002,
      sourceId: 'hr',
      sourceKind: 'hr',
      identity: { staffNumber: 'S9999999', givenName: 'Zainab', familyName: 'Quartey', dateOfBirth: '1991-02-14', username: 'quarteyz' },
    },
    { nodeId: 5003, sourceId: 'access', sourceKind: 'access_audit', identity: { username: 'quarteyz' } },
  ];
  const rewritten = before.find((node) => node.sourceKind === 'intelligence')!;
  const target = hrNodes[50].identity;
  const changedNode: IdentityNode = { ...rewritten, identity: { givenName: target.givenName, familyName: target.familyName, dateOfBirth: target.dateOfBirth } };
  const erased = before.find((node) => node.sourceKind === 'complaints' && node.nodeId !== rewritten.nodeId)!;
  const after = [...before.filter((node) => node !== rewritten && node !== erased), changedNode, ...added];
  const overrides: NodeOverride[] = [{ overrideId: 'ovr-1', kind: 'must_link', left: changedNode.nodeId, right: hrNodes[200].nodeId }];

  const increment = resolveIncrement({
    nodes: after,
    previousClusters: previous.clusters,
    changedNodeIds: [...added.map((node) => node.nodeId), changedNode.nodeId],
    removedNodeIds: [erased.nodeId],
    overrides,
    model: previous.model,
  });
  const regionIds = new Set(increment.resolution.clusters.flat());

  it('recomputes a small region only', () => {
    expect(regionIds.size).toBeGreaterThan(added.length);
    expect(regionIds.size).toBeLessThan(after.length / 10);
    for (const node of [...added, changedNode]) expect(regionIds.has(node.nodeId)).toBe(true);
    // The must-link pulled the other side's cluster in.
    expect(regionIds.has(hrNodes[200].nodeId)).toBe(true);
  });

  it('gives exactly what a full run with the same model gives on the region', () => {
    const regionNodes = after.filter((node) => regionIds.has(node.nodeId));
    const full = resolveAll({ nodes: regionNodes, overrides, model: previous.model });
    expect(increment.resolution.clusters).toEqual(full.clusters);
    expect(increment.resolution.links).toEqual(full.links);
  });

  it('together with the clusters it does not replace, gives what a full run on everything gives', () => {
    const replaced = new Set(increment.replacedClusters.map((cluster) => cluster.join(',')));
    const kept = previous.clusters.filter((cluster) => !replaced.has(cluster.join(',')));
    const merged = byFirstNode([...kept, ...increment.resolution.clusters]);
    const full = resolveAll({ nodes: after, overrides, model: previous.model });
    expect(merged).toEqual(full.clusters);
    // The new complaint joined its officer; the joiner's two nodes are one person.
    const clusterOf = (nodeId: number) => merged.find((cluster) => cluster.includes(nodeId))!;
    expect(clusterOf(5001)).toContain(hrNodes[10].nodeId);
    expect(clusterOf(5002)).toContain(5003);
    expect(clusterOf(changedNode.nodeId)).toContain(hrNodes[200].nodeId);
  });

  it('replaces the erased node’s cluster and every cluster the changes touch', () => {
    const replacedNodes = new Set(increment.replacedClusters.flat());
    expect(replacedNodes.has(erased.nodeId)).toBe(true);
    expect(replacedNodes.has(rewritten.nodeId)).toBe(true);
    expect(replacedNodes.has(hrNodes[10].nodeId)).toBe(true);
    expect(increment.resolution.clusters.flat()).not.toContain(erased.nodeId);
  });

  it('changes nothing when nothing changed', () => {
    const quiet = resolveIncrement({
      nodes: before,
      previousClusters: previous.clusters,
      changedNodeIds: [],
      removedNodeIds: [],
      overrides: [],
      model: previous.model,
    });
    expect(quiet.resolution.clusters).toEqual([]);
    expect(quiet.replacedClusters).toEqual([]);
  });
});
