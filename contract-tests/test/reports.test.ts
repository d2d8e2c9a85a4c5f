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
    target: { name, kind: 'http', baseUrl: `https://${name}.example`, adapter: { id: name, name: `${name} platform`, version: '2.0', vendor: name }, contractVersion: '1.0.0', capabilities: [] },
    profile: 'full',
    startedAt: '2026-11-29T06:00:00.000Z',
    durationMs: 1234,
    tests: results.flatMap((result) => result.tests),
    requirements: results,
    summary: summarise(results),
    coverage: { offered: [], declined: [], baselineDeclined: [], applicableRequirements: results.filter((one) => one.status !== 'not-offered').length, requirements: results.length },
  };
}

const scores: TargetScores = {
  accuracy: {
    people: 1000,
    records: 74000,
    consolidation: { precision: 0.99, recall: 0.98, f1: 0.985, subjects: 1001 },
    flags: { precision: 1, recall: 0.9, f1: 0.947, expected: 30, raised: 27 },
    ingestRecordsPerSecond: 2500,
    timings: { ingestSeconds: 29.6, generateSeconds: 2, consolidateSeconds: 3, flagSeconds: 1, expectedFlagsSeconds: 1 },
  },
  latency: { overall: { samples: 240, p50Ms: 4, p95Ms: 200 }, byOperation: {} },
  exit: { into: 'a fresh reference engine', equivalent: true, score: 1, byKind: { source: { exported: 1, imported: 1, matching: 1 }, record: { exported: 2, imported: 2, matching: 2 }, override: { exported: 0, imported: 0, matching: 0 }, subject: { exported: 1, imported: 1, matching: 1 }, flag: { exported: 1, imported: 1, matching: 1 } }, exportSeconds: 1, importSeconds: 2, differences: [] },
  errors: [],
};

const report: ConformanceReport = {
  generatedAt: '2026-11-29T06:10:00.000Z',
  profile: 'full',
  people: 1000,
  weights: defaultWeights,
  targets: [targetReport(suite('acme', {}), scores, defaultWeights), targetReport(suite('globex', { 'POR-002': 'fail', 'SRCH-001': 'not-offered', 'SEC-001': 'skip' }), undefined, defaultWeights)],
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

  it('weighs components under the default and the evaluator’s weights', () => {
    const acme = report.targets[0];
    expect(acme.weighted.components).toMatchObject({ must: 1, consolidationF1: 0.985, latency: 0.5, throughput: 0.5, exit: 1 });
    // Weights 30·1 + 10·1 + 20·0.985 + 15·0.947 + 5·0.5 + 5·0.5 + 15·1 over 100 (no MAYs: their weight drops out).
    expect(acme.weighted.total).toBeCloseTo(((30 + 10 + 20 * 0.985 + 15 * 0.947 + 2.5 + 2.5 + 15) / 100) * 100, 1);
    const onlyMusts = Weights.parse({ should: 0, consolidationF1: 0, flagF1: 0, latency: 0, throughput: 0, exit: 0 });
    expect(weightedTotal(report.targets[1], onlyMusts).total).toBeCloseTo((report.targets[1].suite.summary.MUST.pass / (report.targets[1].suite.summary.MUST.total - 1)) * 100, 1);
    expect(() => Weights.parse({ mustt: 3 })).toThrow();
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
