/**
 * ESLint for the whole tree (`npm run lint`; `npm test` runs it through src/test/lint.test.ts).
 *
 * - ESLint's and typescript-eslint's recommended rules everywhere;
 * - `no-floating-promises` on the code that ships, type-aware: an unhandled rejection there is a crash
 *   or a lost error. Tests are left out of the type-aware pass, which is most of lint's time: run
 *   once over them (7 December 2026) it found no floating promise, for about 26 s more CPU;
 * - the layering, stated in one sentence: src/contract ← src/adapter ← everything; adapters never
 *   import src/gateway, src/config or src/cli; the core never imports adapters/ except the CLI, the
 *   composition root. Tests (and the gateway's test helpers in `testing/` folders) may import anything.
 *
 * Formatting is Prettier's job (.prettierrc.json), not ESLint's.
 */
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** Tests and test helpers: exempt from the layering and from the type-aware pass. */
const testFiles = ['**/test/**', '**/testing/**', '**/*.test.ts', '**/*.typecheck.ts'];

// The layering rules match import specifiers as written. Every import of ours is relative (no path
// aliases), so a specifier that climbs out of a folder names where it lands.
const coreImportsAdapter = {
  regex: '^(\\.\\./)+adapters/',
  message: 'The core reaches adapters only through the CLI (src/cli), the composition root.',
};
const adapterImportsHost = {
  regex: '(^|/)src/(gateway|config|cli)/',
  message: 'Adapters never depend on the gateway, its configuration or the CLI: take what you need from src/adapter or src/connectors.',
};
const contractImportsOurs = {
  // src/contract has no subfolders: any "../" leaves it.
  regex: '^\\.\\./',
  message: 'The contract depends on nothing of ours.',
};
const adapterInterfaceImportsBeyondContract = {
  // src/adapter has no subfolders besides its tests: "../" must lead to the contract.
  regex: '^\\.\\./(?!contract/)',
  message: 'The adapter interface depends only on the contract.',
};

/** The same rule for `import()`, which no-restricted-imports does not see. */
function noDynamicImport({ regex, message }) {
  return { selector: `ImportExpression[source.value=/${regex.replaceAll('/', '\\/')}/]`, message };
}

function layer(files, patterns, extraIgnores = []) {
  return {
    files,
    ignores: [...testFiles, ...extraIgnores],
    rules: {
      'no-restricted-imports': ['error', { patterns }],
      'no-restricted-syntax': ['error', ...patterns.map(noDynamicImport)],
    },
  };
}

export default defineConfig(
  // What git ignores: build output, reports, local data.
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'coverage/', 'data/', '.ci-out/', 'tmp/'] },
  {
    files: ['**/*.ts', '**/*.js'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Declaration merging into Fastify's interfaces (`interface FastifyContextConfig extends …{}`).
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      // A leading underscore says "unused on purpose" (an omitted field, a positional parameter).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Tests poke at untyped JSON (documents, supplier bodies) where `any` is the honest type.
    files: testFiles,
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.ts'],
    ignores: [...testFiles, '*.config.ts'],
    languageOptions: { parserOptions: { project: './tsconfig.build.json', tsconfigRootDir: import.meta.dirname } },
    rules: { '@typescript-eslint/no-floating-promises': 'error' },
  },
  layer(['src/**/*.ts'], [coreImportsAdapter], ['src/cli/**', 'src/contract/**', 'src/adapter/**']),
  layer(['src/contract/**/*.ts'], [contractImportsOurs]),
  layer(['src/adapter/**/*.ts'], [adapterInterfaceImportsBeyondContract]),
  layer(['adapters/**/*.ts'], [adapterImportsHost]),
);
