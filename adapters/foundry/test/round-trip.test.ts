/**
 * Everything the connector reads through the platform equals what the engine behind the
 * simulator holds: the two translations (engine → platform objects → contract) cancel out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForRun } from '../../../src/adapter/wait-for-run.js';
import type { SourceRecord } from '../../../src/contract/index.js';
import { accessRecords, complaintRecords, context, hrRecords, sources } from '../../reference/test/engine-fixture.js';
import { startFoundryFixture, type FoundryFixture } from './foundry-fixture.js';

let fixture: FoundryFixture;
const indexed = (records: SourceRecord[]) => records.map((record, index) => ({ index, record }));

beforeAll(async () => {
  fixture = await startFoundryFixture();
  const { adapter } = fixture;
  for (const [sourceId, source] of Object.entries(sources)) expect((await adapter.sources!.putSource(sourceId, source, context)).created).toBe(true);
  await adapter.sources!.ingestRecords('hr', indexed(hrRecords), context);
  await adapter.sources!.ingestRecords('complaints', indexed(complaintRecords), context);
  await adapter.sources!.ingestRecords('audit', indexed(accessRecords), context);
  await waitForRun(adapter, (await adapter.consolidation!.startRun({ mode: 'incremental' }, context)).runId, context);
  await waitForRun(adapter, (await adapter.flagging!.startRun({ asOf: '2026-03-31' }, context)).runId, context);
});
afterAll(() => fixture.close());

describe('foundry connector round trip', () => {
  it('reads sources and records exactly as the engine holds them', async () => {
    const engine = fixture.simulator.engine;
    expect(await fixture.adapter.sources!.listSources({ limit: 2 }, context)).toMatchObject({ items: { length: 2 } });
    const all = await fixture.adapter.sources!.listSources({ limit: 50 }, context);
    expect(all).toEqual(await engine.sources.listSources({ limit: 50 }, context));
    const record = hrRecords[0]!;
    expect(await fixture.adapter.sources!.getRecord('hr', record.recordId, context)).toEqual(await engine.sources.getRecord('hr', record.recordId, context));
  });

  it('reads subjects, links, detectors and flags exactly as the engine holds them', async () => {
    const engine = fixture.simulator.engine;
    const subjects = await engine.consolidation.listSubjects({}, { limit: 500 }, context);
    expect(await fixture.adapter.consolidation!.listSubjects({}, { limit: 500 }, context)).toEqual(subjects);
    // Subject records carry the record's time; the engine normalises its spelling, the platform keeps the source's.
    const sameInstants = (lookup: Awaited<ReturnType<typeof engine.consolidation.getSubject>>) =>
      'subject' in lookup
        ? { ...lookup.subject, records: lookup.subject.records.map((record) => ({ ...record, occurredAt: Date.parse(record.occurredAt) })) }
        : lookup;
    for (const summary of subjects.items) {
      expect(sameInstants(await fixture.adapter.consolidation!.getSubject(summary.subjectId, context))).toEqual(
        sameInstants(await engine.consolidation.getSubject(summary.subjectId, context)),
      );
      expect(await fixture.adapter.consolidation!.listLinks(summary.subjectId, { limit: 500 }, context)).toEqual(
        await engine.consolidation.listLinks(summary.subjectId, { limit: 500 }, context),
      );
    }
    expect(await fixture.adapter.flagging!.listDetectors(context)).toEqual(await engine.flagging.listDetectors(context));
    const flags = await engine.flagging.listFlags({}, { limit: 500 }, context);
    expect(flags.items.length).toBeGreaterThan(0);
    expect(await fixture.adapter.flagging!.listFlags({}, { limit: 500 }, context)).toEqual(flags);
  });

  it('exports what the engine exports, apart from the header', async () => {
    const lines = async (iterable: AsyncIterable<unknown>) => {
      const collected: unknown[] = [];
      for await (const line of iterable) collected.push(line);
      return collected.slice(1);
    };
    expect(await lines(fixture.adapter.portability!.exportAll(context))).toEqual(await lines(fixture.simulator.engine.portability.exportAll(context)));
  });
});
