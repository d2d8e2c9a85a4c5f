/**
 * A gateway never appends to a broken trail without a word: it refuses to start (the serve
 * command before touching any data), or, with PLUMBLINE_AUDIT_ACCEPT_BROKEN, starts with the
 * acceptance recorded in the trail and `/readyz` answering 503 saying why.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGateway } from '../app.js';
import { AuditTrail, AuditTrailBrokenError } from '../audit/audit-trail.js';
import { createRecordingAdapter } from '../testing/recording-adapter.js';
import { createTestSecurity } from '../testing/test-security.js';
import { plumbline } from '../../cli/test/run-cli.js';

const directory = mkdtempSync(join(tmpdir(), 'plumbline-audit-start-'));
const auditDatabasePath = join(directory, 'audit.db');

beforeAll(async () => {
  const trail = AuditTrail.open({ databasePath: auditDatabasePath });
  for (let index = 1; index <= 3; index += 1) {
    await trail.append({
      occurredAt: new Date().toISOString(),
      actor: `a-${index}`,
      role: 'auditor',
      action: 'consultation',
      operation: 'listAuditEvents',
      targets: [],
      criteria: {},
      justification: null,
      status: 200,
      requestId: `r-${index}`,
    });
  }
  await trail.close();
  const database = new Database(auditDatabasePath);
  database.exec("DROP TRIGGER audit_events_no_update; UPDATE audit_events SET actor = 'mallory' WHERE sequence = 2");
  database.close();
});

describe('a broken trail', () => {
  it('stops the gateway from being built', async () => {
    const { security } = await createTestSecurity({ auditDatabasePath });
    await expect(buildGateway({ adapter: createRecordingAdapter(), security })).rejects.toThrow(AuditTrailBrokenError);
  });

  it('stops `plumbline serve` before the store is touched, saying how to investigate or override', async () => {
    const store = join(directory, 'never', 'plumbline.db');
    const { code, stderr } = await plumbline(['serve', '--port', '0'], {
      PLUMBLINE_DB: store,
      PLUMBLINE_AUDIT_DB: auditDatabasePath,
      PLUMBLINE_DEV_KEY: join(directory, 'key.json'),
    });
    expect(code).toBe(1);
    expect(stderr).toContain('failed verification');
    expect(stderr).toContain('entry 2 was altered');
    expect(stderr).toContain('PLUMBLINE_AUDIT_ACCEPT_BROKEN=true');
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(store)).toBe(false);
  }, 60_000);

  it('accepted explicitly: serves, records the acceptance, and /readyz answers 503 saying why', async () => {
    const testSecurity = await createTestSecurity({ auditDatabasePath });
    const security = { ...testSecurity.security, audit: { ...testSecurity.security.audit, acceptBroken: true } };
    const app = await buildGateway({ adapter: createRecordingAdapter(), security });
    const ready = await app.inject('/readyz');
    expect(ready.statusCode).toBe(503);
    expect(ready.headers['content-type']).toContain('application/problem+json');
    expect(ready.json().detail).toMatch(
      /audit trail failed verification at start-up \(1 problem\(s\), first: altered at entry 2\).*PLUMBLINE_AUDIT_ACCEPT_BROKEN/,
    );
    const entries = await app.inject({ url: '/v1/audit-events?operation=acceptBrokenAuditTrail', headers: await testSecurity.headersFor('auditor', 'dpo') });
    expect(entries.json().items).toMatchObject([{ sequence: 4, actor: 'plumbline-gateway', criteria: { problems: '1' } }]);
    await app.close();
  });
});

describe('the witness', () => {
  it('follows the trail, and /readyz answers 503 while it cannot be written', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'plumbline-witness-'));
    const witnessPath = join(folder, 'witness.json');
    const testSecurity = await createTestSecurity({ auditDatabasePath: join(folder, 'audit.db') });
    // Every commit signed, so that each read moves the witness on (the schedule is tested in audit-signing-schedule.test.ts).
    const security = { ...testSecurity.security, audit: { ...testSecurity.security.audit, witnessPath, signing: { everyEntries: 1 } } };
    const app = await buildGateway({ adapter: createRecordingAdapter(), security });
    await app.inject({ url: '/v1/subjects/subj-1', headers: await testSecurity.headersFor('analyst', 'ann') });
    // The witness is written at most every 250 ms, and the head signed at start was written just now:
    // the read's head waits its turn (on a quiet machine, past this line), so it is flushed here.
    app.auditTrail!.witness!.flush();
    expect(JSON.parse(readFileSync(witnessPath, 'utf8'))).toMatchObject({ size: 1, hash: (await app.auditTrail!.latestHead())!.hash });
    expect((await app.inject('/readyz')).statusCode).toBe(200);

    // A directory where the witness file should be: writing fails, entries still commit, readiness says so.
    rmSync(folder + '/witness.json');
    mkdirSync(witnessPath);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const answer = await app.inject({ url: '/v1/subjects/subj-2', headers: await testSecurity.headersFor('analyst', 'ann') });
    expect(answer.statusCode).toBe(200);
    app.auditTrail!.witness!.flush();
    const ready = await app.inject('/readyz');
    expect(ready.statusCode).toBe(503);
    expect(ready.json().detail).toContain(`witness ${witnessPath} cannot be written`);
    await app.close();
  });
});
