/** The possible-match queue through the adapter interface: filled by a run, decided with overrides, durable. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allegation, context, createTestEngine, ingest, type TestEngine } from './engine-fixture.js';

let engine: TestEngine;
beforeEach(async () => {
  engine = createTestEngine();
  await engine.loadForce();
  // A complaint naming "Katherine Smith" and nothing else: the force's Katherine Smith, most likely,
  // but a common family name and no number or date of birth is not enough to merge.
  await ingest(engine.adapter, 'complaints', [allegation('CMP-9', 'CASE-9', '2026-03-20', { givenName: 'Katherine', familyName: 'Smith' })]);
});
afterEach(() => engine.close());

const queue = async () => (await engine.adapter.consolidation.listLinkCandidates!({ limit: 100 }, context)).items;
const subjectOfRecord = async (sourceId: string, recordId: string) => (await engine.adapter.sources.getRecord(sourceId, recordId, context)).subjectId;

describe('the possible-match queue', () => {
  it('lists an uncertain pair with its evidence instead of merging it', async () => {
    await engine.consolidate();
    const items = await queue();
    const candidate = items.find((item) => [item.left.recordId, item.right.recordId].includes('CMP-9'))!;
    expect(candidate).toBeDefined();
    expect(candidate.leftSubjectId).not.toBe(candidate.rightSubjectId);
    expect(candidate.score).toBeLessThan(candidate.threshold);
    expect(candidate.comparisons.find((comparison) => comparison.field === 'familyName')?.level).toBe('exact');
    expect(await subjectOfRecord('complaints', 'CMP-9')).not.toBe(await subjectOfRecord('hr', 'EMP-2'));
    expect(candidate.leftSubjectId).toBe(await subjectOfRecord(candidate.left.sourceId, candidate.left.recordId));
  });

  it('merges the pair on a must-link and takes it off the queue', async () => {
    await engine.consolidate();
    const candidate = (await queue()).find((item) => item.right.recordId === 'CMP-9')!;
    await engine.adapter.consolidation.createOverride(
      { kind: 'must_link', left: candidate.left, right: candidate.right, reason: 'Same officer: checked the case file.' },
      context,
    );
    await engine.consolidate();
    expect(await subjectOfRecord('complaints', 'CMP-9')).toBe(await subjectOfRecord('hr', 'EMP-2'));
    expect((await queue()).some((item) => item.candidateId === candidate.candidateId)).toBe(false);
  });

  it('keeps the pair apart on a cannot-link and takes it off the queue, for good', async () => {
    await engine.consolidate();
    const candidate = (await queue()).find((item) => item.right.recordId === 'CMP-9')!;
    await engine.adapter.consolidation.createOverride(
      { kind: 'cannot_link', left: candidate.left, right: candidate.right, reason: 'A member of the public of that name.' },
      context,
    );
    await engine.consolidate();
    expect(await subjectOfRecord('complaints', 'CMP-9')).not.toBe(await subjectOfRecord('hr', 'EMP-2'));
    expect((await queue()).some((item) => item.right.recordId === 'CMP-9')).toBe(false);
    await engine.consolidate('full');
    expect((await queue()).some((item) => item.right.recordId === 'CMP-9')).toBe(false);
  });

  it('pages in a stable order', async () => {
    await ingest(engine.adapter, 'complaints', [
      allegation('CMP-10', 'CASE-10', '2026-03-21', { givenName: 'Rob', familyName: 'Okafor', postcode: 'SE11 4AA' }),
      allegation('CMP-11', 'CASE-11', '2026-03-22', { givenName: 'Annie', familyName: 'Smith' }),
    ]);
    await engine.consolidate();
    const all = await queue();
    const first = await engine.adapter.consolidation.listLinkCandidates!({ limit: 1 }, context);
    expect(first.items).toEqual(all.slice(0, 1));
    if (all.length > 1) {
      const second = await engine.adapter.consolidation.listLinkCandidates!({ limit: 1, cursor: first.nextCursor! }, context);
      expect(second.items).toEqual(all.slice(1, 2));
    } else expect(first.nextCursor).toBeNull();
  });
});
