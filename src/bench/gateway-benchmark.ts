/**
 * Gateway throughput over loopback: subject reads and flag lists through the full gateway
 * (validation of every answer included), against a bare Fastify hello-world measured in the same
 * run, so the ratio means something on a shared, noisy machine.
 */
import type { PlumblineAdapterV1 } from '../adapter/adapter-v1.js';
import { systemContext } from '../adapter/context.js';
import { buildGateway } from '../gateway/app.js';
import { measureTargets, startHelloWorld, type MeasureOptions } from './measure-http.js';

export interface GatewayResult {
  readonly subjectReadRps: number;
  readonly flagListRps: number;
  readonly helloWorldRps: number;
  /** Subject reads over hello-world. */
  readonly ratio: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** Answers that were not 2xx, across every measurement (should be 0). */
  readonly non2xx: number;
}

export async function benchmarkGateway(adapter: PlumblineAdapterV1, options: MeasureOptions): Promise<GatewayResult> {
  const subjects = await adapter.consolidation!.listSubjects({}, { limit: 500 }, systemContext('benchmark'));
  if (subjects.items.length === 0) throw new Error('No subjects to read: consolidate first.');
  const gateway = await buildGateway({ adapter });
  const hello = await startHelloWorld();
  try {
    const url = await gateway.listen({ host: '127.0.0.1', port: 0 });
    const results = await measureTargets(
      [
        { name: 'hello', url: hello.url, paths: ['/'] },
        { name: 'subjects', url, paths: subjects.items.map((subject) => `/v1/subjects/${subject.subjectId}`) },
        { name: 'flags', url, paths: ['/v1/flags?limit=50', '/v1/flags?status=open&limit=50'] },
      ],
      options,
    );
    return {
      subjectReadRps: results.subjects.requestsPerSecond,
      flagListRps: results.flags.requestsPerSecond,
      helloWorldRps: results.hello.requestsPerSecond,
      ratio: results.subjects.requestsPerSecond / results.hello.requestsPerSecond,
      p50Ms: results.subjects.p50Ms,
      p99Ms: results.subjects.p99Ms,
      non2xx: results.subjects.non2xx + results.flags.non2xx + results.hello.non2xx,
    };
  } finally {
    await hello.close();
    // Closing the gateway would close the adapter it serves; the caller owns the adapter.
    await gateway.server.close();
  }
}
