/**
 * The weighted total of the scorecard: each component scored from 0 to 1, weighted by the
 * evaluator. Defaults favour correctness (MUSTs), then accuracy and exit readiness, then speed;
 * an evaluator sets their own in a JSON file (`--weights`), any key left out keeping its default.
 */
import { z } from 'zod';
import type { SuiteResult } from '../runner/results.js';
import type { Level } from '../requirements/index.js';
import type { AccuracyScore } from './accuracy.js';
import type { ExitRehearsal } from './exit-rehearsal.js';
import type { LatencyScore } from './latency.js';

const weight = z.number().min(0).max(1000);

export const Weights = z
  .object({
    must: weight.default(30).describe('Share of MUST requirements met.'),
    should: weight.default(10).describe('Share of SHOULD requirements met.'),
    may: weight.default(0).describe('Share of MAY requirements met.'),
    consolidationF1: weight.default(20).describe('Pairwise F1 of consolidation on the synthetic force.'),
    flagF1: weight.default(15).describe('F1 of flags against the flags the standard detectors give on the true people.'),
    latency: weight.default(5).describe('Core-read p95 latency against `latencyTargetMs` (1 at or under it).'),
    throughput: weight.default(5).describe('Ingest records per second against `throughputTarget` (1 at or over it).'),
    exit: weight.default(15).describe('Exit rehearsal: share of the state that survives export and import unchanged (the mean of the way out and the way back, where both are rehearsed).'),
    latencyTargetMs: z.number().positive().default(100).describe('The p95 latency that scores full marks.'),
    throughputTarget: z.number().positive().default(5000).describe('The ingest rate (records per second) that scores full marks.'),
  })
  .strict();
export type Weights = z.output<typeof Weights>;

export const defaultWeights: Weights = Weights.parse({});

export type Component = 'must' | 'should' | 'may' | 'consolidationF1' | 'flagF1' | 'latency' | 'throughput' | 'exit';
export const components: readonly Component[] = ['must', 'should', 'may', 'consolidationF1', 'flagF1', 'latency', 'throughput', 'exit'];

export interface WeightedTotal {
  /** 0 to 100. */
  readonly total: number;
  /** Each component's score from 0 to 1; null when it was not measured (it then scores 0). */
  readonly components: Readonly<Record<Component, number | null>>;
}

export interface ScoredTarget {
  readonly suite: SuiteResult;
  readonly accuracy?: AccuracyScore;
  readonly latency?: LatencyScore;
  readonly exit?: ExitRehearsal;
  readonly return?: ExitRehearsal;
}

/** Requirements met at a level: passes over everything that could be checked (skips aside). */
export function metShare(suite: SuiteResult, level: Level): number | null {
  const counts = suite.summary[level];
  const checked = counts.total - counts.skip;
  return checked === 0 ? null : counts.pass / checked;
}

export function weightedTotal(target: ScoredTarget, weights: Weights): WeightedTotal {
  const p95 = target.latency?.overall.p95Ms;
  const rate = target.accuracy?.ingestRecordsPerSecond;
  const scores: Record<Component, number | null> = {
    must: metShare(target.suite, 'MUST'),
    should: metShare(target.suite, 'SHOULD'),
    may: metShare(target.suite, 'MAY'),
    consolidationF1: target.accuracy?.consolidation.f1 ?? null,
    flagF1: target.accuracy?.flags.f1 ?? null,
    latency: p95 === undefined || Number.isNaN(p95) ? null : Math.min(1, weights.latencyTargetMs / Math.max(p95, 0.001)),
    throughput: rate === undefined ? null : Math.min(1, rate / weights.throughputTarget),
    // Leaving and coming back weigh alike; a target rehearsed one way only is scored on that way.
    exit: target.exit ? (target.return ? (target.exit.score + target.return.score) / 2 : target.exit.score) : null,
  };
  // A level with no requirements in the run (no MAYs yet) takes no weight rather than scoring 0.
  const counted = components.filter((component) => !(['must', 'should', 'may'] as Component[]).includes(component) || scores[component] !== null);
  const totalWeight = counted.reduce((sum, component) => sum + weights[component], 0);
  const earned = counted.reduce((sum, component) => sum + weights[component] * (scores[component] ?? 0), 0);
  return { total: totalWeight === 0 ? 0 : Math.round((earned / totalWeight) * 1000) / 10, components: scores };
}
