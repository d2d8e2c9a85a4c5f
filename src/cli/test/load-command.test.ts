/**
 * `plumbline load --data DIR`: the next step after `plumbline synth`. A written force goes into the
 * store ready to serve; loading it again finishes or repeats it harmlessly; a second force, or a
 * directory synth did not write, is refused with the setting to change.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../adapter/factory.js';
import { systemContext } from '../../adapter/context.js';
import { createReferenceAdapter } from '../../../adapters/reference/index.js';
import { readMarker } from '../../demo/load-marker.js';
import { synthesizeForce, writeForce } from '../../synth/index.js';
import { StartupError } from '../command.js';
import { loadCommand } from '../load-command.js';

const directory = mkdtempSync(join(tmpdir(), 'plumbline-load-'));
const force = join(directory, 'force');
const store = join(directory, 'store', 'plumbline.db');
afterAll(() => rmSync(directory, { recursive: true, force: true }));

beforeAll(async () => {
  await writeForce(synthesizeForce({ people: 120, months: 6, seed: 7 }), force, () => {});
}, 60_000);

describe('plumbline load', () => {
  it('loads a force written by synth, consolidated and flagged, and marks the store complete', async () => {
    expect(await loadCommand.run(['--data', force, '--db', store])).toBe(0);
    expect(readMarker(store)).toMatchObject({ kind: 'directory', from: force, status: 'complete', people: 120 });
    const summary = readMarker(store)!.summary!;
    expect(summary.rejected).toBe(0);
    expect(summary.subjects).toBeGreaterThanOrEqual(120);

    const adapter = createReferenceAdapter({ databasePath: store }, { logger: silentLogger });
    try {
      const context = { ...systemContext('test'), justification: 'TEST' };
      expect((await adapter.sources!.listSources({ limit: 100 }, context)).items).toHaveLength(12);
      expect((await adapter.flagging!.listFlags({ status: 'open' }, { limit: 500 }, context)).items.length).toBe(summary.openFlags);
      expect(summary.openFlags).toBeGreaterThan(0);
    } finally {
      await adapter.close();
    }
  }, 120_000);

  it('loads the same force again harmlessly (how an interrupted load is finished)', async () => {
    const before = readMarker(store)!.summary!;
    expect(await loadCommand.run(['--data', force, '--db', store])).toBe(0);
    const after = readMarker(store)!.summary!;
    expect({ records: after.records, subjects: after.subjects, openFlags: after.openFlags }).toEqual({
      records: before.records,
      subjects: before.subjects,
      openFlags: before.openFlags,
    });
  }, 120_000);

  it('refuses a second force in the same store, naming PLUMBLINE_DB', async () => {
    const other = join(directory, 'other');
    await writeForce(synthesizeForce({ people: 100, months: 1, seed: 8 }), other, () => {});
    await expect(loadCommand.run(['--data', other, '--db', store])).rejects.toThrow(/already holds .*force.*PLUMBLINE_DB \(or --db\)/s);
  }, 60_000);

  it('refuses a directory that plumbline synth did not write', async () => {
    const stranger = join(directory, 'stranger');
    mkdirSync(stranger);
    await expect(loadCommand.run(['--data', stranger, '--db', join(directory, 'fresh.db')])).rejects.toThrow(StartupError);
    writeFileSync(join(stranger, 'manifest.json'), JSON.stringify({ generator: 'someone-else' }));
    writeFileSync(join(stranger, 'sources.json'), '[]');
    await expect(loadCommand.run(['--data', stranger, '--db', join(directory, 'fresh.db')])).rejects.toThrow(/synthetic forces only/);
  });
});
