/**
 * The standard detector library's shapes. A standard detector is the executable form of its
 * definition in the contract: any adapter may use this library (the reference engine does, through
 * nothing but these types), and the conformance suite uses it as the oracle for expected flags.
 *
 * Detectors are pure: they read subjects' records and return flags to raise. Storage, ids,
 * de-duplication and the review lifecycle belong to the adapter.
 */
import type { z } from 'zod';
import type { Detector, FlagCategory, RecordRef, RecordType, Severity, SourceRecord } from '../contract/index.js';

/** One record as a detector sees it: where it came from and what it says. */
export interface DetectorRecord {
  readonly ref: RecordRef;
  readonly record: SourceRecord;
}

/**
 * What is known about a subject's identity across all of its records (not only the records passed
 * to the detector): distinct values as recorded. Used to recognise connected people and colleagues.
 */
export interface SubjectIdentityFacts {
  readonly familyNames: readonly string[];
  readonly postcodes: readonly string[];
  readonly staffNumbers: readonly string[];
  readonly warrantNumbers: readonly string[];
  readonly usernames: readonly string[];
}

/** One consolidated subject with the records a detector asked for. */
export interface DetectorSubject {
  readonly subjectId: string;
  readonly identity: SubjectIdentityFacts;
  /** Only the record types the detector declares, occurring within its lookback (see `StandardDetector`). */
  readonly records: readonly DetectorRecord[];
}

/** What a detector evaluates over. */
export interface DetectorInput {
  /** The as-of date, `YYYY-MM-DD`: windows end on this day, inclusive. */
  readonly asOf: string;
  /** Every subject of the population (detectors comparing peers or groups need them all). */
  readonly subjects: readonly DetectorSubject[];
}

/** A flag a detector wants raised; the adapter gives it an id, a run, a time and a status. */
export interface RaisedFlag {
  readonly detectorId: string;
  readonly detectorVersion: string;
  readonly category: FlagCategory;
  readonly severity: Severity;
  /** Sorted; one subject, or every member of a group. */
  readonly subjectIds: readonly string[];
  readonly rationale: string;
  /** Sorted by source id then record id. */
  readonly evidence: readonly RecordRef[];
  readonly measurements: Readonly<Record<string, number>>;
  readonly window: { readonly start: string; readonly end: string };
}

export interface StandardDetector<Parameters extends Record<string, unknown> = Record<string, unknown>> {
  /** The resource `GET /v1/detectors` shows, with the exact definition in `description`. */
  readonly definition: Detector;
  /** Validates a run's parameters and fills defaults; errors name the parameter. */
  readonly parameters: z.ZodType<Parameters>;
  /** The record types the detector reads. Subjects whose records are all of other types may still be passed. */
  readonly recordTypes: readonly RecordType[];
  /**
   * How many days before the as-of date a record may have occurred and still matter, or null when
   * the whole history matters (employment, vetting, declarations, training). The adapter may drop
   * older records of these types before calling `evaluate`; it must not drop newer ones.
   * Given a `recordType`, the lookback of that one type: a detector that reads the whole employment
   * history and only recent records of another type needs all of the first and little of the second.
   * Without it, the widest over `recordTypes` (null when any type needs its whole history).
   */
  lookbackDays(parameters: Parameters, recordType?: RecordType): number | null;
  /**
   * Whether the rule can read this record at all (of a type in `recordTypes`). The adapter may drop
   * the records for which it answers false before calling `evaluate`, as it drops records older
   * than the lookback: both only spare memory, never change a flag. Most rules read every record
   * of their types; the access rules read only accesses with no recorded purpose (4% of them).
   */
  reads(record: SourceRecord): boolean;
  /**
   * Evaluates the rule. Deterministic: the same input gives the same flags in the same order.
   * Records dated after the as-of date may be present; the rule ignores them.
   */
  evaluate(input: DetectorInput, parameters: Parameters): RaisedFlag[];
}
