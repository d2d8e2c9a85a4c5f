/**
 * The weighted total of the scorecard: each component scored from 0 to 1, weighted by the
 * evaluator. Defaults favour correctness (MUSTs), then accuracy and exit readiness, then speed;
 * an evaluator sets their own in a JSON file (`--weights`), any key left out keeping its default.
 * No absolute target: speed is scored against the reference engine measured in the same run.
 */
import { z } from 'zod';
import type { SuiteResult } from '../runner/results.js';
import type { Level } from '../requirements/index.js';
import type { TargetScores } from './score-target.js';

const weight = z.number().min(0).max(1000);

export const Weights = z
  .object({
    must: weight.default(30).describe('Share of the MUST requirements that apply to what the target offers which it meets.'),
    should: weight.default(10).describe('Share of the applicable SHOULD requirements met.'),
    may: weight.default(0).describe('Share of the applicable MAY requirements met.'),
    consolidationF1: weight.default(20).describe('Pairwise F1 of consolidation on the synthetic force.'),
    flagF1: weight.default(15).describe('F1 of flags against the flags the standard detectors give on the true people.'),
    latency: weight
      .default(5)
      .describe('Core-read p95 latency against the reference engine measured in the same run, operation by operation (1 when as fast or faster).'),
    throughput: weight.default(5).describe('Ingest records per second against the reference engine measured in the same run (1 when as fast or faster).'),
    exit: weight
      .default(15)
      .describe(
        'Exit rehearsal: share of the state that survives export and import unchanged (the mean of the way out and the way back, where both are rehearsed).',
      ),
  })
  .strict();
export type Weights = z.output<typeof Weights>;

export const defaultWeights: Weights = Weights.parse({});

export type Component = 'must' | 'should' | 'may' | 'consolidationF1' | 'flagF1' | 'latency' | 'throughput' | 'exit';
export const components: readonly Component[] = ['must', 'should', 'may', 'consolidationF1', 'flagF1', 'latency', 'throughput', 'exit'];

/** The reference engine's speed, measured in the same run on the same machine: what speed is scored against. */
export interface SpeedReference {
  readonly ingestRecordsPerSecond?: number;
  readonly p95Ms?: number;
  /** p95 per read operation: latency is compared operation by operation, over those both measured. */
  readonly p95ByOperation?: Readonly<Record<string, number>>;
}

/** Latency against the reference: the mean over the operations both measured of reference p95 ÷ target p95, each at most 1. */
function latencyRatio(latency: TargetScores['latency'], reference: SpeedReference | undefined): number | undefined {
  if (!latency || !reference?.p95ByOperation) return undefined;
  const shared = Object.keys(latency.byOperation).filter((operation) => reference.p95ByOperation![operation] !== undefined);
  if (shared.length === 0) return undefined;
  const ratios = shared.map((operation) => Math.min(1, reference.p95ByOperation![operation] / Math.max(latency.byOperation[operation].p95Ms, 0.001)));
  return ratios.reduce((sum, value) => sum + value, 0) / ratios.length;
}

/**
 * The scoring policy, in one place (docs/conformance.md, "The total"): quality is scored over what
 * the target offers. A component whose capability the target declines, or that no requirement of
 * the run reaches, is left out of the total (its weight shared by the others) and shown as such;
 * coverage is reported beside the total, never inside it. A component the target offers but that
 * could not be measured (it failed) scores 0. Speed is a ratio to the reference engine in the same run.
 */
export interface WeightedTotal {
  /** 0 to 100. */
  readonly total: number;
  /** Each component's score from 0 to 1; null when left out or not measured. */
  readonly components: Readonly<Record<Component, number | null>>;
  /** Components left out of the total, with the reason. */
  readonly excluded: Readonly<Partial<Record<Component, string>>>;
  /** Points out of 100 each component lost: its share of the weight times (1 − score). */
  readonly lostPoints: Readonly<Record<Component, number>>;
}

export interface ScoredTarget {
  readonly suite: SuiteResult;
  readonly scores?: TargetScores;
}

/** Requirements met at a level: passes over those that apply and could be checked (skips and not-offered aside). */
export function metShare(suite: SuiteResult, level: Level): number | null {
  const counts = suite.summary[level];
  const checked = counts.total - counts.skip - counts['not-offered'];
  return checked === 0 ? null : counts.pass / checked;
}

const ratio = (value: number | undefined, reference: number | undefined) =>
  value === undefined || reference === undefined || !(reference > 0) || Number.isNaN(value) ? undefined : Math.min(1, value / reference);

export function weightedTotal(target: ScoredTarget, weights: Weights, reference?: SpeedReference): WeightedTotal {
  const { scores } = target;
  const excluded: Partial<Record<Component, string>> = {};
  const stageReason = (stage: keyof TargetScores['notOffered'], component: Component) => {
    if (!scores) excluded[component] = 'scores not measured';
    else if (scores.notOffered[stage]) excluded[component] = `not offered: ${scores.notOffered[stage]}`;
  };
  stageReason('accuracy', 'consolidationF1');
  stageReason('accuracy', 'flagF1');
  stageReason('latency', 'latency');
  stageReason('throughput', 'throughput');
  stageReason('exit', 'exit');
  const p95 = scores?.latency?.overall.p95Ms;
  const rate = scores?.throughput?.recordsPerSecond;
  const latency = latencyRatio(scores?.latency, reference);
  if (!excluded.latency && p95 !== undefined && latency === undefined) excluded.latency = 'no read operation measured on the reference to compare with';
  if (!excluded.throughput && rate !== undefined && reference?.ingestRecordsPerSecond === undefined)
    excluded.throughput = 'no reference measurement to compare with';
  const values: Record<Component, number | null> = {
    must: metShare(target.suite, 'MUST'),
    should: metShare(target.suite, 'SHOULD'),
    may: metShare(target.suite, 'MAY'),
    consolidationF1: scores?.accuracy?.consolidation.f1 ?? null,
    flagF1: scores?.accuracy?.flags.f1 ?? null,
    // Faster than the reference earns no more than as fast: the reference is the yardstick, not a target to beat.
    latency: latency ?? null,
    throughput: ratio(rate, reference?.ingestRecordsPerSecond) ?? null,
    // Leaving and coming back weigh alike; a target rehearsed one way only is scored on that way.
    exit: scores?.exit ? (scores.return ? (scores.exit.score + scores.return.score) / 2 : scores.exit.score) : null,
  };
  for (const level of ['must', 'should', 'may'] as const) if (values[level] === null) excluded[level] = 'no requirement of this level applies';
  const counted = components.filter((component) => excluded[component] === undefined);
  const totalWeight = counted.reduce((sum, component) => sum + weights[component], 0);
  const earned = counted.reduce((sum, component) => sum + weights[component] * (values[component] ?? 0), 0);
  const lostPoints = Object.fromEntries(
    components.map((component) => [
      component,
      counted.includes(component) && totalWeight > 0 ? Math.round((weights[component] / totalWeight) * (1 - (values[component] ?? 0)) * 1000) / 10 : 0,
    ]),
  ) as Record<Component, number>;
  return { total: totalWeight === 0 ? 0 : Math.round((earned / totalWeight) * 1000) / 10, components: values, excluded, lostPoints };
}
