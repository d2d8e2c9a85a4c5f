/**
 * The http adapter's settings, read from `PLUMBLINE_HTTP_<SETTING>` variables (numbers arrive as
 * strings, hence the coercion). Defaults suit a remote on the same network; a remote across the
 * internet may want a longer timeout.
 */
import { z } from 'zod';
import { retrySettingsFields, type RetrySettings } from '../../src/connectors/index.js';

const milliseconds = (fallback: number, maximum: number) => z.coerce.number().int().min(1).max(maximum).default(fallback);

export const HttpAdapterSettings = z.object({
  baseUrl: z
    .url({ protocol: /^https?$/, error: 'an http or https URL of a service that speaks the Plumbline contract, such as https://supplier.example/plumbline' })
    .optional()
    .describe('The remote service’s base URL, without `/v1` (PLUMBLINE_HTTP_BASE_URL); absent: a bundled gateway serving the reference engine on loopback.'),
  databasePath: z.string().min(1).optional().describe('The gateway’s store (PLUMBLINE_DB); the bundled remote keeps its own store in the same directory.'),
  token: z.string().min(1).optional().describe('Bearer token the remote authenticates this gateway by (PLUMBLINE_HTTP_TOKEN).'),
  timeoutMs: milliseconds(10_000, 600_000).describe(
    'Per request: the longest wait for an answer, or between two chunks of a stream (PLUMBLINE_HTTP_TIMEOUT_MS).',
  ),
  ...retrySettingsFields('PLUMBLINE_HTTP'),
  connections: z.coerce.number().int().min(1).max(1024).default(16).describe('Connections in the pool to the remote (PLUMBLINE_HTTP_CONNECTIONS).'),
});

/** Validated settings. */
export type HttpAdapterSettings = z.output<typeof HttpAdapterSettings>;

/** Settings with the remote decided: what the adapter itself is made with. */
export type RemoteSettings = HttpAdapterSettings & { readonly baseUrl: string };

/** Validates settings that name their remote (in code and tests; the factory decides the remote itself). */
export function remoteSettings(input: { readonly baseUrl: string } & Record<string, unknown>): RemoteSettings {
  return { ...HttpAdapterSettings.parse(input), baseUrl: input.baseUrl };
}

export type { RetrySettings };
