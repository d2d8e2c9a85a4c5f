/**
 * Chooses a subject's canonical identity from its nodes: for each field, the value recorded by the
 * most records, with HR's records counting ten times (HR is where identity is verified), ties
 * broken by the value itself so the choice never depends on order.
 */
import { identityFields, type RecordedIdentity, type SourceKind } from '../../../src/contract/index.js';

export interface WeightedIdentity {
  readonly identity: RecordedIdentity;
  readonly sourceKind: SourceKind;
  readonly records: number;
}

const HR_WEIGHT = 10;

export function canonicalIdentity(identities: readonly WeightedIdentity[]): RecordedIdentity {
  const canonical: Record<string, string> = {};
  for (const field of identityFields) {
    const votes = new Map<string, number>();
    for (const { identity, sourceKind, records } of identities) {
      const value = identity[field];
      if (value === undefined) continue;
      votes.set(value, (votes.get(value) ?? 0) + Math.max(1, records) * (sourceKind === 'hr' ? HR_WEIGHT : 1));
    }
    let best: string | undefined;
    let bestVotes = -1;
    for (const [value, count] of votes) {
      if (count > bestVotes || (count === bestVotes && value < best!)) {
        best = value;
        bestVotes = count;
      }
    }
    if (best !== undefined) canonical[field] = best;
  }
  return canonical as RecordedIdentity;
}
