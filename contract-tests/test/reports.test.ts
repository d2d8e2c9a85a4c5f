/**
 * The reports, from a hand-made evaluation of two targets: the HTML scorecard's structure (one
 * column per target, every failure with its statement and values, escaping), the JUnit counts,
 * the summary table and the weighted total. The look of the page is checked by screenshot,
 * outside `npm test` (contract-tests/scripts/screenshot-report.ts).
 */
import { describe, expect, it } from 'vitest';
import { requirements } from '../requirements/index.js';
import { requirementStatus, summarise, type RequirementResult, type Status, type SuiteResult } from '../runner/results.js';
import { targetReport, type ConformanceReport } from '../report/conformance-report.js';
import { scorecardHtml } from '../report/html.js';
import { junitXml } from '../report/junit.js';
import { summaryTable } from '../report/summary-table.js';
import { defaultWeights, Weights, weightedTotal } from '../scores/weights.js';
import type { TargetScores } from '../scores/score-target.js';
import { progressLine } from '../../src/cli/conformance-command.js';

function suite(name: string, statuses: Record<string, Status>): SuiteResult {
  const results: RequirementResult[] = requirements.map((requirement) => {
    const status = statuses[requirement.id] ?? 'pass';
    const test = {
      group: 'group',
      title: `checks ${requirement.id}`,
      requirements: [requirement.id],
      status,
      durationMs: 3,
      ...(status === 'fail' ? { message: 'the flag came back <wrong>', observed: '{"status":"open"}', expected: '{"status":"in_review"}' } : {}),
    };
    return { ...requirement, status: requirementStatus([test]), tests: [test] };
  });
  return {
    target: {
      name,
      kind: 'http',
      baseUrl: `https://${name}.example`,
      adapter: { id: name, name: `${name} platform`, version: '2.0', vendor: name },
      contractVersion: '1.0.0',
      capabilities: [],
    },
    profile: 'full',
    startedAt: '2026-11-29T06:00:00.000Z',
    durationMs: 1234,
    tests: results.flatMap((result) => result.tests),
    requirements: results,
    summary: summarise(results),
    coverage: {
      offered: [],
      declined: [],
      baselineDeclined: [],
      applicableRequirements: results.filter((one) => one.status !== 'not-offered').length,
      requirements: results.length,
    },
  };
}

const byKind = {
  source: { exported: 1, imported: 1, matching: 1 },
  record: { exported: 2, imported: 2, matching: 2 },
  override: { exported: 0, imported: 0, matching: 0 },
  subject: { exported: 1, imported: 1, matching: 1 },
  flag: { exported: 1, imported: 1, matching: 1 },
};
const scores: TargetScores = {
  throughput: { records: 74000, ingestSeconds: 29.6, recordsPerSecond: 2500 },
  accuracy: {
    records: 74000,
    consolidation: { precision: 0.99, recall: 0.98, f1: 0.985, subjects: 1001 },
    flags: { precision: 1, recall: 0.9, f1: 0.947, expected: 30, raised: 27 },
    timings: { ingestSeconds: 29.6, generateSeconds: 2, consolidateSeconds: 3, flagSeconds: 1, expectedFlagsSeconds: 1 },
  },
  latency: {
    overall: { samples: 240, p50Ms: 4, p95Ms: 200 },
    byOperation: { getRecord: { samples: 60, p50Ms: 4, p95Ms: 200 }, listFlags: { samples: 60, p50Ms: 4, p95Ms: 200 } },
  },
  exit: { into: 'a fresh reference engine', equivalent: true, score: 1, byKind, exportSeconds: 1, importSeconds: 2, differences: [] },
  notOffered: {},
  errors: [],
};

/** The reference engine in the same run: twice as fast as acme at ingest, p95 100 ms. */
const reference = { name: 'reference', ingestRecordsPerSecond: 5000, p95Ms: 100, p95ByOperation: { getRecord: 100, listFlags: 100, getSubject: 1 } };

const report: ConformanceReport = {
  generatedAt: '2026-11-29T06:10:00.000Z',
  profile: 'full',
  people: 1000,
  weights: defaultWeights,
  speedReference: reference,
  machine: { cpu: 'Test CPU', cores: 2, memoryGiB: 24, loadAverage: 1.5, node: 'v20.20.2', os: 'linux' },
  targets: [
    targetReport(suite('acme', {}), scores, defaultWeights, reference),
    targetReport(suite('globex', { 'POR-002': 'fail', 'SRCH-001': 'not-offered', 'SEC-001': 'skip' }), undefined, defaultWeights, reference),
  ],
};

describe('the HTML scorecard', () => {
  const page = scorecardHtml(report);

  it('puts the targets side by side, one column each, with their verdicts', () => {
    expect(page).toMatch(/^<!doctype html>/);
    expect(page.match(/<th scope="col">acme<\/th>/g)).toHaveLength(2); // the scorecard and the exit rehearsal
    expect(page).toContain('<th scope="col">globex</th>');
    expect(page).toContain('Every MUST met');
    expect(page).toContain('1 MUST not met');
    expect(page).toContain('F1 0.985');
  });

  it('shows every failure with its requirement’s statement and the observed and expected values, escaped', () => {
    const failure = page.slice(page.indexOf('<h2>Failures</h2>'), page.indexOf('<h2>Requirements</h2>'));
    expect(failure).toContain('POR-002');
    expect(failure).toContain('every flag with its reviews');
    expect(failure).toContain('the flag came back &lt;wrong&gt;');
    expect(failure).toContain('{&quot;status&quot;:&quot;in_review&quot;}');
    expect(page).not.toContain('<wrong>');
  });

  it('lists every requirement with each target’s status', () => {
    for (const requirement of requirements) expect(page).toContain(`<td class="id">${requirement.id}</td>`);
    expect(page).toContain('<span class="badge not-offered" title="">not offered</span>');
  });
});

describe('what the scorecard shows besides the figures', () => {
  it('gives each skip and not-offered its reason on the page, and a filter for what needs attention', () => {
    const skipped = suite('skipper', { 'SEC-001': 'skip' });
    const withReason = {
      ...skipped,
      requirements: skipped.requirements.map((one) =>
        one.id === 'SEC-001' ? { ...one, tests: [{ ...one.tests[0], message: 'The harness was given no token.' }] } : one,
      ),
    };
    const page = scorecardHtml({ ...report, targets: [targetReport(withReason, undefined, defaultWeights)] });
    expect(page).toContain('<div class="note reason">The harness was given no token.</div>');
    expect(page).toMatch(/<input type="checkbox" id="failures-only">/);
    expect(page).toMatch(/#failures-only:checked ~ main tr\.all-pass/);
    expect(page).toContain('<tr class="attention"><td class="id">SEC-001</td>');
    expect(page).toContain('<tr class="all-pass"><td class="id">SRC-001</td>');
  });

  it('has a counts table for the return rehearsal as for the exit, and names the machine and the reference', () => {
    const back = { ...scores.exit!, into: 'acme', byKind: { ...byKind, record: { exported: 2, imported: 1, matching: 1 } } };
    const page = scorecardHtml({ ...report, targets: [targetReport(suite('acme', {}), { ...scores, return: back }, defaultWeights, reference)] });
    const returned = page.slice(page.indexOf('<h2>Return rehearsal</h2>'));
    expect(returned).toContain('<th scope="row">records</th><td>2 → 1 <span class="verdict bad">1 identical</span></td>');
    expect(page).toContain('Measured on Test CPU, 2 cores, 24 GiB, load 1.5 at start');
    const table = summaryTable(report);
    expect(table).toContain('Speed is a ratio to reference measured in this run (5000 records/s, p95 100.0 ms).');
    expect(table).toContain('Machine: Test CPU, 2 cores');
    expect(table).toMatch(/ingest records\/s\s+2500 \(50 % of ref\.\)/);
    expect(table).toMatch(/points lost\s+.*latency −2\.5/);
  });

  it('prints what was observed and expected for every failure as it happens', () => {
    const line = progressLine('acme', {
      group: 'g',
      title: 'a record reads back exactly as sent',
      requirements: ['REC-006'],
      status: 'fail',
      durationMs: 1,
      message: 'the record as held',
      observed: '{"occurredAt":"…T09:41:00+01:00"}',
      expected: '{"occurredAt":"…T09:41:27.250+01:00"}',
    });
    expect(line).toContain('observed: {"occurredAt":"…T09:41:00+01:00"}');
    expect(line).toContain('expected: {"occurredAt":"…T09:41:27.250+01:00"}');
  });
});

describe('accuracy per force', () => {
  it('shows each force’s precision and recall apart, with the naive join beside them, in the summary and the page', () => {
    const naive = { method: 'naive exact-identifier join', precision: 0.993, recall: 0.892, f1: 0.9397 };
    const typical = { ...scores.accuracy!, force: 'typical', baseline: naive };
    const hard = {
      ...scores.accuracy!,
      force: 'hard',
      consolidation: { precision: 0.9918, recall: 0.5424, f1: 0.7012, subjects: 1200 },
      baseline: { ...naive, precision: 0.9972, recall: 0.5221, f1: 0.6853 },
      hardNonMatches: { planted: 12, merged: 1, byKind: { twin: { planted: 12, merged: 1 } } },
    };
    const withForces = {
      ...report,
      targets: [targetReport(suite('acme', {}), { ...scores, accuracy: typical, accuracyByForce: [typical, hard] }, defaultWeights, reference)],
    };
    const table = summaryTable(withForces);
    expect(table).toMatch(/consolidation, typical\s+P 0\.9900 R 0\.9800 F1 0\.9850 · naive F1 0\.9397/);
    expect(table).toMatch(/consolidation, hard\s+P 0\.9918 R 0\.5424 F1 0\.7012 · naive F1 0\.6853 · look-alikes merged 1\/12/);
    expect(table).toContain('The weighted total uses the first force (typical).');
    const page = scorecardHtml(withForces);
    expect(page).toContain(
      '<strong>hard</strong>: precision 0.992 · recall 0.542 · F1 0.701 · naive join F1 0.685 (P 0.997, R 0.522) · look-alikes merged 1 of 12',
    );
    // The weighted total reads the first force only.
    expect(withForces.targets[0].weighted.components.consolidationF1).toBe(0.985);
  });
});

describe('the JUnit report', () => {
  it('has a suite per target and a case per requirement, with failures and skips counted', () => {
    const xml = junitXml(report);
    expect(xml.match(/<testcase /g)).toHaveLength(2 * requirements.length);
    expect(xml).toContain(`<testsuite name="globex" tests="${requirements.length}" failures="1" errors="0" skipped="2"`);
    expect(xml).toContain('<failure message="the flag came back &lt;wrong&gt;" type="MUST">');
  });
});

describe('the summary and the weighted total', () => {
  it('prints one column per target', () => {
    const [header, , ...rows] = summaryTable(report).split('\n');
    expect(header).toMatch(/acme\s+globex$/);
    expect(rows.find((row) => row.startsWith('verdict'))).toMatch(/every MUST met\s+1 MUST not met/);
  });

  it('weighs components under the default and the evaluator’s weights, speed as a ratio to the reference in the run', () => {
    const acme = report.targets[0];
    // Ingest 2,500 records/s against the reference's 5,000: 0.5; p95 200 ms against 100 ms on the
    // operations both measured (getSubject, measured only on the reference, is not compared): 0.5.
    expect(acme.weighted.components).toMatchObject({ must: 1, consolidationF1: 0.985, latency: 0.5, throughput: 0.5, exit: 1 });
    // Weights 30·1 + 10·1 + 20·0.985 + 15·0.947 + 5·0.5 + 5·0.5 + 15·1 over 100 (no MAYs: their weight drops out).
    expect(acme.weighted.total).toBeCloseTo(((30 + 10 + 20 * 0.985 + 15 * 0.947 + 2.5 + 2.5 + 15) / 100) * 100, 1);
    expect(acme.weighted.lostPoints).toMatchObject({ must: 0, latency: 2.5, throughput: 2.5, consolidationF1: 0.3 });
    const onlyMusts = Weights.parse({ should: 0, consolidationF1: 0, flagF1: 0, latency: 0, throughput: 0, exit: 0 });
    const globex = report.targets[1].suite.summary.MUST;
    // Not offered and skipped requirements are out of the share: passes over what applies.
    expect(weightedTotal(report.targets[1], onlyMusts, reference).total).toBeCloseTo(
      (globex.pass / (globex.total - globex.skip - globex['not-offered'])) * 100,
      1,
    );
    expect(() => Weights.parse({ mustt: 3 })).toThrow();
    expect(() => Weights.parse({ throughputTarget: 5000 })).toThrow();
  });

  it('leaves out what a target declines, scores 0 what failed, and shows coverage apart', () => {
    const partial = suite(
      'partial',
      Object.fromEntries(
        requirements.filter((one) => one.capability && !['sources', 'records.ingest'].includes(one.capability)).map((one) => [one.id, 'not-offered' as Status]),
      ),
    );
    const declined: TargetScores = {
      throughput: scores.throughput,
      notOffered: { accuracy: 'needs consolidation, which the target declines', exit: 'needs portability.export, which the target declines' },
      errors: ['latency: the server hung up'],
    };
    const target = targetReport(partial, declined, defaultWeights, reference);
    expect(target.weighted.components.must).toBe(1);
    expect(target.weighted.excluded).toMatchObject({
      consolidationF1: expect.stringContaining('not offered'),
      flagF1: expect.stringContaining('not offered'),
      exit: expect.stringContaining('not offered'),
    });
    expect(target.weighted.excluded.latency).toBeUndefined();
    // Counted: MUST 30, SHOULD 10, latency 5 (failed: 0), throughput 5 (0.5): 40 + 2.5 of 50.
    expect(target.weighted.total).toBeCloseTo((42.5 / 50) * 100, 1);
    expect(target.weighted.lostPoints.latency).toBeCloseTo(10, 1);
    const page = scorecardHtml({ ...report, targets: [target] });
    expect(page).toContain('not offered</span><div class="note">needs consolidation, which the target declines; left out of the total');
    expect(page).toContain('latency: the server hung up; scores 0');
    expect(page).toContain('Points lost');
  });

  it('weighs the way out and the way back alike, and shows both', () => {
    const halfBack = { ...scores.exit!, into: 'acme', equivalent: false, score: 0.5 };
    const target = targetReport(suite('acme', {}), { ...scores, return: halfBack }, defaultWeights);
    expect(target.weighted.components.exit).toBe(0.75);
    const table = summaryTable({ ...report, targets: [target] });
    expect(table).toMatch(/exit rehearsal\s+100\.0 % kept/);
    expect(table).toMatch(/return rehearsal\s+50\.0 % kept/);
    expect(scorecardHtml({ ...report, targets: [target] })).toContain('Return rehearsal');
  });
});
