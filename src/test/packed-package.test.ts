/**
 * The package as an app outside this repository gets it: packed with `npm pack` (what a force
 * would publish), unpacked into a fresh app's node_modules, and the README's two TypeScript
 * examples — the client app's and the adapter author's — type-checked there, strict, as written
 * (taken from README.md, so a README that drifts from the package fails here).
 *
 * The app sees only the package and its declared dependencies (linked from this repository's
 * node_modules, which is what `npm install` would fetch, in a fraction of the time), plus
 * @types/node as any TypeScript app on Node has: a type declaration that needs a devDependency, or
 * an `exports` entry without its `types`, fails it. A deliberate mistake must fail too, so the
 * types are real and not `any`.
 *
 * Packs the dist/ that `npm ci` built (`npm run build` after changing the sources), once.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../cli/test/run-cli.js';

const run = promisify(execFile);
const app = mkdtempSync(join(tmpdir(), 'plumbline-packed-app-'));
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  dependencies: Record<string, string>;
  exports: Record<string, string | { types: string; default: string }>;
};
const installed = join(app, 'node_modules', manifest.name);
let packedFiles: string[] = [];
let typecheckOutput = '';
afterAll(() => rmSync(app, { recursive: true, force: true }));

/** The README's TypeScript block that imports from `specifier`. */
function readmeExample(specifier: string): string {
  const blocks = [...readFileSync(join(root, 'README.md'), 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]);
  const example = blocks.find((block) => block.includes(`from '${specifier}'`));
  if (!example) throw new Error(`README.md has no \`\`\`ts block importing ${specifier}`);
  return example;
}

/** What tsc says about the app's files (nothing when they all compile). */
async function typecheck(): Promise<string> {
  const result = await run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', app], { cwd: app }).catch((error) => error);
  return `${result.stdout}${result.stderr}`;
}

/** Links `node_modules/<name>` of the app to this repository's copy, as an install would put it there. */
function linkDependency(name: string): void {
  const link = join(app, 'node_modules', name);
  mkdirSync(dirname(link), { recursive: true });
  symlinkSync(join(root, 'node_modules', name), link, 'dir');
}

beforeAll(async () => {
  if (!existsSync(join(root, 'dist/src/adapter-entry.d.ts'))) throw new Error('dist/ has no type declarations for the adapter entry: run `npm run build`');
  // Scripts off: `prepare` would rebuild dist/, which the test packs as built.
  const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', app], { cwd: root });
  const [packed] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
  packedFiles = packed.files.map((file) => file.path);
  await run('tar', ['-xzf', join(app, packed.filename), '-C', app]);
  mkdirSync(dirname(installed), { recursive: true });
  renameSync(join(app, 'package'), installed);
  for (const name of [...Object.keys(manifest.dependencies), '@types/node']) linkDependency(name);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'packed-app', private: true, type: 'module' }));
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        lib: ['ES2022', 'DOM'],
        strict: true,
        noEmit: true,
        skipLibCheck: true,
      },
      include: ['*.ts'],
    }),
  );
  // The examples and the planted mistakes in one compilation (one tsc start-up instead of two).
  writeFileSync(join(app, 'client-example.ts'), readmeExample(`${manifest.name}/client`));
  writeFileSync(join(app, 'adapter-example.ts'), readmeExample(`${manifest.name}/adapter`));
  writeFileSync(
    join(app, 'client-mistake.ts'),
    [
      `import { createPlumblineClient } from '${manifest.name}/client';`,
      "const client = createPlumblineClient({ baseUrl: 'http://127.0.0.1:8080', token: 't', justification: 'PSD-1' });",
      "const { data } = await client.GET('/v1/flags', { params: { query: { status: 'pending' } } });",
      'export const severity: number | undefined = data?.items[0]?.severity;',
    ].join('\n'),
  );
  writeFileSync(
    join(app, 'adapter-mistake.ts'),
    [
      `import { defineAdapterFactory } from '${manifest.name}/adapter';`,
      "import { z } from 'zod';",
      "export const factory = defineAdapterFactory({ id: 'x', description: 'x', settings: z.object({}), async create() {",
      "  return { specificationVersion: 'v1', identity: { id: 'x', name: 'x', version: '1', vendor: 'x' }, capabilities: ['teleportation'], checkReady: async () => {}, close: async () => {} };",
      '} });',
    ].join('\n'),
  );
  typecheckOutput = await typecheck();
}, 120_000);

describe('the packed package', () => {
  it('ships no tests, compiled or not', () => {
    expect(packedFiles.length).toBeGreaterThan(100);
    expect(packedFiles.filter((path) => /(^|\/)test\/|\.test\.[cm]?[jt]s$/.test(path))).toEqual([]);
  });

  it('ships the code and the type declarations of every entry point', () => {
    const entries = Object.entries(manifest.exports).filter(([, target]) => typeof target === 'object');
    expect(entries.map(([name]) => name)).toEqual(expect.arrayContaining(['.', './adapter', './client', './contract']));
    for (const [, target] of entries) {
      const { types, default: code } = target as { types: string; default: string };
      expect(packedFiles).toContain(types.replace(/^\.\//, ''));
      expect(packedFiles).toContain(code.replace(/^\.\//, ''));
    }
  });

  it('loads the adapter entry point at run time with the factory helper, the errors and the connector kit', async () => {
    const { stdout } = await run(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const entry = await import('${manifest.name}/adapter'); console.log(['defineAdapterFactory', 'PlumblineError', 'UpstreamCallError', 'UpstreamClient', 'contract'].map((name) => name + ':' + typeof entry[name]).join(' '));`,
      ],
      { cwd: app },
    );
    expect(stdout.trim()).toBe('defineAdapterFactory:function PlumblineError:function UpstreamCallError:function UpstreamClient:function contract:object');
  });

  it("type-checks the README's client and adapter examples in a separate app", () => {
    expect(typecheckOutput).toContain('adapter-mistake.ts('); // tsc ran over the app's files
    expect(typecheckOutput.split('\n').filter((line) => line.includes('-example.ts'))).toEqual([]);
  });

  it('catches mistakes against the contract and the adapter interface there (the types are real, not any)', () => {
    expect(typecheckOutput).toContain('\'"pending"\' is not assignable');
    expect(typecheckOutput).toMatch(/client-mistake\.ts\(4,\d+\): error TS2322: .* is not assignable to type 'number \| undefined'/);
    expect(typecheckOutput).toMatch(/adapter-mistake\.ts\(3,\d+\): error TS2322/);
    expect(typecheckOutput).toContain('\'"teleportation"\' is not assignable');
    // Nothing else failed: the only errors are the planted ones.
    expect(typecheckOutput.split('\n').filter((line) => /error TS/.test(line) && !/-mistake\.ts/.test(line))).toEqual([]);
  });
});
