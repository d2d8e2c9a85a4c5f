/**
 * Which profile pairs link, and the node edges that carry those links into clustering.
 *
 * A pair sharing a strong identifier links on it (basis `identifier`) unless the identifier rule in
 * `scoring.ts` finds the rest of the identities outweighing it; such a pair is then scored without
 * the shared identifier's weight. Any other pair links when its score reaches the model's threshold
 * (basis `probabilistic`) — but never when both hold a date of birth and the dates differ outright
 * (not a slip or a swap): a father and son of one name at one address score high on everything else,
 * and a date typed wholly wrong is rarer than a namesake. A pair that does not link but scores within `reviewBand` of the threshold
 * is a possible match: kept for a person to decide (`possible-matches.ts`), never merged.
 *
 * Identifier links to a node without any name (a roster line, an access log) come after all named
 * identifier links, strongest first by how many issued numbers the named side holds: a name-less
 * record cannot contradict anything, so the number it carries is given to the system of record that
 * issued it (an HR record holding staff, payroll and NI numbers) before a form that merely quotes it,
 * perhaps mistyped. The name guard in clustering then stops it bridging two named people.
 *
 * Nodes of one profile are joined in a star around its first node when the profile matches itself
 * (its identity holds a strong identifier, or is distinctive enough to score above the threshold
 * against itself). A profile that does not — "J Smith" and nothing else, recorded by two complaints —
 * keeps its nodes apart, and each of them gets its own edge to any profile it links with, exactly as
 * if every node had been compared on its own.
 */
import type { CandidatePairs } from './blocking.js';
import { identifierStrengthBase, namelessIdentifierStrengthBase } from './clustering.js';
import { EdgeKind, type EdgeBuilder, type EdgeKindCode } from './link-graph.js';
import { comparerOf, levelAt } from './comparison-vector.js';
import { Level } from './field-comparators.js';
import { dateIndex, familyIndex, fieldCount, fieldIndex, givenIndex, type ProfileSet } from './profiles.js';
import { contradictsSharedIdentifier, sharedIdentifierField, type PairScorer } from './scoring.js';

export interface LinkDecisions {
  /** Profile pairs (self pairs included) that link. */
  readonly linkedPairs: number;
  /** Pairs whose shared identifier the rest of the identity contradicted. */
  readonly vetoedIdentifierPairs: number;
  /** Candidate pairs (indexes into the candidate list) that did not link but scored within the review band. */
  readonly possiblePairs: Int32Array;
  /** Their scores, in the same order. */
  readonly possibleScores: Float64Array;
}

/**
 * How far below the threshold (log2 odds) a pair still goes before a person: odds of 1:4 at
 * threshold 0. Measured on the typical force (10,000 people): a band of 6 bits queued 2,860 pairs
 * (0.86% of records) of which 8.5% were one person; 2 bits, 1,711 pairs (0.51%) and 13%; 1 bit,
 * 888 (0.27%) and 20%. A person's time goes further on the narrower band.
 */
export const defaultReviewBand = 2;

const issuedFields = [fieldIndex.staffNumber, fieldIndex.warrantNumber, fieldIndex.payrollNumber, fieldIndex.niNumber];

/** Decides every candidate pair (and every profile against itself) and adds the resulting edges. */
export function decideLinks(
  edges: EdgeBuilder,
  profiles: ProfileSet,
  pairs: CandidatePairs,
  vectors: Int32Array,
  scorer: PairScorer,
  reviewBand = defaultReviewBand,
): LinkDecisions {
  const { nodeStart, nodeIndexes, valueIds } = profiles;
  const threshold = scorer.model.threshold;
  const named = (profile: number) => valueIds[profile * fieldCount + givenIndex] >= 0 || valueIds[profile * fieldCount + familyIndex] >= 0;
  const issuedCount = (profile: number) => issuedFields.reduce((count, field) => count + (valueIds[profile * fieldCount + field] >= 0 ? 1 : 0), 0);
  let linkedPairs = 0;
  let vetoedIdentifierPairs = 0;
  let strength = 0;
  let kind: EdgeKindCode = EdgeKind.probabilistic;
  let field = -1;
  let lastScore = 0;
  /** Sets strength, kind and field for a linking pair; false when the pair does not link. */
  const decide = (left: number, right: number, vector: number): boolean => {
    let score = scorer.score(vector, left);
    field = sharedIdentifierField(vector);
    if (field >= 0 && contradictsSharedIdentifier(vector, field)) {
      vetoedIdentifierPairs++;
      score -= scorer.fieldWeight(vector, left, field);
      field = -1;
    }
    lastScore = score;
    if (field >= 0) {
      const leftNamed = named(left);
      const rightNamed = named(right);
      kind = EdgeKind.identifier;
      if (leftNamed && rightNamed) strength = identifierStrengthBase + score;
      else strength = namelessIdentifierStrengthBase + score + (leftNamed ? issuedCount(left) : 0) + (rightNamed ? issuedCount(right) : 0);
    } else if (score >= threshold && levelAt(vector, dateIndex) !== Level.different) {
      strength = score;
      kind = EdgeKind.probabilistic;
    } else return false;
    linkedPairs++;
    return true;
  };
  const add = (leftNode: number, rightNode: number, vector: number) => edges.add(leftNode, rightNode, strength, kind, vector, field);

  const selfLinked = new Uint8Array(profiles.profileCount);
  const comparer = comparerOf(profiles);
  for (let profile = 0; profile < profiles.profileCount; profile++) {
    if (nodeStart[profile + 1] - nodeStart[profile] < 2) continue;
    const vector = comparer.self(profile);
    if (!decide(profile, profile, vector)) continue;
    selfLinked[profile] = 1;
    const first = nodeIndexes[nodeStart[profile]];
    for (let slot = nodeStart[profile] + 1; slot < nodeStart[profile + 1]; slot++) add(first, nodeIndexes[slot], vector);
  }
  const possiblePairs: number[] = [];
  const possibleScores: number[] = [];
  for (let pair = 0; pair < pairs.count; pair++) {
    const left = pairs.left[pair];
    const right = pairs.right[pair];
    const vector = vectors[pair];
    if (!decide(left, right, vector)) {
      if (lastScore >= threshold - reviewBand) {
        possiblePairs.push(pair);
        possibleScores.push(lastScore);
      }
      continue;
    }
    const leftFirst = nodeIndexes[nodeStart[left]];
    const rightFirst = nodeIndexes[nodeStart[right]];
    add(leftFirst, rightFirst, vector);
    if (!selfLinked[left]) for (let slot = nodeStart[left] + 1; slot < nodeStart[left + 1]; slot++) add(nodeIndexes[slot], rightFirst, vector);
    if (!selfLinked[right]) for (let slot = nodeStart[right] + 1; slot < nodeStart[right + 1]; slot++) add(nodeIndexes[slot], leftFirst, vector);
  }
  return { linkedPairs, vetoedIdentifierPairs, possiblePairs: Int32Array.from(possiblePairs), possibleScores: Float64Array.from(possibleScores) };
}
