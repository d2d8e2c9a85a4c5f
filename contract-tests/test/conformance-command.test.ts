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
import { synthesizeForce, writeForce } from '../../src/synth/index.js';

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
    [
      ['--out', directory, '--adapter', 'reference', '--force-profile', 'typical,grimy'],
      '--force-profile "typical,grimy": each must be one of clean, typical, hard',
    ],
    [['--out', directory, '--adapter', 'reference', '--dataset', join(directory, 'nowhere')], 'sources.json: missing'],
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
    // An evaluator's labelled data set: here a small written hard force, which has the data-set layout.
    const dataset = join(directory, 'sample');
    await writeForce(synthesizeForce({ people: 100, months: 3, seed: 4, profile: 'hard' }), dataset);
    try {
      // Clean data: the accuracy bound below is the clean force's.
      expect(
        await conformanceCommand.run([
          '--adapter',
          'reference',
          '--people',
          '100',
          '--force-profile',
          'clean',
          '--dataset',
          dataset,
          '--weights',
          weights,
          '--out',
          out,
        ]),
      ).toBe(0);
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
    // Accuracy per force, the naive join beside each: the clean profile, then the data set on a fresh instance.
    expect(report.forceProfiles).toEqual(['clean']);
    expect(report.dataset).toMatchObject({ name: 'sample', people: 100 });
    const [clean, sample] = reference.scores?.accuracyByForce ?? [];
    expect(clean).toMatchObject({ force: 'clean', consolidation: reference.scores?.accuracy?.consolidation });
    expect(clean.baseline?.f1).toBeGreaterThan(0.9);
    expect(sample.force).toBe('dataset sample');
    expect(sample.baseline!.recall).toBeLessThan(0.95);
    expect(sample.consolidation.precision).toBeGreaterThan(0);
    expect(printed.join('')).toMatch(/consolidation, dataset sample\s+P \d\.\d{4} R \d\.\d{4} F1 \d\.\d{4} · naive F1/);
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
