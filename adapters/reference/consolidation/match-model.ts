/**
 * The Fellegi–Sunter match model: for each compared field and comparison level, the probability m
 * of seeing that level between two records of one person and u between records of two people. A
 * level's weight is log2(m / u); a pair's score is the prior log-odds plus its fields' weights, and
 * the pair links when the score reaches the threshold.
 *
 * Exact agreement on a name is worth more for a rare name than for a common one: for given and
 * family names the exact weight is adjusted by term frequency (as Splink does), by log2 of the
 * average chance that two people share a name over this name's own frequency.
 *
 * The model travels to the engine as JSON (`MatchModel.parameters`) and comes back for incremental
 * runs, so it is validated on the way in.
 */
import { z } from 'zod';
import { comparisonLevels } from '../../../src/contract/index.js';
import { Level } from './field-comparators.js';
import { comparedFields, fieldCount } from './profiles.js';
import type { MatchModel } from './types.js';

export const matchModelVersion = 'plumbline-fs-1';
export const levelCount = comparisonLevels.length;

const LevelProbabilities = z.array(z.number().min(0).max(1)).length(levelCount);

const TermFrequencies = z.object({
  /** Frequency of each name held by at least two nodes (share of nodes holding that name). */
  frequencies: z.record(z.string(), z.number().positive().max(1)),
  /** Frequency assumed for a name not listed (seen once, or new since the model was estimated). */
  floor: z.number().positive().max(1),
  /** Chance that two nodes drawn at random share a name (Σ frequency²): the weight's reference point. */
  average: z.number().positive().max(1),
});
export type TermFrequencies = z.output<typeof TermFrequencies>;

export const ModelParameters = z.object({
  fields: z.object(Object.fromEntries(comparedFields.map((field) => [field, z.object({ m: LevelProbabilities, u: LevelProbabilities })]))),
  /** Share of candidate pairs that are matches (the prior). */
  matchProbability: z.number().gt(0).lt(1),
  /** Score (log2 odds) at or above which a pair links. */
  threshold: z.number(),
  termFrequencies: z.object({ givenName: TermFrequencies, familyName: TermFrequencies }),
  /** How the model was obtained, for the run's statistics and for people reading it. */
  estimation: z.object({ method: z.string(), candidatePairs: z.number().int().min(0), iterations: z.number().int().min(0) }),
});
export type ModelParameters = z.output<typeof ModelParameters>;

/** The model ready for scoring: weights in a flat table, term-frequency adjustments by name. */
export interface CompiledModel {
  readonly parameters: ModelParameters;
  /** weights[field * levelCount + level] = log2(m / u); 0 for `missing`. */
  readonly weights: Float64Array;
  /** log2(p / (1 − p)) for the match probability p. */
  readonly prior: number;
  readonly threshold: number;
  /** Term-frequency adjustment of an exact given / family name match. */
  readonly givenAdjustment: (name: string) => number;
  readonly familyAdjustment: (name: string) => number;
}

/** The largest adjustment either way: one name must not outweigh all other evidence. */
const maximumAdjustment = 6;

function adjustmentOf(table: TermFrequencies): (name: string) => number {
  // A map, not the object: a name such as "constructor" must not find Object.prototype's.
  const frequencies = new Map(Object.entries(table.frequencies));
  return (name) => {
    const frequency = frequencies.get(name) ?? table.floor;
    return Math.max(-maximumAdjustment, Math.min(maximumAdjustment, Math.log2(table.average / frequency)));
  };
}

/** Turns validated parameters into lookup tables. */
export function compileModel(parameters: ModelParameters): CompiledModel {
  const weights = new Float64Array(fieldCount * levelCount);
  comparedFields.forEach((field, fieldIndex) => {
    const { m, u } = parameters.fields[field];
    for (let level = 0; level < levelCount; level++) {
      weights[fieldIndex * levelCount + level] = level === Level.missing ? 0 : Math.log2(m[level] / u[level]);
    }
  });
  const p = parameters.matchProbability;
  return {
    parameters,
    weights,
    prior: Math.log2(p / (1 - p)),
    threshold: parameters.threshold,
    givenAdjustment: adjustmentOf(parameters.termFrequencies.givenName),
    familyAdjustment: adjustmentOf(parameters.termFrequencies.familyName),
  };
}

/** Wraps parameters for the engine to store. */
export function toMatchModel(parameters: ModelParameters): MatchModel {
  return { version: matchModelVersion, parameters };
}

/** Reads a stored model back, refusing one of another version or shape (the engine should then run in full). */
export function fromMatchModel(model: MatchModel): ModelParameters {
  if (model.version !== matchModelVersion) {
    throw new TypeError(`match model version "${model.version}" is not "${matchModelVersion}": run a full consolidation to estimate a new one`);
  }
  return ModelParameters.parse(model.parameters);
}
