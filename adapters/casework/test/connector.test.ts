/**
 * The connector against the simulator, end to end through the adapter interface: every concern
 * it claims, both upload formats, and the capability it does not claim.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../../src/adapter/context.js';
import { waitForRun } from '../../../src/adapter/wait-for-run.js';
import type { ExportLine } from '../../../src/contract/index.js';
import { accessRecords, complaintRecords, hrRecords, sources } from '../../reference/test/engine-fixture.js';
import { startCaseworkTestBed, type CaseworkTestBed } from './casework-fixture.js';

const context = systemContext('tester');
let bed: CaseworkTestBed;

const indexed = (records: typeof hrRecords) => records.map((record, index) => ({ index, record }));

beforeAll(async () => {
  bed = await startCaseworkTestBed({ simulator: { resultPageSize: 2 }, uploadFormat: 'csv' });
});
afterAll(() => bed.close());

describe('the casework connector', () => {
  it('registers sources and ingests through bulk jobs, with a result per record in order', async () => {
    const { sources: concern } = bed.adapter;
    for (const [sourceId, registration] of Object.entries(sources)) {
      expect((await concern!.putSource(sourceId, registration, context)).created).toBe(true);
    }
    expect((await concern!.putSource('hr', sources.hr, context)).created).toBe(false);
    const { results } = await concern!.ingestRecords('hr', indexed(hrRecords), context);
    expect(results.map((result) => [result.index, result.recordId, result.status])).toEqual(
      hrRecords.map((record, index) => [index, record.recordId, 'created']),
    );
    const again = await concern!.ingestRecords('hr', indexed(hrRecords), context);
    expect(again.results.map((result) => result.status)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    await concern!.ingestRecords('complaints', indexed(complaintRecords), context);
    await concern!.ingestRecords('audit', indexed(accessRecords), context);
    expect((await concern!.getRecord('complaints', 'CMP-1', context)).record).toEqual(complaintRecords[0]);
    const page = await concern!.listSources({ limit: 2 }, context);
    expect(page.items).toHaveLength(2);
    expect((await concern!.listSources({ limit: 5, cursor: page.nextCursor! }, context)).items.map((source) => source.sourceId)).toHaveLength(1);
  });

  it('answers not-found for an unknown source, record or run', async () => {
    await expect(bed.adapter.sources!.ingestRecords('nope', indexed(hrRecords), context)).rejects.toMatchObject({ kind: 'not-found' });
    await expect(bed.adapter.sources!.getRecord('hr', 'nope', context)).rejects.toMatchObject({ kind: 'not-found' });
    await expect(bed.adapter.runs!.getRun('nope', context)).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('consolidates, flags and reviews through jobs and case actions', async () => {
    const consolidation = await bed.adapter.consolidation!.startRun({ mode: 'full' }, context);
    expect((await waitForRun(bed.adapter, consolidation.runId, context)).status).toBe('succeeded');
    const persons = await bed.adapter.consolidation!.listSubjects({}, { limit: 10 }, context);
    const robert = persons.items.find((person) => person.canonicalIdentity.staffNumber === 'S1001')!;
    const lookup = await bed.adapter.consolidation!.getSubject(robert.subjectId, context);
    expect('subject' in lookup && lookup.subject.records.map((record) => record.recordId).sort()).toEqual(['AUD-1', 'CMP-1', 'CMP-2', 'CMP-3', 'EMP-1']);
    const links = await bed.adapter.consolidation!.listLinks(robert.subjectId, { limit: 50 }, context);
    expect(links.items.length).toBeGreaterThanOrEqual(4);

    const detectors = await bed.adapter.flagging!.listDetectors(context);
    expect(detectors.map((detector) => detector.detectorId)).toContain('repeated-allegations');
    await expect(
      bed.adapter.flagging!.startRun({ asOf: '2026-03-31', detectors: [{ detectorId: 'no-such-detector', parameters: {} }] }, context),
    ).rejects.toMatchObject({
      kind: 'validation-failed',
    });
    const flagging = await bed.adapter.flagging!.startRun({ asOf: '2026-03-31' }, context);
    expect((await waitForRun(bed.adapter, flagging.runId, context)).status).toBe('succeeded');
    const flags = await bed.adapter.flagging!.listFlags({ detectorId: 'repeated-allegations', status: 'open' }, { limit: 10 }, context);
    expect(flags.items).toHaveLength(1);
    const [flag] = flags.items;
    expect(flag.runId).toBe(flagging.runId);
    const reviewer = systemContext('reviewer-7');
    await bed.adapter.flagging!.reviewFlag(flag.flagId, { status: 'in_review', rationale: 'Picked up.' }, reviewer);
    const closed = await bed.adapter.flagging!.reviewFlag(flag.flagId, { status: 'closed', outcome: 'management_action', rationale: 'Spoken to.' }, reviewer);
    expect(closed).toMatchObject({ status: 'closed', outcome: 'management_action', reviews: [{ reviewer: 'reviewer-7' }, { outcome: 'management_action' }] });
    await expect(bed.adapter.flagging!.reviewFlag(flag.flagId, { status: 'in_review', rationale: 'Again.' }, reviewer)).rejects.toMatchObject({
      kind: 'conflict',
    });
  });

  it('records, lists and withdraws link overrides as match rules, refusing contradictions and unknown entries', async () => {
    const { consolidation } = bed.adapter;
    const left = { sourceId: 'hr', recordId: 'EMP-2' };
    const right = { sourceId: 'complaints', recordId: 'CMP-4' };
    const mustLink = await consolidation!.createOverride({ kind: 'must_link', left, right, reason: 'Confirmed with HR.' }, systemContext('reviewer-7'));
    expect(mustLink).toMatchObject({ kind: 'must_link', left, right, createdBy: 'reviewer-7' });
    await expect(consolidation!.createOverride({ kind: 'cannot_link', left, right, reason: 'No.' }, context)).rejects.toMatchObject({ kind: 'conflict' });
    await expect(
      consolidation!.createOverride({ kind: 'cannot_link', left, right: { sourceId: 'hr', recordId: 'nope' }, reason: 'No.' }, context),
    ).rejects.toMatchObject({ kind: 'not-found' });
    expect((await consolidation!.listOverrides({ limit: 10 }, context)).items).toEqual([mustLink]);
    await consolidation!.deleteOverride(mustLink.overrideId, context);
    await expect(consolidation!.deleteOverride(mustLink.overrideId, context)).rejects.toMatchObject({ kind: 'not-found' });
    expect((await consolidation!.listOverrides({ limit: 10 }, context)).items).toEqual([]);
  });

  it('does not claim person search, and refuses a filtered listing if called', async () => {
    expect(bed.adapter.capabilities).not.toContain('subjects.search');
    expect(bed.adapter.capabilities).toContain('consolidation.overrides');
    await expect(bed.adapter.consolidation!.listSubjects({ name: 'Robert' }, { limit: 1 }, context)).rejects.toMatchObject({
      kind: 'capability-unsupported',
      status: 501,
    });
  });

  it('exports everything and imports it into an empty platform, refusing a platform that holds data', async () => {
    const lines: ExportLine[] = [];
    for await (const line of bed.adapter.portability!.exportAll(context)) lines.push(line);
    expect(lines[0]).toMatchObject({ kind: 'header', adapter: { id: 'casework' } });
    expect(lines.at(-1)).toMatchObject({ kind: 'end', counts: { source: 3, record: 8 } });
    async function* replay() {
      yield* lines;
    }
    await expect(bed.adapter.portability!.startImport(replay(), context)).rejects.toMatchObject({ kind: 'conflict' });
    const second = await startCaseworkTestBed();
    try {
      const run = await second.adapter.portability!.startImport(replay(), context);
      expect((await waitForRun(second.adapter, run.runId, context)).status).toBe('succeeded');
      const imported: ExportLine[] = [];
      for await (const line of second.adapter.portability!.exportAll(context)) imported.push(line);
      expect(imported.slice(1)).toEqual(lines.slice(1));
    } finally {
      await second.close();
    }
  });
});
