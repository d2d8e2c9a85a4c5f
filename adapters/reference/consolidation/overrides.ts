/**
 * Contradictory overrides. Must-links are transitive (A must link B and B must link C puts A with C),
 * so a set of overrides contradicts itself exactly when some cannot-link joins two nodes that a chain
 * of must-links puts together — including a cannot-link of a node with itself. The engine checks a new
 * override together with the existing ones and answers 409 naming the overrides involved.
 */
import type { NodeOverride } from './types.js';

/**
 * The ids of a contradiction — the cannot-link, then the must-links of the shortest chain joining its
 * two nodes — or `null` when the overrides are consistent. When several contradictions exist, the
 * one of the latest cannot-link in the given order is reported (the engine lists the new override
 * last, so a new cannot-link names itself).
 */
export function findOverrideContradiction(overrides: readonly NodeOverride[]): string[] | null {
  const mustLinksOf = new Map<number, NodeOverride[]>();
  for (const override of overrides) {
    if (override.kind !== 'must_link') continue;
    for (const node of [override.left, override.right]) (mustLinksOf.get(node) ?? mustLinksOf.set(node, []).get(node)!).push(override);
  }
  for (let index = overrides.length - 1; index >= 0; index--) {
    const override = overrides[index];
    if (override.kind !== 'cannot_link') continue;
    if (override.left === override.right) return [override.overrideId];
    const chain = mustLinkChain(mustLinksOf, override.left, override.right);
    if (chain) return [override.overrideId, ...chain];
  }
  return null;
}

/** The must-links of the shortest chain from `start` to `goal` (breadth-first), or null. */
function mustLinkChain(mustLinksOf: Map<number, NodeOverride[]>, start: number, goal: number): string[] | null {
  const arrivedBy = new Map<number, NodeOverride | null>([[start, null]]);
  let frontier = [start];
  while (frontier.length > 0 && !arrivedBy.has(goal)) {
    const next: number[] = [];
    for (const node of frontier) {
      for (const link of mustLinksOf.get(node) ?? []) {
        const other = link.left === node ? link.right : link.left;
        if (arrivedBy.has(other)) continue;
        arrivedBy.set(other, link);
        next.push(other);
      }
    }
    frontier = next;
  }
  if (!arrivedBy.has(goal)) return null;
  const chain: string[] = [];
  for (let node = goal; node !== start;) {
    const link = arrivedBy.get(node)!;
    chain.push(link.overrideId);
    node = link.left === node ? link.right : link.left;
  }
  return chain.reverse();
}
