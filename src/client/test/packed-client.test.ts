/**
 * The typed client as a client app outside this repository gets it: the package packed with
 * `npm pack` (what a force would publish), installed into a fresh app, and the README's TypeScript
 * snippet type-checked there, strict, with no access to this repository's sources. Type
 * declarations missing from the package (TS7016) or an `exports` map without `types` fail it; a
 * deliberate mistake must fail too, so the types are real and not `any`.
 *
 * Packs the dist/ that `npm ci` built (`npm run build` after changing the sources), once.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../../cli/test/run-cli.js';

const run = promisify(execFile);
const app = mkdtempSync(join(tmpdir(), 'plumbline-client-app-'));
const packageName = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).name as string;
afterAll(() => rmSync(app, { recursive: true, force: true }));

/** The README's client snippet: the TypeScript block that imports the client package. */
function readmeSnippet(): string {
  const blocks = [...readFileSync(join(root, 'README.md'), 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]);
  const snippet = blocks.find((block) => block.includes(`from '${packageName}/client'`));
  if (!snippet) throw new Error(`README.md has no \`\`\`ts block importing ${packageName}/client`);
  return snippet;
}

async function typecheck(): Promise<{ code: number; output: string }> {
  const result = await run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', app], { cwd: app }).catch((error) => error);
  return { code: result.code ?? 0, output: `${result.stdout}${result.stderr}` };
}

beforeAll(async () => {
  if (!existsSync(join(root, 'dist/src/client/index.d.ts'))) throw new Error('dist/ has no type declarations: run `npm run build`');
  const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', app], { cwd: root });
  const tarball = join(app, (JSON.parse(stdout) as { filename: string }[])[0].filename);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'client-app', private: true, type: 'module' }));
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2022', 'DOM'], strict: true, noEmit: true, skipLibCheck: true }, include: ['*.ts'] }),
  );
  // A client app needs no native build: scripts off, and from npm's cache where it can.
  await run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--prefer-offline', '--no-package-lock', tarball], { cwd: app });
}, 240_000);

describe('the packed client package', () => {
  it('ships no compiled tests', async () => {
    const installed = join(app, 'node_modules', packageName);
    expect(existsSync(join(installed, 'dist/src/client/index.d.ts'))).toBe(true);
    const { stdout } = await run('find', [join(installed, 'dist'), '-path', '*/test/*', '-o', '-name', '*.test.*']);
    expect(stdout.trim()).toBe('');
  });

  it('type-checks the README snippet in a separate app', async () => {
    writeFileSync(join(app, 'readme.ts'), readmeSnippet());
    const { code, output } = await typecheck();
    expect(output).toBe('');
    expect(code).toBe(0);
  }, 60_000);

  it('catches a mistake against the contract there (the types are real, not any)', async () => {
    writeFileSync(
      join(app, 'mistake.ts'),
      [
        `import { createPlumblineClient } from '${packageName}/client';`,
        "const client = createPlumblineClient({ baseUrl: 'http://127.0.0.1:8080', token: 't', justification: 'PSD-1' });",
        "const { data } = await client.GET('/v1/flags', { params: { query: { status: 'pending' } } });",
        'export const severity: number | undefined = data?.items[0]?.severity;',
      ].join('\n'),
    );
    const { code, output } = await typecheck();
    rmSync(join(app, 'mistake.ts'));
    expect(code).not.toBe(0);
    expect(output).toContain("'\"pending\"' is not assignable");
    expect(output).toMatch(/Type '"low" \| "medium" \| "high"' is not assignable to type 'number'|not assignable to type 'number'/);
  }, 60_000);
});
