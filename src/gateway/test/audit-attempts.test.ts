/**
 * A change is never made without an entry: its `attempted` entry is committed before the adapter
 * is called, and an attempt left without outcome by a crash is concluded as `outcome unknown` at
 * the next start. (The SIGKILL test in `audit-crash.test.ts` shows it with a real process.)
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AuditTrail } from '../audit/audit-trail.js';
import { createRecordingAdapter } from '../testing/recording-adapter.js';
import { createSecuredGateway } from '../testing/test-security.js';

const directory = mkdtempSync(join(tmpdir(), 'plumbline-attempts-'));

const lastEntry = (path: string) => {
  const database = new Database(path, { readonly: true });
  try {
    return database
      .prepare<[], { sequence: number; operation: string; status: number; attempt: number | null }>(
        'SELECT sequence, operation, status, attempt FROM audit_events ORDER BY sequence DESC LIMIT 1',
      )
      .get();
  } finally {
    database.close();
  }
};

describe('a change', () => {
  it('has its attempt committed, seen from another connection, when the adapter is called', async () => {
    const auditDatabasePath = join(directory, 'before.db');
    const adapter = createRecordingAdapter();
    let seenByAdapter: ReturnType<typeof lastEntry>;
    const sources = adapter.sources as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
    const erase = sources.eraseRecord;
    sources.eraseRecord = async (...args) => {
      seenByAdapter = lastEntry(auditDatabasePath);
      return erase(...args);
    };
    const { app, headersFor } = await createSecuredGateway({ auditDatabasePath, adapter });
    const response = await app.inject({ method: 'DELETE', url: '/v1/sources/s1/records/r1', headers: await headersFor('admin', 'eraser') });
    expect(response.statusCode, response.body).toBeLessThan(300);
    expect(seenByAdapter!).toEqual({ sequence: 1, operation: 'eraseRecord', status: 0, attempt: null });
    expect(lastEntry(auditDatabasePath)).toEqual({ sequence: 2, operation: 'eraseRecord', status: response.statusCode, attempt: 1 });
    await app.close();
  });

  it('is not made when its attempt cannot be recorded', async () => {
    const adapter = createRecordingAdapter();
    const { app, headersFor } = await createSecuredGateway({ adapter });
    (app.auditTrail as AuditTrail).database.close();
    const response = await app.inject({ method: 'DELETE', url: '/v1/sources/s1/records/r1', headers: await headersFor('admin', 'eraser') });
    expect(response.statusCode).toBe(500);
    expect(response.json().detail).toMatch(/The audit trail could not record/);
    expect(adapter.calls.filter((call) => call.method === 'eraseRecord')).toEqual([]);
  });
});

describe('start-up after a crash', () => {
  it('concludes every attempt without outcome as outcome unknown, in the attempt’s name, once', async () => {
    const auditDatabasePath = join(directory, 'crashed.db');
    const trail = AuditTrail.open({ databasePath: auditDatabasePath });
    const base = {
      occurredAt: new Date().toISOString(),
      role: 'admin',
      action: 'erasure',
      operation: 'eraseRecord',
      criteria: {},
      justification: 'PSD-1',
    } as const;
    const finished = await trail.append({ ...base, actor: 'ann', targets: [{ type: 'record', id: 's1/r1' }], status: 0, requestId: 'req-1' });
    await trail.append({ ...base, actor: 'ann', targets: [{ type: 'record', id: 's1/r1' }], status: 204, requestId: 'req-1', attempt: finished.sequence });
    await trail.append({ ...base, actor: 'bob', targets: [{ type: 'record', id: 's1/r2' }], status: 0, requestId: 'req-2' });
    await trail.close();

    for (let start = 1; start <= 2; start += 1) {
      const { app, headersFor } = await createSecuredGateway({ auditDatabasePath });
      const response = await app.inject({ url: '/v1/audit-events?actor=bob', headers: await headersFor('auditor', 'dpo') });
      expect(
        response
          .json()
          .items.map((entry: { sequence: number; outcome: string; attempt: number | null; targets: unknown }) => [
            entry.sequence,
            entry.outcome,
            entry.attempt,
            entry.targets,
          ]),
      ).toEqual([
        [3, 'attempted', null, [{ type: 'record', id: 's1/r2' }]],
        [4, 'unknown', 3, [{ type: 'record', id: 's1/r2' }]],
      ]);
      await app.close();
    }
  });
});
