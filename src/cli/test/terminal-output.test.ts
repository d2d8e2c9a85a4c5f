/**
 * What `plumbline serve` prints for a person at a terminal and for a log collector: readable log
 * lines on a terminal (a real pseudo-terminal, through `script`), JSON lines otherwise; a progress
 * line rewritten in place on a terminal, one line per source otherwise.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { progressLine } from '../progress-line.js';
import { root } from './run-cli.js';

const logOneLine = [
  "import { createServeLogger } from './src/gateway/logging.ts';",
  "const log = createServeLogger('info', process.stdout.isTTY === true);",
  "log.info({ runId: 'run-000001', kind: 'consolidation' }, 'consolidation run succeeded in 1.2 s');",
].join(' ');

async function run(file: string, args: string[]) {
  const { stdout } = await promisify(execFile)(file, args, { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
  return stdout;
}

describe('serve logs', () => {
  it('are JSON lines when stdout is not a terminal', async () => {
    const output = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', logOneLine]);
    expect(JSON.parse(output.trim())).toMatchObject({ level: 30, msg: 'consolidation run succeeded in 1.2 s', runId: 'run-000001' });
  }, 60_000);

  it.skipIf(!existsSync('/usr/bin/script'))(
    'are readable lines on a terminal',
    async () => {
      const command = `${process.execPath} --import tsx --input-type=module -e "${logOneLine.replace(/"/g, '\\"')}"`;
      const output = await run('/usr/bin/script', ['-qec', command, '/dev/null']);
      expect(output).toMatch(/\d\d:\d\d:\d\d\] INFO.*consolidation run succeeded in 1\.2 s/);
      expect(output).not.toContain('{"level"');
    },
    60_000,
  );
});

describe('the load progress line', () => {
  function fakeStream(isTTY: boolean) {
    const writes: string[] = [];
    return { writes, stream: { isTTY, write: (text: string) => writes.push(text) } as unknown as NodeJS.WriteStream };
  }

  it('is one line rewritten in place on a terminal, throttled, and a step is a line of its own', () => {
    const { writes, stream } = fakeStream(true);
    const progress = progressLine('demo', stream);
    for (let batch = 1; batch <= 50; batch++) progress.records(batch * 5000, { sourceId: 'duty-roster', position: 9, of: 12 });
    progress.step('consolidating');
    progress.done();
    // Fifty batches in a moment are one write, rewritten in place; the step ends the line it is on.
    expect(writes).toEqual(['\r\x1b[2Kdemo: ingesting duty-roster (source 9 of 12), 5,000 records so far', '\r\x1b[2Kdemo: consolidating', '\n']);
  });

  it('is a line per source in a log', () => {
    const { writes, stream } = fakeStream(false);
    const progress = progressLine('demo', stream);
    for (let batch = 1; batch <= 10; batch++) progress.records(batch * 5000, { sourceId: 'duty-roster', position: 9, of: 12 });
    progress.records(55_000, { sourceId: 'training', position: 11, of: 12 });
    expect(writes).toEqual([
      'demo: ingesting duty-roster (source 9 of 12), 5,000 records so far\n',
      'demo: ingesting training (source 11 of 12), 55,000 records so far\n',
    ]);
  });
});
