/**
 * Gateway throughput over loopback: subject reads and flag lists through the full gateway as it is
 * deployed (token verification, roles, justification, an audit entry committed per request, and
 * validation of every answer), against a bare Fastify hello-world measured in the same run, so the
 * ratio means something on a shared, noisy machine.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PlumblineAdapterV1 } from '../adapter/adapter-v1.js';
import { systemContext } from '../adapter/context.js';
import { buildGateway } from '../gateway/app.js';
import { createTestSecurity } from '../gateway/testing/test-security.js';
import { measureTargets, startHelloWorld, type MeasureOptions } from './measure-http.js';
import { borrowAdapter } from './borrowed-adapter.js';

export interface GatewayResult {
  readonly subjectReadRps: number;
  readonly flagListRps: number;
  readonly helloWorldRps: number;
  /** Subject reads over hello-world. */
  readonly ratio: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** Answers that were not 2xx, across every measurement (must be 0 for the figures to mean anything). */
  readonly non2xx: number;
}

/** Subjects to read: the first page, so reads spread over many subjects rather than one cached row. */
export async function sampleSubjectIds(adapter: PlumblineAdapterV1): Promise<string[]> {
  const subjects = await adapter.consolidation!.listSubjects({}, { limit: 500 }, systemContext('benchmark'));
  if (subjects.items.length === 0) throw new Error('No subjects to read: consolidate first.');
  return subjects.items.map((subject) => subject.subjectId);
}

export async function benchmarkGateway(adapter: PlumblineAdapterV1, options: MeasureOptions): Promise<GatewayResult> {
  const subjectIds = await sampleSubjectIds(adapter);
  const directory = mkdtempSync(join(tmpdir(), 'plumbline-gateway-bench-'));
  const testSecurity = await createTestSecurity({ auditDatabasePath: join(directory, 'audit.db'), rateLimitPerMinute: 1_000_000_000 });
  const gateway = await buildGateway({ adapter: borrowAdapter(adapter), security: testSecurity.security });
  const hello = await startHelloWorld();
  try {
    const url = await gateway.listen({ host: '127.0.0.1', port: 0 });
    const headers = await testSecurity.headersFor('analyst', 'benchmark');
    const results = await measureTargets(
      [
        { name: 'hello', url: hello.url, paths: ['/'] },
        { name: 'subjects', url, paths: subjectIds.map((subjectId) => `/v1/subjects/${subjectId}`), headers },
        { name: 'flags', url, paths: ['/v1/flags?limit=50', '/v1/flags?status=open&limit=50'], headers },
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
    await gateway.close();
    rmSync(directory, { recursive: true, force: true });
  }
}
