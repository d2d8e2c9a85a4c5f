/**
 * Records that fit two people equally well are held back for a person to decide. A complaint naming
 * "Ciaran Byrne" with Ciaran Byrne's date of birth scores alike against two Ciaran Byrnes born the
 * same day; clustering takes whichever link comes first, and the guard refuses the other. That first
 * choice is a coin toss, and a wrong merge sends a prompt to the wrong officer. So after clustering,
 * a node held in its cluster by a single probabilistic link, whose refused link to another cluster
 * scored nearly as well (within `ambiguityMargin` bits), is ambiguous: its probabilistic links are
 * withdrawn, clustering runs again, and both links go to the possible-match queue.
 */
import { clusterWithOverrides, type ClusteringResult, type EdgeList, type MergeGuard } from './clustering.js';
import { EdgeKind, type EdgeBuilder } from './link-graph.js';

/** Two links whose scores differ by less than this (log2 odds) fit the record equally well. */
export const ambiguityMargin = 2;

export interface UnambiguousClustering {
  readonly clustering: ClusteringResult;
  /** Probabilistic edges withdrawn from ambiguous nodes. */
  readonly heldBack: Int32Array;
  readonly ambiguousNodes: number;
}

/** Clusters, then re-clusters without the probabilistic links of ambiguous nodes when there are any. */
export function clusterUnambiguously(
  nodeCount: number,
  edges: EdgeBuilder,
  cannotLinks: readonly (readonly [number, number])[],
  makeGuard: () => MergeGuard,
): UnambiguousClustering {
  const first = clusterWithOverrides(nodeCount, edges, cannotLinks, makeGuard());
  if (first.refusedByScore.length === 0) return { clustering: first, heldBack: new Int32Array(0), ambiguousNodes: 0 };
  const degree = new Int32Array(nodeCount);
  const linkOf = new Int32Array(nodeCount).fill(-1);
  for (const edge of first.accepted) {
    for (const node of [edges.left[edge], edges.right[edge]]) {
      degree[node]++;
      linkOf[node] = edge;
    }
  }
  const ambiguous = new Uint8Array(nodeCount);
  let ambiguousNodes = 0;
  for (const refused of first.refusedByScore) {
    for (const node of [edges.left[refused], edges.right[refused]]) {
      const link = linkOf[node];
      if (degree[node] !== 1 || ambiguous[node] || edges.kind[link] !== EdgeKind.probabilistic) continue;
      if (edges.strength[refused] >= edges.strength[link] - ambiguityMargin) {
        ambiguous[node] = 1;
        ambiguousNodes++;
      }
    }
  }
  if (ambiguousNodes === 0) return { clustering: first, heldBack: new Int32Array(0), ambiguousNodes };
  // The same edges with the held-back ones turned into self-loops, which clustering skips.
  const left = Int32Array.from(edges.left.subarray(0, edges.count));
  const heldBack: number[] = [];
  for (let edge = 0; edge < edges.count; edge++) {
    if (edges.kind[edge] !== EdgeKind.probabilistic || !(ambiguous[edges.left[edge]] || ambiguous[edges.right[edge]])) continue;
    left[edge] = edges.right[edge];
    heldBack.push(edge);
  }
  const withheld: EdgeList = { count: edges.count, left, right: edges.right, strength: edges.strength };
  return { clustering: clusterWithOverrides(nodeCount, withheld, cannotLinks, makeGuard()), heldBack: Int32Array.from(heldBack), ambiguousNodes };
}
