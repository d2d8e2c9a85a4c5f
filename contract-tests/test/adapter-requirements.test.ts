/**
 * The ADP requirements can fail: a connector whose second close throws fails ADP-001, and one that
 * answers a supplier's 408 as 502 (as the http adapter did before the connectors shared one
 * mapping) fails ADP-002. Without a handle on the supplier, the upstream ones are skipped, never
 * failed. The example connector over its simulator is the target; each defect is made around it.
 */
import { describe, expect, it } from 'vitest';
import { createExampleAdapter } from '../../adapters/example/connector.js';
import { startRegistrySimulator } from '../../adapters/example/simulator.js';
import { upstreamFaultSwitch } from '../../src/connectors/simulator/index.js';
import type { PlumblineAdapterV1 } from '../../src/adapter/adapter-v1.js';
import { inProcessTarget, type MadeAdapter } from '../harness/in-process.js';
import type { UpstreamFaults } from '../harness/upstream-faults.js';
import { runSuite } from '../runner/run-suite.js';

const quick = { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 1, maxRetryAfterMs: 0 };

/** The example connector, changed by `defect`. */
async function statusesOf(only: string[], defect: (adapter: PlumblineAdapterV1, upstream: UpstreamFaults) => MadeAdapter) {
  const target = await inProcessTarget({
    name: 'defective example',
    adapter: async () => {
      const simulator = await startRegistrySimulator();
      const adapter = createExampleAdapter({
        baseUrl: simulator.url,
        apiKey: simulator.apiKey,
        timeoutMs: 1_000,
        retry: quick,
        onClose: () => simulator.close(),
      });
      return defect(adapter, upstreamFaultSwitch(simulator.faults, 1_000));
    },
  });
  try {
    const result = await runSuite(target, { profile: 'baseline', only });
    return Object.fromEntries(result.tests.map((test) => [test.requirements[0], test.status]));
  } finally {
    await target.close();
  }
}

describe('the adapter requirements (ADP)', () => {
  it('pass for the example connector as it is', async () => {
    expect(await statusesOf(['ADP-001', 'ADP-002'], (adapter, upstream) => ({ adapter, upstream }))).toEqual({ 'ADP-001': 'pass', 'ADP-002': 'pass' });
  }, 60_000);

  it('fail a close that throws the second time, and a 408 answered 502', async () => {
    const statuses = await statusesOf(['ADP-001', 'ADP-002'], (adapter, upstream) => {
      const close = adapter.close;
      let closed = false;
      const throwingTwice: PlumblineAdapterV1 = {
        ...adapter,
        close: async () => {
          if (closed) throw new Error('already closed');
          closed = true;
          await close();
        },
      };
      // The supplier's 408 reaches the connector as a 500: the client gets 502, not the documented 504.
      const lying: UpstreamFaults = {
        inject: (fault) => upstream.inject('status' in fault && fault.status === 408 ? { status: 500 } : fault),
        clear: () => upstream.clear(),
      };
      return { adapter: throwingTwice, upstream: lying };
    });
    expect(statuses).toEqual({ 'ADP-001': 'fail', 'ADP-002': 'fail' });
  }, 60_000);

  it('skip the upstream requirements, never fail them, where the harness cannot make the supplier fail', async () => {
    expect(await statusesOf(['ADP-002', 'ADP-003'], (adapter) => adapter)).toEqual({ 'ADP-002': 'skip', 'ADP-003': 'skip' });
  }, 60_000);
});
