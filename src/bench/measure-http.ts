/**
 * Measures HTTP throughput over loopback with the load generator in a child process, alternating
 * targets so that every target sees the same machine noise; reports the mean of its rounds.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import Fastify from 'fastify';
import type { LoadResult, LoadSettings } from './load-generator.js';
import { formatDuration } from '../progress/progress-meter.js';

export interface Target {
  readonly name: string;
  readonly url: string;
  readonly paths: readonly string[];
  readonly headers?: Record<string, string>;
}

export interface MeasureOptions {
  readonly seconds: number;
  readonly rounds: number;
  readonly connections: number;
  readonly onProgress?: (message: string) => void;
}

/** Runs the load generator once against a target. */
export async function loadOnce(target: Target, options: Pick<MeasureOptions, 'seconds' | 'connections'>): Promise<LoadResult> {
  const script = new URL(`./load-generator${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);
  const settings: LoadSettings = { url: target.url, paths: target.paths, seconds: options.seconds, connections: options.connections, headers: target.headers };
  const args = script.pathname.endsWith('.ts') ? ['--import', 'tsx', fileURLToPath(script)] : [fileURLToPath(script)];
  const { stdout } = await promisify(execFile)(process.execPath, [...args, JSON.stringify(settings)], { maxBuffer: 1 << 20 });
  return JSON.parse(stdout.trim().split('\n').pop()!) as LoadResult;
}

/** A target's figures; `cpuMicrosPerRequest` is what serving one request cost this process. */
export interface MeasuredTarget extends LoadResult {
  readonly cpuMicrosPerRequest: number;
}

/**
 * Measures every target `rounds` times, interleaved, and averages each. CPU time per request is
 * reported beside throughput: on a shared machine, throughput follows the neighbours' load, while
 * the CPU a request costs moves much less.
 */
export async function measureTargets(targets: readonly Target[], options: MeasureOptions): Promise<Record<string, MeasuredTarget>> {
  const results: Record<string, MeasuredTarget[]> = {};
  const steps = options.rounds * targets.length;
  for (let round = 0; round < options.rounds; round += 1) {
    for (const [position, target] of targets.entries()) {
      const left = (steps - round * targets.length - position) * options.seconds;
      options.onProgress?.(`http: ${target.name}, round ${round + 1} of ${options.rounds}, about ${formatDuration(left)} left`);
      // The load generator runs in its own process: this process's CPU time is the servers' own,
      // and the target under load is the only one busy.
      const before = process.cpuUsage();
      const run = await loadOnce(target, options);
      const used = process.cpuUsage(before);
      const requests = run.requestsPerSecond * options.seconds;
      (results[target.name] ??= []).push({ ...run, cpuMicrosPerRequest: requests > 0 ? (used.user + used.system) / requests : 0 });
    }
  }
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  return Object.fromEntries(
    Object.entries(results).map(([name, runs]) => [
      name,
      {
        requestsPerSecond: mean(runs.map((run) => run.requestsPerSecond)),
        p50Ms: mean(runs.map((run) => run.p50Ms)),
        p99Ms: mean(runs.map((run) => run.p99Ms)),
        cpuMicrosPerRequest: mean(runs.map((run) => run.cpuMicrosPerRequest)),
        non2xx: runs.reduce((sum, run) => sum + run.non2xx, 0),
        errors: runs.reduce((sum, run) => sum + run.errors, 0),
      },
    ]),
  );
}

/** A bare Fastify hello-world: the yardstick the gateway's throughput is compared with. */
export async function startHelloWorld(): Promise<{ url: string; close: () => Promise<void> }> {
  const app = Fastify({ logger: false });
  app.get('/', async () => ({ hello: 'world' }));
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return { url, close: () => app.close() };
}

/**
 * A bare Fastify route answering subject JSON that `read` builds straight from the store: the floor
 * the gateway's subject reads are compared with (no auth, validation, audit or serialisation).
 */
export async function startDirectSubjectRoute(read: (subjectId: string) => string | undefined): Promise<{ url: string; close: () => Promise<void> }> {
  const app = Fastify({ logger: false });
  app.get<{ Params: { subjectId: string } }>('/v1/subjects/:subjectId', async (request, reply) => {
    const body = read(request.params.subjectId);
    return body === undefined ? reply.code(404).send() : reply.type('application/json').send(body);
  });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return { url, close: () => app.close() };
}
