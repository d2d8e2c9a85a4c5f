/** Erasure: the record goes, and so does what was derived from it. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Subject } from '../../../src/contract/index.js';
import { accessRecords, context, createTestEngine, ingest, type TestEngine } from './engine-fixture.js';

let engine: TestEngine;
beforeEach(async () => {
  engine = createTestEngine();
  await engine.loadForce();
  await engine.consolidate();
  await engine.flag();
});
afterEach(() => engine.close());

describe('erasure', () => {
  it('removes the record from the store, its subject and every flag’s evidence', async () => {
    const { subjectId } = await engine.adapter.sources.getRecord('complaints', 'CMP-2', context);
    const erasure = await engine.adapter.sources.eraseRecord('complaints', 'CMP-2', 'rectification', context);
    expect(erasure).toMatchObject({ sourceId: 'complaints', recordId: 'CMP-2', reason: 'rectification' });
    await expect(engine.adapter.sources.getRecord('complaints', 'CMP-2', context)).rejects.toMatchObject({ kind: 'not-found' });
    const subject = ((await engine.adapter.consolidation.getSubject(subjectId!, context)) as { subject: Subject }).subject;
    expect(subject.records.map((record) => record.recordId)).not.toContain('CMP-2');
    expect(subject.recordCount).toBe(subject.records.length);
    const [flag] = (await engine.adapter.flagging.listFlags({ detectorId: 'repeated-allegations' }, { limit: 1 }, context)).items;
    expect(flag.evidence.map((reference) => reference.recordId)).toEqual(['CMP-1', 'CMP-3']);
    const exported = [];
    for await (const line of engine.adapter.portability.exportAll(context)) exported.push(JSON.stringify(line));
    expect(exported.join('\n')).not.toContain('"CMP-2"');
  });

  it('removes a subject whose last record is erased', async () => {
    const { subjectId } = await engine.adapter.sources.getRecord('hr', 'EMP-2', context);
    await engine.adapter.sources.eraseRecord('hr', 'EMP-2', 'retention', context);
    await expect(engine.adapter.consolidation.getSubject(subjectId!, context)).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('answers not-found for an unknown record', async () => {
    await expect(engine.adapter.sources.eraseRecord('hr', 'EMP-404', 'retention', context)).rejects.toMatchObject({ kind: 'not-found' });
  });
});

describe('erasure and later runs', () => {
  it('raises no duplicate when a run finds the same pattern on the records left', async () => {
    await engine.adapter.sources.eraseRecord('audit', 'AUD-1', 'retention', context);
    const before = (await engine.adapter.flagging.listFlags({}, { limit: 500 }, context)).items.length;
    const again = await engine.flag();
    expect(again.statistics.flagsRaised).toBe(0);
    expect((await engine.adapter.flagging.listFlags({}, { limit: 500 }, context)).items).toHaveLength(before);
  });
});

describe('erasure of the newest record', () => {
  // SQLite gives a new row the highest rowid plus one, so erasing the newest record frees its number
  // for the next: that record must still reach subjects and detectors (the record index).
  it('indexes a record ingested after the newest one was erased', async () => {
    const newest = accessRecords.at(-1)!;
    const { subjectId } = await engine.adapter.sources.getRecord('audit', newest.recordId, context);
    await engine.adapter.sources.eraseRecord('audit', newest.recordId, 'retention', context);
    const replacement = { ...newest, recordId: 'AUD-REPLACEMENT' };
    expect((await ingest(engine.adapter, 'audit', [replacement])).results[0].status).toBe('created');
    await engine.consolidate();
    const subject = ((await engine.adapter.consolidation.getSubject(subjectId!, context)) as { subject: Subject }).subject;
    expect(subject.records.map((record) => record.recordId)).toContain('AUD-REPLACEMENT');
    expect(subject.recordCount).toBe(subject.records.length);
  });
});
