/**
 * A casework simulator with a connector pointed at it, for the connector's tests: short polls,
 * short deadlines and quick retries so that fault tests finish in seconds.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent } from 'undici';
import type { PlumblineAdapterV1 } from '../../../src/adapter/adapter-v1.js';
import type { RetryPolicy } from '../../../src/connectors/index.js';
import { createCaseworkAdapter } from '../connector/create-connector.js';
import type { UploadFormat } from '../connector/bulk-ingest.js';
import { startCaseworkSimulator, type CaseworkSimulator, type CaseworkSimulatorOptions } from '../simulator/index.js';

export interface CaseworkTestBed {
  readonly simulator: CaseworkSimulator;
  readonly adapter: PlumblineAdapterV1;
  close(): Promise<void>;
}

export interface TestBedOptions {
  readonly simulator?: Partial<CaseworkSimulatorOptions>;
  readonly requestTimeoutMs?: number;
  readonly jobTimeoutMs?: number;
  readonly uploadFormat?: UploadFormat;
  readonly retry?: Partial<RetryPolicy>;
}

export const quickRetries: RetryPolicy = { maxAttempts: 4, baseDelayMs: 5, maxDelayMs: 20, maxRetryAfterMs: 2_000 };

export async function startCaseworkTestBed(options: TestBedOptions = {}): Promise<CaseworkTestBed> {
  const directory = mkdtempSync(join(tmpdir(), 'casework-connector-'));
  const simulator = await startCaseworkSimulator({ directory, requestsPerSecond: 0, ...options.simulator });
  const dispatcher = new Agent({ connections: 8 });
  const adapter = createCaseworkAdapter({
    baseUrl: simulator.url,
    apiKey: simulator.apiKey,
    dispatcher,
    requestTimeoutMs: options.requestTimeoutMs ?? 2_000,
    jobTimeoutMs: options.jobTimeoutMs ?? 20_000,
    pollIntervalMs: 10,
    retry: { ...quickRetries, ...options.retry },
    uploadFormat: options.uploadFormat,
    release: () => dispatcher.close(),
  });
  return {
    simulator,
    adapter,
    async close() {
      await adapter.close();
      await simulator.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
