import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Compiled copies live in dist/: never run them twice.
    include: ['src/**/*.test.ts', 'adapters/**/*.test.ts', 'contract-tests/**/*.test.ts'],
    exclude: ['node_modules/**', 'dist/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: on a two-core machine, one file at a
    // time. Many files wait on child processes, sockets and timers rather than the CPU, so two
    // workers nearly halve the wall time there.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // The JSON report is what .ci/run counts; the default reporter is for people.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
