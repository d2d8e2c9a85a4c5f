/**
 * The export through the simulator pays for one record snapshot per state of the platform: a first
 * page whose answer is lost and retried, or an export repeated with nothing changed in between,
 * reuses the snapshot instead of making another full pass (which under load had outlasted the
 * deadline three times over and cut the export short of its `end` line). An action starts a new
 * state, and the next listing sees its changes.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { context, hrRecords, sources } from '../../reference/test/engine-fixture.js';
import { startFoundryFixture, type FoundryFixture } from './foundry-fixture.js';

let fixture: FoundryFixture;
beforeEach(async () => {
  fixture = await startFoundryFixture();
  await fixture.adapter.sources!.putSource('hr', sources.hr!, context);
  await fixture.adapter.sources!.ingestRecords(
    'hr',
    hrRecords.map((record, index) => ({ index, record })),
    context,
  );
});
afterEach(() => fixture.close());

async function exportRecords(): Promise<{ records: number; ended: boolean }> {
  let records = 0;
  let ended = false;
  for await (const line of fixture.adapter.portability!.exportAll(context)) {
    if (line.kind === 'record') records += 1;
    if (line.kind === 'end') ended = true;
  }
  return { records, ended };
}

it('builds the record snapshot once, though the first page’s answer is lost and the export repeated', async () => {
  const { ledger, faults } = fixture.simulator;
  const before = ledger.snapshotBuilds;
  faults.inject({ method: 'GET', url: /\/objects\/SourceRecord\?(?!.*pageToken)/, phase: 'after', times: 1, effect: { kind: 'drop' } });
  expect(await exportRecords()).toEqual({ records: hrRecords.length, ended: true });
  expect(faults.injected).toBe(1);
  expect(await exportRecords()).toEqual({ records: hrRecords.length, ended: true });
  expect(ledger.snapshotBuilds - before).toBe(1);
});

it('builds a fresh snapshot after an action, so the export holds its changes', async () => {
  await exportRecords();
  const before = fixture.simulator.ledger.snapshotBuilds;
  await fixture.adapter.sources!.ingestRecords('hr', [{ index: 0, record: { ...hrRecords[0]!, recordId: 'EMP-NEW' } }], context);
  expect(await exportRecords()).toEqual({ records: hrRecords.length + 1, ended: true });
  expect(fixture.simulator.ledger.snapshotBuilds - before).toBe(1);
});
