/**
 * Applies standard detectors to a synthetic force's true identities: every person's records, as the
 * ground truth groups them, form one subject whose id is the person id. This is the perfect
 * consolidation, so the flags raised are exactly what the planted scenarios intend.
 */
import type { RecordedIdentity } from '../../contract/index.js';
import { identityFactsOf, type DetectorRecord, type DetectorSubject, type RaisedFlag, type StandardDetector } from '../../detectors/index.js';
import type { SyntheticForce } from '../force.js';

export function trueSubjects(force: SyntheticForce): DetectorSubject[] {
  const records = new Map<string, DetectorRecord[]>();
  const identities = new Map<string, RecordedIdentity[]>();
  for (const { sourceId, record, personId } of force.records()) {
    if (!records.has(personId)) {
      records.set(personId, []);
      identities.set(personId, []);
    }
    records.get(personId)!.push({ ref: { sourceId, recordId: record.recordId }, record });
    identities.get(personId)!.push(record.identity);
  }
  return [...records.keys()].sort().map((personId) => ({
    subjectId: personId,
    identity: identityFactsOf(identities.get(personId)!),
    records: records.get(personId)!,
  }));
}

/** Flags of each detector (default parameters) on the subjects, each detector seeing only its record types. */
export function flagsOf(detectors: readonly StandardDetector[], subjects: readonly DetectorSubject[], asOf: string): Map<string, RaisedFlag[]> {
  const flags = new Map<string, RaisedFlag[]>();
  for (const detector of detectors) {
    const types = new Set(detector.recordTypes);
    const input = { asOf, subjects: subjects.map((subject) => ({ ...subject, records: subject.records.filter((entry) => types.has(entry.record.type)) })) };
    flags.set(detector.definition.detectorId, detector.evaluate(input, detector.parameters.parse({})));
  }
  return flags;
}
