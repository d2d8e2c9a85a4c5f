/**
 * The foundry connector's settings, from `PLUMBLINE_FOUNDRY_<SETTING>` variables. Without a base
 * URL the bundled simulator is started on loopback, with its own engine store next to the
 * gateway's (`databasePath` directory), so the connector runs with no supplier at hand.
 */
import { z } from 'zod';
import { retrySettingsFields } from '../../src/connectors/index.js';

const milliseconds = (fallback: number) => z.coerce.number().int().min(1).max(600_000).default(fallback);

/** The settings schema; `databasePath` comes from the gateway (`PLUMBLINE_DB`). */
export const FoundrySettings = z
  .object({
    baseUrl: z
      .url({ protocol: /^https?$/ })
      .optional()
      .describe('The platform’s base URL; absent: start the bundled simulator (PLUMBLINE_FOUNDRY_BASE_URL).'),
    clientId: z.string().min(1).optional().describe('OAuth2 client id (PLUMBLINE_FOUNDRY_CLIENT_ID); required with a base URL.'),
    clientSecret: z.string().min(1).optional().describe('OAuth2 client secret (PLUMBLINE_FOUNDRY_CLIENT_SECRET); required with a base URL.'),
    ontology: z.string().min(1).default('plumbline').describe('The ontology’s API name (PLUMBLINE_FOUNDRY_ONTOLOGY).'),
    timeoutMs: milliseconds(10_000).describe('Deadline of each attempt (PLUMBLINE_FOUNDRY_TIMEOUT_MS).'),
    actionTimeoutMs: milliseconds(120_000).describe('Deadline of each action attempt: an action may run a Function (PLUMBLINE_FOUNDRY_ACTION_TIMEOUT_MS).'),
    ...retrySettingsFields('PLUMBLINE_FOUNDRY'),
    databasePath: z.string().min(1).describe('The gateway’s store; the bundled simulator keeps its engine store in the same directory.'),
  })
  .refine((settings) => settings.baseUrl === undefined || (settings.clientId !== undefined && settings.clientSecret !== undefined), {
    message: 'a base URL needs PLUMBLINE_FOUNDRY_CLIENT_ID and PLUMBLINE_FOUNDRY_CLIENT_SECRET',
    path: ['clientId'],
  });

/** Validated settings. */
export type FoundrySettings = z.output<typeof FoundrySettings>;
