import { describe, expect, it } from 'vitest';
import type { PlumblineAdapterV1 } from '../../adapter/adapter-v1.js';
import { systemContext } from '../../adapter/context.js';
import type { LinkCandidate } from '../../contract/index.js';
import { possibleMatchFigures } from '../possible-match-share.js';

const candidate = (left: string, right: string): LinkCandidate => ({
  candidateId: `${left}-${right}`,
  left: { sourceId: 's', recordId: left },
  right: { sourceId: 's', recordId: right },
  leftSubjectId: `subject-${left}`,
  rightSubjectId: `subject-${right}`,
  score: -1,
  threshold: 0,
  comparisons: [{ field: 'familyName', level: 'exact', weight: 5 }],
  foundAt: '2026-01-01T00:00:00Z',
});

/** An adapter whose queue is given, served one pair a page so the walk over cursors is exercised. */
function adapterWithQueue(queue: LinkCandidate[], claims = true): PlumblineAdapterV1 {
  return {
    capabilities: claims ? ['consolidation', 'consolidation.candidates'] : ['consolidation'],
    consolidation: {
      async listLinkCandidates(page: { cursor?: string }) {
        const offset = Number(page.cursor ?? '0');
        return { items: queue.slice(offset, offset + 1), nextCursor: offset + 1 < queue.length ? String(offset + 1) : null };
      },
    },
  } as unknown as PlumblineAdapterV1;
}

// Records r0..r9; r0-r4 are person 0, r5-r9 person 1.
const personOfRecord = Int32Array.from({ length: 10 }, (_, index) => (index < 5 ? 0 : 1));
const indexOf = (key: string) => (/^s\/r(\d)$/.test(key) ? Number(key.slice(3)) : undefined);

describe('the possible-match share', () => {
  it('counts pairs, the distinct records they name, and the pairs that are one person, over every page', async () => {
    const queue = [candidate('r0', 'r1'), candidate('r1', 'r5'), candidate('r6', 'r7'), candidate('r0', 'unknown')];
    const figures = await possibleMatchFigures(adapterWithQueue(queue), indexOf, personOfRecord, systemContext('test'));
    expect(figures).toEqual({ pairs: 3, records: 5, recordShare: 0.5, samePersonShare: 2 / 3 });
  });

  it('is null for an adapter that does not offer the queue', async () => {
    expect(await possibleMatchFigures(adapterWithQueue([candidate('r0', 'r1')], false), indexOf, personOfRecord, systemContext('test'))).toBeNull();
  });
});
