/**
 * Planted hard non-matches, scored: of the look-alike pairs a `typical` or `hard` force plants
 * (twins, a parent and child of one name, same-name-same-birthday namesakes, a reissued collar
 * number), how many did the engine merge — put records of both people in one subject. Pairwise
 * precision hides these among millions of pairs; each one is a person whose flags would go to
 * somebody else, so they are counted on their own.
 */
export interface LookalikePair {
  readonly personId: string;
  readonly otherId: string;
  readonly kind: string;
}

export interface HardNonMatchScore {
  /** Look-alike pairs planted in the force. */
  readonly planted: number;
  /** Pairs with records of both people in one subject. */
  readonly merged: number;
  readonly byKind: Readonly<Record<string, { readonly planted: number; readonly merged: number }>>;
}

/**
 * Counts merged pairs from the engine's clustering: `predicted[record]` is the record's subject,
 * `personOfRecord[record]` its true person (an index into `people`, the person ids).
 */
export function scoreHardNonMatches(
  pairs: readonly LookalikePair[],
  predicted: ArrayLike<number>,
  personOfRecord: ArrayLike<number>,
  people: readonly string[],
): HardNonMatchScore {
  const indexOf = new Map(people.map((personId, index) => [personId, index]));
  const involved = new Map<number, Set<number>>();
  for (const pair of pairs) {
    for (const personId of [pair.personId, pair.otherId]) {
      const index = indexOf.get(personId);
      if (index !== undefined) involved.set(index, new Set());
    }
  }
  for (let record = 0; record < personOfRecord.length; record++) involved.get(personOfRecord[record])?.add(predicted[record]);
  const byKind: Record<string, { planted: number; merged: number }> = {};
  let merged = 0;
  for (const pair of pairs) {
    const entry = (byKind[pair.kind] ??= { planted: 0, merged: 0 });
    entry.planted++;
    const left = involved.get(indexOf.get(pair.personId) ?? -1);
    const right = involved.get(indexOf.get(pair.otherId) ?? -1);
    if (left && right && [...left].some((subject) => right.has(subject))) {
      entry.merged++;
      merged++;
    }
  }
  return { planted: pairs.length, merged, byKind };
}
