/**
 * Clustering under overrides: Kruskal's maximum spanning forest with cannot-link constraints.
 *
 * Every edge (a must-link override, an identifier link or a probabilistic link) has a strength, and
 * edges are taken strongest first: must-links (infinite), then identifier links, then probabilistic
 * links by score; ties in the order the caller built the edges, which is canonical (by node and
 * profile order), so the result does not depend on input order. An edge is
 * accepted when it joins two different clusters and the merged cluster would hold no cannot-linked
 * pair; otherwise it is refused ("cut"). The accepted edges of a cluster are its spanning tree, in
 * order of evidence.
 *
 * Why this obeys cannot-links by cutting the weakest links: if a chain of links would join two
 * cannot-linked nodes, every link of the chain stronger than the weakest is taken first, so the
 * merge that finally closes the chain — the one through its weakest link — is the one refused. The
 * two nodes end in separate clusters and everything more strongly supported stays together.
 *
 * A `MergeGuard` may refuse further merges on evidence about whole clusters (see
 * `identifier-conflicts.ts`); a refused edge is cut the same way.
 *
 * Must-links are always applied, even against a cannot-link or the guard (the engine refuses
 * contradictory overrides before storing them, so this only happens when records are re-ingested
 * into a shape that makes old overrides clash); the unmet cannot-links are counted, not hidden.
 */

/** Edge strengths: must-links before identifier links before any score. */
export const overrideStrength = Number.POSITIVE_INFINITY;
export const identifierStrengthBase = 1e6;
/** Identifier links to a node holding no name: after every named identifier link, before any score. */
export const namelessIdentifierStrengthBase = identifierStrengthBase - 500;
/** Every probabilistic link is weaker than this; every identifier link stronger. */
const probabilisticStrengthCeiling = namelessIdentifierStrengthBase - 250;

export interface EdgeList {
  readonly count: number;
  readonly left: Int32Array;
  readonly right: Int32Array;
  readonly strength: Float64Array;
}

/** Judges merges on what whole clusters hold; told of every merge made. */
export interface MergeGuard {
  /** `byScore`: the merging edge is a probabilistic link (not a shared identifier). */
  allows(leftRoot: number, rightRoot: number, byScore: boolean): boolean;
  joined(root: number, absorbed: number): void;
}

export interface ClusteringResult {
  /** The cluster root of each node. */
  readonly rootOf: Int32Array;
  /** Accepted edges (indexes into the edge list), strongest first. */
  readonly accepted: Int32Array;
  /** Edges refused because they would have joined cannot-linked nodes. */
  readonly cut: number;
  /** Edges refused by the merge guard. */
  readonly refused: number;
  /** The probabilistic edges among them: near things a person may want to see. */
  readonly refusedByScore: Int32Array;
  /** Cannot-links that could not be honoured: of a node with itself, or overruled by a must-link. */
  readonly unmetCannotLinks: number;
}

/** Union–find with union by size and path halving. */
class DisjointSets {
  readonly parent: Int32Array;
  private readonly size: Int32Array;

  constructor(count: number) {
    this.parent = new Int32Array(count);
    for (let index = 0; index < count; index++) this.parent[index] = index;
    this.size = new Int32Array(count).fill(1);
  }

  find(node: number): number {
    const parent = this.parent;
    while (parent[node] !== node) {
      parent[node] = parent[parent[node]];
      node = parent[node];
    }
    return node;
  }

  /** Joins two roots; returns the surviving root. */
  union(left: number, right: number): number {
    const [big, small] = this.size[left] >= this.size[right] ? [left, right] : [right, left];
    this.parent[small] = big;
    this.size[big] += this.size[small];
    return big;
  }
}

// Packed sort keys: the strength's rank in steps of 1/1024 from the strongest packable strength
// (must-links rank 0), times 2^22, plus the edge index, below 2^53. One numeric typed-array sort then
// replaces millions of comparator calls.
const strengthSteps = 1024;
const weakestStrength = -1000;
const strongestStrength = identifierStrengthBase + 1000;
const indexSpace = 2 ** 22;
const lastRank = Math.round((strongestStrength - weakestStrength) * strengthSteps) + 1;

/**
 * Edges strongest first, ties in edge order (the caller builds edges in a canonical order, so this
 * does not depend on the order nodes were given in). Strengths closer than 1/1024 count as ties.
 */
function strongestFirst(edges: EdgeList): Int32Array {
  const keys = new Float64Array(edges.count);
  let packable = edges.count < indexSpace;
  for (let edge = 0; edge < edges.count && packable; edge++) {
    const strength = edges.strength[edge];
    const rank = strength === overrideStrength ? 0 : 1 + Math.round((strongestStrength - strength) * strengthSteps);
    packable = rank >= 0 && rank <= lastRank;
    keys[edge] = rank * indexSpace + edge;
  }
  const order = new Int32Array(edges.count);
  if (packable) {
    keys.sort();
    for (let rank = 0; rank < edges.count; rank++) order[rank] = keys[rank] % indexSpace;
    return order;
  }
  // Out of the packable range (scores beyond ±1000, or over four million edges): compare directly.
  for (let edge = 0; edge < edges.count; edge++) order[edge] = edge;
  return order.sort((a, b) => edges.strength[b] - edges.strength[a] || a - b);
}

function listOf(lists: Map<number, number[]>, key: number): number[] {
  let list = lists.get(key);
  if (!list) lists.set(key, (list = []));
  return list;
}

/**
 * Clusters `nodeCount` nodes with the given edges (must-links have `overrideStrength`), honouring
 * cannot-links given as pairs of node indexes, and the guard when there is one.
 */
export function clusterWithOverrides(
  nodeCount: number,
  edges: EdgeList,
  cannotLinks: readonly (readonly [number, number])[],
  guard?: MergeGuard,
): ClusteringResult {
  const sets = new DisjointSets(nodeCount);
  // For each cluster root holding an end of a cannot-link, the other ends (few nodes have any).
  const forbidden = new Map<number, number[]>();
  let unmetCannotLinks = 0;
  for (const [left, right] of cannotLinks) {
    if (left === right) {
      unmetCannotLinks++;
      continue;
    }
    listOf(forbidden, left).push(right);
    listOf(forbidden, right).push(left);
  }
  const violates = (leftRoot: number, rightRoot: number): boolean => {
    const leftList = forbidden.get(leftRoot);
    const rightList = forbidden.get(rightRoot);
    if (!leftList || !rightList) return false;
    const [list, otherRoot] = leftList.length <= rightList.length ? [leftList, rightRoot] : [rightList, leftRoot];
    return list.some((node) => sets.find(node) === otherRoot);
  };
  const accepted: number[] = [];
  const refusedByScore: number[] = [];
  let cut = 0;
  let refused = 0;
  for (const edge of strongestFirst(edges)) {
    const leftRoot = sets.find(edges.left[edge]);
    const rightRoot = sets.find(edges.right[edge]);
    if (leftRoot === rightRoot) continue;
    const isMustLink = edges.strength[edge] === overrideStrength;
    if (violates(leftRoot, rightRoot)) {
      if (!isMustLink) {
        cut++;
        continue;
      }
      unmetCannotLinks++;
    }
    const byScore = edges.strength[edge] < probabilisticStrengthCeiling;
    if (!isMustLink && guard && !guard.allows(leftRoot, rightRoot, byScore)) {
      refused++;
      if (byScore) refusedByScore.push(edge);
      continue;
    }
    const root = sets.union(leftRoot, rightRoot);
    const absorbed = root === leftRoot ? rightRoot : leftRoot;
    guard?.joined(root, absorbed);
    const moved = forbidden.get(absorbed);
    if (moved) {
      forbidden.delete(absorbed);
      listOf(forbidden, root).push(...moved);
    }
    accepted.push(edge);
  }
  const rootOf = new Int32Array(nodeCount);
  for (let node = 0; node < nodeCount; node++) rootOf[node] = sets.find(node);
  return { rootOf, accepted: Int32Array.from(accepted), cut, refused, refusedByScore: Int32Array.from(refusedByScore), unmetCannotLinks };
}
