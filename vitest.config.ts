import { availableParallelism } from 'node:os';
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * The slowest test files, slowest first (seconds measured on 7 December 2026 on the two-core
 * machine). Vitest starts the files that took longest last time first, but a fresh clone (CI)
 * has no last time and starts the largest files first instead: the short files below, which wait
 * on child processes, a browser or the linter, then started last and left one worker idle for up
 * to a minute at the end. Started first, they overlap the many short files.
 */
const slowestFirst = [
  'src/test/lint.test.ts', // 50 s
  'contract-tests/test/broken-adapters.test.ts', // 36 s
  'src/cli/test/bench-command.test.ts', // 25 s
  'contract-tests/test/conformance-command.test.ts', // 24 s
  'adapters/casework/conformance.test.ts', // 22 s
  'src/parallel-run/test/parallel-run-cutover.test.ts', // 21 s
  'src/synth/test/synth-command.test.ts', // 20 s
  'adapters/reference/test/run-memory.test.ts', // 19 s
  'src/cli/test/cli.test.ts', // 19 s
  'src/cli/test/security-commands.test.ts', // 19 s
  'src/gateway/test/docs-page.test.ts', // 18 s
  'adapters/foundry/conformance.test.ts', // 18 s
  'src/parallel-run/test/parallel-run-report.test.ts', // 16 s
  'src/cli/test/serve-start.test.ts', // 15 s
  'src/cli/test/two-replicas.test.ts', // 14 s
  'adapters/http/conformance.test.ts', // 13 s
  'src/parallel-run/test/parallel-run-crash.test.ts', // 13 s
];

class SlowestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) => {
      const index = slowestFirst.indexOf(relative(file.project.config.root, file.moduleId));
      return index === -1 ? slowestFirst.length : index;
    };
    // Array.prototype.sort is stable: the other files keep Vitest's own order.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    // Compiled copies live in dist/: never run them twice.
    include: ['src/**/*.test.ts', 'adapters/**/*.test.ts', 'contract-tests/**/*.test.ts'],
    exclude: ['node_modules/**', 'dist/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    sequence: { sequencer: SlowestFirstSequencer },
    // Vitest's default is one worker fewer than the cores: on a two-core machine, one file at a
    // time. Many files wait on child processes, sockets and timers rather than the CPU, so two
    // workers nearly halve the wall time there. Three were tried (7 December 2026): 335 s against
    // 374 s quiet, but in CI the stall tests (hostile-input) failed from the contention and the
    // run was no faster (395 s).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // The JSON report is what .ci/run counts; the default reporter is for people.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
