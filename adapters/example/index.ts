/**
 * The example connector's factory (`PLUMBLINE_EXAMPLE_*` settings): a base URL, an API key, a
 * deadline and the kit's retry settings. Not registered with the CLI: it is documentation that
 * compiles and passes the conformance requirements it claims (conformance.test.ts).
 */
import { z } from 'zod';
import { defineAdapterFactory } from '../../src/adapter/factory.js';
import { retryPolicyOf, retrySettingsFields } from '../../src/connectors/index.js';
import { createExampleAdapter } from './connector.js';

export const ExampleSettings = z.object({
  baseUrl: z.url({ protocol: /^https?$/ }).describe('The registry’s base URL (PLUMBLINE_EXAMPLE_BASE_URL).'),
  apiKey: z.string().min(1).describe('The registry API key (PLUMBLINE_EXAMPLE_API_KEY).'),
  timeoutMs: z.coerce.number().int().min(1).max(600_000).default(10_000).describe('Deadline of each attempt (PLUMBLINE_EXAMPLE_TIMEOUT_MS).'),
  ...retrySettingsFields('PLUMBLINE_EXAMPLE'),
});

export const exampleAdapterFactory = defineAdapterFactory({
  id: 'example',
  description: 'The example registry connector of docs/connectors.md (sources only)',
  settings: ExampleSettings,
  create: async (settings, environment) =>
    createExampleAdapter({
      baseUrl: settings.baseUrl,
      apiKey: settings.apiKey,
      timeoutMs: settings.timeoutMs,
      retry: retryPolicyOf(settings),
      logger: environment.logger,
    }),
});
