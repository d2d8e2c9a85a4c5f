/**
 * A remote faked with nock for the unit tests. Requests go through the global fetch (nock 14 does
 * not see undici's dispatchers); backoff waits are recorded instead of waited for.
 */
import nock from 'nock';
import { afterEach, beforeAll, afterAll } from 'vitest';
import type { OperationContext } from '../../../src/adapter/context.js';
import { createHttpAdapter, type HttpAdapter } from '../http-adapter.js';
import { remoteSettings, type HttpAdapterSettings } from '../settings.js';
import { sendThroughGlobalFetch } from '../transport.js';

export const REMOTE = 'http://remote.test';

export const remoteMeta = {
  contractVersion: '1.0.0',
  adapter: { id: 'acme', name: 'Acme Standards Platform', version: '4.2.0', vendor: 'Acme' },
  capabilities: ['sources', 'records.ingest', 'records.read', 'consolidation', 'flagging', 'portability.export', 'portability.import'],
  limits: { maxBatchRecords: 5000, maxPageSize: 500 },
};

export const context: OperationContext = { actor: 'alice', justification: 'PSD-2026-0042' };

export interface NockedAdapter {
  readonly adapter: HttpAdapter;
  /** Backoff waits the adapter asked for, in milliseconds. */
  readonly waits: number[];
}

/** Makes the adapter against the faked remote, which first answers its `GET /v1/meta`. */
export async function nockedAdapter(
  settings: Partial<Record<Exclude<keyof HttpAdapterSettings, 'baseUrl'>, string | number>> = {},
  meta: object = remoteMeta,
): Promise<NockedAdapter> {
  nock(REMOTE).get('/v1/meta').reply(200, meta);
  const waits: number[] = [];
  const adapter = await createHttpAdapter({
    // A generous deadline: on a loaded machine a nocked answer took over a second, the call was
    // retried and the retry found no interceptor left. Tests of deadlines set their own.
    settings: remoteSettings({ baseUrl: REMOTE, token: 'service-token', retries: 2, retryBaseMs: 10, timeoutMs: 10_000, ...settings }),
    send: sendThroughGlobalFetch,
    sleep: async (milliseconds) => {
      waits.push(milliseconds);
    },
  });
  return { adapter, waits };
}

/** Problem details as a remote gateway answers them. */
export function problemBody(kind: string, status: number, extras: object = {}) {
  return { type: `urn:plumbline:problem:${kind}`, title: kind, status, detail: `remote says ${kind}`, ...extras };
}

export const problemHeaders = { 'content-type': 'application/problem+json' };

/** Blocks the network and checks, after each test, that every faked answer was asked for. */
export function useNock(): void {
  beforeAll(() => nock.disableNetConnect());
  afterEach(() => {
    const pending = nock.pendingMocks();
    nock.cleanAll();
    if (pending.length) throw new Error(`Faked answers never requested: ${pending.join(', ')}`);
  });
  afterAll(() => nock.enableNetConnect());
}

/** Runs a promise expected to fail and returns the error. */
export async function failureOf(promise: Promise<unknown>): Promise<any> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}
