/**
 * `plumbline conformance`: usage mistakes are refused plainly, and a small end-to-end evaluation
 * of the reference engine writes the three reports, prints the summary and exits 0.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { UsageError } from '../../src/cli/command.js';
import { conformanceCommand } from '../../src/cli/conformance-command.js';
import type { ConformanceReport } from '../report/conformance-report.js';

const directory = mkdtempSync(join(tmpdir(), 'plumbline-conformance-command-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('plumbline conformance', () => {
  it.each([
    [['--adapter', 'reference'], '--out DIR is required'],
    [['--out', directory], 'name at least one target'],
    [['--out', directory, '--adapter', 'nobody'], 'unknown adapter "nobody"'],
    [['--out', directory, '--url', 'ftp://x'], 'is not an http(s) URL'],
    [['--out', directory, '--adapter', 'reference', '--profile', 'gold'], '--profile must be baseline or full'],
    [['--out', directory, '--adapter', 'reference', '--people', '12'], '--people must be a whole number from 100'],
  ])('refuses %j', async (argv, message) => {
    await expect(conformanceCommand.run(argv)).rejects.toThrow(UsageError);
    await expect(conformanceCommand.run(argv)).rejects.toThrow(message);
  });

  it('refuses a weights file with an unknown key', async () => {
    const weights = join(directory, 'weights.json');
    writeFileSync(weights, JSON.stringify({ must: 50, speed: 3 }));
    await expect(conformanceCommand.run(['--out', directory, '--adapter', 'reference', '--weights', weights])).rejects.toThrow(/--weights .*speed/);
  });

  it('evaluates the reference engine: three reports, a summary, exit 0', async () => {
    const printed: string[] = [];
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => printed.push(String(chunk)) > 0);
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const weights = join(directory, 'weights.json');
    writeFileSync(weights, JSON.stringify({ must: 50, exit: 20 }));
    const out = join(directory, 'out');
    try {
      expect(await conformanceCommand.run(['--adapter', 'reference', '--people', '100', '--weights', weights, '--out', out])).toBe(0);
    } finally {
      stdout.mockRestore();
      stderr.mockRestore();
    }
    for (const file of ['report.json', 'junit.xml', 'report.html']) expect(existsSync(join(out, file)), file).toBe(true);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as ConformanceReport;
    expect(report.weights).toMatchObject({ must: 50, exit: 20, should: 10 });
    const [reference] = report.targets;
    expect(reference.mustsMet).toBe(true);
    expect(reference.scores?.exit?.equivalent).toBe(true);
    // And back: the state the exit left in the fresh reference engine, into a fresh reference target.
    expect(reference.scores?.return).toMatchObject({ equivalent: true, into: 'reference' });
    expect(reference.scores?.accuracy?.consolidation.f1).toBeGreaterThan(0.99);
    // Speed against the reference in the same run: here the reference itself, so a ratio of 1.
    expect(reference.scores?.throughput?.recordsPerSecond).toBeGreaterThan(0);
    expect(report.speedReference).toMatchObject({ name: 'reference', ingestRecordsPerSecond: reference.scores?.throughput?.recordsPerSecond });
    expect(reference.weighted.components).toMatchObject({ throughput: 1, latency: 1 });
    expect(report.machine?.cores).toBeGreaterThan(0);
    expect(printed.join('')).toMatch(/Machine: .*cores/);
    // The fairness section: the accuracy force's flags audited with its equality data, which the target never sees.
    expect(reference.scores?.fairness).toMatchObject({ computedBy: 'client', method: { truth: true }, population: { people: expect.any(Number) } });
    expect(reference.scores!.fairness!.population.people).toBeGreaterThan(90);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('Fairness on the synthetic force');
    expect(printed.join('')).toMatch(/verdict\s+every MUST met/);
  }, 180_000);
});
