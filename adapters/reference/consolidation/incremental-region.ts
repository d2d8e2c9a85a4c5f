/**
 * The region an incremental run must recompute. A link can only appear or disappear where something
 * changed, so only these need resolving again:
 *
 * - the changed nodes (added, or whose identity changed) and nodes that belong to no previous
 *   cluster (new to the engine even if not reported as changed);
 * - every previous cluster holding a changed or removed node (it may now split);
 * - every previous cluster holding a node that shares a blocking key with a changed node (the changed
 *   node may now link to it; within an oversized block, only the window's neighbours count, as in a
 *   full run);
 * - closed under must-link overrides: a cluster must-linked to the region joins it, since the region
 *   can no longer be resolved without it.
 *
 * Pairs between two unchanged nodes of different previous clusters were compared before with the
 * same model and did not link, so they are not compared again. Everything else keeps its cluster.
 */
import { buildBlockingIndex, defaultBlockingOptions, forEachBlockNeighbour, type BlockingOptions } from './blocking.js';
import { buildProfiles } from './profiles.js';
import type { IdentityNode, NodeOverride } from './types.js';

/** What changed since the previous run, as the engine describes it. */
export interface ChangeSet {
  /** Every current node (not only the changed ones). */
  readonly nodes: readonly IdentityNode[];
  /** The clusters of the previous run, as node ids (nodes since removed may still be listed). */
  readonly previousClusters: readonly (readonly number[])[];
  /** Nodes added, or whose identity changed, since the previous run. Overrides added or withdrawn: list both their nodes. */
  readonly changedNodeIds: readonly number[];
  /** Nodes removed since the previous run. */
  readonly removedNodeIds: readonly number[];
  readonly overrides: readonly NodeOverride[];
}

export interface Region {
  /** The current nodes to resolve again. */
  readonly nodes: IdentityNode[];
  /** The previous clusters (as given) whose nodes the region replaces. */
  readonly replacedClusters: number[][];
  /** Changed nodes after adding those in no previous cluster. */
  readonly changedNodes: number;
}

/** Finds the affected region (see above), blocking as the resolution will. */
export function affectedRegion(input: ChangeSet, blocking: BlockingOptions = defaultBlockingOptions): Region {
  const clusterOfNode = new Map<number, number>();
  input.previousClusters.forEach((cluster, index) => {
    for (const nodeId of cluster) clusterOfNode.set(nodeId, index);
  });
  const current = new Map(input.nodes.map((node) => [node.nodeId, node]));
  const changed = new Set(input.changedNodeIds.filter((nodeId) => current.has(nodeId)));
  for (const node of input.nodes) if (!clusterOfNode.has(node.nodeId)) changed.add(node.nodeId);

  const regionClusters = new Set<number>();
  const regionNodes = new Set<number>(changed);
  const touch = (nodeId: number) => {
    const cluster = clusterOfNode.get(nodeId);
    if (cluster !== undefined) regionClusters.add(cluster);
    else if (current.has(nodeId)) regionNodes.add(nodeId);
  };
  for (const nodeId of [...changed, ...input.removedNodeIds]) touch(nodeId);

  if (changed.size > 0) {
    const profiles = buildProfiles(input.nodes);
    const index = buildBlockingIndex(profiles, blocking);
    const seen = new Int32Array(profiles.profileCount).fill(-1);
    const positionOf = new Map(profiles.nodes.map((node, position) => [node.nodeId, position]));
    const touchProfile = (profile: number) => {
      for (let slot = profiles.nodeStart[profile]; slot < profiles.nodeStart[profile + 1]; slot++) touch(profiles.nodes[profiles.nodeIndexes[slot]].nodeId);
    };
    const seeds = new Set([...changed].map((nodeId) => profiles.profileOfNode[positionOf.get(nodeId)!]));
    for (const seed of seeds) {
      touchProfile(seed);
      forEachBlockNeighbour(index, seed, seen, seed, touchProfile);
    }
  }

  // Must-links reaching outside pull the other side in, until nothing more is pulled.
  const inRegion = (nodeId: number) => regionNodes.has(nodeId) || (clusterOfNode.has(nodeId) && regionClusters.has(clusterOfNode.get(nodeId)!));
  for (let grew = true; grew;) {
    grew = false;
    for (const override of input.overrides) {
      if (override.kind !== 'must_link' || inRegion(override.left) === inRegion(override.right)) continue;
      const outside = inRegion(override.left) ? override.right : override.left;
      touch(outside);
      // An override naming an erased node pulls nothing in, and must not loop for ever.
      grew ||= inRegion(outside);
    }
  }

  const replacedClusters = [...regionClusters].sort((left, right) => left - right).map((index) => [...input.previousClusters[index]]);
  for (const cluster of replacedClusters) for (const nodeId of cluster) if (current.has(nodeId)) regionNodes.add(nodeId);
  const nodes = [...regionNodes].sort((left, right) => left - right).map((nodeId) => current.get(nodeId)!);
  return { nodes, replacedClusters, changedNodes: changed.size };
}
