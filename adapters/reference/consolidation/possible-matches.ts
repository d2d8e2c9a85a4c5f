/**
 * The possible-match queue of a run: pairs that did not link but came close (`link-decisions.ts`),
 * kept only when clustering left their nodes in different clusters (two records of one cluster are
 * already together, however weak their own pair), one per pair of clusters — the best-scoring pair of
 * nodes between them, which is the evidence a person reads — best score first.
 */
import type { CandidatePairs } from './blocking.js';
import type { LinkDecisions } from './link-decisions.js';
import type { ProfileSet } from './profiles.js';
import { round, type PairScorer } from './scoring.js';
import type { NodeCandidate } from './types.js';

export function possibleMatches(
  decisions: LinkDecisions,
  pairs: CandidatePairs,
  vectors: Int32Array,
  profiles: ProfileSet,
  rootOf: Int32Array,
  scorer: PairScorer,
): NodeCandidate[] {
  const best = new Map<string, number>();
  const { possiblePairs, possibleScores } = decisions;
  for (let index = 0; index < possiblePairs.length; index++) {
    const pair = possiblePairs[index];
    const leftNode = profiles.nodeIndexes[profiles.nodeStart[pairs.left[pair]]];
    const rightNode = profiles.nodeIndexes[profiles.nodeStart[pairs.right[pair]]];
    const leftRoot = rootOf[leftNode];
    const rightRoot = rootOf[rightNode];
    if (leftRoot === rightRoot) continue;
    const key = leftRoot < rightRoot ? `${leftRoot},${rightRoot}` : `${rightRoot},${leftRoot}`;
    const known = best.get(key);
    if (known === undefined || possibleScores[known] < possibleScores[index]) best.set(key, index);
  }
  const candidates: NodeCandidate[] = [];
  for (const index of best.values()) {
    const pair = possiblePairs[index];
    const left = pairs.left[pair];
    const right = pairs.right[pair];
    const leftNode = profiles.nodes[profiles.nodeIndexes[profiles.nodeStart[left]]].nodeId;
    const rightNode = profiles.nodes[profiles.nodeIndexes[profiles.nodeStart[right]]].nodeId;
    candidates.push({
      left: Math.min(leftNode, rightNode),
      right: Math.max(leftNode, rightNode),
      score: round(possibleScores[index]),
      threshold: scorer.model.threshold,
      comparisons: scorer.explain(vectors[pair], left, right),
    });
  }
  return candidates.sort((a, b) => b.score - a.score || a.left - b.left || a.right - b.right);
}
