/**
 * An adapter's state as the contract's export shows it, reduced to what two suppliers must agree
 * on: the sources, the records, the overrides, the partition of records into people, and the flags
 * by detector and evidence. Ids and times each adapter chooses for itself (subject, flag, override,
 * run and review ids; when something was created, ingested, raised or reviewed) are left out: they
 * differ between any two correct adapters, as between two reads of one (Diffy's noise).
 *
 * The same snapshot gives the consolidation and flag agreement of a parallel run and the final
 * export diff of a cut-over.
 */
import type { PlumblineAdapterV1 } from '../adapter/adapter-v1.js';
import type { OperationContext } from '../adapter/context.js';
import { PlumblineError } from '../adapter/errors.js';
import type { ExportLine } from '../contract/index.js';
import { flagKeyOf } from './mirrored-writes.js';

/** Fields every adapter chooses for itself. */
const adapterChosenFields = new Set([
  'subjectId',
  'subjectIds',
  'formerIds',
  'flagId',
  'overrideId',
  'runId',
  'reviewId',
  'createdAt',
  'updatedAt',
  'ingestedAt',
  'raisedAt',
  'reviewedAt',
  'redactedAt',
  'extensions',
]);

/** JSON with sorted keys and the adapter-chosen fields left out. */
export function comparableJson(value: unknown, ignored: ReadonlySet<string> = adapterChosenFields): string {
  const strip = (item: unknown): unknown => {
    if (Array.isArray(item)) return item.map(strip);
    if (item === null || typeof item !== 'object') return item;
    return Object.fromEntries(
      Object.keys(item)
        .filter((key) => !ignored.has(key))
        .sort()
        .map((key) => [key, strip((item as Record<string, unknown>)[key])]),
    );
  };
  return JSON.stringify(strip(value));
}

export interface StateSnapshot {
  /** `sourceId` → comparable registration. */
  readonly sources: Map<string, string>;
  /** `sourceId/recordId` → comparable record. */
  readonly records: Map<string, string>;
  /** Comparable overrides. */
  readonly overrides: Set<string>;
  /** `sourceId/recordId` → the adapter's subject id (the partition). */
  readonly subjectOfRecord: Map<string, string>;
  /** `detectorId|evidence…` → comparable flag (status, outcome, reviews, measurements). */
  readonly flags: Map<string, string>;
  /** The adapter's own subject id → its records, for showing a disagreement. */
  readonly recordsOfSubject: Map<string, string[]>;
}

/** A flag's key as text. */
export function flagKeyText(flag: Parameters<typeof flagKeyOf>[0]): string {
  const key = flagKeyOf(flag);
  return `${key.detectorId}|${key.evidence.join(',')}`;
}

/** Reads an adapter's export into a snapshot. */
export async function snapshotOf(adapter: PlumblineAdapterV1, context: OperationContext): Promise<StateSnapshot> {
  if (!adapter.portability)
    throw new PlumblineError('capability-unsupported', `The "${adapter.identity.id}" adapter cannot export, so its state cannot be compared.`);
  return snapshotOfLines(adapter.portability.exportAll(context));
}

/** A snapshot of export lines (from an adapter or a file). */
export async function snapshotOfLines(lines: AsyncIterable<ExportLine> | Iterable<ExportLine>): Promise<StateSnapshot> {
  const snapshot: StateSnapshot = {
    sources: new Map(),
    records: new Map(),
    overrides: new Set(),
    subjectOfRecord: new Map(),
    flags: new Map(),
    recordsOfSubject: new Map(),
  };
  for await (const line of lines) {
    switch (line.kind) {
      case 'source':
        snapshot.sources.set(line.source.sourceId, comparableJson(line.source));
        break;
      case 'record':
        snapshot.records.set(`${line.sourceId}/${line.record.recordId}`, comparableJson(line.record));
        break;
      case 'override':
        snapshot.overrides.add(comparableJson(line.override));
        break;
      case 'subject': {
        const refs = line.subject.records.map((ref) => `${ref.sourceId}/${ref.recordId}`);
        snapshot.recordsOfSubject.set(line.subject.subjectId, refs);
        for (const ref of refs) snapshot.subjectOfRecord.set(ref, line.subject.subjectId);
        break;
      }
      case 'flag':
        snapshot.flags.set(flagKeyText(line.flag), comparableJson({ ...line.flag, asOf: undefined, window: undefined }));
        break;
    }
  }
  return snapshot;
}

/** What differs between two snapshots; every list empty means the states agree. */
export interface SnapshotDiff {
  readonly counts: Record<'sources' | 'records' | 'overrides' | 'subjects' | 'flags', { primary: number; candidate: number }>;
  readonly sources: string[];
  readonly records: string[];
  readonly overrides: string[];
  /** Records whose fellow records differ (a person split or joined differently). */
  readonly partition: string[];
  readonly flags: string[];
  readonly empty: boolean;
}

/** Keys present on one side only, or with different content. */
function mapDiff(primary: Map<string, string>, candidate: Map<string, string>): string[] {
  const differing: string[] = [];
  for (const [key, value] of primary) if (candidate.get(key) !== value) differing.push(key);
  for (const key of candidate.keys()) if (!primary.has(key)) differing.push(key);
  return differing.sort();
}

/** The records whose set of fellow records differs between the two partitions. */
export function partitionDisagreements(primary: StateSnapshot, candidate: StateSnapshot): string[] {
  const fellows = (snapshot: StateSnapshot, ref: string) => {
    const subject = snapshot.subjectOfRecord.get(ref);
    return subject === undefined ? ref : [...(snapshot.recordsOfSubject.get(subject) ?? [])].sort().join(' ');
  };
  const refs = new Set([...primary.subjectOfRecord.keys(), ...candidate.subjectOfRecord.keys()]);
  return [...refs].filter((ref) => fellows(primary, ref) !== fellows(candidate, ref)).sort();
}

/** The export diff of a cut-over: what the candidate holds differently from the primary. */
export function diffSnapshots(primary: StateSnapshot, candidate: StateSnapshot): SnapshotDiff {
  const overrides = [
    ...[...primary.overrides].filter((item) => !candidate.overrides.has(item)),
    ...[...candidate.overrides].filter((item) => !primary.overrides.has(item)),
  ];
  const diff = {
    counts: {
      sources: { primary: primary.sources.size, candidate: candidate.sources.size },
      records: { primary: primary.records.size, candidate: candidate.records.size },
      overrides: { primary: primary.overrides.size, candidate: candidate.overrides.size },
      subjects: { primary: primary.recordsOfSubject.size, candidate: candidate.recordsOfSubject.size },
      flags: { primary: primary.flags.size, candidate: candidate.flags.size },
    },
    sources: mapDiff(primary.sources, candidate.sources),
    records: mapDiff(primary.records, candidate.records),
    overrides,
    partition: partitionDisagreements(primary, candidate),
    flags: mapDiff(primary.flags, candidate.flags),
  };
  return { ...diff, empty: [diff.sources, diff.records, diff.overrides, diff.partition, diff.flags].every((list) => list.length === 0) };
}
