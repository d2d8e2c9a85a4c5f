/**
 * An import run reports the truth: its progress advances while it works (inside one transaction
 * nobody else can read), and it is never reported failed with "nothing applied" after its data
 * was committed, because its success commits in the same transaction as its data.
 */
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { CONTRACT_VERSION, type ExportLine, type Run } from '../../../src/contract/index.js';
import { allegation, context, createTestEngine, sources, type TestEngine } from './engine-fixture.js';

const opened: TestEngine[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((engine) => engine.close()));
});

/** An export of one source holding `count` allegations, as another adapter would stream it. */
async function* exportOf(count: number): AsyncGenerator<ExportLine> {
  yield {
    kind: 'header',
    contractVersion: CONTRACT_VERSION,
    exportedAt: '2026-03-31T00:00:00Z',
    adapter: { id: 'other', name: 'Other', version: '1', vendor: 'Other' },
  };
  yield { kind: 'source', source: { sourceId: 'complaints', ...sources.complaints, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' } };
  for (let index = 0; index < count; index++) {
    const record = allegation(`CMP-${index}`, `CASE-${index}`, '2026-01-10', { staffNumber: `S${index}`, givenName: 'Test', familyName: `Person${index}` });
    yield { kind: 'record', sourceId: 'complaints', ingestedAt: '2026-01-11T00:00:00Z', record };
  }
  yield { kind: 'end', counts: { source: 1, record: count } };
}

function engine(): TestEngine {
  const created = createTestEngine();
  opened.push(created);
  return created;
}

async function heldRecords(target: TestEngine): Promise<number> {
  const { items } = await target.adapter.sources.listSources({ limit: 10 }, context);
  return items.length;
}

describe('import runs report the truth', () => {
  it('an import whose success cannot be recorded is rolled back, so "failed, nothing applied" is true', async () => {
    const target = engine();
    // Stands in for a process killed between the import's commit and the record of its success.
    const side = new Database(target.databasePath);
    side.exec(`CREATE TRIGGER refuse_success BEFORE UPDATE ON runs WHEN json_extract(NEW.body, '$.status') = 'succeeded'
               BEGIN SELECT RAISE(ABORT, 'simulated stop before the success was recorded'); END`);
    side.close();
    const run = await target.adapter.portability.startImport(exportOf(50), context);
    await target.adapter.idle();
    const finished = await target.adapter.runs.getRun(run.runId, context);
    expect(finished.status).toBe('failed');
    expect(finished.error?.detail).toMatch(/nothing of it was applied/);
    expect(await heldRecords(target), 'sources held after a run reported as applying nothing').toBe(0);
  });

  it('progress advances while an import works, before it commits', async () => {
    const target = engine();
    const total = 20_000;
    const run = await target.adapter.portability.startImport(exportOf(total), context);
    const seen: Run['progress'][] = [];
    let current: Run;
    do {
      current = await target.adapter.runs.getRun(run.runId, context);
      if (current.status === 'running') seen.push(current.progress);
      await new Promise((resolve) => setTimeout(resolve, 2));
    } while (current.status === 'queued' || current.status === 'running');
    expect(current.status, JSON.stringify(current.error)).toBe('succeeded');
    expect(current.progress.done).toBe(current.progress.total);
    // Well before the end: the last report before the commit becomes readable with the commit itself.
    const midway = seen.filter((progress) => progress.done > 0 && progress.done < progress.total * 0.8);
    expect(midway.length, `progress seen while running: ${JSON.stringify(seen.slice(-3))}`).toBeGreaterThan(0);
    expect(await heldRecords(target)).toBe(1);
  });
});
