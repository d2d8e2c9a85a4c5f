/**
 * The expected flags of a case dataset: the standard detector library (the executable form of the
 * contract's definitions) over the TRUE people, with default parameters. Flags are put in a
 * comparable form so that a target's flags can be matched field by field.
 */
import type { RecordRef, SourceRecord } from '../../src/contract/index.js';
import { identityFactsOf, resolveDetectorSelections, type DetectorSubject, type RaisedFlag } from '../../src/detectors/index.js';
import type { CaseDataset } from './index.js';

/** Everything a flag says that two conformant adapters must agree on (not its wording or ids). */
export interface ComparableFlag {
  readonly people: readonly string[];
  readonly severity: string;
  readonly category: string;
  readonly detectorVersion: string;
  readonly window: { readonly start: string; readonly end: string };
  readonly evidence: readonly string[];
  readonly measurements: Readonly<Record<string, number>>;
}

/** Rounds to 9 significant digits: two correct computations of a z-score may differ in the last bit. */
const rounded = (value: number) => Number(value.toPrecision(9));

export function comparable(
  flag: Pick<RaisedFlag, 'severity' | 'category' | 'detectorVersion' | 'window' | 'evidence' | 'measurements'>,
  people: readonly string[],
): ComparableFlag {
  return {
    people: [...people].sort(),
    severity: flag.severity,
    category: flag.category,
    detectorVersion: flag.detectorVersion,
    window: { start: flag.window.start, end: flag.window.end },
    evidence: flag.evidence.map((reference) => `${reference.sourceId}/${reference.recordId}`).sort(),
    measurements: Object.fromEntries(
      Object.entries(flag.measurements)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, value]) => [name, rounded(value)]),
    ),
  };
}

/** The expected flags by detector id, naming people by their case key. */
export function expectedFlags(dataset: CaseDataset, refOf: (record: SourceRecord) => RecordRef, asOf: string): Map<string, ComparableFlag[]> {
  const subjects: DetectorSubject[] = dataset.people.map((person) => ({
    subjectId: person.key,
    identity: identityFactsOf(person.records.map((record) => record.identity)),
    records: person.records.map((record) => ({ ref: refOf(record), record })),
  }));
  const expected = new Map<string, ComparableFlag[]>();
  for (const { detector, parameters } of resolveDetectorSelections(undefined)) {
    const flags = detector.evaluate({ asOf, subjects }, parameters).map((flag) => comparable(flag, flag.subjectIds));
    expected.set(detector.definition.detectorId, flags);
  }
  return expected;
}
