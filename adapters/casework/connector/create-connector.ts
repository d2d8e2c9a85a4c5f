/**
 * Makes the casework connector over any undici `Dispatcher`: the production pool, or a
 * `MockAgent` in unit tests. The API key goes in `X-Api-Key` on every attempt.
 */
import { setTimeout as sleepFor } from 'node:timers/promises';
import type { Dispatcher } from 'undici';
import type { PlumblineAdapterV1 } from '../../../src/adapter/adapter-v1.js';
import { silentLogger, type AdapterLogger } from '../../../src/adapter/factory.js';
import { closeOnce, defaultRetryPolicy, staticCredentials, UpstreamClient, type RetryPolicy } from '../../../src/connectors/index.js';
import { CaseworkApi } from './casework-api.js';
import { createCaseworkConnector } from './casework-adapter.js';
import type { UploadFormat } from './bulk-ingest.js';

export interface CaseworkConnectorSettings {
  readonly baseUrl: string;
  readonly apiKey: string;
  readonly dispatcher: Dispatcher;
  /** Deadline of each HTTP attempt (default 10 s). */
  readonly requestTimeoutMs?: number;
  /** Longest wait for a bulk job (default 5 min). */
  readonly jobTimeoutMs?: number;
  /** Wait between job polls (default 200 ms). */
  readonly pollIntervalMs?: number;
  readonly retry?: RetryPolicy;
  readonly uploadFormat?: UploadFormat;
  readonly logger?: AdapterLogger;
  /** Injectable waiting, for tests that must not sleep. */
  readonly sleep?: (milliseconds: number, signal?: AbortSignal) => Promise<void>;
  /** Called by `close()`, after which nothing is used (close the pool, stop a bundled simulator). */
  readonly release?: () => Promise<void>;
}

export function createCaseworkAdapter(settings: CaseworkConnectorSettings): PlumblineAdapterV1 {
  const sleep = settings.sleep ?? ((milliseconds: number, signal?: AbortSignal) => sleepFor(milliseconds, undefined, { signal }));
  const client = new UpstreamClient({
    adapter: 'casework',
    baseUrl: settings.baseUrl,
    dispatcher: settings.dispatcher,
    timeoutMs: settings.requestTimeoutMs ?? 10_000,
    retry: settings.retry ?? defaultRetryPolicy,
    credentials: staticCredentials({ 'x-api-key': settings.apiKey }),
    headers: { 'user-agent': 'plumbline-casework-connector' },
    logger: settings.logger ?? silentLogger,
    sleep,
  });
  return createCaseworkConnector(new CaseworkApi(client, settings.logger ?? silentLogger), {
    pollIntervalMs: settings.pollIntervalMs ?? 200,
    jobTimeoutMs: settings.jobTimeoutMs ?? 300_000,
    uploadFormat: settings.uploadFormat ?? 'ndjson',
    sleep,
    // The gateway closes its adapter, and so may whoever made it: closing twice is harmless.
    release: closeOnce(settings.release ?? (async () => {})),
  });
}
