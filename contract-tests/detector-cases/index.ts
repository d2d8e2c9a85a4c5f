/**
 * Every detector case, and the dataset they make together: the detector requirements (DET-1xx)
 * load it once, consolidate, flag, and compare each detector's flags case by case.
 */
import type { SourceRecord } from '../../src/contract/index.js';
import type { UniqueIds } from '../suite/unique.js';
import { CaseMaker, type CasePerson, type DetectorCase } from './case-maker.js';
import { accessToConnectedPersonCases, accessWithoutPurposeCases, undeclaredAssociationCases, vettingLapsedCases } from './integrity-cases.js';
import {
  allegationAfterSanctionCases,
  officeAttendanceCases,
  repeatedAllegationsCases,
  repeatedCategoryCases,
  rosterSelfEditingCases,
  useOfForcePeerOutlierCases,
} from './standards-cases.js';
import { bradfordFactorCases, coAllegationGroupCases, mandatoryTrainingOverdueCases, sustainedLongHoursCases } from './welfare-culture-cases.js';

export { CASES_AS_OF, type DetectorCase, type CasePerson } from './case-maker.js';

export const detectorCases: readonly DetectorCase[] = [
  ...repeatedAllegationsCases,
  ...repeatedCategoryCases,
  ...allegationAfterSanctionCases,
  ...useOfForcePeerOutlierCases,
  ...rosterSelfEditingCases,
  ...officeAttendanceCases,
  ...accessWithoutPurposeCases,
  ...accessToConnectedPersonCases,
  ...undeclaredAssociationCases,
  ...vettingLapsedCases,
  ...bradfordFactorCases,
  ...sustainedLongHoursCases,
  ...mandatoryTrainingOverdueCases,
  ...coAllegationGroupCases,
];

export interface BuiltCase {
  readonly detectorCase: DetectorCase;
  readonly people: readonly CasePerson[];
}

export interface CaseDataset {
  readonly cases: readonly BuiltCase[];
  readonly people: readonly CasePerson[];
  readonly records: readonly SourceRecord[];
}

/** Builds every case's people and records under the given unique ids. */
export function buildCaseDataset(ids: UniqueIds, cases: readonly DetectorCase[] = detectorCases): CaseDataset {
  const built = cases.map((detectorCase, index) => {
    const make = new CaseMaker(ids, `c${index}`);
    detectorCase.build(make);
    return { detectorCase, people: make.people };
  });
  const people = built.flatMap((one) => one.people);
  return { cases: built, people, records: people.flatMap((person) => person.records) };
}
