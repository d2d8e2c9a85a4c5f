/**
 * Which profile pairs link, and the node edges that carry those links into clustering.
 *
 * A pair sharing a strong identifier links on it (basis `identifier`) unless the identifier rule in
 * `scoring.ts` finds the rest of the identities contradicting it; any other pair links when its score
 * reaches the model's threshold (basis `probabilistic`).
 *
 * Nodes of one profile are joined in a star around its first node when the profile matches itself
 * (its identity holds a strong identifier, or is distinctive enough to score above the threshold
 * against itself). A profile that does not — "J Smith" and nothing else, recorded by two complaints —
 * keeps its nodes apart, and each of them gets its own edge to any profile it links with, exactly as
 * if every node had been compared on its own.
 */
import type { CandidatePairs } from './blocking.js';
import { identifierStrengthBase } from './clustering.js';
import { selfVector } from './comparison-vector.js';
import { EdgeKind, type EdgeBuilder, type EdgeKindCode } from './link-graph.js';
import type { ProfileSet } from './profiles.js';
import { contradictsSharedIdentifier, sharedIdentifierField, type PairScorer } from './scoring.js';

export interface LinkDecisions {
  /** Profile pairs (self pairs included) that link. */
  readonly linkedPairs: number;
  /** Pairs whose shared identifier the rest of the identity contradicted. */
  readonly vetoedIdentifierPairs: number;
}

/** Decides every candidate pair (and every profile against itself) and adds the resulting edges. */
export function decideLinks(
  edges: EdgeBuilder,
  profiles: ProfileSet,
  pairs: CandidatePairs,
  vectors: Int32Array,
  scorer: PairScorer,
): LinkDecisions {
  const { nodeStart, nodeIndexes } = profiles;
  const threshold = scorer.model.threshold;
  let linkedPairs = 0;
  let vetoedIdentifierPairs = 0;
  let strength = 0;
  let kind: EdgeKindCode = EdgeKind.probabilistic;
  let field = -1;
  /** Sets strength, kind and field for a linking pair; false when the pair does not link. */
  const decide = (left: number, vector: number): boolean => {
    const score = scorer.score(vector, left);
    field = sharedIdentifierField(vector);
    if (field >= 0 && contradictsSharedIdentifier(vector, field)) {
      vetoedIdentifierPairs++;
      field = -1;
    }
    if (field >= 0) {
      strength = identifierStrengthBase + score;
      kind = EdgeKind.identifier;
    } else if (score >= threshold) {
      strength = score;
      kind = EdgeKind.probabilistic;
    } else return false;
    linkedPairs++;
    return true;
  };
  const add = (leftNode: number, rightNode: number, vector: number) => edges.add(leftNode, rightNode, strength, kind, vector, field);

  const selfLinked = new Uint8Array(profiles.profileCount);
  for (let profile = 0; profile < profiles.profileCount; profile++) {
    if (nodeStart[profile + 1] - nodeStart[profile] < 2) continue;
    const vector = selfVector(profiles, profile);
    if (!decide(profile, vector)) continue;
    selfLinked[profile] = 1;
    const first = nodeIndexes[nodeStart[profile]];
    for (let slot = nodeStart[profile] + 1; slot < nodeStart[profile + 1]; slot++) add(first, nodeIndexes[slot], vector);
  }
  for (let pair = 0; pair < pairs.count; pair++) {
    const left = pairs.left[pair];
    const right = pairs.right[pair];
    const vector = vectors[pair];
    if (!decide(left, vector)) continue;
    const leftFirst = nodeIndexes[nodeStart[left]];
    const rightFirst = nodeIndexes[nodeStart[right]];
    add(leftFirst, rightFirst, vector);
    if (!selfLinked[left]) for (let slot = nodeStart[left] + 1; slot < nodeStart[left + 1]; slot++) add(nodeIndexes[slot], rightFirst, vector);
    if (!selfLinked[right]) for (let slot = nodeStart[right] + 1; slot < nodeStart[right + 1]; slot++) add(nodeIndexes[slot], leftFirst, vector);
  }
  return { linkedPairs, vetoedIdentifierPairs };
}
