/**
 * Gateway throughput over loopback: subject reads and flag lists through the full gateway as it is
 * deployed (token verification, roles, justification, an audit entry committed per request, and
 * validation of every answer), against two yardsticks measured in the same run, so the ratios mean
 * something on a shared, noisy machine: a bare Fastify hello-world, and, where the adapter's store
 * can be read directly, a bare route answering the same subject JSON from the same database with
 * one SQL statement (the floor: what the data costs to serve before the gateway adds anything).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PlumblineAdapterV1 } from '../adapter/adapter-v1.js';
import { systemContext } from '../adapter/context.js';
import { buildGateway } from '../gateway/app.js';
import { createTestSecurity } from '../gateway/testing/test-security.js';
import { measureTargets, startDirectSubjectRoute, startHelloWorld, type MeasureOptions, type Target } from './measure-http.js';
import { borrowAdapter } from './borrowed-adapter.js';

export interface GatewayResult {
  readonly subjectReadRps: number;
  readonly flagListRps: number;
  readonly helloWorldRps: number;
  /** Subject reads over hello-world. */
  readonly ratio: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** The same subjects from the direct route, when the adapter's store could be read directly. */
  readonly directSubjectReadRps?: number;
  readonly directP50Ms?: number;
  readonly directP99Ms?: number;
  /** Gateway subject reads over the direct route: the share of the floor the gateway keeps (1 = no overhead). */
  readonly readOverheadRatio?: number;
  /** CPU time of this process per subject read, through the gateway and from the direct route. */
  readonly subjectCpuMicrosPerRead: number;
  readonly directCpuMicrosPerRead?: number;
  /**
   * The direct route's CPU per read over the gateway's (1 = no overhead): the same question as
   * `readOverheadRatio`, asked of CPU time, which a loaded machine disturbs much less.
   */
  readonly readOverheadCpuRatio?: number;
  /** Answers that were not 2xx, across every measurement (must be 0 for the figures to mean anything). */
  readonly non2xx: number;
}

/** Subjects to read: the first page, so reads spread over many subjects rather than one cached row. */
export async function sampleSubjectIds(adapter: PlumblineAdapterV1): Promise<string[]> {
  const subjects = await adapter.consolidation!.listSubjects({}, { limit: 500 }, systemContext('benchmark'));
  if (subjects.items.length === 0) throw new Error('No subjects to read: consolidate first.');
  return subjects.items.map((subject) => subject.subjectId);
}

/**
 * Measures the gateway in front of `adapter`. `directRead`, when given, answers a subject's JSON
 * straight from the adapter's store (see the reference store's `openDirectSubjectReader`).
 */
export async function benchmarkGateway(
  adapter: PlumblineAdapterV1,
  options: MeasureOptions,
  directRead?: (subjectId: string) => string | undefined,
): Promise<GatewayResult> {
  const subjectIds = await sampleSubjectIds(adapter);
  const directory = mkdtempSync(join(tmpdir(), 'plumbline-gateway-bench-'));
  const testSecurity = await createTestSecurity({ auditDatabasePath: join(directory, 'audit.db'), rateLimitPerMinute: 1_000_000_000 });
  const gateway = await buildGateway({ adapter: borrowAdapter(adapter), security: testSecurity.security });
  const hello = await startHelloWorld();
  const direct = directRead ? await startDirectSubjectRoute(directRead) : undefined;
  try {
    const url = await gateway.listen({ host: '127.0.0.1', port: 0 });
    const headers = await testSecurity.headersFor('analyst', 'benchmark');
    const subjectPaths = subjectIds.map((subjectId) => `/v1/subjects/${subjectId}`);
    const targets: Target[] = [
      { name: 'hello', url: hello.url, paths: ['/'] },
      { name: 'subjects', url, paths: subjectPaths, headers },
      { name: 'flags', url, paths: ['/v1/flags?limit=50', '/v1/flags?status=open&limit=50'], headers },
    ];
    if (direct) targets.push({ name: 'direct', url: direct.url, paths: subjectPaths });
    const results = await measureTargets(targets, options);
    const floor = results.direct;
    return {
      subjectReadRps: results.subjects.requestsPerSecond,
      flagListRps: results.flags.requestsPerSecond,
      helloWorldRps: results.hello.requestsPerSecond,
      ratio: results.subjects.requestsPerSecond / results.hello.requestsPerSecond,
      p50Ms: results.subjects.p50Ms,
      p99Ms: results.subjects.p99Ms,
      subjectCpuMicrosPerRead: results.subjects.cpuMicrosPerRequest,
      ...(floor && {
        directCpuMicrosPerRead: floor.cpuMicrosPerRequest,
        readOverheadCpuRatio: floor.cpuMicrosPerRequest / results.subjects.cpuMicrosPerRequest,
        directSubjectReadRps: floor.requestsPerSecond,
        directP50Ms: floor.p50Ms,
        directP99Ms: floor.p99Ms,
        readOverheadRatio: results.subjects.requestsPerSecond / floor.requestsPerSecond,
      }),
      non2xx: results.subjects.non2xx + results.flags.non2xx + results.hello.non2xx + (floor?.non2xx ?? 0),
    };
  } finally {
    await direct?.close();
    await hello.close();
    await gateway.close();
    rmSync(directory, { recursive: true, force: true });
  }
}
