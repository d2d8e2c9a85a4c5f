/**
 * The detector cases against a target: load every case, consolidate, run every standard detector
 * as of the cases' date, then compare one detector's flags with the expected ones, case by case.
 */
import type { Flag } from '../../src/contract/index.js';
import { standardDetectors } from '../../src/detectors/index.js';
import { loadDataset } from '../suite/dataset.js';
import { ConformanceFailure } from '../suite/failure.js';
import type { TestContext } from '../suite/test-context.js';
import { buildCaseDataset, CASES_AS_OF, type CaseDataset } from './index.js';
import { comparable, expectedFlags, type ComparableFlag } from './oracle.js';

export interface CaseRun {
  readonly dataset: CaseDataset;
  readonly expected: Map<string, ComparableFlag[]>;
  /** The target's flags for the cases' people, by detector, naming people by case key. */
  readonly actual: Map<string, ComparableFlag[]>;
}

/** Loads and flags every case; shared by the detector tests as the fixture `detector-cases`. */
export async function runDetectorCases(context: TestContext): Promise<CaseRun> {
  const dataset = buildCaseDataset(context.ids);
  const loaded = await loadDataset(context, dataset.records);
  await context.api.consolidate();
  await context.api.flag(CASES_AS_OF);

  const personOfSubject = new Map<string, string>();
  for (const person of dataset.people) {
    const subjectIds = new Set(await Promise.all(person.records.map((record) => context.api.subjectIdOf(loaded.ref(record)))));
    if (subjectIds.size !== 1) {
      throw new ConformanceFailure(
        `precondition: the records of case person ${person.key}, all carrying the same identifiers, are in ${subjectIds.size} subjects`,
        [...subjectIds],
        'one subject',
      );
    }
    personOfSubject.set([...subjectIds][0], person.key);
  }

  const actual = new Map<string, ComparableFlag[]>();
  for (const { definition } of standardDetectors) {
    const flags: Flag[] = await context.api.flags({ detectorId: definition.detectorId });
    const ours = flags.filter((flag) => flag.subjectIds.some((subjectId) => personOfSubject.has(subjectId)));
    actual.set(
      definition.detectorId,
      ours.map((flag) =>
        comparable(
          flag,
          flag.subjectIds.map((subjectId) => personOfSubject.get(subjectId) ?? `(another subject: ${subjectId})`),
        ),
      ),
    );
  }
  return { dataset, expected: expectedFlags(dataset, loaded.ref, CASES_AS_OF), actual };
}

/** Record ids without the run's random prefix, so reports read `c12-officer-3`. */
const readable = (flags: readonly ComparableFlag[]) =>
  flags.map((flag) => ({ ...flag, evidence: flag.evidence.map((reference) => reference.replace(/ct[0-9a-f]{10}-/g, '')) }));

const canonical = (flags: readonly ComparableFlag[]) => flags.map((flag) => JSON.stringify(flag)).sort();

/** Fails, listing every case that differs, unless the target's flags of `detectorId` are the expected ones. */
export function compareDetector(run: CaseRun, detectorId: string): void {
  const observed: Record<string, unknown> = {};
  const expected: Record<string, unknown> = {};
  const differing: string[] = [];
  for (const { detectorCase, people } of run.dataset.cases.filter((one) => one.detectorCase.detectorId === detectorId)) {
    const keys = new Set(people.map((person) => person.key));
    const mine = (flags: readonly ComparableFlag[] | undefined) => (flags ?? []).filter((flag) => flag.people.some((person) => keys.has(person)));
    const wanted = mine(run.expected.get(detectorId));
    if (wanted.length !== detectorCase.flags) {
      throw new Error(
        `The suite's case "${detectorCase.title}" expects ${detectorCase.flags} flags but the detector library gives ${wanted.length}: the case is wrong.`,
      );
    }
    const got = mine(run.actual.get(detectorId));
    if (JSON.stringify(canonical(got)) !== JSON.stringify(canonical(wanted))) {
      differing.push(detectorCase.title);
      observed[detectorCase.title] = got.length === 0 ? 'no flag' : readable(got);
      expected[detectorCase.title] = wanted.length === 0 ? 'no flag' : readable(wanted);
    }
  }
  if (differing.length > 0) throw new ConformanceFailure(`${detectorId}: ${differing.length} case(s) differ: ${differing.join('; ')}`, observed, expected);
}
