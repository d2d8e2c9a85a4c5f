/**
 * The run worker's heap limit (PLUMBLINE_RUN_HEAP_MB): a run that outgrows it fails with a reason
 * that says what to raise, applies nothing, and the next run (in a fresh thread) can succeed. The
 * limit is read when the process's run thread starts, so this file sets it before its first run.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../../src/adapter/context.js';
import type { IndexedRecord } from '../../../src/adapter/sources-v1.js';
import { waitForRun } from '../../../src/adapter/wait-for-run.js';
import { synthesizeForce } from '../../../src/synth/index.js';
import { DEFAULT_RUN_HEAP_MB, runHeapLimitMb, threadFailure } from '../runs/run-heap-limit.js';
import { createTestEngine } from './engine-fixture.js';

const context = systemContext('tester');
const engine = createTestEngine();
afterAll(() => engine.close());

describe('the run heap limit', () => {
  it('is read from PLUMBLINE_RUN_HEAP_MB, with a default, and refuses a bad value by name', () => {
    expect(runHeapLimitMb({})).toBe(DEFAULT_RUN_HEAP_MB);
    expect(runHeapLimitMb({ PLUMBLINE_RUN_HEAP_MB: '2048' })).toBe(2048);
    expect(() => runHeapLimitMb({ PLUMBLINE_RUN_HEAP_MB: 'lots' })).toThrow(/PLUMBLINE_RUN_HEAP_MB must be a whole number of MiB/);
    expect(() => runHeapLimitMb({ PLUMBLINE_RUN_HEAP_MB: '8' })).toThrow(/from 32/);
  });

  it('leaves other thread failures as they are', () => {
    const crash = new Error('boom');
    expect(threadFailure(crash, 64)).toBe(crash);
  });

  it('fails a run that outgrows it with what to raise, applies nothing, and lets the next run succeed', async () => {
    // 3,000 people's identities outgrow 32 MiB in consolidation even with one month of records; two
    // months keep a margin at a sixth of the ingest time of twelve.
    const force = synthesizeForce({ people: 3000, months: 2, seed: 1 });
    for (const { sourceId, ...registration } of force.sources) await engine.adapter.sources.putSource(sourceId, registration, context);
    let batch: IndexedRecord[] = [];
    let batchSource = '';
    for (const { sourceId, record } of force.records()) {
      if ((sourceId !== batchSource || batch.length === 5000) && batch.length > 0) {
        await engine.adapter.sources.ingestRecords(batchSource, batch, context);
        batch = [];
      }
      batchSource = sourceId;
      batch.push({ index: batch.length, record });
    }
    await engine.adapter.sources.ingestRecords(batchSource, batch, context);

    process.env.PLUMBLINE_RUN_HEAP_MB = '32';
    try {
      const failed = await waitForRun(engine.adapter, (await engine.adapter.consolidation.startRun({ mode: 'full' }, context)).runId, context);
      expect(failed.status).toBe('failed');
      expect(failed.error?.detail).toMatch(/more memory than the run worker's limit of 32 MiB.*Raise PLUMBLINE_RUN_HEAP_MB/);
      expect((await engine.adapter.consolidation.listSubjects({}, { limit: 1 }, context)).items).toEqual([]);
    } finally {
      delete process.env.PLUMBLINE_RUN_HEAP_MB;
    }

    const succeeded = await waitForRun(engine.adapter, (await engine.adapter.consolidation.startRun({ mode: 'full' }, context)).runId, context);
    expect(succeeded.status).toBe('succeeded');
    expect((await engine.adapter.consolidation.listSubjects({}, { limit: 1 }, context)).items).toHaveLength(1);
  }, 120_000);
});
