/**
 * Tampering with the audit trail's file is caught: the triggers refuse changes through SQLite,
 * and when a tamperer drops them, `verifyAuditFile` names every altered, deleted or reordered
 * entry by number. A head recorded elsewhere catches entries cut from the end.
 */
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { AuditTrail } from '../audit/audit-trail.js';
import { verifyAuditFile } from '../audit/audit-reader.js';
import { hashEntry } from '../audit/audit-chain.js';

const directory = mkdtempSync(join(tmpdir(), 'plumbline-verify-'));
const original = join(directory, 'audit.db');
let head: string;

beforeAll(async () => {
  const trail = AuditTrail.open({ databasePath: original });
  for (let index = 1; index <= 6; index += 1) {
    const entry = await trail.append({
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
    head = entry.hash;
  }
  await trail.close();
});

let copies = 0;
/** A copy of the trail with its guards dropped and `tamper` applied, as an intruder would. */
function tampered(tamper: (database: Database.Database) => void): string {
  const path = join(directory, `tampered-${(copies += 1)}.db`);
  copyFileSync(original, path);
  const database = new Database(path);
  for (const { name } of database.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'trigger'").all()) database.exec(`DROP TRIGGER ${name}`);
  tamper(database);
  database.close();
  return path;
}

const problemsIn = (path: string, expectedHead?: string) => verifyAuditFile(path, expectedHead).problems.map(({ sequence, kind }) => ({ sequence, kind }));

describe('the audit trail file', () => {
  it('verifies when intact, and reports its head', () => {
    expect(verifyAuditFile(original)).toEqual({ entries: 6, head, problems: [] });
    expect(verifyAuditFile(original, head).problems).toEqual([]);
  });

  it('refuses UPDATE and DELETE while its triggers are in place', () => {
    const path = join(directory, 'guarded.db');
    copyFileSync(original, path);
    const database = new Database(path);
    expect(() => database.exec("UPDATE audit_events SET actor = 'nobody' WHERE sequence = 2")).toThrow(/append-only/);
    expect(() => database.exec('DELETE FROM audit_events WHERE sequence = 2')).toThrow(/append-only/);
    database.close();
  });

  it('catches an altered entry', () => {
    const path = tampered((database) => database.exec("UPDATE audit_events SET actor = 'someone-else' WHERE sequence = 3"));
    expect(problemsIn(path)).toEqual([{ sequence: 3, kind: 'altered' }]);
  });

  it('catches an altered entry whose hash was recomputed, at the entry after it', () => {
    const path = tampered((database) => {
      const row = database.prepare<[], Record<string, unknown>>("SELECT occurred_at AS occurredAt, 'someone-else' AS actor, role, action, operation, targets, criteria, justification, status, request_id AS requestId, previous_hash AS previousHash FROM audit_events WHERE sequence = 3").get()!;
      const hash = hashEntry(row.previousHash as string, row as never);
      database.prepare("UPDATE audit_events SET actor = 'someone-else', hash = ? WHERE sequence = 3").run(hash);
    });
    expect(problemsIn(path)).toEqual([{ sequence: 4, kind: 'broken' }]);
  });

  it('catches a deleted entry', () => {
    expect(problemsIn(tampered((database) => database.exec('DELETE FROM audit_events WHERE sequence = 4')))).toEqual([{ sequence: 4, kind: 'missing' }]);
  });

  it('catches two entries swapped', () => {
    const path = tampered((database) => {
      const columns = 'occurred_at, actor, role, action, operation, targets, criteria, justification, status, request_id, previous_hash, hash';
      database.exec(`CREATE TEMP TABLE swap AS SELECT sequence, ${columns} FROM audit_events WHERE sequence IN (2, 5)`);
      const assignments = columns.split(', ').map((column) => `${column} = (SELECT ${column} FROM swap WHERE swap.sequence = 7 - audit_events.sequence)`);
      database.exec(`UPDATE audit_events SET ${assignments.join(', ')} WHERE sequence IN (2, 5)`);
    });
    const problems = problemsIn(path);
    expect(problems.every((problem) => problem.kind === 'reordered')).toBe(true);
    expect(problems.map((problem) => problem.sequence)).toEqual(expect.arrayContaining([2, 5]));
    expect(verifyAuditFile(path).problems[0].detail).toContain('entry 2 was written right after the entry now numbered 4');
  });

  it('catches entries cut from the end against a recorded head', () => {
    const path = tampered((database) => database.exec('DELETE FROM audit_events WHERE sequence = 6'));
    expect(problemsIn(path)).toEqual([]);
    expect(problemsIn(path, head)).toEqual([{ sequence: 6, kind: 'truncated' }]);
  });
});
