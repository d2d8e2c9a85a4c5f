/**
 * The audit trail on PostgreSQL (issue 20), on a real server and a database of this file's own:
 * two replicas appending at once make ONE chain that verifies; tampering through the database is
 * named; an attempt is concluded as `outcome unknown` only once its replica is gone, and once;
 * the gateway reads, audits and reports readiness through it; migrations are versioned.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPairSync } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGateway } from '../app.js';
import { PostgresAuditTrail } from '../audit/postgres-audit-trail.js';
import { verifyPostgresAudit } from '../audit/postgres-audit-verifier.js';
import { loadHeadVerificationKey } from '../audit/audit-signing.js';
import type { AuditRecord } from '../audit/audit-trail.js';
import { createRecordingAdapter } from '../testing/recording-adapter.js';
import { createTestSecurity } from '../testing/test-security.js';
import { createTemporaryDatabase, type TemporaryDatabase } from '../../postgres/temporary-database.js';
import { createPool } from '../../postgres/postgres-pool.js';
import { migrate, MigrationTooNewError } from '../../postgres/postgres-migrations.js';
import { AUDIT_COMPONENT, auditMigrations } from '../audit/postgres-audit-schema.js';

const folder = mkdtempSync(join(tmpdir(), 'plumbline-pg-audit-'));
const keyFile = join(folder, 'audit-key.pem');
writeFileSync(keyFile, generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }) as string, { mode: 0o600 });
const publicKey = loadHeadVerificationKey(keyFile);

let database: TemporaryDatabase;
let admin: pg.Pool;

beforeAll(async () => {
  database = await createTemporaryDatabase('audit');
  admin = createPool(database.url);
});
afterAll(async () => {
  await admin.end();
  await database.drop();
});

function open(replicaId: string, witness = replicaId) {
  return PostgresAuditTrail.open({
    databaseUrl: database.url,
    databasePath: join(folder, 'unused.db'),
    keyFile,
    witnessPath: join(folder, `${witness}.witness.json`),
    replicaId,
  });
}

function record(actor: string, overrides: Partial<AuditRecord> = {}): AuditRecord {
  return {
    occurredAt: new Date().toISOString(),
    actor,
    role: 'reviewer',
    action: 'consultation',
    operation: 'getSubject',
    targets: [{ type: 'subject', id: `subj-${actor}` }],
    criteria: {},
    justification: 'PSD-1',
    status: 200,
    requestId: `req-${actor}`,
    ...overrides,
  };
}

const verify = () => verifyPostgresAudit(admin, { publicKey, witnessPaths: [join(folder, 'replica-a.witness.json'), join(folder, 'replica-b.witness.json')] });

describe('two replicas on one database', () => {
  it('append at once into one chain, numbered without gap, that verifies whole', async () => {
    const [a, b] = await Promise.all([open('replica-a'), open('replica-b')]);
    const appended = await Promise.all(Array.from({ length: 200 }, (_, index) => (index % 2 ? a : b).append(record(`user-${index}`))));
    const sequences = appended.map((entry) => entry.sequence).sort((x, y) => x - y);
    expect(sequences).toEqual(Array.from({ length: 200 }, (_, index) => index + 1));
    const { rows } = await admin.query<{ replica_id: string; n: string }>(
      'SELECT replica_id, count(*) AS n FROM audit_events GROUP BY replica_id ORDER BY replica_id',
    );
    expect(rows).toEqual([
      { replica_id: 'replica-a', n: '100' },
      { replica_id: 'replica-b', n: '100' },
    ]);
    await Promise.all([a.close(), b.close()]);
    expect((await verify()).problems).toEqual([]);
    expect((await verify()).entries).toBe(200);
  });

  it('read the same pages from either replica, filtered by actor and target through the lookup keys', async () => {
    const [a, b] = await Promise.all([open('replica-a'), open('replica-b')]);
    await a.append(record('carol', { targets: [{ type: 'subject', id: 'subj-shared' }] }));
    await b.append(record('dave', { targets: [{ type: 'subject', id: 'subj-shared' }] }));
    const query = { limit: 1, target: 'subj-shared' } as const;
    const firstPage = await a.read(query);
    expect(firstPage).toEqual(await b.read(query));
    expect(firstPage.items.map((item) => item.actor)).toEqual(['carol']);
    const secondPage = await b.read({ ...query, cursor: firstPage.nextCursor! });
    expect(secondPage.items.map((item) => item.actor)).toEqual(['dave']);
    expect(secondPage.nextCursor).toBeNull();
    expect((await a.read({ limit: 10, actor: 'dave' })).items.map((item) => item.requestId)).toEqual(['req-dave']);
    await Promise.all([a.close(), b.close()]);
  });
});

describe('attempts without an outcome', () => {
  it('are concluded as outcome unknown once their replica is gone, once, and not while it lives', async () => {
    const [crashed, live, survivor] = await Promise.all([
      open('replica-crashed', 'replica-a'),
      open('replica-live', 'replica-b'),
      open('replica-survivor', 'replica-b'),
    ]);
    const attempt = await crashed.append(record('eve', { action: 'erasure', operation: 'eraseRecord', status: 0 }));
    const liveAttempt = await live.append(record('fay', { action: 'erasure', operation: 'eraseRecord', status: 0 }));
    // The crashed replica's lease runs out (as it does 15 s after a SIGKILL); nothing of it is closed.
    await admin.query("UPDATE audit_replicas SET lease_until = now() - interval '1 second' WHERE replica_id = 'replica-crashed'");
    expect(await survivor.concludeUnfinishedAttempts()).toEqual([attempt.sequence]);
    expect(await survivor.concludeUnfinishedAttempts()).toEqual([]);
    const outcome = await live.append(record('fay', { action: 'erasure', operation: 'eraseRecord', status: 204, attempt: liveAttempt.sequence }));
    const events = (await survivor.read({ limit: 500, actor: 'eve' })).items;
    expect(events.map((event) => [event.outcome, event.attempt])).toEqual([
      ['attempted', null],
      ['unknown', attempt.sequence],
    ]);
    expect(outcome.attempt).toBe(liveAttempt.sequence);
    expect((await survivor.read({ limit: 500, actor: 'fay' })).items.map((event) => event.outcome)).toEqual(['attempted', 'succeeded']);
    await Promise.all([live.close(), survivor.close()]);
    crashed['leaseTimer']?.close();
    await crashed['pool'].end();
    expect((await verify()).problems).toEqual([]);
  });
});

describe('a replica restarted under the same name', () => {
  it('concludes the attempts its predecessor left at once, its lease notwithstanding', async () => {
    const before = await open('replica-restarted', 'replica-a');
    const attempt = await before.append(record('gus', { action: 'erasure', operation: 'eraseRecord', status: 0 }));
    // Killed: no close, so its lease still looks live for a while.
    before['leaseTimer']?.close();
    await before['pool'].end();
    const after = await open('replica-restarted', 'replica-a');
    expect(await after.concludeUnfinishedAttempts()).toEqual([attempt.sequence]);
    const ongoing = await after.append(record('gus', { action: 'erasure', operation: 'eraseRecord', status: 0 }));
    expect(await after.concludeUnfinishedAttempts()).toEqual([]);
    await after.append(record('gus', { action: 'erasure', operation: 'eraseRecord', status: 204, attempt: ongoing.sequence }));
    await after.close();
  });
});

describe('signed heads on PostgreSQL', () => {
  it('follow the schedule: due with the commit that reaches the interval, the tail verified as unsigned until then, signed on close', async () => {
    const scheduled = await createTemporaryDatabase('audit_schedule');
    const witnessPath = join(folder, 'schedule.witness.json');
    const options = { databaseUrl: scheduled.url, databasePath: join(folder, 'unused.db'), keyFile, witnessPath, replicaId: 'scheduled' };
    const trail = await PostgresAuditTrail.open({ ...options, signing: { everyEntries: 3, withinMs: 3_600_000 } });
    const pool = createPool(scheduled.url);
    const heads = async () => (await pool.query<{ size: number }>('SELECT size::float8 AS size FROM audit_heads ORDER BY size')).rows.map((row) => row.size);
    const check = () => verifyPostgresAudit(pool, { publicKey, witnessPaths: [witnessPath] });
    try {
      await trail.append(record('s-1'));
      await trail.append(record('s-2'));
      expect(await heads()).toEqual([0]);
      expect(await check()).toMatchObject({ problems: [], unsignedTail: { from: 1, to: 2, signEvery: 3 } });
      await trail.append(record('s-3'));
      expect(await heads()).toEqual([0, 3]);
      await trail.append(record('s-4'));
      await trail.close();
      expect(await heads()).toEqual([0, 3, 4]);
      const report = await check();
      expect(report.problems).toEqual([]);
      expect(report.unsignedTail).toBeUndefined();
    } finally {
      await pool.end();
      await scheduled.drop();
    }
  });
});

describe('tampering through the database', () => {
  it('is named: an altered entry, and entries cut from the end with their heads', async () => {
    const tampered = await createTemporaryDatabase('audit_tamper');
    const witnessPath = join(folder, 'tamper.witness.json');
    const trail = await PostgresAuditTrail.open({
      databaseUrl: tampered.url,
      databasePath: join(folder, 'unused.db'),
      keyFile,
      witnessPath,
      replicaId: 'tamper',
    });
    for (let index = 0; index < 5; index += 1) await trail.append(record(`t-${index}`));
    await trail.close();
    const pool = createPool(tampered.url);
    try {
      const check = async () => (await verifyPostgresAudit(pool, { publicKey, witnessPaths: [witnessPath] })).problems.map((problem) => problem.kind);
      expect(await check()).toEqual([]);
      // The owner of the tables can drop the triggers; the chain, signatures and witness still tell.
      await expect(pool.query("UPDATE audit_events SET actor = 'someone-else' WHERE sequence = 2")).rejects.toThrow(/append-only/);
      await pool.query('ALTER TABLE audit_events DISABLE TRIGGER USER; ALTER TABLE audit_heads DISABLE TRIGGER USER');
      await pool.query("UPDATE audit_events SET actor = 'someone-else' WHERE sequence = 2");
      expect(await check()).toContain('altered');
      await pool.query("UPDATE audit_events SET actor = 't-1' WHERE sequence = 2");
      await pool.query('DELETE FROM audit_events WHERE sequence >= 4; DELETE FROM audit_heads WHERE size >= 4');
      expect(await check()).toContain('truncated');
      await expect(PostgresAuditTrail.open({ databaseUrl: tampered.url, databasePath: join(folder, 'unused.db'), keyFile, witnessPath })).rejects.toThrow(
        /failed verification/,
      );
    } finally {
      await pool.end();
      await tampered.drop();
    }
  });
});

describe('migrations', () => {
  it('are recorded by version, applied once, and a database migrated past this release is refused', async () => {
    expect(await migrate(admin, AUDIT_COMPONENT, auditMigrations)).toEqual([]);
    const { rows } = await admin.query('SELECT version, name FROM plumbline_migrations WHERE component = $1', [AUDIT_COMPONENT]);
    expect(rows).toEqual(auditMigrations.map(({ version, name }) => ({ version, name })));
    await admin.query("INSERT INTO plumbline_migrations (component, version, name) VALUES ('audit', 99, 'from the future')");
    try {
      await expect(migrate(admin, AUDIT_COMPONENT, auditMigrations)).rejects.toThrow(MigrationTooNewError);
    } finally {
      await admin.query("DELETE FROM plumbline_migrations WHERE component = 'audit' AND version = 99");
    }
  });
});

describe('the gateway on the PostgreSQL trail', () => {
  it('audits requests, serves GET /v1/audit-events, and is not ready once its lease has lapsed', async () => {
    const testSecurity = await createTestSecurity();
    const audit = {
      databasePath: join(folder, 'unused.db'),
      keyFile,
      witnessPath: join(folder, 'gateway.witness.json'),
      databaseUrl: database.url,
      replicaId: 'gateway-1',
      // No timed signature during the test: its commit renews the lease the test removes below.
      signing: { withinMs: 3_600_000 },
    };
    const app = await buildGateway({ adapter: createRecordingAdapter(), security: { ...testSecurity.security, audit } });
    try {
      const read = await app.inject({ url: '/v1/subjects/subj-gateway', headers: await testSecurity.headersFor('analyst', 'gina') });
      expect(read.statusCode).toBe(200);
      const response = await app.inject({ url: '/v1/audit-events?actor=gina', headers: await testSecurity.headersFor('auditor', 'dpo') });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json().items).toMatchObject([{ actor: 'gina', operation: 'getSubject', outcome: 'succeeded', targets: [{ id: 'subj-gateway' }] }]);
      expect((await app.inject('/readyz')).statusCode).toBe(200);
      await admin.query("DELETE FROM audit_replicas WHERE replica_id = 'gateway-1'");
      const notReady = await app.inject('/readyz');
      expect(notReady.statusCode).toBe(503);
      expect(notReady.json().detail).toMatch(/audit trail cannot take entries/);
      expect(notReady.body).not.toContain(database.name);
    } finally {
      await app.close();
    }
    expect((await verify()).problems).toEqual([]);
  });
});
