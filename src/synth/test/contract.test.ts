/** Every record is valid against the contract, ids are unique per source, and the truth covers every record once. */
import { describe, expect, it, beforeAll } from 'vitest';
import { OpaqueId, SourceRecord, SourceRegistration, sourceKinds } from '../../contract/index.js';
import { readForce, type SyntheticPerson, type TruthEntry } from '../index.js';
import { ndjson, writeSmallForce } from './fixtures.js';

let directory: string;
beforeAll(async () => {
  // Noise at twice the default makes every kind of mistake frequent enough to be validated.
  directory = await writeSmallForce({ people: 1200, months: 12, seed: 5, noise: 2 });
});

describe('records against the contract', () => {
  it('registers one valid source per kind', () => {
    const force = readForce(directory);
    expect(force.sources.map((source) => source.kind).sort()).toEqual([...sourceKinds].sort());
    for (const { sourceId, ...registration } of force.sources) {
      expect(OpaqueId.safeParse(sourceId).success, sourceId).toBe(true);
      expect(SourceRegistration.safeParse(registration).success, sourceId).toBe(true);
    }
  });

  it('writes only records that validate against SourceRecord, with ids unique within each source', async () => {
    const force = readForce(directory);
    const failures: string[] = [];
    const types = new Set<string>();
    for (const source of force.sources) {
      const ids = new Set<string>();
      for await (const record of force.sourceRecords(source.sourceId)) {
        const result = SourceRecord.safeParse(record);
        if (!result.success) failures.push(`${source.sourceId} ${record.recordId}: ${result.error.message}`);
        if (ids.has(record.recordId)) failures.push(`${source.sourceId} ${record.recordId}: duplicate id`);
        ids.add(record.recordId);
        types.add(record.type);
      }
      expect(ids.size, source.sourceId).toBeGreaterThan(0);
    }
    expect(failures.slice(0, 5)).toEqual([]);
    expect(types.size).toBe(11);
  });

  it('keeps protected characteristics in HR employment records only', async () => {
    for await (const { record } of readForce(directory).records()) {
      if ('protectedCharacteristics' in record) expect(record.type).toBe('employment');
    }
  });
});

describe('ground truth', () => {
  it('names a real person for every record, exactly once, in record order', async () => {
    const force = readForce(directory);
    const people = new Set(ndjson<SyntheticPerson>(directory, 'people.ndjson').map((person) => person.personId));
    const truth = ndjson<TruthEntry>(directory, 'truth.ndjson');
    const keys = new Set(truth.map((entry) => `${entry.sourceId}/${entry.recordId}`));
    expect(keys.size).toBe(truth.length);
    let index = 0;
    for (const source of force.sources) {
      for await (const record of force.sourceRecords(source.sourceId)) {
        expect(truth[index]).toMatchObject({ sourceId: source.sourceId, recordId: record.recordId });
        expect(people.has(truth[index].personId)).toBe(true);
        index++;
      }
    }
    expect(index).toBe(truth.length);
    expect(force.manifest.records?.total).toBe(truth.length);
  });

  it('reads back the records and truth it wrote', async () => {
    let count = 0;
    const perPerson = new Map<string, number>();
    for await (const { personId } of readForce(directory).records()) {
      count++;
      perPerson.set(personId, (perPerson.get(personId) ?? 0) + 1);
    }
    expect(count).toBe(readForce(directory).manifest.records?.total);
    // Everybody appears in HR at least.
    expect(perPerson.size).toBe(1200);
  });
});
