/**
 * An undici `MockAgent` standing in for the casework platform in unit tests, with a connector
 * wired to it. Every request the connector makes is recorded (method, path, headers, body), and
 * the connector's waits are recorded instead of slept, so retries and Retry-After are checked
 * without waiting.
 */
import { MockAgent } from 'undici';
import type { PlumblineAdapterV1 } from '../../../src/adapter/adapter-v1.js';
import type { CaseworkJob } from '../model/jobs.js';
import { createCaseworkAdapter } from '../connector/create-connector.js';

export const MOCK_ORIGIN = 'http://casework.test';

export interface SentRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body: string;
}

export interface MockCasework {
  readonly agent: MockAgent;
  readonly adapter: PlumblineAdapterV1;
  /** Every request sent, in order. */
  readonly sent: SentRequest[];
  /** Every wait the connector asked for, in ms. */
  readonly waits: number[];
  /** Every log line the connector wrote, as `{ message, ...details }`. */
  readonly logged: object[];
  /** Answers the next matching request (`times` of them) with the status and JSON body. */
  answer(method: string, path: string | RegExp, status: number, body: unknown, options?: { times?: number; headers?: Record<string, string> }): void;
  close(): Promise<void>;
}

export function mockCasework(options: { requestTimeoutMs?: number; jobTimeoutMs?: number } = {}): MockCasework {
  const agent = new MockAgent();
  agent.disableNetConnect();
  const pool = agent.get(MOCK_ORIGIN);
  const sent: SentRequest[] = [];
  const waits: number[] = [];
  const logged: object[] = [];
  const log = (details: object, message: string) => void logged.push({ message, ...details });
  const adapter = createCaseworkAdapter({
    logger: { info: log, warn: log, error: log },
    baseUrl: MOCK_ORIGIN,
    apiKey: 'test-key',
    dispatcher: agent,
    requestTimeoutMs: options.requestTimeoutMs ?? 1_000,
    jobTimeoutMs: options.jobTimeoutMs ?? 60_000,
    pollIntervalMs: 100,
    retry: { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 50, maxRetryAfterMs: 5_000 },
    sleep: async (milliseconds) => {
      waits.push(milliseconds);
    },
  });
  return {
    agent,
    adapter,
    sent,
    waits,
    logged,
    answer(method, path, status, body, answerOptions = {}) {
      const matchPath = typeof path === 'string' ? (candidate: string) => candidate.split('?')[0] === path : (candidate: string) => path.test(candidate);
      pool
        .intercept({ method, path: matchPath })
        .reply((request) => {
          sent.push({ method, path: String(request.path), headers: { ...(request.headers as Record<string, string>) }, body: String(request.body ?? '') });
          return {
            statusCode: status,
            data: typeof body === 'string' ? body : JSON.stringify(body),
            responseOptions: { headers: { 'content-type': 'application/json', ...answerOptions.headers } },
          };
        })
        .times(answerOptions.times ?? 1);
    },
    close: () => agent.close(),
  };
}

/** A casework job as the platform shows it. */
export function caseworkJob(overrides: Partial<CaseworkJob> = {}): CaseworkJob {
  return {
    job_id: 'job-1',
    operation: 'ingest',
    state: 'open',
    system_ref: 'hr',
    created_at: '2026-03-01T08:00:00Z',
    started_at: null,
    completed_at: null,
    progress: { completed: 0, total: 0, unit: 'rows' },
    metrics: {},
    failure: null,
    result_pages: 0,
    ...overrides,
  };
}
