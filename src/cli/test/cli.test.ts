/** The command line as a user meets it: help, usage errors, and the contract document command. */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plumbline, root } from './run-cli.js';

describe('plumbline CLI', () => {
  it('--help lists the commands', async () => {
    const { code, stdout } = await plumbline(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\s+serve\s/m);
    expect(stdout).toMatch(/^\s+openapi\s/m);
    expect(stdout).toMatch(/^\s+token\s/m);
    expect(stdout).toMatch(/^\s+audit\s/m);
  });

  it('an unknown command exits 2 with the help', async () => {
    const { code, stderr } = await plumbline(['frobnicate']);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown command "frobnicate"');
  });

  it('serve refuses a bad option value, naming it, with exit 2', async () => {
    const { code, stderr } = await plumbline(['serve', '--port', 'eighty']);
    expect(code).toBe(2);
    expect(stderr).toContain('--port="eighty"');
  });

  it('serve refuses an unknown option with exit 2', async () => {
    const { code, stderr } = await plumbline(['serve', '--colour', 'blue']);
    expect(code).toBe(2);
    expect(stderr).toContain("Unknown option '--colour'");
  });

  it('openapi writes the same document as the checked-in one', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'plumbline-openapi-'));
    const { code } = await plumbline(['openapi', '--out', join(directory, 'doc.json'), '--types', join(directory, 'types.ts')]);
    expect(code).toBe(0);
    expect(await readFile(join(directory, 'doc.json'), 'utf8')).toBe(await readFile(join(root, 'openapi/plumbline.v1.json'), 'utf8'));
  }, 60_000);
});
