/**
 * The casework simulator: a loopback server that behaves like the casework platform (API key,
 * bulk jobs, snake_case resources, its own enumerations, rate limits with Retry-After) and keeps
 * its state in the reference engine. No real supplier sandbox is reachable, so the connector is
 * verified against this; faults can be injected per test.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createReferenceAdapter } from '../../reference/index.js';
import { silentLogger, type AdapterLogger } from '../../../src/adapter/factory.js';
import { FaultInjector } from '../../../src/connectors/simulator/index.js';
import { buildCaseworkApp } from './server.js';

export interface CaseworkSimulatorOptions {
  /** Where the simulator keeps its store (created when missing). */
  readonly directory: string;
  /** The API key clients must send; default `casework-simulator-key`. */
  readonly apiKey?: string;
  /** Requests per second per API key before 429s; default 200, 0 for no limit. */
  readonly requestsPerSecond?: number;
  /** Rows per page of job results; default 1000. */
  readonly resultPageSize?: number;
  /** How long a closed job stays queued before it is worked; default 0. */
  readonly queueDelayMs?: number;
  /** Port on 127.0.0.1; default any free port. */
  readonly port?: number;
  readonly logger?: AdapterLogger;
}

export interface CaseworkSimulator {
  /** The base URL, such as `http://127.0.0.1:41234`. */
  readonly url: string;
  readonly apiKey: string;
  /** Inject faults for the next requests (per test). */
  readonly faults: FaultInjector;
  close(): Promise<void>;
}

export const DEFAULT_SIMULATOR_API_KEY = 'casework-simulator-key';

export async function startCaseworkSimulator(options: CaseworkSimulatorOptions): Promise<CaseworkSimulator> {
  mkdirSync(options.directory, { recursive: true });
  const engine = createReferenceAdapter({ databasePath: join(options.directory, 'casework-simulator.db') }, { logger: options.logger ?? silentLogger });
  const apiKey = options.apiKey ?? DEFAULT_SIMULATOR_API_KEY;
  const faults = new FaultInjector();
  const app = await buildCaseworkApp({
    engine,
    apiKey,
    faults,
    requestsPerSecond: options.requestsPerSecond ?? 200,
    jobs: { resultPageSize: options.resultPageSize ?? 1000, queueDelayMs: options.queueDelayMs ?? 0 },
  });
  const url = await app.listen({ host: '127.0.0.1', port: options.port ?? 0 });
  return {
    url,
    apiKey,
    faults,
    close: async () => {
      await app.close();
      await engine.close();
    },
  };
}
