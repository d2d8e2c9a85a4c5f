/** Export and import: the state round-trips exactly, ids, overrides, flags and reviews included. */
import { afterEach, describe, expect, it } from 'vitest';
import type { ExportLine } from '../../../src/contract/index.js';
import { waitForRun } from '../../../src/adapter/wait-for-run.js';
import { context, createTestEngine, type TestEngine } from './engine-fixture.js';

const opened: TestEngine[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((engine) => engine.close()));
});

async function collect(lines: AsyncIterable<ExportLine>): Promise<ExportLine[]> {
  const all: ExportLine[] = [];
  for await (const line of lines) all.push(line);
  return all;
}

/** An export without its header, which names the exporter and the time. */
function body(lines: ExportLine[]) {
  return lines.filter((line) => line.kind !== 'header');
}

async function populated(): Promise<TestEngine> {
  const engine = createTestEngine();
  opened.push(engine);
  await engine.loadForce();
  await engine.adapter.consolidation.createOverride(
    { kind: 'must_link', left: { sourceId: 'hr', recordId: 'EMP-2' }, right: { sourceId: 'hr', recordId: 'EMP-3' }, reason: 'Merge for the test.' },
    context,
  );
  await engine.consolidate();
  await engine.flag();
  const [flag] = (await engine.adapter.flagging.listFlags({}, { limit: 1 }, context)).items;
  await engine.adapter.flagging.reviewFlag(flag.flagId, { status: 'in_review', rationale: 'Looking.' }, context);
  return engine;
}

describe('portability', () => {
  it('exports a header, every kind in order, and an end line with the counts', async () => {
    const engine = await populated();
    const lines = await collect(engine.adapter.portability.exportAll(context));
    expect(lines[0].kind).toBe('header');
    const end = lines[lines.length - 1];
    expect(end).toEqual({ kind: 'end', counts: { source: 3, record: 8, override: 1, subject: 2, flag: expect.any(Number) } });
    expect(lines.filter((line) => line.kind === 'flag')).toHaveLength((end as { counts: Record<string, number> }).counts.flag);
  });

  it('imports into an empty engine and exports the identical state back', async () => {
    const source = await populated();
    const exported = await collect(source.adapter.portability.exportAll(context));
    const target = createTestEngine();
    opened.push(target);
    const run = await target.adapter.portability.startImport(
      (async function* () {
        yield* exported;
      })(),
      context,
    );
    const finished = await waitForRun(target.adapter, run.runId, context);
    expect(finished.status, JSON.stringify(finished.error)).toBe('succeeded');
    expect(body(await collect(target.adapter.portability.exportAll(context)))).toEqual(body(exported));

    const [flag] = (await target.adapter.flagging.listFlags({ status: 'in_review' }, { limit: 1 }, context)).items;
    const closed = await target.adapter.flagging.reviewFlag(
      flag.flagId,
      { status: 'closed', outcome: 'data_error', rationale: 'Continued after the move.' },
      context,
    );
    expect(closed.reviews).toHaveLength(2);
    const again = await target.flag();
    expect(again.statistics.flagsRaised).toBe(0);
  });

  it('refuses to import into an engine that holds data', async () => {
    const engine = await populated();
    const exported = await collect(engine.adapter.portability.exportAll(context));
    await expect(
      engine.adapter.portability.startImport(
        (async function* () {
          yield* exported;
        })(),
        context,
      ),
    ).rejects.toMatchObject({ kind: 'conflict' });
  });

  it('refuses a truncated export whole, applying nothing', async () => {
    const source = await populated();
    const exported = await collect(source.adapter.portability.exportAll(context));
    const target = createTestEngine();
    opened.push(target);
    await expect(
      target.adapter.portability.startImport(
        (async function* () {
          yield* exported.slice(0, -1);
        })(),
        context,
      ),
    ).rejects.toThrow(/cut short/);
    expect((await target.adapter.sources.listSources({ limit: 10 }, context)).items).toHaveLength(0);
  });
});
