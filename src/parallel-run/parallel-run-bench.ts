/**
 * What a parallel run costs the primary's clients, measured in one run: two gateway processes over
 * the same kind of primary, one with a candidate and one without, sent the same demo traffic
 * request by request, alternating which goes first so that drift of the machine falls on both. The
 * figure is the ratio of their latencies (with ÷ without), as the toolchain notes advise: absolute
 * figures on a shared two-core machine say little, ratios from the same run do.
 *
 * Both gateways run on this machine, and the candidate (with its simulator, for foundry) runs in
 * the second gateway's process: its background work competes for the same two cores. A candidate
 * hosted by its supplier would cost the primary less than measured here.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_AUDIENCE, DEVELOPMENT_ISSUER, ensureDevelopmentKey, mintToken } from '../gateway/security/development-key.js';
import { demoRequests } from './demo-traffic.js';

export interface ParallelRunBenchOptions {
  /** How to start `plumbline` (node, its flags, the CLI entry). */
  readonly plumbline: readonly string[];
  readonly directory: string;
  readonly people: number;
  /** The candidate adapter of the second gateway. */
  readonly candidate: string;
  /** Sampled reads after the writes. */
  readonly reads: number;
}

interface Side {
  readonly url: string;
  stop(): Promise<void>;
}

async function startGateway(options: ParallelRunBenchOptions, name: string, candidate: string | undefined, developmentKey: string): Promise<Side> {
  const directory = join(options.directory, name);
  mkdirSync(directory, { recursive: true });
  const [command, ...args] = options.plumbline;
  const environment: Record<string, string> = {
    PLUMBLINE_DB: join(directory, 'plumbline.db'),
    PLUMBLINE_AUDIT_DB: join(directory, 'audit.db'),
    PLUMBLINE_DEV_KEY: developmentKey,
    PLUMBLINE_DEMO: 'false',
    PLUMBLINE_PORT: '0',
    PLUMBLINE_RATE_LIMIT: '0',
    PLUMBLINE_LOG_LEVEL: 'warn',
    ...(candidate ? { PLUMBLINE_CANDIDATE_ADAPTER: candidate, PLUMBLINE_CANDIDATE_DB: join(directory, 'candidate', 'candidate.db') } : {}),
  };
  const child = spawn(command, [...args, 'serve'], { env: { ...process.env, ...environment }, stdio: ['ignore', 'ignore', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  let text = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const match = text.match(/Plumbline gateway on (http:\/\/\S+)/);
      if (match) resolve(match[1]);
    });
    child.once('close', () => reject(new Error(`the ${name} gateway stopped before it was ready:\n${text}`)));
  });
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Latency figures of one side, in ms. */
export interface SideFigures {
  readonly requests: number;
  readonly meanMs: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
}

function figures(samples: number[]): SideFigures {
  const sorted = [...samples].sort((left, right) => left - right);
  const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
  return { requests: samples.length, meanMs: samples.reduce((sum, value) => sum + value, 0) / Math.max(1, samples.length), p50Ms: at(0.5), p95Ms: at(0.95) };
}

export interface ParallelRunBenchReport {
  readonly people: number;
  readonly candidate: string;
  readonly writes: { readonly without: SideFigures; readonly with: SideFigures; readonly meanRatio: number; readonly p50Ratio: number };
  readonly reads: { readonly without: SideFigures; readonly with: SideFigures; readonly meanRatio: number; readonly p50Ratio: number };
  /** The mirror when the traffic ended, and how long it then took to catch up. */
  readonly mirror: { readonly pendingAtEnd: number; readonly secondsToCatchUp: number; readonly delivered: number; readonly undeliverable: number };
}

/** Runs the benchmark; both gateways are stopped before it resolves. */
export async function runParallelRunBench(options: ParallelRunBenchOptions): Promise<ParallelRunBenchReport> {
  mkdirSync(options.directory, { recursive: true });
  const developmentKey = join(options.directory, 'development-key.json');
  const key = await ensureDevelopmentKey(developmentKey);
  const token = await mintToken(key, {
    subject: 'bench',
    roles: ['ingest', 'analyst', 'admin', 'auditor'],
    issuer: DEVELOPMENT_ISSUER,
    audience: DEFAULT_AUDIENCE,
    ttl: '2h',
  });
  const headers = { authorization: `Bearer ${token}`, 'plumbline-justification': 'PARALLEL-RUN-BENCH' };
  const [without, withCandidate] = await Promise.all([
    startGateway(options, 'without', undefined, developmentKey),
    startGateway(options, 'with', options.candidate, developmentKey),
  ]);
  try {
    const timed = async (side: Side, method: string, path: string, payload?: unknown) => {
      const started = performance.now();
      const response = await fetch(`${side.url}${path}`, {
        method,
        headers: payload === undefined ? headers : { ...headers, 'content-type': 'application/json' },
        body: payload === undefined ? undefined : JSON.stringify(payload),
      });
      const text = await response.text();
      const milliseconds = performance.now() - started;
      if (response.status >= 300) throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 300)}`);
      return { milliseconds, body: text ? JSON.parse(text) : undefined };
    };
    const pair = async (index: number, method: string, path: string, payload: unknown, into: { without: number[]; with: number[] }) => {
      const order: [Side, number[]][] =
        index % 2 === 0
          ? [
              [without, into.without],
              [withCandidate, into.with],
            ]
          : [
              [withCandidate, into.with],
              [without, into.without],
            ];
      // The answer's JSON, read by path only (ids of what was just created).
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      let body: any;
      for (const [side, samples] of order) {
        const answer = await timed(side, method, path, payload);
        samples.push(answer.milliseconds);
        body = answer.body;
      }
      return body;
    };
    const writes = { without: [] as number[], with: [] as number[] };
    const reads = { without: [] as number[], with: [] as number[] };
    const recordRefs: string[] = [];
    const requests = demoRequests({ people: options.people, batchSize: 100 }).filter((request) => !request.url.endsWith('-runs'));
    for (const [index, request] of requests.entries()) {
      const body = await pair(index, request.method, request.url, request.payload, writes);
      if (request.url.endsWith('/records')) for (const result of body.results) recordRefs.push(`${request.url.split('/')[3]}/${result.recordId}`);
    }
    for (let index = 0; index < options.reads; index++) {
      const ref = recordRefs[(index * 7919) % recordRefs.length];
      const slash = ref.indexOf('/');
      await pair(index, 'GET', `/v1/sources/${encodeURIComponent(ref.slice(0, slash))}/records/${encodeURIComponent(ref.slice(slash + 1))}`, undefined, reads);
    }
    const atEnd = (await timed(withCandidate, 'GET', '/v1/parallel-run')).body;
    const catchUpStarted = performance.now();
    let status = atEnd;
    while (status.mirror.pending > 0) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      status = (await timed(withCandidate, 'GET', '/v1/parallel-run')).body;
    }
    const side = (samples: { without: number[]; with: number[] }) => {
      const before = figures(samples.without);
      const after = figures(samples.with);
      return { without: before, with: after, meanRatio: after.meanMs / before.meanMs, p50Ratio: after.p50Ms / before.p50Ms };
    };
    return {
      people: options.people,
      candidate: options.candidate,
      writes: side(writes),
      reads: side(reads),
      mirror: {
        pendingAtEnd: atEnd.mirror.pending,
        secondsToCatchUp: (performance.now() - catchUpStarted) / 1000,
        delivered: status.mirror.delivered,
        undeliverable: status.mirror.undeliverable,
      },
    };
  } finally {
    await Promise.all([without.stop(), withCandidate.stop()]);
  }
}
