/**
 * The parallel run's parts on their own: the Diffy noise floor, the agreement of two partitions,
 * and the outbox (backlog overflow counted, a cut-over noticed), on a real SQLite file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { agreementOf } from '../agreement.js';
import { MirrorOutbox } from '../mirror-outbox.js';
import { compareReads } from '../read-diff.js';
import { diffSnapshots, snapshotOfLines } from '../state-snapshot.js';
import type { ExportLine } from '../../contract/index.js';

const directories: string[] = [];
afterEach(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

describe('read answers against a noise floor', () => {
  it('ignores what differs between two primary reads and reports what else the candidate answers differently', () => {
    const first = { status: 'open', measurements: { count: 3 }, note: 'generated 10:00:01', items: [{ score: 0.9 }, { score: 0.8 }] };
    const again = { ...first, note: 'generated 10:00:02' };
    const candidate = { ...first, note: 'generated 11:00:00', measurements: { count: 4 }, items: [{ score: 0.9 }, { score: 0.7 }] };
    expect(compareReads(first, again, candidate)).toEqual({ differences: ['/items[]/score', '/measurements/count'], noise: ['/note'] });
  });

  it('leaves out the ids and times each adapter mints for itself, and keeps no values', () => {
    const primary = { subjectId: 'subj-1', createdAt: '2026-01-01T00:00:00Z', records: [{ sourceId: 'hr', recordId: 'E1' }] };
    const candidate = { subjectId: 'ri.subject.9', createdAt: '2026-01-02T00:00:00Z', records: [{ sourceId: 'hr', recordId: 'E1' }] };
    expect(compareReads(primary, primary, candidate)).toEqual({ differences: [], noise: [] });
    expect(compareReads(primary, primary, { ...candidate, records: [] }).differences).toEqual(['/records', '/records[]/recordId', '/records[]/sourceId']);
  });
});

const subject = (subjectId: string, ...refs: string[]): ExportLine => ({
  kind: 'subject',
  subject: { subjectId, formerIds: [], records: refs.map((ref) => ({ sourceId: ref.split('/')[0], recordId: ref.split('/')[1] })) },
});

describe('partition agreement', () => {
  it('scores a candidate that joins two people as less precise, naming both', async () => {
    const primary = await snapshotOfLines([subject('p1', 'hr/1', 'cmp/1'), subject('p2', 'hr/2', 'cmp/2'), subject('p3', 'hr/3')]);
    const candidate = await snapshotOfLines([subject('c1', 'hr/1', 'cmp/1', 'hr/2', 'cmp/2'), subject('c3', 'hr/3')]);
    const agreement = agreementOf(primary, candidate);
    // Primary pairs: 2; candidate pairs: 6, of which 2 correct.
    expect(agreement.consolidation).toMatchObject({ truePairs: 2, predictedPairs: 6, correctPairs: 2, recall: 1 });
    expect(agreement.consolidation.precision).toBeCloseTo(1 / 3);
    expect(agreement.subjectsInDisagreement).toBe(2);
    expect(agreement.disagreements[0].candidate[0].records).toEqual(['hr/1', 'cmp/1', 'hr/2', 'cmp/2']);
    expect(diffSnapshots(primary, candidate).partition).toEqual(['cmp/1', 'cmp/2', 'hr/1', 'hr/2']);
    expect(diffSnapshots(primary, await snapshotOfLines([subject('x', 'cmp/1', 'hr/1'), subject('y', 'hr/2', 'cmp/2'), subject('z', 'hr/3')])).empty).toBe(
      true,
    );
  });
});

describe('the outbox', () => {
  function outbox(maxBacklog?: number) {
    const directory = mkdtempSync(join(tmpdir(), 'outbox-'));
    directories.push(directory);
    const database = new Database(join(directory, 'audit.db'));
    return { database, outbox: new MirrorOutbox(database, maxBacklog) };
  }

  it('counts writes past a full backlog as overflow, without their payload, and never throws', () => {
    const { database, outbox: queue } = outbox(2);
    for (let index = 0; index < 5; index++) queue.enqueue({ operation: 'ingestRecords', sourceId: 'hr', payload: { records: [index] } }, index + 1);
    expect(queue.counts()).toMatchObject({ pending: 2, overflow: 3 });
    expect(database.prepare("SELECT COUNT(*) FROM parallel_run_outbox WHERE state = 'overflow' AND payload IS NULL").pluck().get()).toBe(3);
    const [first] = queue.next(1);
    queue.markDelivered(first.sequence);
    expect(queue.next(5).map((entry) => entry.sequence)).toEqual([2]);
    expect(database.prepare('SELECT payload FROM parallel_run_outbox WHERE sequence = 1').pluck().get()).toBeNull();
    database.close();
  });

  it('notices a cut-over: remembered ids swapped, writes still waiting set aside by name', () => {
    const { database, outbox: queue } = outbox();
    expect(queue.pair('reference', 'foundry')).toBe('new');
    queue.rememberId('override', 'ovr-1', 'ri.override.7');
    queue.enqueue({ operation: 'putSource', sourceId: 'hr', payload: {} }, null);
    expect(queue.pair('reference', 'foundry')).toBe('same');
    expect(queue.pair('foundry', 'reference')).toBe('swapped');
    expect(queue.candidateId('override', 'ri.override.7')).toBe('ovr-1');
    expect(queue.counts()).toMatchObject({ pending: 0, undeliverable: 1 });
    expect(queue.undeliverable(1)[0].problem).toContain('before the cut-over');
    expect(queue.pair('foundry', 'casework')).toBe('new');
    expect(queue.candidateId('override', 'ri.override.7')).toBeUndefined();
    database.close();
  });
});
