/**
 * ESLint over the whole tree, as `npm run lint` runs it (eslint.config.js), and Prettier's check,
 * as `npm run format:check` runs it, inside `npm test` so CI runs them and counts them:
 * typescript-eslint's rules, `no-floating-promises` on the shipped code, the layering
 * (src/test/layering.test.ts proves those rules fire), and one formatting for the whole tree.
 *
 * Run here rather than before vitest so that its CPU-bound type-aware pass (about 40 s of CPU)
 * overlaps the tests that wait on sockets, child processes and timers. No cache: a cached result can
 * hide a promise that a change in another file left floating.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { root } from '../cli/test/run-cli.js';

describe('the linter', () => {
  it('finds no problem in the tree', async () => {
    const results = await new ESLint({ cwd: root }).lintFiles(['.']);
    const problems = results.flatMap((result) =>
      result.messages.map(
        (message) => `${result.filePath.slice(root.length)}:${message.line}:${message.column} ${message.ruleId ?? 'parse'}: ${message.message}`,
      ),
    );
    // The run covered the tree (a config that ignored everything would pass vacuously).
    expect(results.length).toBeGreaterThan(500);
    expect(problems).toEqual([]);
  }, 600_000);

  it('finds every file formatted as Prettier writes it (npm run format)', async () => {
    const prettier = createRequire(import.meta.url).resolve('prettier/bin/prettier.cjs');
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [prettier, '--check', '.'], { cwd: root }).catch(
      (error: { stdout: string; stderr: string }) => ({ stdout: error.stdout, stderr: `${error.stderr}\nrun npm run format` }),
    );
    expect(stderr.trim()).toBe('');
    expect(stdout).toMatch(/All matched files use Prettier code style/);
  }, 300_000);
});
