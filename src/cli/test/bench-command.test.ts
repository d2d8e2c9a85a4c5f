/**
 * `plumbline bench` end to end on a small force: the report has every key the issue asks for, and
 * the figures are the engine's real ones (an engine that lost records or merged people would fail
 * the accuracy bounds; a harness that skipped a phase would report no time for it).
 */
import { describe, expect, it } from 'vitest';
import { plumbline } from './run-cli.js';

describe('plumbline bench', () => {
  it('prints one JSON report with accuracy, timings, memory and HTTP figures', async () => {
    // Clean data: the accuracy bounds below are the clean force's (typical, the default, is harder).
    const { code, stdout, stderr } = await plumbline([
      'bench',
      '--profile',
      'clean',
      '--people',
      '300',
      '--months',
      '3',
      '--http-seconds',
      '1',
      '--http-rounds',
      '1',
    ]);
    expect(code, stderr).toBe(0);
    const report = JSON.parse(stdout);

    expect(report).toMatchObject({ adapter: 'reference', people: 300, months: 3, seed: 1, profile: 'clean' });
    expect(report.records).toBeGreaterThan(5_000);
    expect(report.consolidation.f1).toBeGreaterThan(0.98);
    expect(report.consolidation.people).toBe(300);
    // The naive join is scored beside the engine on the same records; on clean data it is already strong.
    expect(report.baseline.f1).toBeGreaterThan(0.9);
    expect(report.baseline.f1).toBeLessThanOrEqual(1);
    expect(report.lift.f1).toBeCloseTo(report.consolidation.f1 - report.baseline.f1, 9);
    // Planted patterns exist at this size, and the engine finds most of them.
    expect(report.flags.expected).toBeGreaterThan(10);
    expect(report.flags.recall).toBeGreaterThan(0.8);
    expect(report.flags.precision).toBeGreaterThan(0.8);

    const { timings } = report;
    for (const phase of ['ingestSeconds', 'generateSeconds', 'consolidateSeconds', 'flagSeconds', 'expectedFlagsSeconds', 'parseValidateSeconds'])
      expect(timings[phase], phase).toBeGreaterThan(0);
    // Each phase over the parse-and-validate floor measured in the same run.
    expect(report.floorRatios.ingest).toBeCloseTo(timings.ingestSeconds / timings.parseValidateSeconds, 6);
    expect(report.floorRatios.total).toBeCloseTo(timings.totalSeconds / timings.parseValidateSeconds, 6);
    expect(timings.totalSeconds).toBeCloseTo(timings.ingestSeconds + timings.consolidateSeconds + timings.flagSeconds, 6);
    expect(report.ingestRecordsPerSecond).toBeCloseTo(report.records / timings.ingestSeconds, 0);
    // The scorer ran in its own process: both peaks are measured, separately.
    expect(report.peakRssBytes).toBeGreaterThan(50 * 2 ** 20);
    expect(report.scorerPeakRssBytes).toBeGreaterThan(30 * 2 ** 20);

    // The fairness audit of the flags, timed: everyone with HR records is in the equality data.
    expect(report.fairness.people).toBeGreaterThan(280);
    expect(report.fairness.flaggedPeople).toBeGreaterThan(0);
    expect(report.fairness.auditSeconds).toBeGreaterThan(0);
    expect(report.fairness.equalitySeconds).toBeGreaterThan(0);

    const { http } = report;
    for (const key of ['subjectReadRps', 'flagListRps', 'helloWorldRps', 'directSubjectReadRps', 'auditOnRps', 'auditOffRps'])
      expect(http[key], key).toBeGreaterThan(0);
    expect(http.ratio).toBeCloseTo(http.subjectReadRps / http.helloWorldRps, 6);
    expect(http.readOverheadRatio).toBeCloseTo(http.subjectReadRps / http.directSubjectReadRps, 6);
    // The same question asked of CPU time per read, which the neighbours' load disturbs less.
    expect(http.subjectCpuMicrosPerRead).toBeGreaterThan(0);
    expect(http.readOverheadCpuRatio).toBeCloseTo(http.directCpuMicrosPerRead / http.subjectCpuMicrosPerRead, 6);
    expect(http.directP99Ms).toBeGreaterThanOrEqual(http.directP50Ms);
    expect(http.auditRatio).toBeCloseTo(http.auditOnRps / http.auditOffRps, 6);
    expect(http.p99Ms).toBeGreaterThanOrEqual(http.p50Ms);
    // Every measured request was answered with success: a 4xx would mean the benchmark measured refusals.
    expect(http.non2xx).toBe(0);
    expect(stderr).toMatch(/consolidation run/);
  }, 120_000);

  it('scores a hard force with the naive baseline beside the engine', async () => {
    const { code, stdout, stderr } = await plumbline(['bench', '--profile', 'hard', '--people', '200', '--months', '2', '--no-http']);
    expect(code, stderr).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.profile).toBe('hard');
    expect(report.http).toBeUndefined();
    // Planted look-alikes are counted on their own: how many of them the engine merged.
    expect(report.hardNonMatches.planted).toBeGreaterThan(0);
    expect(report.hardNonMatches.merged).toBeLessThanOrEqual(report.hardNonMatches.planted);
    // Format variants and renumbered people split the naive join's clusters: its recall falls well short.
    expect(report.baseline.recall).toBeLessThan(0.95);
    for (const figure of ['precision', 'recall', 'f1']) {
      expect(report.consolidation[figure], figure).toBeGreaterThan(0);
      expect(report.baseline[figure], figure).toBeGreaterThan(0);
    }
  }, 120_000);

  it('refuses a bad profile with a clear message', async () => {
    const { code, stderr } = await plumbline(['bench', '--profile', 'filthy']);
    expect(code).toBe(2);
    expect(stderr).toContain('--profile="filthy" must be one of clean, typical, hard');
  });

  it('refuses a bad argument with a clear message', async () => {
    const { code, stderr } = await plumbline(['bench', '--people', 'lots']);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/--people must be a whole number/);
  });
});
