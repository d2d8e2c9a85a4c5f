/**
 * The casework connector: the contract over a case-management platform's API (API key, bulk
 * jobs, snake_case resources, its own enumerations, rate limits with Retry-After). Without
 * `PLUMBLINE_CASEWORK_BASE_URL`, the CLI starts the bundled simulator (simulator/bundled.ts) and
 * points the connector at it, so that `PLUMBLINE_ADAPTER=casework npm start` works without a
 * supplier sandbox; this entry imports no simulator.
 */
import { ConfigError } from '../../src/adapter/config-error.js';
import { defineAdapterFactory } from '../../src/adapter/factory.js';
import { createUpstreamDispatcher, retryPolicyOf } from '../../src/connectors/index.js';
import { CaseworkSettings } from './settings.js';
import { createCaseworkAdapter } from './connector/create-connector.js';

export const caseworkAdapterFactory = defineAdapterFactory({
  id: 'casework',
  description: 'Connector to a case-management platform (bulk jobs, API key); the bundled simulator when PLUMBLINE_CASEWORK_BASE_URL is unset',
  settings: CaseworkSettings,
  async create(settings, environment) {
    if (settings.baseUrl === undefined || settings.apiKey === undefined)
      throw new ConfigError(['PLUMBLINE_CASEWORK_BASE_URL: required (the CLI starts the bundled simulator without it)']);
    const dispatcher = createUpstreamDispatcher({ connectionsPerOrigin: settings.connections });
    return createCaseworkAdapter({
      baseUrl: settings.baseUrl,
      apiKey: settings.apiKey,
      dispatcher,
      requestTimeoutMs: settings.requestTimeoutMs,
      jobTimeoutMs: settings.jobTimeoutMs,
      pollIntervalMs: settings.pollIntervalMs,
      retry: retryPolicyOf(settings),
      uploadFormat: settings.uploadFormat,
      logger: environment.logger,
      release: () => dispatcher.close(),
    });
  },
});

export { createCaseworkAdapter, type CaseworkConnectorSettings } from './connector/create-connector.js';
export { CASEWORK_UNSUPPORTED } from './connector/casework-adapter.js';
