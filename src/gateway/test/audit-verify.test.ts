/**
 * Tampering with the audit trail's file is caught, whatever the tamperer does, by someone with
 * the file but not the signing key or the witness: the triggers refuse changes through SQLite;
 * with them dropped, `verifyAuditFile` names every altered, deleted, reordered or renumbered
 * entry (the chain), every recomputed chain, full rewrite and forged append (the signed heads),
 * every tail cut off (the witness), and every lookup row removed or added. No head is passed by
 * hand: the key and the witness are enough.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { AuditTrail, AuditTrailBrokenError, type AuditRecord } from '../audit/audit-trail.js';
import { verifyAuditFile } from '../audit/audit-verifier.js';
import { hashEntry, type StoredAuditEntry } from '../audit/audit-chain.js';
import { ENTRY_COLUMNS } from '../audit/audit-schema.js';
import { HeadSigner, loadHeadSigner, loadHeadVerificationKey } from '../audit/audit-signing.js';

const directory = mkdtempSync(join(tmpdir(), 'plumbline-verify-'));
const original = join(directory, 'audit.db');
const keyFile = join(directory, 'audit-key.pem');
const witnessPath = join(directory, 'witness.json');

const entry = (index: number): AuditRecord => ({
  occurredAt: new Date(Date.UTC(2026, 2, 3, 9, index)).toISOString(),
  actor: `reviewer-${index}`,
  role: 'reviewer',
  action: 'consultation',
  operation: 'getSubject',
  targets: [{ type: 'subject', id: `subj-${index}` }],
  criteria: {},
  justification: 'PSD-2026-0042',
  status: 200,
  requestId: `req-${index}`,
});

let head: string;
beforeAll(async () => {
  loadHeadSigner(keyFile, true);
  // One commit each, a head signed with each: six signed heads (the schedule's own tests are in audit-signing-schedule.test.ts).
  const trail = AuditTrail.open({ databasePath: original, keyFile, witnessPath, signing: { everyEntries: 1 } });
  for (let index = 1; index <= 6; index += 1) head = (await trail.append(entry(index))).hash;
  await trail.close();
});

let copies = 0;
/** A copy of the trail with its guards dropped and `tamper` applied, as an intruder would. */
function tampered(tamper: (database: Database.Database) => void, from = original): string {
  const path = join(directory, `tampered-${(copies += 1)}.db`);
  copyFileSync(from, path);
  const database = new Database(path);
  for (const { name } of database.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'trigger'").all())
    database.exec(`DROP TRIGGER ${name}`);
  tamper(database);
  database.close();
  return path;
}

const verify = (path: string) => verifyAuditFile(path, { publicKey: loadHeadVerificationKey(keyFile), witnessPath });
const problemsIn = (path: string) => verify(path).problems.map(({ sequence, kind }) => ({ sequence, kind }));
const kindsIn = (path: string) => [...new Set(problemsIn(path).map((problem) => problem.kind))].sort();

/** Rewrites entries from `from` on with their hashes recomputed, as a tamperer who knows the format would. */
function recomputeFrom(database: Database.Database, from: number) {
  const rows = database.prepare<[], StoredAuditEntry>(`SELECT ${ENTRY_COLUMNS} FROM audit_events ORDER BY sequence`).all();
  let previousHash = rows[from - 2]?.hash ?? '0'.repeat(64);
  const update = database.prepare('UPDATE audit_events SET previous_hash = ?, hash = ? WHERE sequence = ?');
  for (const row of rows.filter((row) => row.sequence >= from)) {
    const hash = hashEntry(previousHash, row);
    update.run(previousHash, hash, row.sequence);
    previousHash = hash;
  }
}

describe('the audit trail file', () => {
  it('verifies when intact, with the key and the witness only', () => {
    expect(verify(original)).toEqual({ entries: 6, head, problems: [] });
  });

  it('refuses UPDATE and DELETE while its triggers are in place', () => {
    const path = join(directory, 'guarded.db');
    copyFileSync(original, path);
    const database = new Database(path);
    expect(() => database.exec("UPDATE audit_events SET actor = 'nobody' WHERE sequence = 2")).toThrow(/append-only/);
    expect(() => database.exec('DELETE FROM audit_events WHERE sequence = 2')).toThrow(/append-only/);
    expect(() => database.exec('DELETE FROM audit_heads WHERE size = 6')).toThrow(/append-only/);
    database.close();
  });

  it('catches an altered entry', () => {
    expect(problemsIn(tampered((database) => database.exec("UPDATE audit_events SET actor = 'someone-else' WHERE sequence = 3")))).toEqual([
      { sequence: 3, kind: 'altered' },
    ]);
  });

  it('catches a deleted entry', () => {
    const problems = problemsIn(tampered((database) => database.exec('DELETE FROM audit_events WHERE sequence = 4')));
    expect(problems).toContainEqual({ sequence: 4, kind: 'missing' });
  });

  it('catches two entries swapped', () => {
    const path = tampered((database) => {
      const columns = 'occurred_at, actor, role, action, operation, targets, criteria, justification, status, request_id, previous_hash, hash';
      database.exec(`CREATE TEMP TABLE swap AS SELECT sequence, ${columns} FROM audit_events WHERE sequence IN (2, 5)`);
      const assignments = columns.split(', ').map((column) => `${column} = (SELECT ${column} FROM swap WHERE swap.sequence = 7 - audit_events.sequence)`);
      database.exec(`UPDATE audit_events SET ${assignments.join(', ')} WHERE sequence IN (2, 5)`);
    });
    const reordered = problemsIn(path).filter((problem) => problem.kind === 'reordered');
    expect(reordered.map((problem) => problem.sequence)).toEqual(expect.arrayContaining([2, 5]));
    expect(verify(path).problems[0].detail).toContain('entry 2 was written right after the entry now numbered 4');
  });

  it('catches entries renumbered to close the gap left by a deletion', () => {
    const path = tampered((database) => {
      database.exec('DELETE FROM audit_events WHERE sequence = 3');
      database.exec('UPDATE audit_events SET sequence = sequence - 1 WHERE sequence > 3');
    });
    expect(problemsIn(path)).toContainEqual({ sequence: 3, kind: 'broken' });
  });

  it('catches an altered entry whose hash and every later hash were recomputed', () => {
    const path = tampered((database) => {
      database.exec("UPDATE audit_events SET actor = 'someone-else' WHERE sequence = 3");
      recomputeFrom(database, 3);
    });
    // The chain alone holds together; the signed heads and the witness do not (nor the lookups, left as they were).
    expect(kindsIn(path)).toEqual(['lookup', 'recomputed']);
    expect(problemsIn(path)).toContainEqual({ sequence: 3, kind: 'recomputed' });
  });

  it('catches a truncated tail, heads and all', () => {
    const path = tampered((database) => database.exec('DELETE FROM audit_events WHERE sequence = 6; DELETE FROM audit_heads WHERE size = 6'));
    expect(problemsIn(path)).toEqual([{ sequence: 6, kind: 'truncated' }]);
  });

  it('catches a full rewrite, signed with another key', async () => {
    const rewritten = join(directory, 'rewritten.db');
    const otherKey = join(directory, 'other-key.pem');
    loadHeadSigner(otherKey, true);
    const trail = AuditTrail.open({
      databasePath: rewritten,
      keyFile: otherKey,
      witnessPath: join(directory, 'other-witness.json'),
      signing: { everyEntries: 1 },
    });
    for (let index = 1; index <= 6; index += 1) await trail.append({ ...entry(index), actor: 'innocent' });
    await trail.close();
    expect(kindsIn(rewritten)).toEqual(['forged', 'recomputed', 'unsigned']);
    expect(problemsIn(rewritten)).toContainEqual({ sequence: 1, kind: 'unsigned' });
  });

  it('catches a full rewrite that drops the signed heads', () => {
    const path = tampered((database) => {
      database.exec("UPDATE audit_events SET actor = 'innocent'; DELETE FROM audit_heads");
      recomputeFrom(database, 1);
    });
    expect(kindsIn(path)).toEqual(['lookup', 'recomputed', 'unsigned']);
  });

  it('catches a forged append, with or without a head signed by another key', () => {
    const append = (database: Database.Database) => {
      const last = database.prepare<[], StoredAuditEntry>(`SELECT ${ENTRY_COLUMNS} FROM audit_events ORDER BY sequence DESC LIMIT 1`).get()!;
      const forged = { ...last, actor: 'reviewer-1', requestId: 'req-forged', attempt: null };
      const hash = hashEntry(last.hash, forged);
      database
        .prepare(
          'INSERT INTO audit_events (sequence, occurred_at, actor, role, action, operation, targets, criteria, justification, status, request_id, previous_hash, hash) VALUES (7, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        )
        .run(
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
      return hash;
    };
    expect(problemsIn(tampered(append))).toEqual([{ sequence: 7, kind: 'unsigned' }]);

    const withHead = tampered((database) => {
      const signed = HeadSigner.ephemeral().sign(7, append(database), 1);
      database
        .prepare('INSERT INTO audit_heads VALUES (?, ?, ?, ?, ?, ?)')
        .run(signed.size, signed.hash, signed.signedAt, signed.keyId, signed.signature, signed.signEvery);
    });
    expect(problemsIn(withHead)).toEqual([
      { sequence: 7, kind: 'forged' },
      { sequence: 7, kind: 'unsigned' },
    ]);
  });

  it('catches lookup rows removed (an actor hidden) or added (an entry shown under another actor)', () => {
    expect(problemsIn(tampered((database) => database.exec("DELETE FROM audit_lookups WHERE key = 'actor:reviewer-2'")))).toEqual([
      { sequence: 2, kind: 'lookup' },
    ]);
    expect(problemsIn(tampered((database) => database.exec("INSERT INTO audit_lookups VALUES ('actor:reviewer-2', 5)")))).toEqual([
      { sequence: 5, kind: 'lookup' },
    ]);
  });

  it('reports a witness that is missing or not signed by the key', () => {
    const missing = verifyAuditFile(original, { publicKey: loadHeadVerificationKey(keyFile), witnessPath: join(directory, 'nowhere.json') });
    expect(missing.problems.map((problem) => problem.kind)).toEqual(['witness']);
    const forgedWitness = join(directory, 'forged-witness.json');
    writeFileSync(forgedWitness, JSON.stringify(HeadSigner.ephemeral().sign(6, head, 1)));
    expect(
      verifyAuditFile(original, { publicKey: loadHeadVerificationKey(keyFile), witnessPath: forgedWitness }).problems.map((problem) => problem.kind),
    ).toEqual(['witness']);
  });
});

describe('opening a broken trail', () => {
  it('is refused, naming the problems, unless accepted; accepted, the problems are kept for /readyz', async () => {
    const path = tampered((database) => database.exec("UPDATE audit_events SET actor = 'someone-else' WHERE sequence = 3"));
    expect(() => AuditTrail.open({ databasePath: path, keyFile, witnessPath })).toThrow(AuditTrailBrokenError);
    expect(() => AuditTrail.open({ databasePath: path, keyFile, witnessPath })).toThrow(/entry 3 was altered[\s\S]*PLUMBLINE_AUDIT_ACCEPT_BROKEN=true/);
    const accepted = AuditTrail.open({ databasePath: path, keyFile, witnessPath, acceptBroken: true });
    expect(accepted.startupProblems.map((problem) => problem.kind)).toEqual(['altered']);
    await accepted.close();
  });

  it('rebuilds damaged lookups from the chain, so a hidden actor is found again', async () => {
    const path = tampered((database) => database.exec("DELETE FROM audit_lookups WHERE key = 'actor:reviewer-2'"));
    const copiedWitness = join(directory, 'lookups-witness.json');
    copyFileSync(witnessPath, copiedWitness);
    const trail = AuditTrail.open({ databasePath: path, keyFile, witnessPath: copiedWitness });
    expect(trail.lookupsRebuilt).toBe(true);
    expect(trail.startupProblems).toEqual([]);
    expect(trail.read({ actor: 'reviewer-2', limit: 10 }).items.map((item) => item.sequence)).toEqual([2]);
    await trail.close();
    rmSync(copiedWitness);
  });
});
