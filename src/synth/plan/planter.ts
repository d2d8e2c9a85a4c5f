/**
 * The planter interface and the helpers every allegation scenario shares. A planter names its
 * detector and lists constructions ("variants") of true patterns and of near-misses; the plan cycles
 * through them so every variant appears even in a small force.
 */
import { professionalStandards } from '../../contract/index.js';
import type { Random } from '../random.js';
import type { Candidate, PlantingContext, ScenarioResult } from './context.js';
import type { AllegationOutcome, AllegationParty, StandardsCategory } from './types.js';

export interface Variant {
  readonly name: string;
  /** Builds one scenario, or returns null when the force has nobody it fits. */
  plant(context: PlantingContext): ScenarioResult | null;
}

export interface Planter {
  readonly detectorId: string;
  readonly patterns: readonly Variant[];
  readonly nearMisses: readonly Variant[];
}

export const variant = (name: string, plant: Variant['plant']): Variant => ({ name, plant });

/** `count` different Standards categories in random order. */
export function distinctCategories(random: Random, count: number): StandardsCategory[] {
  return random.shuffle([...professionalStandards]).slice(0, count);
}

const openOutcomes: AllegationOutcome[] = ['no_case_to_answer', 'not_proven', 'reflective_practice', 'management_action', 'withdrawn'];

/** An outcome that is not a finding; recent cases are still pending. */
export function nonFinding(random: Random, day: number, asOf: number): { outcome: AllegationOutcome; outcomeDay?: number } {
  const outcomeDay = day + random.int(40, 220);
  return outcomeDay > asOf ? { outcome: 'pending' } : { outcome: random.pick(openOutcomes), outcomeDay };
}

/** A party to a case with an outcome that is not a finding. */
export function party(context: PlantingContext, person: Candidate, category: StandardsCategory, day: number): AllegationParty {
  return { personIndex: person.index, category, ...nonFinding(context.random, day, context.asOf) };
}

/** A case naming `people`, each with the category given, none ending in a finding. */
export function plantCase(context: PlantingContext, day: number, people: readonly Candidate[], categories: readonly StandardsCategory[]): void {
  context.addCase({
    origin: context.random.chance(0.5) ? 'public' : 'internal',
    day,
    parties: people.map((person, index) => party(context, person, categories[index], day)),
  });
}

/** People who can be the subject of allegations: officers and police staff, not specials. */
export const complainable = (candidate: Candidate): boolean => candidate.unitType.category !== 'special';

/** Distinct days in [from, to], sorted. */
export function distinctDays(random: Random, count: number, from: number, to: number): number[] {
  const days = new Set<number>();
  while (days.size < count) days.add(random.int(from, to));
  return [...days].sort((left, right) => left - right);
}
