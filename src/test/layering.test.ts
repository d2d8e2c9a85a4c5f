/**
 * The layering, in one sentence: the contract depends on nothing of ours, the adapter interface
 * only on the contract, adapters never on the gateway, its configuration or the CLI, and the core
 * never on an adapter except through the CLI, the composition root. Tests may import anything.
 *
 * ESLint enforces it over the tree (eslint.config.js; src/test/lint.test.ts runs it). This file
 * proves the rules fire: forbidden imports planted in each layer must be reported, the allowed ones
 * must not. What a lint rule on one file's imports cannot see is checked below on the import graph:
 * what a connector's production entry, or the adapter authors' entry point, reaches transitively.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { root } from '../cli/test/run-cli.js';

// The project's config without its type-aware pass, which needs files on disk in the TypeScript
// project: the layering rules read only the import specifiers.
const eslint = new ESLint({
  cwd: root,
  overrideConfig: {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { project: false } },
    rules: { '@typescript-eslint/no-floating-promises': 'off' },
  },
});

/** The layering problems ESLint reports for `code` as if it were the file at `path`. */
async function layeringProblems(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, path) });
  // A file that did not parse reports nothing else: that must not pass for "allowed".
  const fatal = result.messages.find((message) => message.fatal);
  if (fatal) throw new Error(`${path} did not parse: ${fatal.message}`);
  return result.messages
    .filter((message) => message.ruleId === 'no-restricted-imports' || message.ruleId === 'no-restricted-syntax')
    .map((message) => message.message);
}

const planted: { path: string; code: string; problem: RegExp }[] = [
  { path: 'src/contract/planted.ts', code: "import { errors } from '../adapter/errors.js';", problem: /contract depends on nothing of ours/ },
  { path: 'src/adapter/planted.ts', code: "import { buildGateway } from '../gateway/app.js';", problem: /adapter interface depends only on the contract/ },
  {
    path: 'src/adapter/planted.ts',
    code: "export { UpstreamClient } from '../connectors/index.js';",
    problem: /adapter interface depends only on the contract/,
  },
  { path: 'adapters/acme/planted.ts', code: "import { buildGateway } from '../../src/gateway/app.js';", problem: /Adapters never depend on the gateway/ },
  {
    path: 'adapters/acme/planted.ts',
    code: "import type { GatewayConfig } from '../../src/config/gateway-config.js';",
    problem: /Adapters never depend on the gateway/,
  },
  { path: 'adapters/acme/store/planted.ts', code: "import { main } from '../../../src/cli/main.js';", problem: /Adapters never depend on the gateway/ },
  {
    path: 'src/bench/planted.ts',
    code: "import { referenceAdapterFactory } from '../../adapters/reference/index.js';",
    problem: /core reaches adapters only through the CLI/,
  },
  { path: 'src/gateway/routes/planted.ts', code: "export * from '../../../adapters/http/index.js';", problem: /core reaches adapters only through the CLI/ },
  {
    path: 'src/bench/planted.ts',
    code: "export const load = () => import('../../adapters/reference/index.js');",
    problem: /core reaches adapters only through the CLI/,
  },
  { path: 'src/contract/planted.ts', code: "export const load = () => import('../gateway/app.js');", problem: /contract depends on nothing of ours/ },
];

const allowed: { path: string; code: string }[] = [
  { path: 'src/contract/planted.ts', code: "import { z } from 'zod';\nimport { OpaqueId } from './primitives.js';" },
  { path: 'src/adapter/planted.ts', code: "import type { Capability } from '../contract/index.js';\nimport { errors } from './errors.js';" },
  {
    path: 'adapters/acme/planted.ts',
    code: "import { UpstreamClient } from '../../src/connectors/index.js';\nimport { defineAdapterFactory } from '../../src/adapter/index.js';",
  },
  {
    path: 'src/cli/planted.ts',
    code: "export const load = () => import('../../adapters/reference/index.js');\nimport { buildGateway } from '../gateway/app.js';",
  },
  { path: 'src/gateway/test/planted.test.ts', code: "import { referenceAdapterFactory } from '../../../adapters/reference/index.js';" },
  { path: 'adapters/acme/test/planted.ts', code: "import { buildGateway } from '../../../src/gateway/app.js';" },
];

describe('the layering rules', () => {
  for (const { path, code, problem } of planted) {
    it(`report ${code} in ${path}`, async () => {
      const problems = await layeringProblems(path, code);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(problem);
    });
  }

  for (const { path, code } of allowed) {
    it(`allow ${code.split('\n')[0]} in ${path}`, async () => {
      expect(await layeringProblems(path, code)).toEqual([]);
    });
  }
});

/** Every project file a file imports (statically or dynamically), as paths from the root. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const specifiers = [...text.matchAll(/(?:from|import\()\s*'(\.[^']+)'/g)].map((match) => match[1]!);
  return specifiers.map((specifier) => relative(root, resolve(dirname(join(root, file)), specifier)).replace(/\.js$/, '.ts'));
}

/** Every project file `entry` loads, itself included. */
function reachedFrom(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    importsOf(file).forEach(visit);
  };
  visit(entry);
  return seen;
}

describe('what an entry point loads', () => {
  it("a connector's production entry reaches no simulator, reference engine, gateway or CLI", () => {
    const forbidden = (file: string) =>
      file.includes('/simulator/') || file.startsWith('adapters/reference/') || file.startsWith('src/gateway/') || file.startsWith('src/cli/');
    for (const connector of ['casework', 'foundry', 'http']) {
      const files = reachedFrom(`adapters/${connector}/index.ts`);
      expect(files.size).toBeGreaterThan(5);
      expect([...files].filter(forbidden), connector).toEqual([]);
    }
  });

  it('@plumbline/plumbline/adapter loads only the contract, the adapter interface and the connector kit', () => {
    const files = reachedFrom('src/adapter-entry.ts');
    expect(files).toContain('src/connectors/index.ts');
    expect([...files].filter((file) => !/^src\/(contract|adapter|connectors)\//.test(file) && file !== 'src/adapter-entry.ts')).toEqual([]);
  });
});
