/**
 * How far the candidate agrees with the primary after a run: pairwise precision, recall and F1 of
 * the candidate's partition scored against the primary's (the primary is the reference, not the
 * truth: a better candidate also "disagrees"), the people they split or join differently, worst
 * first, and per detector the flags both raised on the same evidence and those only one raised.
 */
import { pairwiseAccuracy, type PairwiseAccuracy } from '../metrics/pairwise-accuracy.js';
import type { StateSnapshot } from './state-snapshot.js';

/** One person the two adapters see differently. */
export interface PartitionDisagreement {
  /** The primary's subject and its records. */
  readonly primary: { readonly subjectId: string; readonly records: readonly string[] };
  /** The candidate's subjects holding any of those records, each with all its records. */
  readonly candidate: readonly { readonly subjectId: string; readonly records: readonly string[] }[];
  /** Record pairs one adapter joins and the other does not: how bad the disagreement is. */
  readonly pairsInDispute: number;
}

export interface DetectorAgreement {
  readonly detectorId: string;
  readonly primary: number;
  readonly candidate: number;
  /** Raised by both on the same evidence, with the same status and review history. */
  readonly same: number;
  /** Raised by both on the same evidence, but with another status, outcome or measurements. */
  readonly differing: number;
  readonly onlyPrimary: number;
  readonly onlyCandidate: number;
}

export interface Agreement {
  /** Records both hold (the pairs are counted over these). */
  readonly records: number;
  readonly consolidation: PairwiseAccuracy;
  /** The worst disagreements first (most pairs in dispute), at most `limit`. */
  readonly disagreements: readonly PartitionDisagreement[];
  /** How many of the primary's subjects the candidate sees differently. */
  readonly subjectsInDisagreement: number;
  readonly flags: readonly DetectorAgreement[];
}

const pairs = (count: number) => (count * (count - 1)) / 2;

/** Compares two snapshots; `limit` caps the disagreements listed. */
export function agreementOf(primary: StateSnapshot, candidate: StateSnapshot, limit = 50): Agreement {
  const shared = [...primary.subjectOfRecord.keys()].filter((ref) => candidate.subjectOfRecord.has(ref));
  const consolidation = pairwiseAccuracy({
    predicted: shared.map((ref) => candidate.subjectOfRecord.get(ref)!),
    truth: shared.map((ref) => primary.subjectOfRecord.get(ref)!),
  });

  const disagreements: PartitionDisagreement[] = [];
  for (const [subjectId, records] of primary.recordsOfSubject) {
    const candidateSubjects = [...new Set(records.map((ref) => candidate.subjectOfRecord.get(ref)).filter((id): id is string => id !== undefined))];
    const candidateGroups = candidateSubjects.map((id) => ({ subjectId: id, records: candidate.recordsOfSubject.get(id) ?? [] }));
    const inPrimary = new Set(records);
    // Pairs split: the primary's records spread over several candidate subjects.
    const together = candidateGroups.map((group) => group.records.filter((ref) => inPrimary.has(ref)).length);
    const split = pairs(records.length) - together.reduce((sum, count) => sum + pairs(count), 0);
    // Pairs joined: a candidate subject adds records the primary keeps elsewhere (counted once per side).
    const joined = candidateGroups.reduce(
      (sum, group) =>
        sum + group.records.filter((ref) => !inPrimary.has(ref) && primary.subjectOfRecord.has(ref)).length * together[candidateGroups.indexOf(group)],
      0,
    );
    const pairsInDispute = split + joined;
    if (pairsInDispute > 0) disagreements.push({ primary: { subjectId, records }, candidate: candidateGroups, pairsInDispute });
  }
  disagreements.sort((left, right) => right.pairsInDispute - left.pairsInDispute || left.primary.subjectId.localeCompare(right.primary.subjectId));

  return {
    records: shared.length,
    consolidation,
    disagreements: disagreements.slice(0, limit),
    subjectsInDisagreement: disagreements.length,
    flags: flagAgreement(primary, candidate),
  };
}

/** Per detector, the flags both raised on the same evidence and those only one raised. */
export function flagAgreement(primary: StateSnapshot, candidate: StateSnapshot): DetectorAgreement[] {
  const byDetector = new Map<string, { primary: number; candidate: number; same: number; differing: number; onlyPrimary: number; onlyCandidate: number }>();
  const tally = (key: string) => {
    const detectorId = key.slice(0, key.indexOf('|'));
    let entry = byDetector.get(detectorId);
    if (!entry) byDetector.set(detectorId, (entry = { primary: 0, candidate: 0, same: 0, differing: 0, onlyPrimary: 0, onlyCandidate: 0 }));
    return entry;
  };
  for (const [key, value] of primary.flags) {
    const entry = tally(key);
    entry.primary += 1;
    const other = candidate.flags.get(key);
    if (other === undefined) entry.onlyPrimary += 1;
    else if (other === value) entry.same += 1;
    else entry.differing += 1;
  }
  for (const key of candidate.flags.keys()) {
    const entry = tally(key);
    entry.candidate += 1;
    if (!primary.flags.has(key)) entry.onlyCandidate += 1;
  }
  return [...byDetector].map(([detectorId, counts]) => ({ detectorId, ...counts })).sort((left, right) => left.detectorId.localeCompare(right.detectorId));
}
