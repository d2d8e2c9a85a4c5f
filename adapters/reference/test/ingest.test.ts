/** Ingest: idempotency, per-record results, atomic batches, and records joining known identities at once. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { accessRecords, context, createTestEngine, hrRecords, ingest, sources, type TestEngine } from './engine-fixture.js';

let engine: TestEngine;
beforeEach(async () => {
  engine = createTestEngine();
  for (const [sourceId, source] of Object.entries(sources)) await engine.adapter.sources.putSource(sourceId, source, context);
});
afterEach(() => engine.close());

describe('ingest', () => {
  it('creates, then recognises the same content as unchanged whatever its key order, and new content as updated', async () => {
    expect((await ingest(engine.adapter, 'hr', hrRecords)).results.map((result) => result.status)).toEqual(['created', 'created', 'created']);
    const reordered = Object.fromEntries(Object.entries(hrRecords[0]).reverse()) as (typeof hrRecords)[0];
    expect((await ingest(engine.adapter, 'hr', [reordered])).results[0].status).toBe('unchanged');
    const changed = { ...hrRecords[0], unit: 'Southwark ERPT' } as (typeof hrRecords)[0];
    expect((await ingest(engine.adapter, 'hr', [changed])).results[0]).toEqual({ index: 0, recordId: 'EMP-1', status: 'updated' });
    const stored = await engine.adapter.sources.getRecord('hr', 'EMP-1', context);
    expect(stored.record).toMatchObject({ unit: 'Southwark ERPT' });
  });

  it('refuses records for an unregistered source', async () => {
    await expect(ingest(engine.adapter, 'nowhere', hrRecords)).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('commits a batch whole or not at all', async () => {
    // A trigger makes the store fail on the third record, as a full disk or a crash would.
    const database = new Database(engine.databasePath);
    database.exec(`CREATE TRIGGER fail_third BEFORE INSERT ON records WHEN NEW.record_id = 'EMP-3' BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    database.close();
    await expect(ingest(engine.adapter, 'hr', hrRecords)).rejects.toThrow(/disk full/);
    for (const record of hrRecords) {
      await expect(engine.adapter.sources.getRecord('hr', record.recordId, context)).rejects.toMatchObject({ kind: 'not-found' });
    }
  });

  it('puts a record of a known identity into its subject at once, without a run', async () => {
    await ingest(engine.adapter, 'hr', hrRecords);
    await ingest(engine.adapter, 'audit', accessRecords);
    await engine.consolidate();
    const before = await engine.adapter.sources.getRecord('audit', 'AUD-1', context);
    expect(before.subjectId).not.toBeNull();
    const next = { ...accessRecords[0], recordId: 'AUD-2' } as (typeof accessRecords)[0];
    await ingest(engine.adapter, 'audit', [next]);
    const after = await engine.adapter.sources.getRecord('audit', 'AUD-2', context);
    expect(after.subjectId).toBe(before.subjectId);
    const lookup = await engine.adapter.consolidation.getSubject(before.subjectId!, context);
    expect('subject' in lookup && lookup.subject.records.map((record) => record.recordId)).toContain('AUD-2');
  });
});
