/**
 * The casework connector: the contract over a case-management platform's API (API key, bulk
 * jobs, snake_case resources, its own enumerations, rate limits with Retry-After). With no
 * `PLUMBLINE_CASEWORK_BASE_URL` it starts the bundled simulator on loopback, so that
 * `PLUMBLINE_ADAPTER=casework npm start` works without a supplier sandbox.
 */
import { dirname, join } from 'node:path';
import { defineAdapterFactory } from '../../src/adapter/factory.js';
import { createUpstreamDispatcher, retryPolicyOf } from '../../src/connectors/index.js';
import { CaseworkSettings } from './settings.js';
import { createCaseworkAdapter } from './connector/create-connector.js';
import { startCaseworkSimulator } from './simulator/index.js';

export const caseworkAdapterFactory = defineAdapterFactory({
  id: 'casework',
  description: 'Connector to a case-management platform (bulk jobs, API key); starts the bundled simulator when PLUMBLINE_CASEWORK_BASE_URL is unset',
  settings: CaseworkSettings,
  async create(settings, environment) {
    const simulator = settings.baseUrl
      ? undefined
      : await startCaseworkSimulator({ directory: join(dirname(settings.databasePath), 'casework-simulator'), logger: environment.logger });
    if (simulator) environment.logger.info({ url: simulator.url }, 'started the bundled casework simulator on loopback');
    const dispatcher = createUpstreamDispatcher({ connectionsPerOrigin: settings.connections });
    return createCaseworkAdapter({
      baseUrl: settings.baseUrl ?? simulator!.url,
      apiKey: settings.apiKey ?? simulator!.apiKey,
      dispatcher,
      requestTimeoutMs: settings.requestTimeoutMs,
      jobTimeoutMs: settings.jobTimeoutMs,
      pollIntervalMs: settings.pollIntervalMs,
      retry: retryPolicyOf(settings),
      uploadFormat: settings.uploadFormat,
      logger: environment.logger,
      release: async () => {
        await dispatcher.close();
        await simulator?.close();
      },
    });
  },
});

export { createCaseworkAdapter, type CaseworkConnectorSettings } from './connector/create-connector.js';
export { CASEWORK_UNSUPPORTED } from './connector/casework-adapter.js';
export { startCaseworkSimulator, type CaseworkSimulator, type CaseworkSimulatorOptions } from './simulator/index.js';
