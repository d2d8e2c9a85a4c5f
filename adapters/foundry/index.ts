/**
 * The foundry connector: a connector to Palantir Foundry's Ontology v2 REST API, typed with
 * Palantir's published types and run only against the bundled simulator, which answers in the
 * real shapes. See docs/connectors.md.
 */
import { dirname, join } from 'node:path';
import { defineAdapterFactory } from '../../src/adapter/factory.js';
import { retryPolicyOf } from '../../src/connectors/index.js';
import { createFoundryAdapter } from './connector/foundry-adapter.js';
import { FoundrySettings } from './settings.js';
import { startFoundrySimulator } from './simulator/start.js';

/** The factory registered as `foundry` (`PLUMBLINE_ADAPTER=foundry`). */
export const foundryAdapterFactory = defineAdapterFactory({
  id: 'foundry',
  description: 'Connector to an ontology-platform API (OAuth2, objects, links, actions); starts the bundled simulator when no base URL is set',
  settings: FoundrySettings,
  async create(settings, environment) {
    const retry = retryPolicyOf(settings);
    const common = { ontology: settings.ontology, timeoutMs: settings.timeoutMs, actionTimeoutMs: settings.actionTimeoutMs, retry, logger: environment.logger };
    if (settings.baseUrl) {
      return createFoundryAdapter({ ...common, baseUrl: settings.baseUrl, clientId: settings.clientId!, clientSecret: settings.clientSecret! });
    }
    const simulator = await startFoundrySimulator({ databasePath: join(dirname(settings.databasePath), 'foundry-simulator.db'), ontology: settings.ontology, logger: environment.logger });
    environment.logger.info({ baseUrl: simulator.baseUrl }, 'no PLUMBLINE_FOUNDRY_BASE_URL: serving through the bundled foundry simulator');
    return createFoundryAdapter({ ...common, baseUrl: simulator.baseUrl, ...simulator.client, onClose: () => simulator.close() });
  },
});

export { createFoundryAdapter, type FoundryConnectionOptions } from './connector/foundry-adapter.js';
export { startFoundrySimulator, type RunningSimulator, type StartSimulatorOptions } from './simulator/start.js';
export { FoundrySettings } from './settings.js';
