/**
 * The synthetic force grouped by TRUE person, as a detector population: what a perfect
 * consolidation would give. The standard detectors over it are the expected flags that an
 * adapter's flags are scored against. One streaming pass keeps only the record types and periods
 * the detectors read, and only the records they can read.
 */
import type { RecordType, RecordedIdentity } from '../contract/index.js';
import { identityFactsOf, resolveDetectorSelections } from '../detectors/index.js';
import type { DetectorRecord, SubjectIdentityFacts } from '../detectors/types.js';
import type { PopulationSource } from '../../adapters/reference/services/detector-evaluation.js';
import { lookbackStart } from '../../adapters/reference/services/detector-evaluation.js';
import type { LabelledForce } from './labelled-dataset.js';

export function truthPopulation(force: LabelledForce, asOf: string): PopulationSource {
  const lookback = new Map<RecordType, number | null>();
  const detectors = resolveDetectorSelections(undefined);
  for (const { detector, parameters } of detectors) {
    for (const type of detector.recordTypes) {
      const days = detector.lookbackDays(parameters, type);
      const current = lookback.get(type);
      lookback.set(type, current === null || days === null ? null : Math.max(current ?? 0, days));
    }
  }
  const starts = new Map([...lookback].map(([type, days]) => [type, lookbackStart(asOf, days)]));

  // Distinct identities per person only: holding every record's identity would hold every record.
  const identities = new Map<string, Map<string, RecordedIdentity>>();
  const records = new Map<RecordType, Map<string, DetectorRecord[]>>();
  for (const { sourceId, record, personId } of force.records()) {
    let known = identities.get(personId);
    if (!known) identities.set(personId, (known = new Map()));
    const key = JSON.stringify(record.identity);
    if (!known.has(key)) known.set(key, record.identity);
    const start = starts.get(record.type);
    if (start === undefined || Date.parse(record.occurredAt) < start) continue;
    if (!detectors.some(({ detector }) => detector.recordTypes.includes(record.type) && detector.reads(record))) continue;
    let byPerson = records.get(record.type);
    if (!byPerson) records.set(record.type, (byPerson = new Map()));
    const entry = { ref: { sourceId, recordId: record.recordId }, record };
    const list = byPerson.get(personId);
    if (list) list.push(entry);
    else byPerson.set(personId, [entry]);
  }
  const facts = new Map<string, SubjectIdentityFacts>([...identities].map(([personId, known]) => [personId, identityFactsOf([...known.values()])]));
  return { identities: facts, loadRecords: (type) => records.get(type) ?? new Map() };
}
