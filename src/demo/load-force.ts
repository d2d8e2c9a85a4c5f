/**
 * Loads a synthetic force into an adapter through the public adapter interface, so it works the
 * same behind any adapter: registers the sources, ingests every record in full batches, then runs
 * a full consolidation and a flagging run. The demo (`npm start`) and `plumbline load --data DIR`
 * both load this way.
 *
 * Loading again what is already there is harmless: registering a source again changes nothing,
 * ingest is idempotent (same record, same content: unchanged), a consolidation run over unchanged
 * records changes no subject and a flagging run raises no duplicates. So a load interrupted at any
 * point (Ctrl-C) is finished by running it again from the start.
 */
import type { PlumblineAdapterV1 } from '../adapter/adapter-v1.js';
import type { OperationContext } from '../adapter/context.js';
import type { IndexedRecord } from '../adapter/sources-v1.js';
import { waitForRun } from '../adapter/wait-for-run.js';
import { MAX_BATCH_RECORDS } from '../contract/meta.js';
import type { SourceRecord } from '../contract/index.js';
import type { RegisteredSource } from '../synth/index.js';

/** What a load needs of a force, whether generated in memory or read from `plumbline synth` files. */
export interface LoadableForce {
  readonly sources: readonly RegisteredSource[];
  /** The date flagging runs as of. */
  readonly asOf: string;
  /** Every record, grouped by source in `sources` order. */
  records(): Iterable<{ sourceId: string; record: SourceRecord }> | AsyncIterable<{ sourceId: string; record: SourceRecord }>;
}

/** How far a load has come, for a progress line. */
export interface LoadProgress {
  /** A new step: `consolidating`, `flagging as of 2026-03-29`. */
  step(message: string): void;
  /** Records ingested so far, and the source being ingested (its position among all sources). */
  records(ingested: number, source: { sourceId: string; position: number; of: number }): void;
}

export interface LoadSummary {
  readonly records: number;
  /** Records the adapter refused, with the first refusal's reason. */
  readonly rejected: number;
  readonly firstRejection?: string;
  readonly subjects: number;
  /** Open flags in the store once loaded (a load repeated raises none, but they are still there). */
  readonly openFlags: number;
  readonly sampleSubjectId: string | null;
  readonly asOf: string;
  readonly seconds: number;
}

export async function loadForce(adapter: PlumblineAdapterV1, force: LoadableForce, context: OperationContext, progress: LoadProgress): Promise<LoadSummary> {
  const started = performance.now();
  const sources = adapter.sources!;
  for (const { sourceId, ...registration } of force.sources) await sources.putSource(sourceId, registration, context);
  const positionOf = new Map(force.sources.map((source, index) => [source.sourceId, index + 1]));

  let records = 0;
  let rejected = 0;
  let firstRejection: string | undefined;
  let batch: IndexedRecord[] = [];
  let batchSource = '';
  const flush = async () => {
    if (batch.length === 0) return;
    const { results } = await sources.ingestRecords(batchSource, batch, context);
    for (const result of results) {
      if (result.status !== 'rejected') continue;
      rejected++;
      const error = result.errors?.[0];
      firstRejection ??= `${batchSource}/${result.recordId ?? `#${result.index}`}${error ? `: ${error.path} ${error.message}` : ''}`;
    }
    records += batch.length;
    progress.records(records, { sourceId: batchSource, position: positionOf.get(batchSource) ?? 0, of: force.sources.length });
    batch = [];
  };
  for await (const { sourceId, record } of force.records()) {
    if (sourceId !== batchSource || batch.length === MAX_BATCH_RECORDS) {
      await flush();
      batchSource = sourceId;
    }
    batch.push({ index: batch.length, record });
  }
  await flush();

  progress.step('consolidating');
  const consolidation = await waitForRun(adapter, (await adapter.consolidation!.startRun({ mode: 'full' }, context)).runId, context, { timeoutMs: 3_600_000 });
  if (consolidation.status !== 'succeeded') throw new Error(`the consolidation run failed: ${consolidation.error?.detail}`);
  progress.step(`flagging as of ${force.asOf}`);
  const flagging = await waitForRun(adapter, (await adapter.flagging!.startRun({ asOf: force.asOf }, context)).runId, context, { timeoutMs: 3_600_000 });
  if (flagging.status !== 'succeeded') throw new Error(`the flagging run failed: ${flagging.error?.detail}`);

  let openFlags = 0;
  let sampleSubjectId: string | null = null;
  for (let cursor: string | null | undefined = undefined, first = true; first || cursor; first = false) {
    const page = await adapter.flagging!.listFlags({ status: 'open' }, { limit: 200, ...(cursor ? { cursor } : {}) }, context);
    openFlags += page.items.length;
    sampleSubjectId ??= page.items[0]?.subjectIds[0] ?? null;
    cursor = page.nextCursor;
  }
  return {
    records,
    rejected,
    ...(firstRejection ? { firstRejection } : {}),
    subjects: consolidation.statistics.subjects ?? 0,
    openFlags,
    sampleSubjectId,
    asOf: force.asOf,
    seconds: (performance.now() - started) / 1000,
  };
}
