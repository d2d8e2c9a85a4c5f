/**
 * The foundry connector: a connector to Palantir Foundry's Ontology v2 REST API, typed with
 * Palantir's published types and run only against the bundled simulator, which answers in the
 * real shapes. Without `PLUMBLINE_FOUNDRY_BASE_URL`, the CLI starts that simulator
 * (simulator/bundled.ts) and points the connector at it; this entry imports no simulator. See
 * docs/connectors.md.
 */
import { ConfigError } from '../../src/adapter/config-error.js';
import { defineAdapterFactory } from '../../src/adapter/factory.js';
import { retryPolicyOf } from '../../src/connectors/index.js';
import { createFoundryAdapter } from './connector/foundry-adapter.js';
import { FoundrySettings } from './settings.js';

/** The factory registered as `foundry` (`PLUMBLINE_ADAPTER=foundry`). */
export const foundryAdapterFactory = defineAdapterFactory({
  id: 'foundry',
  description: 'Connector to an ontology-platform API (OAuth2, objects, links, actions); the bundled simulator when no base URL is set',
  settings: FoundrySettings,
  async create(settings, environment) {
    const { baseUrl, clientId, clientSecret } = settings;
    if (baseUrl === undefined || clientId === undefined || clientSecret === undefined) {
      throw new ConfigError(['PLUMBLINE_FOUNDRY_BASE_URL: required (the CLI starts the bundled simulator without it)']);
    }
    const retry = retryPolicyOf(settings);
    return createFoundryAdapter({
      ontology: settings.ontology,
      timeoutMs: settings.timeoutMs,
      actionTimeoutMs: settings.actionTimeoutMs,
      retry,
      logger: environment.logger,
      baseUrl,
      clientId,
      clientSecret,
    });
  },
});

export { createFoundryAdapter, type FoundryConnectionOptions } from './connector/foundry-adapter.js';
export { FoundrySettings } from './settings.js';
