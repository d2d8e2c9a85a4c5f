/**
 * The possible-match queue of a run: pairs that did not link but came close (`link-decisions.ts`),
 * and probabilistic links held back because the record fits two people equally
 * (`ambiguous-links.ts`), kept only when clustering left their nodes in different clusters — two
 * records of one cluster are already together, however weak their own pair. One per pair of clusters
 * not cannot-linked by a person, the best-scoring pair of nodes between them (the evidence a person
 * reads), best first. Links a merge guard refused are not queued on their own: most join a record
 * already held firmly (by a shared number) to a namesake, and asking about each would bury the real
 * questions.
 */
import type { CandidatePairs } from './blocking.js';
import type { LinkDecisions } from './link-decisions.js';
import type { EdgeBuilder } from './link-graph.js';
import type { ProfileSet } from './profiles.js';
import { round, type PairScorer } from './scoring.js';
import type { NodeCandidate } from './types.js';

interface Possible {
  readonly leftNode: number;
  readonly rightNode: number;
  readonly vector: number;
  readonly score: number;
}

export function possibleMatches(
  decisions: LinkDecisions,
  pairs: CandidatePairs,
  vectors: Int32Array,
  profiles: ProfileSet,
  rootOf: Int32Array,
  nearEdges: Int32Array,
  edges: EdgeBuilder,
  scorer: PairScorer,
  cannotLinks: readonly (readonly [number, number])[],
): NodeCandidate[] {
  const keyOf = (leftRoot: number, rightRoot: number) => (leftRoot < rightRoot ? `${leftRoot},${rightRoot}` : `${rightRoot},${leftRoot}`);
  // A person already said these clusters are two people: the question is answered.
  const decided = new Set(cannotLinks.map(([left, right]) => keyOf(rootOf[left], rootOf[right])));
  const best = new Map<string, Possible>();
  const consider = (possible: Possible) => {
    const leftRoot = rootOf[possible.leftNode];
    const rightRoot = rootOf[possible.rightNode];
    if (leftRoot === rightRoot) return;
    const key = keyOf(leftRoot, rightRoot);
    if (decided.has(key)) return;
    const known = best.get(key);
    if (known === undefined || known.score < possible.score) best.set(key, possible);
  };
  const firstNode = (profile: number) => profiles.nodeIndexes[profiles.nodeStart[profile]];
  const { possiblePairs, possibleScores } = decisions;
  for (let index = 0; index < possiblePairs.length; index++) {
    const pair = possiblePairs[index];
    consider({ leftNode: firstNode(pairs.left[pair]), rightNode: firstNode(pairs.right[pair]), vector: vectors[pair], score: possibleScores[index] });
  }
  for (const edge of nearEdges) {
    const vector = edges.reference[edge];
    consider({ leftNode: edges.left[edge], rightNode: edges.right[edge], vector, score: scorer.score(vector, profiles.profileOfNode[edges.left[edge]]) });
  }
  const candidates: NodeCandidate[] = [];
  for (const { leftNode, rightNode, vector, score } of best.values()) {
    const left = profiles.nodes[leftNode].nodeId;
    const right = profiles.nodes[rightNode].nodeId;
    candidates.push({
      left: Math.min(left, right),
      right: Math.max(left, right),
      score: round(score),
      threshold: scorer.model.threshold,
      comparisons: scorer.explain(vector, profiles.profileOfNode[leftNode], profiles.profileOfNode[rightNode]),
    });
  }
  return candidates.sort((a, b) => b.score - a.score || a.left - b.left || a.right - b.right);
}
