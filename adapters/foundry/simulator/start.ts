/**
 * Starts the simulated platform on loopback with its own reference-engine store: what tests, the
 * conformance run and `PLUMBLINE_ADAPTER=foundry npm start` use when no real platform is
 * configured.
 */
import { silentLogger, type AdapterLogger } from '../../../src/adapter/factory.js';
import { createReferenceAdapter, type ReferenceAdapter } from '../../reference/index.js';
import { buildFoundrySimulator, defaultSimulatorClient, type FoundrySimulator, type FoundrySimulatorOptions } from './server.js';

/** Options of a simulator with its own engine. */
export interface StartSimulatorOptions extends Omit<FoundrySimulatorOptions, 'engine'> {
  /** The engine's SQLite file. */
  readonly databasePath: string;
  /** Port on 127.0.0.1 (default: any free one). */
  readonly port?: number;
  readonly logger?: AdapterLogger;
}

/** A running simulator. */
export interface RunningSimulator extends FoundrySimulator {
  /** Where it listens, such as `http://127.0.0.1:41234`. */
  readonly baseUrl: string;
  /** The engine behind it (tests wait on `engine.idle()`). */
  readonly engine: ReferenceAdapter;
  /** The client credentials it accepts. */
  readonly client: { readonly clientId: string; readonly clientSecret: string };
  /** Stops listening and closes the engine. */
  close(): Promise<void>;
}

/** Starts an engine and a simulator over it, listening on 127.0.0.1. */
export async function startFoundrySimulator(options: StartSimulatorOptions): Promise<RunningSimulator> {
  const engine = createReferenceAdapter({ databasePath: options.databasePath }, { logger: options.logger ?? silentLogger });
  const simulator = await buildFoundrySimulator({ ...options, engine });
  const baseUrl = await simulator.app.listen({ host: '127.0.0.1', port: options.port ?? 0 });
  return {
    ...simulator,
    baseUrl,
    engine,
    client: options.clients?.[0] ?? defaultSimulatorClient,
    close: async () => {
      await simulator.app.close();
      await engine.close();
    },
  };
}

export { defaultSimulatorClient, type FoundrySimulator, type FoundrySimulatorOptions } from './server.js';
