/**
 * Latency of the core reads a reviewer's screen makes, one request at a time through the typed
 * client, over whatever the target offers. Run once the force is loaded, so there is a realistic
 * amount to read.
 */
import type { PlumblineClient } from '../../src/client/index.js';
import type { Meta, RecordRef } from '../../src/contract/index.js';
import { expectStatus, type Answer } from '../suite/answers.js';

export interface LatencyFigures {
  readonly samples: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
}

export interface LatencyScore {
  /** Over every sample of every operation. */
  readonly overall: LatencyFigures;
  readonly byOperation: Readonly<Record<string, LatencyFigures>>;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))];
}

function figures(durations: readonly number[]): LatencyFigures {
  const sorted = [...durations].sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 100) / 100;
  return { samples: sorted.length, p50Ms: round(percentile(sorted, 0.5)), p95Ms: round(percentile(sorted, 0.95)) };
}

async function timed(durations: number[], call: () => Promise<Answer>, action: string): Promise<unknown> {
  const started = performance.now();
  const answer = await call();
  durations.push(performance.now() - started);
  return expectStatus(answer, 200, action);
}

/**
 * Times the reads the target offers, one request at a time: records it holds (`sample`, from the
 * throughput stage), sources, and subjects, flags and search where they are offered.
 */
export async function scoreLatency(client: PlumblineClient, meta: Meta, sample: readonly RecordRef[], samples = 60): Promise<LatencyScore> {
  const claims = (capability: string) => meta.capabilities.includes(capability as never);
  const byOperation: Record<string, number[]> = {};
  const measure = async (operation: string, call: () => Promise<Answer>, action: string) => timed((byOperation[operation] ??= []), call, action);
  if (claims('records.read'))
    for (const path of sample.slice(0, samples))
      await measure('getRecord', () => client.GET('/v1/sources/{sourceId}/records/{recordId}', { params: { path } }), 'reading a record');
  if (claims('sources'))
    for (let index = 0; index < Math.min(samples, 20); index++)
      await measure('listSources', () => client.GET('/v1/sources', { params: { query: { limit: 50 } } }), 'listing sources');
  if (claims('consolidation')) {
    const subjectPage = expectStatus(await client.GET('/v1/subjects', { params: { query: { limit: samples } } }), 200, 'listing subjects');
    const identifiers: string[] = [];
    for (const { subjectId, canonicalIdentity } of subjectPage.items) {
      await measure('getSubject', () => client.GET('/v1/subjects/{subjectId}', { params: { path: { subjectId } } }), 'reading a subject');
      if (canonicalIdentity.staffNumber) identifiers.push(canonicalIdentity.staffNumber);
    }
    let cursor: string | undefined;
    for (let index = 0; index < samples; index++) {
      const page = (await measure('listSubjects', () => client.GET('/v1/subjects', { params: { query: { limit: 50, cursor } } }), 'listing subjects')) as {
        nextCursor: string | null;
      };
      cursor = page.nextCursor ?? undefined;
    }
    if (claims('subjects.search')) {
      for (const identifier of identifiers)
        await measure('searchByIdentifier', () => client.GET('/v1/subjects', { params: { query: { identifier, limit: 10 } } }), 'searching by identifier');
    }
  }
  if (claims('flagging'))
    for (let index = 0; index < samples; index++)
      await measure('listFlags', () => client.GET('/v1/flags', { params: { query: { limit: 50 } } }), 'listing flags');
  const measured = Object.entries(byOperation).filter(([, durations]) => durations.length > 0);
  return {
    overall: figures(measured.flatMap(([, durations]) => durations)),
    byOperation: Object.fromEntries(measured.map(([operation, durations]) => [operation, figures(durations)])),
  };
}
