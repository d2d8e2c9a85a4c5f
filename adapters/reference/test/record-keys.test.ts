/**
 * Record keys kept apart from the records (record-keys.ts): whichever store appended a record, and
 * whether its key is merged yet or still in the tail, re-ingesting it finds it, so no record is
 * ever stored twice. The tail limit is made tiny here so that merges happen within a few batches.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SourceRecord } from '../../../src/contract/index.js';
import { openDatabase, type Connection } from '../store/database.js';
import { IngestStore } from '../store/ingest-store.js';
import { RecordKeys } from '../store/record-keys.js';
import { RecordsStore } from '../store/records-store.js';
import { SourcesStore } from '../store/sources-store.js';
import { systemClock } from '../store/clock.js';
import { accessRecords, sources } from './engine-fixture.js';

let directory: string;
let database: Connection;
beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'plumbline-record-keys-'));
  database = openDatabase(join(directory, 'store.db'));
  new SourcesStore(database, systemClock).put('audit', sources.audit);
});
afterEach(() => {
  database.close();
  rmSync(directory, { recursive: true, force: true });
});

const records = (from: number, count: number): SourceRecord[] =>
  Array.from({ length: count }, (_, offset) => ({ ...accessRecords[0], recordId: `AUD-${from + offset}` }) as SourceRecord);
const batchOf = (list: SourceRecord[]) => list.map((record, index) => ({ index, record }));
const statuses = (store: IngestStore, list: SourceRecord[]) => store.ingest('audit', batchOf(list)).map((result) => result.status);
const stored = () => (database.prepare('SELECT count(*) AS n FROM records').get() as { n: number }).n;

describe('record keys', () => {
  it('finds every record again, in the tail or merged, and a record sent twice in one batch', () => {
    const store = new IngestStore(database, systemClock, 3);
    for (let from = 0; from < 10; from += 2) expect(statuses(store, records(from, 2))).toEqual(['created', 'created']);
    expect(new RecordKeys(database).watermark()).toBeGreaterThan(0);
    expect(statuses(store, records(0, 10))).toEqual(Array(10).fill('unchanged'));
    const twice = [...records(10, 1), { ...records(10, 1)[0], purpose: { kind: 'case', reference: 'CRIS-2' } } as SourceRecord];
    expect(statuses(store, twice)).toEqual(['created', 'updated']);
    expect(stored()).toBe(11);
  });

  it('finds records another store appended, and those appended before a restart', () => {
    const first = new IngestStore(database, systemClock);
    expect(statuses(first, records(0, 3))).toEqual(['created', 'created', 'created']);
    const second = new IngestStore(database, systemClock);
    expect(statuses(second, records(0, 4))).toEqual(['unchanged', 'unchanged', 'unchanged', 'created']);
    expect(statuses(first, records(0, 5))).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged', 'created']);
    database.close();
    database = openDatabase(join(directory, 'store.db'));
    expect(statuses(new IngestStore(database, systemClock), records(0, 5))).toEqual(Array(5).fill('unchanged'));
    expect(stored()).toBe(5);
  });

  it('ingests a record again as new once it was erased, whether its key was merged or in the tail', () => {
    const store = new IngestStore(database, systemClock, 2);
    statuses(store, records(0, 3)); // merged: more than the limit
    statuses(store, records(3, 1)); // the tail
    const erase = new RecordsStore(database, systemClock);
    erase.erase('audit', 'AUD-1', 'retention');
    erase.erase('audit', 'AUD-3', 'retention');
    expect(statuses(store, records(0, 4))).toEqual(['unchanged', 'created', 'unchanged', 'created']);
    expect(stored()).toBe(4);
    expect(erase.get('audit', 'AUD-3').record.recordId).toBe('AUD-3');
  });

  it('merges exactly the records held, also after a record of the tail was erased', () => {
    const store = new IngestStore(database, systemClock, 3);
    const keys = new RecordKeys(database);
    const merged = () => database.prepare('SELECT record_id AS id FROM records_by_key ORDER BY record_id').pluck().all() as string[];
    const held = () => database.prepare('SELECT record_id AS id FROM records WHERE seq <= ? ORDER BY record_id').pluck().all(keys.watermark()) as string[];
    for (let from = 0; from < 10; from += 2) statuses(store, records(from, 2));
    expect(merged()).toEqual(held());
    // AUD-9 is in the tail held in memory when it is erased.
    expect(merged()).not.toContain('AUD-9');
    new RecordsStore(database, systemClock).erase('audit', 'AUD-9', 'retention');
    for (let from = 10; from < 14; from += 2) statuses(store, records(from, 2));
    expect(merged()).toEqual(held());
    expect(merged()).not.toContain('AUD-9');
    expect(statuses(store, records(0, 14))).toEqual(records(0, 14).map((record) => (record.recordId === 'AUD-9' ? 'created' : 'unchanged')));
  });

  it('finds a record in the unmerged tail by key for readers', () => {
    const store = new IngestStore(database, systemClock);
    statuses(store, records(0, 2));
    expect(new RecordKeys(database).watermark()).toBe(0);
    expect(new RecordsStore(database, systemClock).get('audit', 'AUD-1').record.recordId).toBe('AUD-1');
  });
});
