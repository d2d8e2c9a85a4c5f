/**
 * How much an engine asks a person: the size of its possible-match queue (capability
 * `consolidation.candidates`) against the force's records, and how many of the queued pairs the
 * truth says are one person. An engine that asks about 0.5% of records and never merges wrongly
 * beats one that guesses; an engine that asks about everything is no engine at all — so the share
 * is reported beside precision and recall, never folded into them.
 */
import type { PlumblineAdapterV1 } from '../adapter/adapter-v1.js';
import type { OperationContext } from '../adapter/context.js';
import { MAX_PAGE_SIZE } from '../contract/meta.js';

export interface PossibleMatchFigures {
  /** Pairs on the queue. */
  readonly pairs: number;
  /** Distinct records of the force named by those pairs. */
  readonly records: number;
  /** `records` over all the force's records. */
  readonly recordShare: number;
  /** Share of the queued pairs whose two records are one person (the questions worth asking). */
  readonly samePersonShare: number;
}

/** The queue's figures, or null when the adapter does not offer the queue. */
export async function possibleMatchFigures(
  adapter: PlumblineAdapterV1,
  recordIndexOf: (key: string) => number | undefined,
  personOfRecord: Int32Array,
  context: OperationContext,
): Promise<PossibleMatchFigures | null> {
  const list = adapter.consolidation?.listLinkCandidates;
  if (!adapter.capabilities.includes('consolidation.candidates') || !list) return null;
  const named = new Set<number>();
  let pairs = 0;
  let samePerson = 0;
  let cursor: string | undefined;
  do {
    const page = await list.call(adapter.consolidation, { limit: MAX_PAGE_SIZE, cursor }, context);
    for (const candidate of page.items) {
      const left = recordIndexOf(`${candidate.left.sourceId}/${candidate.left.recordId}`);
      const right = recordIndexOf(`${candidate.right.sourceId}/${candidate.right.recordId}`);
      if (left === undefined || right === undefined) continue;
      pairs++;
      named.add(left).add(right);
      if (personOfRecord[left] === personOfRecord[right]) samePerson++;
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return { pairs, records: named.size, recordShare: named.size / Math.max(1, personOfRecord.length), samePersonShare: pairs === 0 ? 0 : samePerson / pairs };
}
