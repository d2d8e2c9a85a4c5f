/**
 * The simulator behaves like the platform the connector is written for: API key, bulk jobs and
 * their states, paged results, idempotency keys, rate limits with Retry-After, and faults.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startCaseworkSimulator, type CaseworkSimulator } from '../simulator/index.js';
import { entryFromRecord } from '../model/records.js';
import { hrRecords } from '../../reference/test/engine-fixture.js';

let simulator: CaseworkSimulator;
let directory: string;

async function call(method: string, path: string, options: { body?: unknown; text?: string; type?: string; headers?: Record<string, string> } = {}) {
  const response = await fetch(simulator.url + path, {
    method,
    headers: { 'x-api-key': simulator.apiKey, 'content-type': options.type ?? 'application/json', ...options.headers },
    body: options.text ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  });
  const text = await response.text();
  let body: any = text;
  try {
    body = JSON.parse(text);
  } catch {
    // a malformed body stays text
  }
  return { status: response.status, headers: response.headers, body };
}

const system = {
  system_type: 'HR_CORE',
  display_name: 'HR',
  data_controller: 'Synthetic',
  legal_basis: 'DPA 2018 s.35',
  processing_purpose: 'Tests',
  retention_period: 'P6Y',
};

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'casework-simulator-'));
  simulator = await startCaseworkSimulator({ directory, resultPageSize: 2, queueDelayMs: 30, requestsPerSecond: 0 });
  await call('PUT', '/api/v3/systems/hr', { body: system });
});
afterEach(() => simulator.faults.clear());
afterAll(async () => {
  await simulator.close();
  rmSync(directory, { recursive: true, force: true });
});

describe('the casework simulator', () => {
  it('refuses a request without the API key', async () => {
    const answer = await call('GET', '/api/v3/status', { headers: { 'x-api-key': 'wrong' } });
    expect(answer).toMatchObject({ status: 401, body: { error: { code: 'UNAUTHORIZED' } } });
  });

  it('works an ingest job through its states and pages its per-row results', async () => {
    const job = (await call('POST', '/api/v3/jobs', { body: { operation: 'ingest', system_ref: 'hr' } })).body;
    expect(job.state).toBe('open');
    const rows = [
      ...hrRecords.map((record) => JSON.stringify(entryFromRecord(record))),
      '{not json',
      JSON.stringify({ entry_ref: 'X', entry_type: 'EMPLOYMENT' }),
    ];
    await call('PUT', `/api/v3/jobs/${job.job_id}/data`, { text: rows.join('\n'), type: 'application/x-ndjson' });
    expect((await call('POST', `/api/v3/jobs/${job.job_id}/close`)).body.state).toBe('queued');
    // Closing again answers the state the job has reached, without queueing it again.
    expect(['queued', 'in_progress', 'complete']).toContain((await call('POST', `/api/v3/jobs/${job.job_id}/close`)).body.state);
    let current = job;
    while (!['complete', 'failed'].includes(current.state)) current = (await call('GET', `/api/v3/jobs/${job.job_id}`)).body;
    expect(current).toMatchObject({ state: 'complete', result_pages: 3, metrics: { inserted: 3, rejected: 2 } });
    const pages = await Promise.all([1, 2, 3].map((page) => call('GET', `/api/v3/jobs/${job.job_id}/results?page=${page}`)));
    const results = pages.flatMap((page) => page.body.rows);
    expect(results.map((row: { row: number; outcome: string }) => [row.row, row.outcome])).toEqual([
      [1, 'INSERTED'],
      [2, 'INSERTED'],
      [3, 'INSERTED'],
      [4, 'REJECTED'],
      [5, 'REJECTED'],
    ]);
    expect(results[4].errors).toContainEqual({ field: 'occurred_at', issue: expect.any(String) });
  });

  it('refuses an ingest job for an unknown system', async () => {
    expect(await call('POST', '/api/v3/jobs', { body: { operation: 'ingest', system_ref: 'nope' } })).toMatchObject({
      status: 404,
      body: { error: { code: 'NOT_FOUND' } },
    });
  });

  it('replays the first answer to a repeat with the same idempotency key, and refuses the key for another request', async () => {
    const headers = { 'idempotency-key': 'same-key' };
    const first = await call('PUT', '/api/v3/systems/complaints', { body: { ...system, system_type: 'PUBLIC_COMPLAINTS' }, headers });
    const repeat = await call('PUT', '/api/v3/systems/complaints', { body: { ...system, system_type: 'PUBLIC_COMPLAINTS' }, headers });
    expect([first.status, repeat.status, repeat.headers.get('idempotent-replayed')]).toEqual([201, 201, 'true']);
    expect(await call('PUT', '/api/v3/systems/other', { body: system, headers })).toMatchObject({
      status: 422,
      body: { error: { code: 'IDEMPOTENCY_KEY_REUSED' } },
    });
  });

  it('applies a write whose answer is dropped, so that only its key can tell a retry apart', async () => {
    simulator.faults.inject({ method: 'PUT', phase: 'after', effect: { kind: 'drop' } });
    await expect(call('PUT', '/api/v3/systems/conduct', { body: { ...system, system_type: 'CONDUCT_CASES' } })).rejects.toThrow();
    expect((await call('GET', '/api/v3/systems/conduct')).status).toBe(200);
  });

  it('injects statuses with Retry-After, slow answers and malformed bodies', async () => {
    const storm = simulator.faults.inject({ path: /status$/, times: 2, effect: { kind: 'status', status: 429, retryAfterSeconds: 3 } });
    const limited = await call('GET', '/api/v3/status');
    expect([limited.status, limited.headers.get('retry-after'), limited.body.error.code]).toEqual([429, '3', 'RATE_LIMITED']);
    await call('GET', '/api/v3/status');
    expect([(await call('GET', '/api/v3/status')).status, storm.hits]).toEqual([200, 2]);
    simulator.faults.inject({ effect: { kind: 'delay', milliseconds: 120 } });
    const started = Date.now();
    await call('GET', '/api/v3/status');
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
    simulator.faults.inject({ effect: { kind: 'malformed' } });
    const spoiled = (await call('GET', '/api/v3/status')).body;
    expect(typeof spoiled === 'string' && '{"status":"ok","api_version":"3.2.0"}'.startsWith(spoiled) && spoiled.length > 0).toBe(true);
  });

  it('rate-limits per API key with Retry-After', async () => {
    const limited = await startCaseworkSimulator({ directory: join(directory, 'limited'), requestsPerSecond: 2 });
    try {
      const statuses = [];
      for (let attempt = 0; attempt < 3; attempt += 1) {
        const response = await fetch(`${limited.url}/api/v3/status`, { headers: { 'x-api-key': limited.apiKey } });
        statuses.push([response.status, response.headers.get('retry-after')]);
      }
      expect(statuses).toEqual([
        [200, null],
        [200, null],
        [429, '1'],
      ]);
    } finally {
      await limited.close();
    }
  });
});
