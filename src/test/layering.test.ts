/**
 * The layering, in one sentence: the contract depends on nothing of ours, the adapter interface
 * only on the contract, adapters never on the gateway, its configuration or the CLI, and the core
 * never on an adapter except through the CLI, the composition root. Tests may import anything.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Known breaks of the rules, each with the issue that removes it. Add none: fix the import. */
const knownBreaks = new Set<string>([]);

function sourceFiles(directory: string): string[] {
  return readdirSync(join(root, directory), { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'test' || entry.name === 'testing' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Every project file a file imports (statically or dynamically), as paths from the root. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const specifiers = [...text.matchAll(/(?:from|import\()\s*'(\.[^']+)'/g)].map((match) => match[1]!);
  return specifiers.map((specifier) => relative(root, resolve(dirname(join(root, file)), specifier)).replace(/\.js$/, '.ts'));
}

const rules: { name: string; applies: (file: string) => boolean; forbidden: (target: string) => boolean }[] = [
  { name: 'the contract depends on nothing of ours', applies: (file) => file.startsWith('src/contract/'), forbidden: (target) => !target.startsWith('src/contract/') },
  {
    name: 'the adapter interface depends only on the contract',
    applies: (file) => file.startsWith('src/adapter/'),
    forbidden: (target) => !target.startsWith('src/contract/') && !target.startsWith('src/adapter/'),
  },
  {
    name: 'adapters never depend on the gateway, its configuration or the CLI',
    applies: (file) => file.startsWith('adapters/'),
    forbidden: (target) => ['src/gateway/', 'src/config/', 'src/cli/'].some((layer) => target.startsWith(layer)),
  },
  { name: 'the core reaches adapters only through the CLI', applies: (file) => file.startsWith('src/') && !file.startsWith('src/cli/'), forbidden: (target) => target.startsWith('adapters/') },
];

describe('the layering', () => {
  const files = [...sourceFiles('src'), ...sourceFiles('adapters'), ...sourceFiles('contract-tests')];

  it('finds the files and their imports (so the rules below can fail)', () => {
    expect(files.length).toBeGreaterThan(200);
    expect(importsOf('src/gateway/app.ts')).toContain('src/adapter/adapter-v1.ts');
  });

  for (const rule of rules) {
    it(rule.name, () => {
      const breaks = files
        .filter(rule.applies)
        .flatMap((file) => importsOf(file).filter(rule.forbidden).map((target) => `${file} -> ${target}`))
        .filter((edge) => !knownBreaks.has(edge));
      expect(breaks).toEqual([]);
    });
  }

  it('a connector\'s production entry reaches no simulator, bundled remote, reference engine or gateway', () => {
    const reached = (entry: string): Set<string> => {
      const seen = new Set<string>();
      const visit = (file: string) => {
        if (seen.has(file)) return;
        seen.add(file);
        importsOf(file).forEach(visit);
      };
      visit(entry);
      return seen;
    };
    const forbidden = (file: string) => file.includes('/simulator/') || file.startsWith('adapters/reference/') || file.startsWith('src/gateway/') || file.startsWith('src/cli/');
    for (const connector of ['casework', 'foundry', 'http']) {
      const files = reached(`adapters/${connector}/index.ts`);
      expect(files.size).toBeGreaterThan(5);
      expect([...files].filter(forbidden), connector).toEqual([]);
    }
  });

  it('lists no known break that is already fixed', () => {
    const edges = new Set(files.flatMap((file) => importsOf(file).map((target) => `${file} -> ${target}`)));
    expect([...knownBreaks].filter((edge) => !edges.has(edge))).toEqual([]);
  });
});
