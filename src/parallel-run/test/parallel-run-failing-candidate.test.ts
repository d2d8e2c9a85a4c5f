/**
 * A candidate that fails, refuses or hangs never fails or holds up the primary's clients: transient
 * failures are retried with the connector kit's policy, a refusal is set aside as undeliverable and
 * reported, and a hung candidate leaves writes waiting in the outbox (reported as backlog and lag)
 * while every client is answered.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createReferenceAdapter } from '../../../adapters/reference/index.js';
import { silentLogger } from '../../adapter/factory.js';
import { PlumblineError } from '../../adapter/errors.js';
import type { PlumblineAdapterV1 } from '../../adapter/adapter-v1.js';
import { demoRequests, sendAll } from '../demo-traffic.js';
import { gatewayWithCandidate, status } from './parallel-run-fixture.js';

const fastRetry = { maxAttempts: 4, baseDelayMs: 1, maxDelayMs: 5, maxRetryAfterMs: 5 };

/** The reference engine whose ingest fails as `failure` says, call by call. */
function candidateFailing(directory: string, failure: (call: number, sourceId: string) => 'ok' | 'unavailable' | 'refuse' | 'hang'): PlumblineAdapterV1 {
  const engine = createReferenceAdapter({ databasePath: join(directory, 'candidate.db') }, { logger: silentLogger });
  let calls = 0;
  return {
    ...engine,
    checkReady: () => engine.checkReady(),
    close: () => engine.close(),
    sources: {
      ...engine.sources!,
      async ingestRecords(sourceId, records, context) {
        calls += 1;
        const what = failure(calls, sourceId);
        if (what === 'unavailable') throw new PlumblineError('upstream-unavailable', 'The candidate platform is restarting.');
        if (what === 'refuse') throw new PlumblineError('validation-failed', 'The candidate refuses this batch.');
        if (what === 'hang') return new Promise(() => {});
        return engine.sources!.ingestRecords(sourceId, records, context);
      },
    },
  };
}

describe('a failing candidate', () => {
  it('is retried through transient failures; a refused write is set aside and reported; clients see none of it', async () => {
    let refusedSource = '';
    const { app, parallelRun, send, headersFor } = await gatewayWithCandidate(
      (directory) =>
        candidateFailing(directory, (call, sourceId) => {
          if (call <= 2) return 'unavailable'; // the first batch fails twice, then goes through
          if (!refusedSource && call > 4) refusedSource = sourceId;
          return call === 5 ? 'refuse' : 'ok';
        }),
      fastRetry,
    );
    const requests = demoRequests({ people: 100, batchSize: 100 }).filter((request) => !request.url.endsWith('-runs'));
    const exchanges = await sendAll(send, requests);
    expect(exchanges.every((exchange) => exchange.status < 300)).toBe(true);
    await parallelRun.settledNow();
    const report = (await status(app, headersFor)).json();
    expect(report.mirror).toMatchObject({ pending: 0, undeliverable: 1, delivered: requests.length - 1 });
    expect(report.mirror.problems).toEqual([
      expect.objectContaining({ operation: 'ingestRecords', sourceId: refusedSource, problem: expect.stringContaining('validation-failed') }),
    ]);
    expect(report.latency.candidate.errors).toBe(1);
    expect(report.latency.primary.errors).toBe(0);
  }, 120_000);

  it('that hangs leaves writes waiting, reported as backlog, while every client is answered', async () => {
    const { app, send, headersFor } = await gatewayWithCandidate((directory) => candidateFailing(directory, () => 'hang'), fastRetry);
    const requests = demoRequests({ people: 100, batchSize: 100 }).filter((request) => !request.url.endsWith('-runs'));
    const exchanges = await sendAll(send, requests);
    expect(exchanges.every((exchange) => exchange.status < 300)).toBe(true);
    const batches = requests.filter((request) => request.url.endsWith('/records')).length;
    const report = (await status(app, headersFor)).json();
    // Sources went through; the first batch hangs, and it and every batch after it wait, in order.
    expect(report.mirror.pending).toBe(batches);
    expect(report.mirror.lagSeconds).toBeGreaterThan(0);
    expect(report.latency.primary.count).toBeGreaterThanOrEqual(requests.length);
  }, 120_000);
});
