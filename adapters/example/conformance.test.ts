/**
 * The conformance suite against the example connector over its simulator, baseline profile. It
 * claims `sources` only, so requirements of other capabilities are not offered (and CAP-001
 * checks their 501s); the one it cannot meet by design is listed, with the reason.
 */
import { runConformance, type UpstreamFaults } from '../../contract-tests/index.js';
import { upstreamFaultSwitch } from '../../src/connectors/simulator/index.js';
import { createExampleAdapter } from './connector.js';
import { startRegistrySimulator } from './simulator.js';

runConformance({
  name: 'example registry connector over its simulator',
  profile: 'baseline',
  adapter: async () => {
    const simulator = await startRegistrySimulator();
    const timeoutMs = 2_000;
    const retry = { maxAttempts: 4, baseDelayMs: 5, maxDelayMs: 20, maxRetryAfterMs: 1_000 };
    const adapter = createExampleAdapter({ baseUrl: simulator.url, apiKey: simulator.apiKey, timeoutMs, retry, onClose: () => simulator.close() });
    const upstream: UpstreamFaults = upstreamFaultSwitch(simulator.faults, timeoutMs);
    return { adapter, upstream };
  },
  expectFailures: {
    'META-002': 'the example claims sources only, not every baseline capability',
  },
});
