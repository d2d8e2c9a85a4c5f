/**
 * The demo: on first start with an empty store, a small synthetic force is generated, ingested,
 * consolidated and flagged through the public adapter interface (so it works the same behind any
 * adapter), and the gateway prints where to look.
 */
import type { PlumblineAdapterV1 } from '../adapter/adapter-v1.js';
import type { IndexedRecord } from '../adapter/sources-v1.js';
import { systemContext } from '../adapter/context.js';
import { waitForRun } from '../adapter/wait-for-run.js';
import { MAX_BATCH_RECORDS } from '../contract/meta.js';
import { synthesizeForce } from '../synth/index.js';

export interface DemoOptions {
  readonly people: number;
  readonly months: number;
  readonly seed: number;
}

export interface DemoSummary {
  readonly records: number;
  readonly subjects: number;
  readonly openFlags: number;
  readonly sampleSubjectId: string | null;
  readonly asOf: string;
  readonly seconds: number;
}

export const DEMO_DEFAULTS: DemoOptions = { people: 2000, months: 12, seed: 1 };

// A justification like any reader's: an adapter behind its own gateway (the http adapter) is asked for one.
const context = { ...systemContext('demo-loader'), justification: 'DEMO: loading the synthetic demo force' };

/** Whether the adapter holds no sources yet (the demo never touches a store that holds data). */
export async function isEmpty(adapter: PlumblineAdapterV1): Promise<boolean> {
  const page = await adapter.sources!.listSources({ limit: 1 }, context);
  return page.items.length === 0;
}

export async function loadDemoForce(adapter: PlumblineAdapterV1, options: DemoOptions, progress: (message: string) => void): Promise<DemoSummary> {
  const started = performance.now();
  const force = synthesizeForce(options);
  progress(`demo: generating a synthetic force of ${options.people.toLocaleString('en-GB')} people over ${options.months} months`);
  for (const { sourceId, ...registration } of force.sources) await adapter.sources!.putSource(sourceId, registration, context);

  let records = 0;
  let batch: IndexedRecord[] = [];
  let batchSource = '';
  const flush = async () => {
    if (batch.length > 0) await adapter.sources!.ingestRecords(batchSource, batch, context);
    records += batch.length;
    batch = [];
  };
  for (const { sourceId, record } of force.records()) {
    if (sourceId !== batchSource || batch.length === MAX_BATCH_RECORDS) {
      await flush();
      batchSource = sourceId;
    }
    batch.push({ index: batch.length, record });
  }
  await flush();
  progress(`demo: ingested ${records.toLocaleString('en-GB')} records from ${force.sources.length} sources; consolidating`);

  const consolidation = await waitForRun(adapter, (await adapter.consolidation!.startRun({ mode: 'full' }, context)).runId, context);
  if (consolidation.status !== 'succeeded') throw new Error(`demo consolidation failed: ${consolidation.error?.detail}`);
  progress(`demo: ${consolidation.statistics.subjects?.toLocaleString('en-GB')} subjects; flagging as of ${force.manifest.asOf}`);
  const flagging = await waitForRun(adapter, (await adapter.flagging!.startRun({ asOf: force.manifest.asOf }, context)).runId, context);
  if (flagging.status !== 'succeeded') throw new Error(`demo flagging failed: ${flagging.error?.detail}`);

  const sample = await adapter.flagging!.listFlags({ status: 'open' }, { limit: 1 }, context);
  return {
    records,
    subjects: consolidation.statistics.subjects ?? 0,
    openFlags: flagging.statistics.flagsRaised ?? 0,
    sampleSubjectId: sample.items[0]?.subjectIds[0] ?? null,
    asOf: force.manifest.asOf,
    seconds: (performance.now() - started) / 1000,
  };
}
