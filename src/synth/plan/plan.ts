/**
 * Makes the plan: plants a fixed number of patterns and near-misses for every standard detector,
 * then lays background allegation cases and use-of-force counts around them. Scenarios per detector
 * grow with the force (one pattern and one near-miss per 1,500 people, at least 2 of each).
 */
import type { ResolvedOptions } from '../options.js';
import type { Person } from '../people.js';
import { accessToConnectedPersonPlanter, accessWithoutPurposePlanter } from './access-planters.js';
import { allegationAfterSanctionPlanter, repeatedAllegationsPlanter, repeatedCategoryPlanter } from './allegation-planters.js';
import { officeAttendancePlanter } from './attendance-planter.js';
import { assignReferences, backgroundCases } from './background-cases.js';
import { coAllegationGroupPlanter } from './co-allegation-planter.js';
import { PlantingContext } from './context.js';
import { undeclaredAssociationPlanter } from './interest-planter.js';
import type { Planter } from './planter.js';
import { rosterSelfEditingPlanter, sustainedLongHoursPlanter } from './roster-planters.js';
import type { Plan } from './types.js';
import { planUseOfForce } from './use-of-force-planter.js';
import { vettingLapsedPlanter } from './vetting-planter.js';
import { bradfordFactorPlanter, mandatoryTrainingPlanter } from './welfare-planters.js';

/** Every planter but use of force, which works on units and runs last (it needs final statuses). */
export const planters: readonly Planter[] = [
  repeatedAllegationsPlanter,
  repeatedCategoryPlanter,
  allegationAfterSanctionPlanter,
  coAllegationGroupPlanter,
  rosterSelfEditingPlanter,
  sustainedLongHoursPlanter,
  officeAttendancePlanter,
  accessWithoutPurposePlanter,
  accessToConnectedPersonPlanter,
  undeclaredAssociationPlanter,
  vettingLapsedPlanter,
  bradfordFactorPlanter,
  mandatoryTrainingPlanter,
];

export function scenariosPerDetector(people: number): number {
  return Math.max(2, Math.round(people / 1500));
}

function runPlanter(context: PlantingContext, planter: Planter, count: number): void {
  for (const [kind, variants] of [
    ['pattern', planter.patterns],
    ['near-miss', planter.nearMisses],
  ] as const) {
    let planted = 0;
    // Variants take turns; one that finds nobody suitable gives its turn to the next.
    for (let attempt = 0; planted < count && attempt < count * 3; attempt++) {
      const variant = variants[attempt % variants.length];
      const result = variant.plant(context);
      if (result) {
        context.record(planter.detectorId, kind, variant.name, result);
        planted++;
      }
    }
  }
}

export function buildPlan(options: ResolvedOptions, people: Person[]): Plan {
  const context = new PlantingContext(options, people);
  const count = scenariosPerDetector(options.people);
  for (const planter of planters) runPlanter(context, planter, count);
  const useOfForceCounts = planUseOfForce(context, people, count);
  const cases = assignReferences([...context.cases, ...backgroundCases(context)]);
  return { directives: context.directives, cases, useOfForceCounts, planted: context.planted };
}
