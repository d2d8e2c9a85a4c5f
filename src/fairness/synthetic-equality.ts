/**
 * Equality data and truth for a synthetic force: what an HR department would hand an auditor (each
 * person's HR records, sex, ethnicity and age band), and, because the force is synthetic, which
 * detectors should flag whom. HR record keys are gathered while the records stream past (the force
 * is never held), so the builder rides along with whatever pass is made anyway.
 */
import type { EqualityPerson, RecordRef } from '../contract/index.js';
import type { ComparableFlag } from '../metrics/flag-accuracy.js';
import type { RegisteredSource, SyntheticForce, SyntheticPerson } from '../synth/index.js';

/** The characteristics a synthetic force's equality data holds, in column order. */
export const syntheticAttributes = ['sex', 'ethnicity', 'ageBand'] as const;

const ageBands: readonly [number, string][] = [
  [25, '18-24'],
  [35, '25-34'],
  [45, '35-44'],
  [55, '45-54'],
];

/** Age in whole years on `asOf`, banded as workforce statistics band it. */
export function ageBandOf(dateOfBirth: string, asOf: string): string {
  const [birthYear, birthMonth, birthDay] = dateOfBirth.split('-').map(Number);
  const [year, month, day] = asOf.split('-').map(Number);
  const age = year - birthYear - (month < birthMonth || (month === birthMonth && day < birthDay) ? 1 : 0);
  return ageBands.find(([below]) => age < below)?.[1] ?? '55+';
}

/** The equality data of a synthetic force, index-aligned with the synthetic person ids. */
export interface SyntheticEquality {
  readonly people: EqualityPerson[];
  readonly personIds: string[];
}

/** Gathers HR record keys per person as records stream past, then builds the equality data. */
export class SyntheticEqualityBuilder {
  private readonly hrSources: ReadonlySet<string>;
  private readonly recordsOf = new Map<string, RecordRef[]>();

  constructor(sources: readonly RegisteredSource[]) {
    this.hrSources = new Set(sources.filter((source) => source.kind === 'hr').map((source) => source.sourceId));
  }

  see(sourceId: string, recordId: string, personId: string): void {
    if (!this.hrSources.has(sourceId)) return;
    const list = this.recordsOf.get(personId);
    if (list) list.push({ sourceId, recordId });
    else this.recordsOf.set(personId, [{ sourceId, recordId }]);
  }

  /** One entry per person with at least one HR record (everyone who joined by the as-of date). */
  build(people: Iterable<SyntheticPerson>, asOf: string): SyntheticEquality {
    const equality: SyntheticEquality = { people: [], personIds: [] };
    for (const person of people) {
      const records = this.recordsOf.get(person.personId);
      if (!records) continue;
      equality.people.push({ records, attributes: { sex: person.sex, ethnicity: person.ethnicity, ageBand: ageBandOf(person.dateOfBirth, asOf) } });
      equality.personIds.push(person.personId);
    }
    return equality;
  }
}

/** The equality data of a force, in one pass over its records. */
export function syntheticEquality(force: SyntheticForce): SyntheticEquality {
  const builder = new SyntheticEqualityBuilder(force.sources);
  for (const { sourceId, record, personId } of force.records()) builder.see(sourceId, record.recordId, personId);
  return builder.build(force.people(), force.manifest.asOf);
}

/** For each person of the equality data, the detectors the expected flags name them in. */
export function expectedByPerson(expectedFlags: readonly ComparableFlag[], personIds: readonly string[]): Set<string>[] {
  const indexOf = new Map(personIds.map((personId, index) => [personId, index]));
  const expected = personIds.map(() => new Set<string>());
  for (const flag of expectedFlags) {
    for (const personId of flag.people) {
      const index = indexOf.get(personId);
      if (index !== undefined) expected[index].add(flag.detectorId);
    }
  }
  return expected;
}
