/**
 * Flag accuracy: how well an adapter's flags agree with the expected ones (the standard detectors
 * applied to the true identities). Two flags agree when they come from the same detector, concern
 * the same people, and share evidence; within a detector and group of people, flags pair off by
 * largest evidence overlap so a person with several flags of one kind is scored flag by flag.
 */

export interface ComparableFlag {
  readonly detectorId: string;
  /** The people concerned (true person ids, or the person each subject mostly is). */
  readonly people: readonly string[];
  /** Evidence as `sourceId/recordId` keys. */
  readonly evidence: readonly string[];
}

export interface AccuracyCounts {
  readonly expected: number;
  readonly actual: number;
  readonly matched: number;
  readonly precision: number;
  readonly recall: number;
}

export interface FlagAccuracy extends AccuracyCounts {
  readonly f1: number;
  readonly byDetector: Record<string, AccuracyCounts>;
  /** The flags that did not pair off: expected but not raised, and raised but not expected. */
  readonly mismatches: { readonly missed: ComparableFlag[]; readonly extra: ComparableFlag[] };
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 1 : numerator / denominator;
}

function groupKey(flag: ComparableFlag): string {
  return `${flag.detectorId}\u0000${[...flag.people].sort().join('\u0001')}`;
}

function overlap(left: ComparableFlag, right: ComparableFlag): number {
  if (left.evidence.length === 0 && right.evidence.length === 0) return 1;
  const set = new Set(left.evidence);
  return right.evidence.filter((key) => set.has(key)).length;
}

export function flagAccuracy(expected: readonly ComparableFlag[], actual: readonly ComparableFlag[]): FlagAccuracy {
  const groups = new Map<string, { expected: ComparableFlag[]; actual: ComparableFlag[] }>();
  const groupOf = (flag: ComparableFlag) => {
    const key = groupKey(flag);
    if (!groups.has(key)) groups.set(key, { expected: [], actual: [] });
    return groups.get(key)!;
  };
  for (const flag of expected) groupOf(flag).expected.push(flag);
  for (const flag of actual) groupOf(flag).actual.push(flag);

  const matchedByDetector = new Map<string, number>();
  const missed: ComparableFlag[] = [];
  const extra: ComparableFlag[] = [];
  for (const group of groups.values()) {
    const pairs: { expected: number; actual: number; shared: number }[] = [];
    group.expected.forEach((left, leftIndex) =>
      group.actual.forEach((right, rightIndex) => {
        const shared = overlap(left, right);
        if (shared > 0) pairs.push({ expected: leftIndex, actual: rightIndex, shared });
      }),
    );
    pairs.sort((a, b) => b.shared - a.shared || a.expected - b.expected || a.actual - b.actual);
    const usedExpected = new Set<number>();
    const usedActual = new Set<number>();
    for (const pair of pairs) {
      if (usedExpected.has(pair.expected) || usedActual.has(pair.actual)) continue;
      usedExpected.add(pair.expected);
      usedActual.add(pair.actual);
      const detectorId = group.expected[pair.expected].detectorId;
      matchedByDetector.set(detectorId, (matchedByDetector.get(detectorId) ?? 0) + 1);
    }
    missed.push(...group.expected.filter((_, index) => !usedExpected.has(index)));
    extra.push(...group.actual.filter((_, index) => !usedActual.has(index)));
  }

  const detectorIds = new Set([...expected, ...actual].map((flag) => flag.detectorId));
  const byDetector: Record<string, AccuracyCounts> = {};
  for (const detectorId of [...detectorIds].sort()) {
    const expectedCount = expected.filter((flag) => flag.detectorId === detectorId).length;
    const actualCount = actual.filter((flag) => flag.detectorId === detectorId).length;
    const matched = matchedByDetector.get(detectorId) ?? 0;
    byDetector[detectorId] = {
      expected: expectedCount,
      actual: actualCount,
      matched,
      precision: ratio(matched, actualCount),
      recall: ratio(matched, expectedCount),
    };
  }
  const matched = [...matchedByDetector.values()].reduce((sum, count) => sum + count, 0);
  const precision = ratio(matched, actual.length);
  const recall = ratio(matched, expected.length);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { expected: expected.length, actual: actual.length, matched, precision, recall, f1, byDetector, mismatches: { missed, extra } };
}
