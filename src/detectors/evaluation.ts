/**
 * Evaluates standard detectors over a population while holding as little as possible: each record
 * type is loaded once, only as far back as the detectors that read it need and only the records
 * they can read, and dropped when no remaining detector reads it. The grouping is the caller's:
 * consolidated subjects for a flagging run, true people for the benchmark's expected flags.
 */
import type { DetectorSelection, RecordType, SourceRecord } from '../contract/index.js';
import { resolveDetectorSelections } from './index.js';
import type { DetectorRecord, DetectorSubject, RaisedFlag, SubjectIdentityFacts } from './types.js';

export interface PopulationSource {
  /** Identity facts of every member of the population, by group id. */
  readonly identities: ReadonlyMap<string, SubjectIdentityFacts>;
  /**
   * Records of one type occurring no earlier than `lookbackDays` before the as-of date (all when
   * null), by group id; those for which `reads` answers false may be left out.
   */
  loadRecords(type: RecordType, lookbackDays: number | null, reads: (record: SourceRecord) => boolean): Map<string, DetectorRecord[]>;
}

export interface EvaluationResult {
  readonly flags: RaisedFlag[];
  /** Flags found per detector id. */
  readonly perDetector: Record<string, number>;
}

export function evaluateDetectors(
  selections: readonly DetectorSelection[] | undefined,
  asOf: string,
  population: PopulationSource,
  onDetectorDone: (done: number, total: number) => void = () => {},
): EvaluationResult {
  const resolved = memoryFriendlyOrder(resolveDetectorSelections(selections ? [...selections] : undefined));
  const lastUse = new Map<RecordType, number>();
  const lookback = new Map<RecordType, number | null>();
  resolved.forEach(({ detector, parameters }, index) => {
    for (const type of detector.recordTypes) {
      const days = detector.lookbackDays(parameters, type);
      lastUse.set(type, index);
      const current = lookback.get(type);
      lookback.set(type, current === null || days === null ? null : Math.max(current ?? 0, days));
    }
  });

  // A record is loaded when any selected detector of its type can read it.
  const readers = new Map<RecordType, (record: SourceRecord) => boolean>();
  for (const type of lookback.keys()) {
    const detectors = resolved.filter(({ detector }) => detector.recordTypes.includes(type)).map(({ detector }) => detector);
    readers.set(type, (record) => detectors.some((detector) => detector.reads(record)));
  }
  const loaded = new Map<RecordType, Map<string, DetectorRecord[]>>();
  const flags: RaisedFlag[] = [];
  const perDetector: Record<string, number> = {};
  resolved.forEach(({ detector, parameters }, index) => {
    for (const type of detector.recordTypes) {
      if (!loaded.has(type)) loaded.set(type, population.loadRecords(type, lookback.get(type) ?? null, readers.get(type)!));
    }
    const subjects: DetectorSubject[] = [];
    for (const [subjectId, identity] of population.identities) {
      subjects.push({ subjectId, identity, records: detector.recordTypes.flatMap((type) => loaded.get(type)!.get(subjectId) ?? []) });
    }
    const found = detector.evaluate({ asOf, subjects }, parameters);
    perDetector[detector.definition.detectorId] = found.length;
    flags.push(...found);
    for (const type of detector.recordTypes) if (lastUse.get(type) === index) loaded.delete(type);
    onDetectorDone(index + 1, resolved.length);
  });
  return { flags, perDetector };
}

/**
 * The detectors in an order that keeps few record types loaded at once: after each detector, the
 * next is the first remaining one reading a type still loaded, so the readers of a type run
 * together and the type is dropped before the next big one is loaded (in the standard order, duty
 * weeks would stay loaded from roster-self-editing to sustained-long-hours, across building
 * attendance and system access). Flags do not depend on the order.
 */
export function memoryFriendlyOrder<T extends { detector: { recordTypes: readonly RecordType[] } }>(detectors: readonly T[]): T[] {
  const remaining = [...detectors];
  const ordered: T[] = [];
  let loaded = new Set<RecordType>();
  while (remaining.length > 0) {
    const nextIndex = Math.max(
      0,
      remaining.findIndex(({ detector }) => detector.recordTypes.some((type) => loaded.has(type))),
    );
    const [next] = remaining.splice(nextIndex, 1);
    ordered.push(next);
    const stillRead = new Set(remaining.flatMap(({ detector }) => detector.recordTypes));
    loaded = new Set([...loaded, ...next.detector.recordTypes].filter((type) => stillRead.has(type)));
  }
  return ordered;
}

const DAY_MS = 86_400_000;

/** The earliest `occurredAt` (epoch milliseconds) a lookback keeps, with a day's margin; null keeps everything. */
export function lookbackStart(asOf: string, lookbackDays: number | null): number {
  return lookbackDays === null ? Number.MIN_SAFE_INTEGER : Date.parse(`${asOf}T00:00:00Z`) - (lookbackDays + 1) * DAY_MS;
}
