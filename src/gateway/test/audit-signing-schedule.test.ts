/**
 * Heads signed on a schedule (`audit-signing-schedule.ts`): in the commit that brings the unsigned
 * entries to the interval, after a quiet spell, on close and at start-up; a crash leaves a tail
 * that verifies as chained but not yet signed, which the next start signs and records; tampering
 * inside that tail still breaks the chain, and a tail longer than the last head allows is a
 * forged append.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { createPrivateKey, sign } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { buildGateway } from '../app.js';
import { AuditTrail, type AuditRecord } from '../audit/audit-trail.js';
import { verifyAuditFile } from '../audit/audit-verifier.js';
import { hashEntry, type StoredAuditEntry } from '../audit/audit-chain.js';
import { ENTRY_COLUMNS, HEAD_COLUMNS } from '../audit/audit-schema.js';
import { loadHeadSigner, loadHeadVerificationKey, type SignedHead } from '../audit/audit-signing.js';
import { readWitness } from '../audit/audit-witness.js';
import { createRecordingAdapter } from '../testing/recording-adapter.js';
import { createTestSecurity } from '../testing/test-security.js';
import { root } from '../../cli/test/run-cli.js';

const directory = mkdtempSync(join(tmpdir(), 'plumbline-signing-'));
const keyFile = join(directory, 'audit-key.pem');
loadHeadSigner(keyFile, true);
/** Long enough that no test here sees the timer unless it asks for it. */
const NEVER = 3_600_000;

let trails = 0;
function paths() {
  trails += 1;
  return { databasePath: join(directory, `trail-${trails}.db`), witnessPath: join(directory, `trail-${trails}.witness.json`), keyFile };
}

const entry = (index: number): AuditRecord => ({
  occurredAt: new Date(Date.UTC(2026, 2, 3, 9, index)).toISOString(),
  actor: `analyst-${index}`,
  role: 'analyst',
  action: 'consultation',
  operation: 'getSubject',
  targets: [{ type: 'subject', id: `subj-${index}` }],
  criteria: {},
  justification: 'PSD-2026-0042',
  status: 200,
  requestId: `req-${index}`,
});

const verify = (path: { databasePath: string; witnessPath: string }) =>
  verifyAuditFile(path.databasePath, { publicKey: loadHeadVerificationKey(keyFile), witnessPath: path.witnessPath });
const headSizes = (trail: AuditTrail) =>
  trail.database
    .prepare<[], SignedHead>(`SELECT ${HEAD_COLUMNS} FROM audit_heads ORDER BY size`)
    .all()
    .map((head) => head.size);

/** Appends `forged` entries at the end of a closed trail's file, chained correctly, as someone without the key would. */
function forgeAppend(path: string, count: number): void {
  const database = new Database(path);
  const insert = database.prepare(
    'INSERT INTO audit_events (sequence, occurred_at, actor, role, action, operation, targets, criteria, justification, status, request_id, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (let index = 0; index < count; index += 1) {
    const last = database.prepare<[], StoredAuditEntry>(`SELECT ${ENTRY_COLUMNS} FROM audit_events ORDER BY sequence DESC LIMIT 1`).get()!;
    const forged = { ...last, actor: 'mallory', requestId: `forged-${index}`, attempt: null };
    const hash = hashEntry(last.hash, forged);
    insert.run(
      last.sequence + 1,
      forged.occurredAt,
      forged.actor,
      forged.role,
      forged.action,
      forged.operation,
      forged.targets,
      forged.criteria,
      forged.justification,
      forged.status,
      forged.requestId,
      last.hash,
      hash,
    );
  }
  database.close();
}

describe('the signing schedule', () => {
  it('signs in the commit that brings the unsigned entries to the interval, a group commit at once', async () => {
    const path = paths();
    const trail = AuditTrail.open({ ...path, signing: { everyEntries: 4, withinMs: NEVER } });
    for (let index = 1; index <= 3; index += 1) await trail.append(entry(index));
    // Only the head an empty trail starts with (size 0, stating the interval) so far.
    expect(headSizes(trail)).toEqual([0]);
    expect(verify(path)).toMatchObject({ problems: [], unsignedTail: { from: 1, to: 3, signEvery: 4 } });

    await trail.append(entry(4));
    expect(headSizes(trail)).toEqual([0, 4]);
    expect(trail.latestHead()).toMatchObject({ size: 4, signEvery: 4 });
    // Nine entries in one commit: signed in that commit, so the tail never reaches the interval.
    await Promise.all([5, 6, 7, 8, 9, 10, 11, 12, 13].map((index) => trail.append(entry(index))));
    expect(headSizes(trail)).toEqual([0, 4, 13]);
    expect(verify(path).unsignedTail).toBeUndefined();
    await trail.close();
  });

  it('signs a tail left by a quiet spell within the delay, and hands it to the witness', async () => {
    const path = paths();
    const trail = AuditTrail.open({ ...path, signing: { everyEntries: 1_000, withinMs: 20 } });
    await trail.append(entry(1));
    await trail.append(entry(2));
    await vi.waitFor(() => expect(trail.latestHead()?.size).toBe(2), { timeout: 10_000 });
    trail.witness!.flush();
    expect(readWitness(path.witnessPath)).toMatchObject({ size: 2 });
    expect(verify(path)).toMatchObject({ problems: [] });
    expect(verify(path).unsignedTail).toBeUndefined();
    await trail.close();
  });

  it('signs on close, so a clean stop leaves nothing unsigned', async () => {
    const path = paths();
    const trail = AuditTrail.open({ ...path, signing: { everyEntries: 1_000, withinMs: NEVER } });
    for (let index = 1; index <= 5; index += 1) await trail.append(entry(index));
    await trail.close();
    const report = verify(path);
    expect(report).toMatchObject({ entries: 5, problems: [] });
    expect(report.unsignedTail).toBeUndefined();
    expect(readWitness(path.witnessPath)).toMatchObject({ size: 5, signEvery: 1_000 });
  });

  it('keeps the last head’s promise when the interval is raised between runs', async () => {
    const path = paths();
    const before = AuditTrail.open({ ...path, signing: { everyEntries: 4, withinMs: NEVER } });
    await before.append(entry(1));
    await before.close(); // head at 1, promising the next within 4
    const after = AuditTrail.open({ ...path, signing: { everyEntries: 100, withinMs: NEVER } });
    for (let index = 2; index <= 5; index += 1) await after.append(entry(index));
    // Signed at 5, as the head at 1 promised, though this run's own interval is 100.
    expect(headSizes(after)).toEqual([0, 1, 5]);
    expect(verify(path)).toMatchObject({ problems: [] });
    for (let index = 6; index <= 9; index += 1) await after.append(entry(index));
    expect(headSizes(after)).toEqual([0, 1, 5]);
    expect(verify(path)).toMatchObject({ problems: [], unsignedTail: { from: 6, to: 9, signEvery: 100 } });
    await after.close();
  });

  it('signs every commit with an interval of 1, as before the schedule', async () => {
    const path = paths();
    const trail = AuditTrail.open({ ...path, signing: { everyEntries: 1, withinMs: NEVER } });
    for (let index = 1; index <= 3; index += 1) await trail.append(entry(index));
    expect(headSizes(trail)).toEqual([0, 1, 2, 3]);
    await trail.close();
  });
});

describe('what the verifier makes of the tail', () => {
  it('flags tampering inside the unsigned tail as a broken chain', async () => {
    const path = paths();
    const trail = AuditTrail.open({ ...path, signing: { everyEntries: 10, withinMs: NEVER } });
    for (let index = 1; index <= 6; index += 1) await trail.append(entry(index));
    await trail.close();
    forgeAppend(path.databasePath, 3); // entries 7 to 9: a tail the last head allows
    expect(verify(path)).toMatchObject({ problems: [], unsignedTail: { from: 7, to: 9, signEvery: 10 } });

    const altered = { ...path, databasePath: join(directory, 'tail-altered.db') };
    copyFileSync(path.databasePath, altered.databasePath);
    const database = new Database(altered.databasePath);
    database.exec('DROP TRIGGER audit_events_no_update; DROP TRIGGER audit_events_no_delete');
    database.exec("UPDATE audit_events SET actor = 'someone-else' WHERE sequence = 8");
    database.exec('DELETE FROM audit_events WHERE sequence = 7');
    database.close();
    expect(verify(altered).problems.map(({ sequence, kind }) => ({ sequence, kind }))).toEqual([
      { sequence: 7, kind: 'missing' },
      { sequence: 8, kind: 'altered' },
    ]);
  });

  it('still verifies heads signed before the schedule, which allow no tail', async () => {
    const path = paths();
    const trail = AuditTrail.open({ ...path, signing: { everyEntries: 1, withinMs: NEVER } });
    for (let index = 1; index <= 3; index += 1) await trail.append(entry(index));
    await trail.close();
    // Rewritten as the previous release signed them: statement version 1, no interval.
    const database = new Database(path.databasePath);
    database.exec('DROP TRIGGER audit_heads_no_update');
    const privateKey = createPrivateKey(readFileSync(keyFile, 'utf8'));
    for (const head of database.prepare<[], SignedHead>(`SELECT ${HEAD_COLUMNS} FROM audit_heads`).all()) {
      const statement = `plumbline-audit-head/1\n${head.size}\n${head.hash}\n${head.signedAt}`;
      database
        .prepare('UPDATE audit_heads SET signature = ?, sign_every = NULL WHERE size = ?')
        .run(sign(null, Buffer.from(statement), privateKey).toString('base64'), head.size);
    }
    database.close();
    expect(verify(path).problems).toEqual([]);
    forgeAppend(path.databasePath, 1);
    expect(verify(path).problems.map(({ sequence, kind }) => ({ sequence, kind }))).toEqual([{ sequence: 4, kind: 'unsigned' }]);
  });

  it('reports a tail longer than the last head allows as a forged append', async () => {
    const path = paths();
    const trail = AuditTrail.open({ ...path, signing: { everyEntries: 4, withinMs: NEVER } });
    for (let index = 1; index <= 2; index += 1) await trail.append(entry(index));
    await trail.close();
    forgeAppend(path.databasePath, 4); // entries 3 to 6: the gateway would have signed at the fourth
    expect(verify(path).problems).toMatchObject([{ sequence: 3, kind: 'unsigned', detail: expect.stringContaining('within 4 entries') }]);
  });
});

describe('a crash', () => {
  it('leaves a trail that verifies as chained but unsigned; the next start signs the tail and records it', async () => {
    const path = paths();
    // A real process, killed with its entries committed and their head not yet due.
    const script = `
      import { AuditTrail } from ${JSON.stringify(pathToFileURL(join(root, 'src/gateway/audit/audit-trail.ts')).href)};
      const trail = AuditTrail.open({ ...${JSON.stringify(path)}, signing: { everyEntries: 32, withinMs: ${NEVER} } });
      for (let index = 1; index <= 3; index += 1)
        await trail.append({ occurredAt: new Date().toISOString(), actor: 'analyst-' + index, role: 'analyst', action: 'consultation',
          operation: 'getSubject', targets: [], criteria: {}, justification: 'PSD-1', status: 200, requestId: 'req-' + index });
      process.kill(process.pid, 'SIGKILL');`;
    await expect(promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root })).rejects.toMatchObject({
      signal: 'SIGKILL',
    });
    expect(verify(path)).toMatchObject({ entries: 3, problems: [], unsignedTail: { from: 1, to: 3, signEvery: 32 } });

    const testSecurity = await createTestSecurity({ auditDatabasePath: path.databasePath });
    const audit = { ...testSecurity.security.audit, keyFile, witnessPath: path.witnessPath };
    const app = await buildGateway({ adapter: createRecordingAdapter(), security: { ...testSecurity.security, audit } });
    // Signed before the gateway appended anything, and said so in the trail itself.
    expect(app.auditTrail!.unsignedTailAtOpen).toEqual({ from: 1, to: 3, signEvery: 32 });
    const recorded = await app.inject({ url: '/v1/audit-events?operation=signUnsignedAuditTail', headers: await testSecurity.headersFor('auditor', 'dpo') });
    expect(recorded.json().items).toMatchObject([{ sequence: 4, actor: 'plumbline-gateway', criteria: { from: '1', to: '3' } }]);
    await app.close();
    const report = verify(path);
    expect(report).toMatchObject({ problems: [] });
    expect(report.unsignedTail).toBeUndefined();
  }, 60_000);
});
