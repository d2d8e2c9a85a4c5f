/**
 * SIGKILL during ingest and erasure, with a real gateway process: every record in the store has
 * an audit entry naming it, every erased record too, nothing acknowledged is lost, and the chain
 * verifies. One round here (a few seconds); `plumbline audit crash-check --rounds 40` runs the
 * long loop.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runCrashCheck } from '../audit-crash-check.js';
import { root } from './run-cli.js';

const directory = mkdtempSync(join(tmpdir(), 'plumbline-crash-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

it('every change committed before a SIGKILL has an audit entry', async () => {
  const report = await runCrashCheck({
    directory,
    plumbline: [process.execPath, '--import', 'tsx', join(root, 'src/cli/main.ts')],
    rounds: 1,
    killWithinMs: 1_200,
  });
  expect(report.storedRecords).toBeGreaterThan(0);
  expect(report.acknowledgedErasures).toBeGreaterThan(0);
  // The trail verifies as the kill left it too, before the next start signs its tail.
  expect(report).toMatchObject({ storedWithoutEntry: 0, erasedWithoutEntry: 0, lostRecords: 0, chainProblems: 0, problemsAfterKill: 0 });
}, 120_000);
