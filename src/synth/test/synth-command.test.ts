/** `plumbline synth` as a user meets it: bad arguments are refused clearly, good ones write a force. */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plumbline } from '../../cli/test/run-cli.js';

describe('plumbline synth', () => {
  it.each([
    [['--people', 'many', '--out', 'x'], '--people="many" must be a whole number from 100 to 500000'],
    [['--people', '50', '--out', 'x'], '--people="50" must be a whole number from 100 to 500000'],
    [['--months', '0', '--out', 'x'], '--months="0" must be a whole number from 1 to 120'],
    [['--seed=-3', '--out', 'x'], '--seed="-3" must be a whole number'],
    [['--seed', '1.5', '--out', 'x'], '--seed="1.5" must be a whole number'],
    [['--noise', 'loud', '--out', 'x'], '--noise="loud" must be a number from 0 to 5'],
    [['--people', '500'], '--out DIR is required'],
    [['--profile', 'messy', '--out', 'x'], '--profile="messy" must be one of clean, typical, hard'],
    [['--colour', 'blue', '--out', 'x'], "Unknown option '--colour'"],
  ])('refuses %j with exit 2 and a clear message', async (args, message) => {
    const { code, stderr } = await plumbline(['synth', ...args]);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr).toContain('Usage: plumbline synth');
  });

  it('writes a small force with progress on stderr', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'plumbline-synth-cli-'));
    const { code, stderr } = await plumbline(['synth', '--people', '150', '--months', '2', '--seed', '9', '--out', directory]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/synth: done: \d+ records/);
    // The next step after synth: how to serve what it wrote.
    expect(stderr).toContain(`to serve it: npx plumbline load --data ${directory}`);
    const manifest = JSON.parse(readFileSync(join(directory, 'manifest.json'), 'utf8'));
    // typical is the default profile; its rates are written beside the parameters.
    expect(manifest.parameters).toEqual({ people: 150, months: 2, seed: 9, noise: 1, profile: 'typical' });
    expect(manifest.profile.sources['duty-roster'].leadingZerosDropped).toBe(1);
    for (const file of ['sources.json', 'truth.ndjson', 'people.ndjson', 'planted.ndjson', 'records/hr-core.ndjson'])
      expect(existsSync(join(directory, file)), file).toBe(true);
  }, 60_000);

  it('writes the clean force, with no profile in its manifest, when asked for clean', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'plumbline-synth-cli-'));
    const { code } = await plumbline(['synth', '--profile', 'clean', '--people', '150', '--months', '2', '--seed', '9', '--out', directory]);
    expect(code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(directory, 'manifest.json'), 'utf8'));
    expect(manifest.parameters).toEqual({ people: 150, months: 2, seed: 9, noise: 1 });
    expect(manifest.profile).toBeUndefined();
  }, 60_000);
});
