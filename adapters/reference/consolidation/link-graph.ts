/**
 * Edges between nodes, as clustering takes them, and the explanation of an edge clustering keeps.
 * Kept in typed arrays: a force has a million of them, and objects would cost the collector more
 * than the clustering itself.
 */
import type { NodeLink } from './types.js';
import type { EdgeList } from './clustering.js';
import { comparedFields, type ProfileSet } from './profiles.js';
import { round, type PairScorer } from './scoring.js';

export const EdgeKind = { override: 0, identifier: 1, probabilistic: 2 } as const;
export type EdgeKindCode = (typeof EdgeKind)[keyof typeof EdgeKind];

/** Edges with what is needed to explain them later. */
export class EdgeBuilder implements EdgeList {
  count = 0;
  left = new Int32Array(1024);
  right = new Int32Array(1024);
  strength = new Float64Array(1024);
  kind = new Uint8Array(1024);
  /** Override index for override edges; else the comparison vector of the two nodes' profiles. */
  reference = new Int32Array(1024);
  /** For identifier edges, the field index shared. */
  field = new Int8Array(1024);

  add(left: number, right: number, strength: number, kind: EdgeKindCode, reference: number, field = -1): void {
    if (this.count === this.left.length) this.grow();
    const index = this.count++;
    this.left[index] = Math.min(left, right);
    this.right[index] = Math.max(left, right);
    this.strength[index] = strength;
    this.kind[index] = kind;
    this.reference[index] = reference;
    this.field[index] = field;
  }

  private grow(): void {
    const size = this.left.length * 2;
    const larger = <T extends Int32Array | Float64Array | Uint8Array | Int8Array>(array: T): T => {
      const next = new (array.constructor as new (length: number) => T)(size);
      next.set(array);
      return next;
    };
    this.left = larger(this.left);
    this.right = larger(this.right);
    this.strength = larger(this.strength);
    this.kind = larger(this.kind);
    this.reference = larger(this.reference);
    this.field = larger(this.field);
  }
}

/** The explanation of an accepted edge, with node ids. */
export function explainEdge(edges: EdgeBuilder, edge: number, profiles: ProfileSet, scorer: PairScorer, overrideIds: readonly string[]): NodeLink {
  // Object literals of one shape each (no spreads): a force has hundreds of thousands of links.
  const leftNode = profiles.nodes[edges.left[edge]];
  const left = leftNode.nodeId;
  const right = profiles.nodes[edges.right[edge]].nodeId;
  if (edges.kind[edge] === EdgeKind.override) return { left, right, basis: 'override', overrideId: overrideIds[edges.reference[edge]] };
  if (edges.kind[edge] === EdgeKind.identifier) {
    const field = comparedFields[edges.field[edge]];
    return { left, right, basis: 'identifier', identifier: { field, value: leftNode.identity[field]! } };
  }
  const leftProfile = profiles.profileOfNode[edges.left[edge]];
  const rightProfile = profiles.profileOfNode[edges.right[edge]];
  const vector = edges.reference[edge];
  return {
    left,
    right,
    basis: 'probabilistic',
    score: round(scorer.score(vector, leftProfile)),
    threshold: scorer.model.threshold,
    comparisons: scorer.explain(vector, leftProfile, rightProfile),
  };
}
