/**
 * A foundry connector wired to a fresh simulator (its own engine store in a temporary directory),
 * with short deadlines and quick retries so fault tests stay fast.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PlumblineAdapterV1 } from '../../../src/adapter/adapter-v1.js';
import type { RetryPolicy } from '../../../src/connectors/index.js';
import type { UpstreamFaults } from '../../../contract-tests/index.js';
import { upstreamFaultSwitch } from '../../../src/connectors/simulator/index.js';
import { createFoundryAdapter } from '../connector/foundry-adapter.js';
import type { ReceiptChecks } from '../connector/receipts.js';
import { startFoundrySimulator, type RunningSimulator, type StartSimulatorOptions } from '../simulator/start.js';

export interface FoundryFixture {
  readonly simulator: RunningSimulator;
  readonly adapter: PlumblineAdapterV1;
  /** The simulator's faults as the conformance suite's upstream requirements switch them. */
  readonly upstream: UpstreamFaults;
  close(): Promise<void>;
}

export const quickRetries: RetryPolicy = { maxAttempts: 4, baseDelayMs: 5, maxDelayMs: 20, maxRetryAfterMs: 1_000 };
export const quickReceiptChecks: ReceiptChecks = { attempts: 3, firstPauseMs: 50 };

export async function startFoundryFixture(
  options: { simulator?: Omit<StartSimulatorOptions, 'databasePath'>; timeoutMs?: number; retry?: RetryPolicy } = {},
): Promise<FoundryFixture> {
  const directory = mkdtempSync(join(tmpdir(), 'plumbline-foundry-'));
  const simulator = await startFoundrySimulator({ ...options.simulator, databasePath: join(directory, 'engine.db') });
  const adapter = createFoundryAdapter({
    baseUrl: simulator.baseUrl,
    ...simulator.client,
    ontology: 'plumbline',
    timeoutMs: options.timeoutMs ?? 2_000,
    retry: options.retry ?? quickRetries,
    // Three looks over 150 ms: fault tests of writes not applied stay fast; the schedule itself is tested in wire-shapes.test.ts.
    receiptChecks: quickReceiptChecks,
    // Closing the adapter stops its simulator too, so the conformance suite's fresh adapters clean up after themselves.
    onClose: async () => {
      await simulator.close();
      rmSync(directory, { recursive: true, force: true });
    },
  });
  const timeoutMs = options.timeoutMs ?? 2_000;
  const upstream: UpstreamFaults = upstreamFaultSwitch(simulator.faults, timeoutMs);
  return { simulator, adapter, upstream, close: () => adapter.close() };
}
