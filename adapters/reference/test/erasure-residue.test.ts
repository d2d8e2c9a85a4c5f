/**
 * Erasure leaves nothing recoverable: after a person's records are erased, their name is in no
 * file the engine wrote (database, write-ahead log, shared memory, staged imports), while it
 * runs and after it stops, and those files are readable by their owner only.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SourceRecord } from '../../../src/contract/index.js';
import { allegation, context, createTestEngine, ingest, type TestEngine } from './engine-fixture.js';

/** A name no other data holds, so that any byte of it found in a file is a leftover. */
const MARKER = 'Quillonmarsh';
const markerIdentity = { staffNumber: 'S7777', givenName: 'Zephyrine', familyName: MARKER, dateOfBirth: '1981-07-07' };

const markerRecords: SourceRecord[] = [
  allegation('CMP-M1', 'CASE-M1', '2026-01-05', markerIdentity),
  allegation('CMP-M2', 'CASE-M2', '2026-02-05', markerIdentity),
  allegation('CMP-M3', 'CASE-M3', '2026-03-05', { ...markerIdentity, givenName: 'Zeph' }),
];

/** Every file in the folder whose bytes hold the marker, in any letter case. */
function filesHoldingMarker(directory: string): string[] {
  const needles = [MARKER, MARKER.toLowerCase(), MARKER.toUpperCase()].map((text) => Buffer.from(text));
  return readdirSync(directory).filter((name) => {
    const bytes = readFileSync(join(directory, name));
    return needles.some((needle) => bytes.includes(needle));
  });
}

let engine: TestEngine | undefined;
afterEach(async () => {
  await engine?.close();
  engine = undefined;
});

describe('erasure leaves nothing recoverable', () => {
  it('no file the engine wrote holds an erased name, while running and after a stop', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'plumbline-residue-'));
    // A staged import left by a process killed mid-import: a full copy of personal data.
    const leftover = join(directory, 'plumbline.db.import-00000000-0000-0000-0000-000000000000.ndjson');
    writeFileSync(leftover, JSON.stringify({ kind: 'record', record: { identity: markerIdentity } }) + '\n');
    engine = createTestEngine(directory);
    expect(existsSync(leftover), 'start-up recovery removes staged imports').toBe(false);

    await engine.loadForce();
    await ingest(engine.adapter, 'complaints', markerRecords);
    await engine.consolidate();
    await engine.flag();
    expect(filesHoldingMarker(directory).length, 'the marker is stored before the erasure').toBeGreaterThan(0);

    for (const record of markerRecords) await engine.adapter.sources.eraseRecord('complaints', record.recordId, 'rectification', context);
    expect(filesHoldingMarker(directory), 'files holding the erased name while running').toEqual([]);
    for (const name of readdirSync(directory)) {
      expect((statSync(join(directory, name)).mode & 0o777).toString(8), `mode of ${name}`).toBe('600');
    }

    // A stop and a fresh start (the last connection's close checkpoints what is left in the log).
    await engine.adapter.close();
    expect(filesHoldingMarker(directory), 'files holding the erased name after a stop').toEqual([]);
    rmSync(directory, { recursive: true, force: true });
    engine = undefined;
  });

  it('a subject that keeps other records no longer shows identity values only the erased record held', async () => {
    engine = createTestEngine();
    await engine.loadForce();
    await engine.consolidate();
    const { subjectId } = await engine.adapter.sources.getRecord('hr', 'EMP-1', context);
    await engine.adapter.sources.eraseRecord('hr', 'EMP-1', 'retention', context);
    const left = (await engine.adapter.consolidation.getSubject(subjectId!, context)) as unknown as {
      subject: { records: unknown[]; canonicalIdentity: Record<string, string> };
    };
    expect(left.subject.records.length).toBeGreaterThan(0);
    // Only the erased HR record held Robert's NI number and date of birth.
    expect(left.subject.canonicalIdentity.niNumber).toBeUndefined();
    expect(left.subject.canonicalIdentity.dateOfBirth).toBeUndefined();
    const needles = ['QQ123456A', '1986-04-12'].map((text) => Buffer.from(text));
    const holding = readdirSync(engine.directory).filter((name) => needles.some((needle) => readFileSync(join(engine!.directory, name)).includes(needle)));
    expect(holding, 'files holding the erased NI number or date of birth').toEqual([]);
  });

  it('a reviewer’s rationale naming an erased person is redacted by an admin, leaving no trace in the files', async () => {
    engine = createTestEngine();
    await engine.loadForce();
    await engine.consolidate();
    await engine.flag();
    const [flag] = (await engine.adapter.flagging.listFlags({}, { limit: 1 }, context)).items;
    const reviewed = await engine.adapter.flagging.reviewFlag(flag.flagId, { status: 'in_review', rationale: `Spoke to ${MARKER}'s line manager.` }, context);
    const [review] = reviewed.reviews;
    expect(filesHoldingMarker(engine.directory).length).toBeGreaterThan(0);

    const admin = { ...context, actor: 'admin-1' };
    const redacted = await engine.adapter.flagging.redactReview!(flag.flagId, review.reviewId, { reason: 'erasure' }, admin);
    expect(redacted.reviews[0]).toMatchObject({
      reviewId: review.reviewId,
      status: 'in_review',
      rationale: '[redacted]',
      redaction: { reason: 'erasure', redactedBy: 'admin-1' },
    });
    expect((await engine.adapter.flagging.getFlag(flag.flagId, context)).reviews[0].rationale).toBe('[redacted]');
    expect(filesHoldingMarker(engine.directory), 'files holding the redacted name').toEqual([]);
    // Again: nothing changes, the first redaction's record stays.
    const again = await engine.adapter.flagging.redactReview!(flag.flagId, review.reviewId, { reason: 'rectification' }, admin);
    expect(again.reviews[0].redaction?.reason).toBe('erasure');
    await expect(engine.adapter.flagging.redactReview!(flag.flagId, 'rev-404', { reason: 'erasure' }, admin)).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('stages an import owner-only and removes it once applied', async () => {
    const source = createTestEngine();
    engine = source;
    await source.loadForce();
    const lines = [];
    for await (const line of source.adapter.portability.exportAll(context)) lines.push(line);
    const target = createTestEngine();
    try {
      let modeWhileStaged = '';
      const run = await target.adapter.portability.startImport(
        (async function* () {
          yield* lines;
        })(),
        context,
      );
      const staged = readdirSync(target.directory).filter((name) => name.includes('.import-'));
      if (staged.length > 0) modeWhileStaged = (statSync(join(target.directory, staged[0])).mode & 0o777).toString(8);
      await target.adapter.idle();
      expect((await target.adapter.runs.getRun(run.runId, context)).status).toBe('succeeded');
      // The run may already have removed it; when it was seen, it was owner-only.
      if (modeWhileStaged) expect(modeWhileStaged).toBe('600');
      expect(readdirSync(target.directory).filter((name) => name.includes('.import-'))).toEqual([]);
    } finally {
      await target.close();
    }
  });
});
