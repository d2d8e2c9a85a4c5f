import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Compiled copies live in dist/: never run them twice.
    include: ['src/**/*.test.ts', 'adapters/**/*.test.ts', 'contract-tests/**/*.test.ts'],
    exclude: ['node_modules/**', 'dist/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // The JSON report is what .ci/run counts; the default reporter is for people.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
