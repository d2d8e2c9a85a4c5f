/** Flagging through the adapter interface: flags raised from consolidated subjects, no duplicates, the review lifecycle. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { context, createTestEngine, type TestEngine } from './engine-fixture.js';

let engine: TestEngine;
beforeEach(async () => {
  engine = createTestEngine();
  await engine.loadForce();
  await engine.consolidate();
});
afterEach(() => engine.close());

async function flagsOf(detectorId: string) {
  return (await engine.adapter.flagging.listFlags({ detectorId }, { limit: 100 }, context)).items;
}

describe('flagging', () => {
  it('lists every standard detector with its exact definition', async () => {
    const detectors = await engine.adapter.flagging.listDetectors(context);
    expect(detectors).toHaveLength(14);
    expect(detectors.every((detector) => detector.standard && detector.description.length > 80)).toBe(true);
  });

  it('raises repeated allegations across spellings of one person, with evidence from the consolidated subject', async () => {
    const run = await engine.flag('2026-03-31');
    expect(run.status).toBe('succeeded');
    const [flag] = await flagsOf('repeated-allegations');
    expect(flag).toMatchObject({ category: 'standards', status: 'open', asOf: '2026-03-31', runId: run.runId });
    expect(flag.evidence.map((reference) => reference.recordId)).toEqual(['CMP-1', 'CMP-2', 'CMP-3']);
    const { subjectId } = await engine.adapter.sources.getRecord('hr', 'EMP-1', context);
    expect(flag.subjectIds).toEqual([subjectId]);
    expect(flag.measurements.distinctCases).toBe(3);
  });

  it('raises nothing new when run again on unchanged data', async () => {
    await engine.flag('2026-03-31');
    const first = (await engine.adapter.flagging.listFlags({}, { limit: 500 }, context)).items.length;
    const again = await engine.flag('2026-03-31');
    expect(again.statistics.flagsRaised).toBe(0);
    expect((await engine.adapter.flagging.listFlags({}, { limit: 500 }, context)).items).toHaveLength(first);
  });

  it('refuses an unknown detector or a parameter out of range before starting a run', async () => {
    await expect(
      engine.adapter.flagging.startRun({ asOf: '2026-03-31', detectors: [{ detectorId: 'mind-reading', parameters: {} }] }, context),
    ).rejects.toMatchObject({
      kind: 'validation-failed',
    });
    await expect(
      engine.adapter.flagging.startRun({ asOf: '2026-03-31', detectors: [{ detectorId: 'repeated-allegations', parameters: { threshold: 0 } }] }, context),
    ).rejects.toMatchObject({ kind: 'validation-failed' });
  });

  it('honours parameters: a threshold of 4 raises nothing for three cases', async () => {
    const run = await engine.adapter.flagging.startRun(
      { asOf: '2026-03-31', detectors: [{ detectorId: 'repeated-allegations', parameters: { threshold: 4 } }] },
      context,
    );
    await engine.adapter.idle();
    expect((await engine.adapter.runs.getRun(run.runId, context)).status).toBe('succeeded');
    expect(await flagsOf('repeated-allegations')).toHaveLength(0);
  });

  it('moves a flag open → in_review → closed and refuses every other step with a conflict', async () => {
    await engine.flag('2026-03-31');
    const [flag] = await flagsOf('repeated-allegations');
    await expect(
      engine.adapter.flagging.reviewFlag(flag.flagId, { status: 'closed', outcome: 'no_further_action', rationale: 'skip' }, context),
    ).rejects.toMatchObject({
      kind: 'conflict',
    });
    const inReview = await engine.adapter.flagging.reviewFlag(flag.flagId, { status: 'in_review', rationale: 'Taking it.' }, context);
    expect(inReview.status).toBe('in_review');
    const closed = await engine.adapter.flagging.reviewFlag(
      flag.flagId,
      { status: 'closed', outcome: 'management_action', rationale: 'Words of advice.' },
      context,
    );
    expect(closed).toMatchObject({ status: 'closed', outcome: 'management_action' });
    expect(closed.reviews.map((review) => [review.status, review.reviewer])).toEqual([
      ['in_review', 'tester'],
      ['closed', 'tester'],
    ]);
    await expect(engine.adapter.flagging.reviewFlag(flag.flagId, { status: 'in_review', rationale: 'again' }, context)).rejects.toMatchObject({
      kind: 'conflict',
    });
    expect((await engine.adapter.flagging.listFlags({ status: 'closed' }, { limit: 10 }, context)).items.map((item) => item.flagId)).toEqual([flag.flagId]);
  });
});
