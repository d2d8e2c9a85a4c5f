/**
 * The casework connector's settings, from `PLUMBLINE_CASEWORK_*` environment variables (or
 * options): `BASE_URL` and `API_KEY` of the platform, call and job timeouts, the poll interval,
 * retries, the connection pool and the upload format. Without a base URL the bundled simulator is
 * started on loopback, keeping its store beside the gateway's (`PLUMBLINE_DB`).
 */
import { z } from 'zod';
import { retrySettingsFields } from '../../src/connectors/index.js';

const milliseconds = (fallback: number) => z.coerce.number().int().positive().default(fallback);

export const CaseworkSettings = z
  .object({
    /** The gateway's store file; the bundled simulator keeps its store in the same directory. */
    databasePath: z.string().min(1).default('./data/plumbline.db'),
    /** The platform's base URL, such as `https://casework.example.org`; the bundled simulator when absent. */
    baseUrl: z.url().optional(),
    /** The platform API key (sent as `X-Api-Key`); required with a base URL. */
    apiKey: z.string().min(1).optional(),
    /** Longest wait for one HTTP answer. */
    requestTimeoutMs: milliseconds(10_000),
    /** Longest wait for a bulk job to finish. */
    jobTimeoutMs: milliseconds(300_000),
    /** Wait between polls of a job. */
    pollIntervalMs: milliseconds(200),
    ...retrySettingsFields('PLUMBLINE_CASEWORK'),
    /** Connections in the pool to the platform. */
    connections: z.coerce.number().int().min(1).max(256).default(16),
    /** How ingest jobs upload their rows. */
    uploadFormat: z.enum(['ndjson', 'csv']).default('ndjson'),
  })
  .refine((settings) => settings.baseUrl === undefined || settings.apiKey !== undefined, {
    message: 'the platform API key is required with a base URL',
    path: ['apiKey'],
  });
export type CaseworkSettings = z.output<typeof CaseworkSettings>;
