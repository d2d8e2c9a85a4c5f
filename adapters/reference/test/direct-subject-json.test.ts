/**
 * The benchmark's floor must answer exactly what the engine answers, or the overhead ratio it
 * yields compares different work.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { openDirectSubjectReader } from '../store/direct-subject-json.js';
import { accessRecords, context, createTestEngine, ingest } from './engine-fixture.js';

const engine = createTestEngine();
afterAll(() => engine.close());

describe('the direct subject reader', () => {
  it('answers every subject as the engine does, record order and millisecond times included', async () => {
    await engine.loadForce();
    // A time with milliseconds, and one between the others, so order and formatting are both tested.
    await ingest(engine.adapter, 'audit', [{ ...accessRecords[0]!, recordId: 'AUD-2', occurredAt: '2026-01-15T08:30:00.987Z' }]);
    await engine.consolidate('full');
    const reader = openDirectSubjectReader(engine.databasePath);
    try {
      const subjects = (await engine.adapter.consolidation.listSubjects({}, { limit: 100 }, context)).items;
      expect(subjects.length).toBeGreaterThan(1);
      let recordsSeen = 0;
      for (const { subjectId } of subjects) {
        const lookup = await engine.adapter.consolidation.getSubject(subjectId, context);
        expect('subject' in lookup).toBe(true);
        const expected = (lookup as { subject: { records: unknown[] } }).subject;
        recordsSeen += expected.records.length;
        expect(JSON.parse(reader.read(subjectId)!), subjectId).toEqual(expected);
      }
      expect(recordsSeen).toBe(9);
      expect(reader.read('no-such-subject')).toBeUndefined();
    } finally {
      reader.close();
    }
  });
});
