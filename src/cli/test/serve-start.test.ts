/**
 * `plumbline serve` as a newcomer starts it: a mistake is reported at once, naming the setting
 * that fixes it, before any data is touched and without a stack trace; a demo load stopped with
 * Ctrl-C is finished at the next start, and the start says what the store holds.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEVELOPMENT_ISSUER, ensureDevelopmentKey, mintToken } from '../../gateway/security/development-key.js';
import { StartupError } from '../command.js';
import { serveCommand } from '../serve-command.js';
import { plumbline, startPlumbline } from './run-cli.js';

const directory = mkdtempSync(join(tmpdir(), 'plumbline-serve-start-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

/** Settings that keep every file of a start inside `folder`. */
function filesIn(folder: string) {
  return { PLUMBLINE_DB: join(folder, 'plumbline.db'), PLUMBLINE_AUDIT_DB: join(folder, 'audit.db'), PLUMBLINE_DEV_KEY: join(folder, 'key.json') };
}

const stackFrame = /^\s+at /m;

describe('plumbline serve start-up failures', () => {
  it('reports a busy port at once, naming PLUMBLINE_PORT, before loading the demo or touching the store', async () => {
    const busy: Server = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as { port: number }).port;
    const folder = join(directory, 'busy');
    try {
      const { code, stderr } = await plumbline(['serve'], { ...filesIn(folder), PLUMBLINE_PORT: String(port) });
      expect(code).toBe(1);
      expect(stderr).toContain(`Port ${port} on 127.0.0.1 is already in use`);
      expect(stderr).toContain('PLUMBLINE_PORT (or --port)');
      expect(stderr).not.toContain('demo:');
      expect(stderr).not.toMatch(stackFrame);
      expect(existsSync(folder)).toBe(false);
    } finally {
      busy.close();
    }
  }, 60_000);

  // In process (the command's own checks, without the cost of starting a process):
  it('reports a database path under a file, naming PLUMBLINE_DB', async () => {
    const file = join(directory, 'a-file');
    writeFileSync(file, 'not a directory');
    const start = serveCommand.run(['--port', '0', '--db', join(file, 'plumbline.db')]);
    await expect(start).rejects.toThrow(StartupError);
    await expect(start).rejects.toThrow(
      `PLUMBLINE_DB=${join(file, 'plumbline.db')} cannot be created: ${file} is a file, not a directory. Set PLUMBLINE_DB (or --db)`,
    );
  });

  it('says what a bad port setting should be', async () => {
    await expect(serveCommand.run(['--port', 'abc'])).rejects.toThrow('--port="abc": must be a whole number from 0 to 65535');
  });
});

describe('the demo load', () => {
  it('stopped with Ctrl-C, is finished at the next start, which says what the store holds', async () => {
    const folder = join(directory, 'interrupted');
    const environment = { ...filesIn(folder), PLUMBLINE_PORT: '0', PLUMBLINE_DEMO_PEOPLE: '300' };

    const first = startPlumbline(['serve'], environment);
    await first.waitFor(/demo: ingesting/);
    first.child.kill('SIGINT');
    expect(await first.exited()).toBe(130);
    expect(first.stderr()).toContain('The next start finishes any demo load left unfinished');
    expect(JSON.parse(readFileSync(join(folder, 'plumbline.db.load.json'), 'utf8'))).toMatchObject({ kind: 'demo', status: 'loading', people: 300 });

    const second = startPlumbline(['serve'], environment);
    try {
      const [, address] = await second.waitFor(/Plumbline gateway on (http:\/\/\S+)/, 120_000);
      await second.waitFor(/or open /);
      expect(second.stderr()).toContain('demo: finishing the demo load that was interrupted');
      // The printed token command names the key this gateway uses, since it is not the default.
      expect(second.stderr()).toContain(`TOKEN=$(npx plumbline token --key ${environment.PLUMBLINE_DEV_KEY} --role analyst --role reviewer --sub you)`);
      expect(second.stderr()).toMatch(/holds the demo force \(300 people\), loaded .* in \d+ s:\n\s+[\d,]+ records, [\d,]+ subjects, [\d,]+ open flags/);

      const key = await ensureDevelopmentKey(environment.PLUMBLINE_DEV_KEY);
      const token = await mintToken(key, { subject: 'newcomer', roles: ['analyst'], issuer: DEVELOPMENT_ISSUER, audience: 'plumbline', ttl: '5m' });
      const response = await fetch(`${address}/v1/flags?limit=500`, { headers: { authorization: `Bearer ${token}`, 'plumbline-justification': 'TEST-1' } });
      expect(response.status).toBe(200);
      expect(((await response.json()) as { items: unknown[] }).items.length).toBeGreaterThan(10);
    } finally {
      second.child.kill('SIGINT');
      await second.exited();
    }
    expect(JSON.parse(readFileSync(join(folder, 'plumbline.db.load.json'), 'utf8'))).toMatchObject({ status: 'complete' });
  }, 180_000);
});
