/**
 * Benchmark: the full export of a synthetic force through the foundry connector and its
 * simulator, alone and while concurrent readers keep the gateway-side connector and the simulator
 * busy. The force is loaded straight into the simulator's engine (loading is not what is
 * measured). Prints JSON: records exported, whether the stream ended with its `end` line, seconds,
 * snapshot builds (a retried or repeated listing must not rebuild), retries the exporting
 * connector logged (a first page that outlasts the deadline while the snapshot is built shows here).
 * Between the two exports the platform's state is marked changed, so each pays for its snapshot.
 *
 *   npx tsx adapters/foundry/bench/export-under-load.ts [people=2000] [readers=8]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemContext } from '../../../src/adapter/context.js';
import type { AdapterLogger } from '../../../src/adapter/factory.js';
import { loadDemoForce } from '../../../src/demo/load-demo-force.js';
import { createFoundryAdapter } from '../connector/foundry-adapter.js';
import { startFoundrySimulator } from '../simulator/start.js';

/** One export's figures. */
export interface ExportFigures {
  readonly records: number;
  readonly ended: boolean;
  readonly seconds: number;
  readonly snapshotBuilds: number;
  readonly retries: number;
}

/** What the benchmark measured. */
export interface ExportBenchmark {
  readonly people: number;
  readonly recordsLoaded: number;
  readonly loadSeconds: number;
  readonly readers: number;
  readonly alone: ExportFigures;
  readonly underLoad: ExportFigures & { readonly readerCalls: number };
  /** Export time under load over export time alone, measured in the same run. */
  readonly slowdown: number;
}

/** Loads a force of `people` into a fresh simulator and exports it twice: alone, then with `readers` concurrent readers. */
export async function measureExport(options: { people: number; readers: number; timeoutMs?: number }): Promise<ExportBenchmark> {
  const directory = mkdtempSync(join(tmpdir(), 'plumbline-foundry-bench-'));
  const simulator = await startFoundrySimulator({ databasePath: join(directory, 'engine.db') });
  let retries = 0;
  const counting = { warn: () => void (retries += 1), info: () => undefined, error: () => undefined, debug: () => undefined } as unknown as AdapterLogger;
  const connect = (logger?: AdapterLogger) =>
    createFoundryAdapter({ baseUrl: simulator.baseUrl, ...simulator.client, ontology: 'plumbline', timeoutMs: options.timeoutMs ?? 10_000, logger });
  // The exporter's retries are counted; the readers use a connector of their own.
  const adapter = connect(counting);
  const readerAdapter = connect();
  const context = systemContext('bench');
  try {
    const loadStarted = performance.now();
    const summary = await loadDemoForce(simulator.engine, { people: options.people, months: 12, seed: 1 }, { step: () => undefined, records: () => undefined });
    await simulator.engine.idle();
    const loadSeconds = (performance.now() - loadStarted) / 1000;

    const exportOnce = async (): Promise<ExportFigures> => {
      const buildsBefore = simulator.ledger.snapshotBuilds;
      const retriesBefore = retries;
      const started = performance.now();
      let records = 0;
      let ended = false;
      for await (const line of adapter.portability!.exportAll(context)) {
        if (line.kind === 'record') records += 1;
        if (line.kind === 'end') ended = true;
      }
      return {
        records,
        ended,
        seconds: (performance.now() - started) / 1000,
        snapshotBuilds: simulator.ledger.snapshotBuilds - buildsBefore,
        retries: retries - retriesBefore,
      };
    };

    const alone = await exportOnce();
    // As if an action had changed the platform: the second export must build its snapshot afresh too.
    simulator.ledger.generation += 1;
    // Readers the way a gateway under use reads: flag lists and record listings' first pages.
    let stop = false;
    let readerCalls = 0;
    const reader = async (index: number) => {
      while (!stop) {
        if (index % 2 === 0) await readerAdapter.flagging!.listFlags({}, { limit: 50 }, context);
        else await readerAdapter.sources!.listSources({ limit: 20 }, context);
        readerCalls += 1;
      }
    };
    const readers = Array.from({ length: options.readers }, (_, index) => reader(index));
    const underLoad = await exportOnce();
    stop = true;
    await Promise.all(readers);
    return {
      people: options.people,
      recordsLoaded: summary.records,
      loadSeconds: Number(loadSeconds.toFixed(1)),
      readers: options.readers,
      alone: { ...alone, seconds: Number(alone.seconds.toFixed(2)) },
      underLoad: { ...underLoad, seconds: Number(underLoad.seconds.toFixed(2)), readerCalls },
      slowdown: Number((underLoad.seconds / alone.seconds).toFixed(2)),
    };
  } finally {
    await adapter.close();
    await readerAdapter.close();
    await simulator.close();
    rmSync(directory, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('export-under-load.ts')) {
  const [people = '2000', readers = '8'] = process.argv.slice(2);
  console.log(JSON.stringify(await measureExport({ people: Number(people), readers: Number(readers) }), null, 2));
}
