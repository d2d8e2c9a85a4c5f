/** Consolidation through the adapter interface: links, explanations, overrides, stable ids, incremental runs. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Subject } from '../../../src/contract/index.js';
import { allegation, context, createTestEngine, ingest, people, type TestEngine } from './engine-fixture.js';

let engine: TestEngine;
beforeEach(async () => {
  engine = createTestEngine();
  await engine.loadForce();
});
afterEach(() => engine.close());

async function subjectOf(sourceId: string, recordId: string): Promise<Subject> {
  const { subjectId } = await engine.adapter.sources.getRecord(sourceId, recordId, context);
  expect(subjectId).not.toBeNull();
  const lookup = await engine.adapter.consolidation.getSubject(subjectId!, context);
  if (!('subject' in lookup)) throw new Error('expected a subject');
  return lookup.subject;
}

async function allSubjects(): Promise<Subject[]> {
  const page = await engine.adapter.consolidation.listSubjects({}, { limit: 500 }, context);
  return Promise.all(
    page.items.map(async (summary) => ((await engine.adapter.consolidation.getSubject(summary.subjectId, context)) as { subject: Subject }).subject),
  );
}

describe('consolidation', () => {
  it('resolves the three people, linking a nickname with a transposed warrant number and keeping two Smiths apart', async () => {
    const run = await engine.consolidate();
    expect(run.status).toBe('succeeded');
    const robert = await subjectOf('hr', 'EMP-1');
    expect(robert.records.map((record) => record.recordId).sort()).toEqual(['AUD-1', 'CMP-1', 'CMP-2', 'CMP-3', 'EMP-1']);
    expect(robert.canonicalIdentity).toMatchObject({ staffNumber: 'S1001', givenName: 'Robert', familyName: 'Okafor' });
    expect((await subjectOf('hr', 'EMP-2')).subjectId).not.toBe((await subjectOf('hr', 'EMP-3')).subjectId);
    expect((await subjectOf('complaints', 'CMP-4')).subjectId).toBe((await subjectOf('hr', 'EMP-3')).subjectId);
    expect(await allSubjects()).toHaveLength(3);
  });

  it('explains every link, with per-field evidence for probabilistic ones', async () => {
    await engine.consolidate();
    const robert = await subjectOf('hr', 'EMP-1');
    const links = await engine.adapter.consolidation.listLinks(robert.subjectId, { limit: 100 }, context);
    expect(links.items.length).toBe(robert.recordCount - 1);
    const toBob = links.items.find((link) => [link.left.recordId, link.right.recordId].includes('CMP-1'))!;
    expect(toBob.basis).toBe('probabilistic');
    expect(toBob.score).toBeGreaterThan(toBob.threshold!);
    expect(toBob.comparisons!.map((comparison) => comparison.field)).toEqual(expect.arrayContaining(['givenName', 'familyName', 'warrantNumber']));
    expect(toBob.comparisons!.find((comparison) => comparison.field === 'givenName')!.level).toBe('nickname');
  });

  it('keeps every id when nothing changed, and does not touch updatedAt', async () => {
    await engine.consolidate();
    const before = await allSubjects();
    const run = await engine.consolidate('full');
    expect(run.status).toBe('succeeded');
    expect(await allSubjects()).toEqual(before);
  });

  it('obeys a cannot-link: the larger part keeps the id, the other gets a new one', async () => {
    await engine.consolidate();
    const robert = await subjectOf('hr', 'EMP-1');
    await engine.adapter.consolidation.createOverride(
      {
        kind: 'cannot_link',
        left: { sourceId: 'hr', recordId: 'EMP-1' },
        right: { sourceId: 'complaints', recordId: 'CMP-1' },
        reason: 'Bob is someone else.',
      },
      context,
    );
    await engine.consolidate();
    expect((await subjectOf('hr', 'EMP-1')).subjectId).toBe(robert.subjectId);
    const bob = await subjectOf('complaints', 'CMP-1');
    expect(bob.subjectId).not.toBe(robert.subjectId);
  });

  it('obeys a must-link: the subjects merge, one id survives and the other redirects to it', async () => {
    await engine.consolidate();
    const katherine = await subjectOf('hr', 'EMP-2');
    const ann = await subjectOf('hr', 'EMP-3');
    const override = await engine.adapter.consolidation.createOverride(
      { kind: 'must_link', left: { sourceId: 'hr', recordId: 'EMP-2' }, right: { sourceId: 'hr', recordId: 'EMP-3' }, reason: 'Test merge.' },
      context,
    );
    expect(override).toMatchObject({ kind: 'must_link', createdBy: 'tester' });
    await engine.consolidate();
    const merged = await subjectOf('hr', 'EMP-2');
    expect([katherine.subjectId, ann.subjectId]).toContain(merged.subjectId);
    const former = merged.subjectId === katherine.subjectId ? ann.subjectId : katherine.subjectId;
    expect(merged.formerIds).toEqual([former]);
    expect(await engine.adapter.consolidation.getSubject(former, context)).toEqual({ redirectTo: merged.subjectId });
    const links = await engine.adapter.consolidation.listLinks(merged.subjectId, { limit: 100 }, context);
    expect(links.items.some((link) => link.basis === 'override' && link.overrideId === override.overrideId)).toBe(true);
  });

  it('refuses contradictory overrides with a conflict', async () => {
    const left = { sourceId: 'hr', recordId: 'EMP-2' };
    const right = { sourceId: 'hr', recordId: 'EMP-3' };
    await engine.adapter.consolidation.createOverride({ kind: 'must_link', left, right, reason: 'same' }, context);
    await expect(engine.adapter.consolidation.createOverride({ kind: 'cannot_link', left, right, reason: 'not same' }, context)).rejects.toMatchObject({
      kind: 'conflict',
    });
    await expect(
      engine.adapter.consolidation.createOverride({ kind: 'must_link', left, right: { sourceId: 'hr', recordId: 'missing' }, reason: 'x' }, context),
    ).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('runs incrementally: a new batch is resolved without reconsidering untouched subjects', async () => {
    await engine.consolidate();
    const before = await allSubjects();
    await ingest(engine.adapter, 'complaints', [
      allegation('CMP-9', 'CASE-9', '2026-03-20', { givenName: 'Kate', familyName: 'Smith', warrantNumber: people.katherine.warrantNumber }),
    ]);
    const run = await engine.consolidate();
    expect(run.statistics.changedNodes).toBe(1);
    expect(run.statistics.full).toBe(0);
    const katherine = await subjectOf('complaints', 'CMP-9');
    expect(katherine.subjectId).toBe(before.find((subject) => subject.records.some((record) => record.recordId === 'EMP-2'))!.subjectId);
    const robertBefore = before.find((subject) => subject.records.some((record) => record.recordId === 'EMP-1'))!;
    expect(await subjectOf('hr', 'EMP-1')).toEqual(robertBefore);
  });
});
