/**
 * Demo traffic for parallel-run tests and `plumbline parallel-run bench`: a small synthetic force sent through a
 * gateway as a force's systems and people would (sources, record batches, runs, reads, an override
 * and a review), over any transport (`inject` or real HTTP). Every answer is handed back so a test
 * can check that clients saw only the primary.
 */
import { demoForce, DEMO_DEFAULTS } from '../demo/load-demo-force.js';
import type { SourceRecord } from '../contract/index.js';

/** One request and its answer. */
export interface Exchange {
  readonly method: string;
  readonly url: string;
  readonly status: number;
  /** The answer's JSON as sent: untyped, as a client that knows only the document reads it. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly body: any;
}

/** Sends one request; `payload` is JSON. */
export type Send = (method: string, url: string, payload?: unknown) => Promise<Exchange>;

export interface DemoTrafficOptions {
  readonly people: number;
  readonly batchSize?: number;
  /** Called after each request (a test kills the gateway part-way). */
  readonly after?: (exchange: Exchange, index: number) => Promise<void> | void;
}

/** The requests of the demo, in order, so a test can replay them from any point. */
export function demoRequests(options: DemoTrafficOptions): { method: string; url: string; payload?: unknown }[] {
  const force = demoForce({ ...DEMO_DEFAULTS, people: options.people });
  const requests: { method: string; url: string; payload?: unknown }[] = force.sources.map(({ sourceId, ...registration }) => ({
    method: 'PUT',
    url: `/v1/sources/${sourceId}`,
    payload: registration,
  }));
  const batches = new Map<string, SourceRecord[]>();
  for (const { sourceId, record } of force.records() as Iterable<{ sourceId: string; record: SourceRecord }>) {
    const batch = batches.get(sourceId) ?? [];
    batch.push(record);
    if (batch.length === (options.batchSize ?? 200)) {
      requests.push({ method: 'POST', url: `/v1/sources/${sourceId}/records`, payload: { records: batch } });
      batches.set(sourceId, []);
    } else batches.set(sourceId, batch);
  }
  for (const [sourceId, batch] of batches)
    if (batch.length) requests.push({ method: 'POST', url: `/v1/sources/${sourceId}/records`, payload: { records: batch } });
  requests.push({ method: 'POST', url: '/v1/consolidation-runs', payload: { mode: 'full' } });
  requests.push({ method: 'POST', url: '/v1/flagging-runs', payload: { asOf: force.asOf } });
  return requests;
}

/** Sends requests one by one, stopping at the first answer of 500 or more (a killed gateway). */
export async function sendAll(
  send: Send,
  requests: readonly { method: string; url: string; payload?: unknown }[],
  after?: DemoTrafficOptions['after'],
): Promise<Exchange[]> {
  const exchanges: Exchange[] = [];
  for (const [index, request] of requests.entries()) {
    const exchange = await send(request.method, request.url, request.payload);
    exchanges.push(exchange);
    await after?.(exchange, index);
  }
  return exchanges;
}

/** Polls a run through the gateway until it has finished. */
export async function waitForRunOver(send: Send, runId: string): Promise<Exchange> {
  for (let delay = 20; ; delay = Math.min(delay * 2, 250)) {
    const answer = await send('GET', `/v1/runs/${runId}`);
    if (answer.status !== 200 || answer.body.status === 'succeeded' || answer.body.status === 'failed') return answer;
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}
