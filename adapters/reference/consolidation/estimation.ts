/**
 * Estimating the match model by expectation–maximisation (EM), Fellegi–Sunter style: pairs are a
 * mixture of matches and non-matches, each field's level independent given the class, and EM finds
 * the m and u probabilities and the match share that explain the observed comparison vectors.
 *
 * Which pairs: all pairs of distinct identities, not only the candidates. Candidates are by
 * construction pairs that agree on something, so EM run on them alone mistakes "shares a common name"
 * for "same person" — we saw it settle on half of all candidates being matches. Here the pairs that
 * blocking did not select are taken to be non-matches (blocking is built to keep every likely
 * match) and are represented by a random sample of pairs, weighted up to their number. So u is, in
 * effect, measured on random pairs (as Splink does), m is learned from the candidates EM believes
 * are matches, and the match probability is a proper prior over all pairs, which is what the
 * term-frequency adjustment and the threshold (posterior odds) assume.
 *
 * EM runs on distinct vectors with counts (a few thousand), so it costs milliseconds. Every level
 * gets a pseudo-count of half a pair (for u, half a sampled pair: a level never seen in the sample
 * is rarer than one in the sample, not impossible), so that no level gets an infinite weight.
 */
import type { BlockingIndex } from './blocking.js';
import { Level } from './field-comparators.js';
import { levelCount, type ModelParameters } from './match-model.js';
import { priorFields, priorMatchProbability } from './model-priors.js';
import { comparedFields, familyIndex, fieldCount, givenIndex, type ProfileSet } from './profiles.js';
import { randomPairVectors } from './random-pairs.js';
import { termFrequenciesOf } from './term-frequencies.js';

/**
 * Fewer candidate pairs than this and EM is not run: on a handful of pairs it fits noise (or one
 * person's quirks), so the documented priors are used instead.
 */
export const minimumPairsForEstimation = 2000;

/** Random pairs measured for u: enough to see agreements as rare as a shared date of birth. */
export const backgroundSampleSize = 250_000;

const maximumIterations = 200;
/** Convergence: no probability (nor the match probability) moves by more than this factor, in log. */
const tolerance = 1e-7;
const pseudoCount = 0.5;

/** A complete model for a set of profiles: EM (or the priors), name frequencies, the threshold. */
export function estimateModel(profiles: ProfileSet, index: BlockingIndex, candidates: Int32Array, threshold: number): ModelParameters {
  const useEm = candidates.length >= minimumPairsForEstimation;
  const estimated = useEm
    ? estimateByExpectationMaximisation({
        candidates,
        background: randomPairVectors(profiles, index, backgroundSampleSize),
        totalPairs: (profiles.profileCount * (profiles.profileCount - 1)) / 2,
      })
    : { fields: priorFields(), matchProbability: priorMatchProbability, iterations: 0 };
  return {
    fields: estimated.fields,
    matchProbability: estimated.matchProbability,
    threshold,
    termFrequencies: { givenName: termFrequenciesOf(profiles, givenIndex), familyName: termFrequenciesOf(profiles, familyIndex) },
    estimation: { method: useEm ? 'expectation-maximisation' : 'priors', candidatePairs: candidates.length, iterations: estimated.iterations },
  };
}

export interface EstimationInput {
  /** Comparison vectors of the candidate pairs. */
  readonly candidates: Int32Array;
  /** Comparison vectors of random pairs, standing for every pair blocking did not select. */
  readonly background: Int32Array;
  /** All pairs of distinct identities, C(n, 2). */
  readonly totalPairs: number;
}

export interface EstimationResult {
  readonly fields: ModelParameters['fields'];
  readonly matchProbability: number;
  readonly iterations: number;
}

/** The distinct vectors among `vectors`, ascending, and how often each occurs. */
export function countVectors(vectors: Int32Array): { vectors: Int32Array; counts: Float64Array } {
  const counts = new Map<number, number>();
  for (const vector of vectors) counts.set(vector, (counts.get(vector) ?? 0) + 1);
  const distinct = Int32Array.from([...counts.keys()].sort((left, right) => left - right));
  return { vectors: distinct, counts: Float64Array.from(distinct, (vector) => counts.get(vector)!) };
}

function levelsOf(vectors: Int32Array): Uint8Array {
  const levels = new Uint8Array(vectors.length * fieldCount);
  vectors.forEach((vector, pattern) => {
    for (let field = 0; field < fieldCount; field++) levels[pattern * fieldCount + field] = (vector >>> (field * 3)) & 7;
  });
  return levels;
}

/** Adds `weight` to the totals of every scored level of a pattern. */
function accumulate(totals: Float64Array, levels: Uint8Array, pattern: number, weight: number): void {
  for (let field = 0; field < fieldCount; field++) {
    const level = levels[pattern * fieldCount + field];
    if (level !== Level.missing) totals[field * levelCount + level] += weight;
  }
}

/** Runs EM from the priors. */
export function estimateByExpectationMaximisation({ candidates, background, totalPairs }: EstimationInput): EstimationResult {
  const candidate = countVectors(candidates);
  const backgroundCounted = countVectors(background);
  const candidateLevels = levelsOf(candidate.vectors);
  const backgroundLevels = levelsOf(backgroundCounted.vectors);
  const backgroundWeight = background.length === 0 ? 0 : Math.max(0, totalPairs - candidates.length) / background.length;
  const m = new Float64Array(fieldCount * levelCount);
  const u = new Float64Array(fieldCount * levelCount);
  const priors = priorFields();
  comparedFields.forEach((field, index) => {
    m.set(priors[field].m, index * levelCount);
    u.set(priors[field].u, index * levelCount);
  });
  let matchProbability = priorMatchProbability;
  const matchTotals = new Float64Array(fieldCount * levelCount);
  const nonMatchTotals = new Float64Array(fieldCount * levelCount);
  // Pairs outside the candidates are non-matches in every iteration: their totals never change.
  const backgroundTotals = new Float64Array(fieldCount * levelCount);
  backgroundCounted.counts.forEach((count, pattern) => accumulate(backgroundTotals, backgroundLevels, pattern, count * backgroundWeight));
  let iterations = 0;
  while (iterations < maximumIterations) {
    iterations++;
    matchTotals.fill(0);
    nonMatchTotals.set(backgroundTotals);
    let expectedMatches = 0;
    const logPriorOdds = Math.log(matchProbability / (1 - matchProbability));
    for (let pattern = 0; pattern < candidate.vectors.length; pattern++) {
      let logOdds = logPriorOdds;
      for (let field = 0; field < fieldCount; field++) {
        const level = candidateLevels[pattern * fieldCount + field];
        if (level !== Level.missing) logOdds += Math.log(m[field * levelCount + level] / u[field * levelCount + level]);
      }
      const posterior = 1 / (1 + Math.exp(-logOdds));
      const count = candidate.counts[pattern];
      expectedMatches += posterior * count;
      accumulate(matchTotals, candidateLevels, pattern, posterior * count);
      accumulate(nonMatchTotals, candidateLevels, pattern, (1 - posterior) * count);
    }
    const nextProbability = Math.min(0.5, Math.max(1e-12, expectedMatches / Math.max(1, totalPairs)));
    let change = Math.abs(Math.log(nextProbability / matchProbability));
    matchProbability = nextProbability;
    for (let field = 0; field < fieldCount; field++) {
      change = Math.max(
        change,
        normalise(matchTotals, m, field, pseudoCount),
        normalise(nonMatchTotals, u, field, pseudoCount * Math.max(1, backgroundWeight)),
      );
    }
    if (change < tolerance) break;
  }
  const fields = Object.fromEntries(
    comparedFields.map((field, index) => [
      field,
      { m: Array.from(m.subarray(index * levelCount, (index + 1) * levelCount)), u: Array.from(u.subarray(index * levelCount, (index + 1) * levelCount)) },
    ]),
  ) as ModelParameters['fields'];
  return { fields, matchProbability, iterations };
}

/** Writes one field's smoothed level shares into `probabilities`; returns the largest relative change. */
function normalise(totals: Float64Array, probabilities: Float64Array, field: number, pseudo: number): number {
  const base = field * levelCount;
  let sum = 0;
  for (let level = 0; level < levelCount; level++) if (level !== Level.missing) sum += totals[base + level] + pseudo;
  let change = 0;
  for (let level = 0; level < levelCount; level++) {
    const next = level === Level.missing ? 1 : (totals[base + level] + pseudo) / sum;
    change = Math.max(change, Math.abs(Math.log(next / probabilities[base + level])));
    probabilities[base + level] = next;
  }
  return change;
}
