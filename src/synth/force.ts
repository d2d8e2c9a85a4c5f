/**
 * `synthesizeForce`: builds the people and the plan (small, held in memory) and returns a force
 * whose records are generated on demand, source by source. Iterating `records()` twice regenerates
 * the same sequence from the seed rather than replaying a copy, so a 3-million-record force never
 * sits in memory.
 */
import type { SourceRecord, SourceRegistration } from '../contract/index.js';
import { complaintsGenerator, conductGenerator } from './generators/allegations.js';
import { absenceGenerator } from './generators/absence.js';
import { accessAuditGenerator } from './generators/access-audit.js';
import { buildingGenerator } from './generators/building.js';
import { dutyGenerator } from './generators/duty.js';
import type { GeneratorContext, SourceGenerator } from './generators/framework.js';
import { hrGenerator } from './generators/hr.js';
import { intelligenceGenerator, interestsGenerator } from './generators/interests.js';
import { trainingGenerator } from './generators/training.js';
import { useOfForceGenerator } from './generators/use-of-force.js';
import { vettingGenerator } from './generators/vetting.js';
import { buildManifest, RecordCounter, type ForceManifest, type RecordCounts } from './manifest.js';
import { resolveOptions, type SynthOptions } from './options.js';
import { toSyntheticPerson, type SyntheticPerson } from './people.js';
import { buildPlan } from './plan/plan.js';
import type { PlantedPattern } from './plan/types.js';
import { sourceDefinitions, type SourceKey } from './sources.js';
import { buildWorkforce } from './workforce.js';

/** A record with the truth about it: the synthetic person it belongs to. */
export interface TruthfulRecord {
  readonly sourceId: string;
  readonly record: SourceRecord;
  readonly personId: string;
}

export type RegisteredSource = SourceRegistration & { readonly sourceId: string };

export interface SyntheticForce {
  /** Record counts appear once `records()` has been iterated to the end. */
  readonly manifest: ForceManifest;
  readonly sources: readonly RegisteredSource[];
  /** True identities, posts, dates and demographics, in person-id order. */
  people(): Iterable<SyntheticPerson>;
  /** Every record, grouped by source in `sources` order; the same sequence every time. */
  records(): Iterable<TruthfulRecord>;
  planted(): Iterable<PlantedPattern>;
}

const generators: Record<SourceKey, SourceGenerator> = {
  hr: hrGenerator,
  complaints: complaintsGenerator,
  conduct: conductGenerator,
  vetting: vettingGenerator,
  interests: interestsGenerator,
  intelligence: intelligenceGenerator,
  access: accessAuditGenerator,
  absence: absenceGenerator,
  duty: dutyGenerator,
  building: buildingGenerator,
  training: trainingGenerator,
  useOfForce: useOfForceGenerator,
};

export function synthesizeForce(options: SynthOptions): SyntheticForce {
  const resolved = resolveOptions(options);
  const people = buildWorkforce(resolved);
  const plan = buildPlan(resolved, people);
  const context: GeneratorContext = { options: resolved, people, plan };
  let recordCounts: RecordCounts | undefined;
  return {
    get manifest() {
      return buildManifest(resolved, plan.planted, recordCounts);
    },
    sources: sourceDefinitions.map((definition) => ({ sourceId: definition.sourceId, ...definition.registration })),
    *people() {
      for (const person of people) yield toSyntheticPerson(person, resolved.asOf, (index) => people[index].personId);
    },
    *records() {
      const counter = new RecordCounter();
      for (const definition of sourceDefinitions) {
        for (const { record, personIndex } of generators[definition.key](context)) {
          counter.count(definition.sourceId, record.type);
          yield { sourceId: definition.sourceId, record, personId: people[personIndex].personId };
        }
      }
      recordCounts = counter.result();
    },
    *planted() {
      yield* plan.planted;
    },
  };
}
