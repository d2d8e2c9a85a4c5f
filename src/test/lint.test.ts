/**
 * ESLint over the whole tree, as `npm run lint` runs it (eslint.config.js), inside `npm test` so CI
 * runs it and counts it: typescript-eslint's rules, `no-floating-promises` on the shipped code, and
 * the layering (src/test/layering.test.ts proves those rules fire).
 *
 * Run here rather than before vitest so that its CPU-bound type-aware pass (about 40 s of CPU)
 * overlaps the tests that wait on sockets, child processes and timers. No cache: a cached result can
 * hide a promise that a change in another file left floating.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { root } from '../cli/test/run-cli.js';

describe('the linter', () => {
  it('finds no problem in the tree', async () => {
    const results = await new ESLint({ cwd: root }).lintFiles(['.']);
    const problems = results.flatMap((result) =>
      result.messages.map((message) => `${result.filePath.slice(root.length)}:${message.line}:${message.column} ${message.ruleId ?? 'parse'}: ${message.message}`),
    );
    // The run covered the tree (a config that ignored everything would pass vacuously).
    expect(results.length).toBeGreaterThan(500);
    expect(problems).toEqual([]);
  }, 600_000);
});
