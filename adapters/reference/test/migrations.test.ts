/**
 * Schema upgrades: a store written by an earlier version of the engine opens under this one with
 * its data intact. Version 1 kept records by node in an ordinary index; version 2 keeps them in
 * the record index tables, which the first catch-up fills from the records already held; version 4
 * keeps record keys in their own table, filled by the upgrade.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { Subject } from '../../../src/contract/index.js';
import { silentLogger } from '../../../src/adapter/factory.js';
import { waitForRun } from '../../../src/adapter/wait-for-run.js';
import { nodeKeyOf } from '../consolidation/identity-nodes.js';
import { createReferenceAdapter } from '../index.js';
import { migrate, SCHEMA_VERSION } from '../store/migrations.js';
import { recordTypeCodes } from '../store/record-type-codes.js';
import { context, hrRecords, sources } from './engine-fixture.js';

const directory = mkdtempSync(join(tmpdir(), 'plumbline-migrations-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

/** A version-1 store holding the fixture's HR records, written as version 1 wrote them. */
function versionOneStore(path: string): void {
  const database = new Database(path);
  migrate(database, 1);
  const now = '2026-03-01T00:00:00.000Z';
  database
    .prepare('INSERT INTO sources (seq, source_id, kind, registration, created_at, updated_at) VALUES (1, ?, ?, ?, ?, ?)')
    .run('hr', 'hr', JSON.stringify(sources.hr), now, now);
  hrRecords.forEach((record, index) => {
    const nodeId = index + 1;
    database
      .prepare('INSERT INTO identity_nodes (node_id, source_id, node_key, identity, record_count, change_seq) VALUES (?, ?, ?, ?, 1, 1)')
      .run(nodeId, 'hr', nodeKeyOf('hr', record.identity), JSON.stringify(record.identity));
    database
      .prepare('INSERT INTO records (source_seq, record_id, type_code, occurred_ms, body, ingested_at, node_id) VALUES (1, ?, ?, ?, ?, ?, ?)')
      .run(record.recordId, recordTypeCodes[record.type], Date.parse(record.occurredAt), JSON.stringify(record), now, nodeId);
  });
  database.close();
}

describe('schema migrations', () => {
  it('upgrades a version-1 store: its records reach subjects through the record index', async () => {
    const path = join(directory, 'version-1.db');
    versionOneStore(path);
    const adapter = createReferenceAdapter({ databasePath: path }, { logger: silentLogger });
    try {
      expect((await adapter.sources.getRecord('hr', 'EMP-1', context)).record).toEqual(hrRecords[0]);
      // Version 4 moved the record keys out of the records table: the records already held are found by key.
      const again = await adapter.sources.ingestRecords(
        'hr',
        hrRecords.map((record, index) => ({ index, record })),
        context,
      );
      expect(again.results.map((result) => result.status)).toEqual(hrRecords.map(() => 'unchanged'));
      const run = await waitForRun(adapter, (await adapter.consolidation.startRun({ mode: 'full' }, context)).runId, context);
      expect(run.status).toBe('succeeded');
      const { subjectId } = await adapter.sources.getRecord('hr', 'EMP-1', context);
      const { subject } = (await adapter.consolidation.getSubject(subjectId!, context)) as { subject: Subject };
      expect(subject.records.map((record) => record.recordId)).toEqual(['EMP-1']);
    } finally {
      await adapter.close();
    }
    const upgraded = new Database(path, { readonly: true });
    expect(upgraded.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect((upgraded.prepare('SELECT count(*) AS n FROM records_by_node').get() as { n: number }).n).toBe(hrRecords.length);
    expect((upgraded.prepare('SELECT count(*) AS n FROM records_by_key').get() as { n: number }).n).toBe(hrRecords.length);
    expect((upgraded.prepare('SELECT count(*) AS n FROM records').get() as { n: number }).n).toBe(hrRecords.length);
    upgraded.close();
  });
});
