/**
 * The sections of the HTML scorecard after the summary, each a view of the report with one column
 * per target: every failure with its requirement, the requirements matrix, the exit rehearsals and
 * the weights.
 */
import { areaTitles, requirements } from '../requirements/index.js';
import type { RequirementResult, TestResult } from '../runner/results.js';
import { defaultWeights, Weights } from '../scores/weights.js';
import type { ConformanceReport, TargetReport } from './conformance-report.js';
import { badge, html, statement, whole, type Raw } from './html-format.js';

const failed = (status: string) => status === 'fail' || status === 'error';

function failedTest(test: TestResult): Raw {
  const pair = (label: string, value: string | undefined) => (value ? html`<div class="pair"><span>${label}</span><pre>${value}</pre></div>` : '');
  return html`<div class="test"><div class="test-title">${test.title}</div><div>${test.message ?? ''}</div>${pair('observed', test.observed)}${pair('expected', test.expected)}</div>`;
}

function failureCard(requirement: RequirementResult): Raw {
  const head = html`${badge(requirement.status)} <strong>${requirement.id}</strong> <span class="level">${requirement.level}</span> ${statement(requirement.statement)}`;
  const tests = requirement.tests.filter((test) => failed(test.status)).map(failedTest);
  return html`<div class="failure ${requirement.level.toLowerCase()}"><div class="failure-head">${head}</div>${tests}</div>`;
}

function targetFailures(target: TargetReport): Raw {
  const name = html`<h3>${target.suite.target.name}</h3>`;
  const cards = target.suite.requirements.filter((requirement) => failed(requirement.status)).map(failureCard);
  const measurements = (target.scores?.errors ?? []).map(
    (error) => html`<div class="failure"><div class="failure-head">${badge('error')} <strong>Measurement</strong> ${error}</div></div>`,
  );
  if (cards.length + measurements.length === 0) return html`${name}<p class="ok-line">No failures.</p>`;
  return html`${name}${cards}${measurements}`;
}

export function failuresSection(report: ConformanceReport): Raw {
  return html`<section><h2>Failures</h2>${report.targets.map(targetFailures)}</section>`;
}

function statusCell(target: TargetReport, id: string): Raw {
  const result = target.suite.requirements.find((one) => one.id === id);
  if (!result) return html`<td class="status"><span class="muted">—</span></td>`;
  const note = result.tests.find((test) => test.status === result.status)?.message;
  // Why it was not checked is part of the result: on the page, not only in a tooltip.
  const reason = (result.status === 'skip' || result.status === 'not-offered') && note ? html`<div class="note reason">${note}</div>` : '';
  return html`<td class="status">${badge(result.status, note)}${reason}</td>`;
}

export function matrixSection(report: ConformanceReport): Raw {
  const inRun = (id: string) => report.targets.some((target) => target.suite.requirements.some((result) => result.id === id));
  const areas = [...new Set(requirements.map((requirement) => requirement.id.split('-')[0]))];
  const rows = areas.flatMap((area) => {
    const inArea = requirements.filter((requirement) => requirement.id.startsWith(`${area}-`) && inRun(requirement.id));
    if (inArea.length === 0) return [];
    const heading = html`<tr class="area"><td colspan="${3 + report.targets.length}">${areaTitles[area] ?? area}</td></tr>`;
    return [
      heading,
      ...inArea.map((requirement) => {
        const where = html`<div class="note">${requirement.capability ?? 'every target'} · ${requirement.profile}</div>`;
        const cells = report.targets.map((target) => statusCell(target, requirement.id));
        const allPass = report.targets.every((target) => target.suite.requirements.find((one) => one.id === requirement.id)?.status === 'pass');
        return html`<tr class="${allPass ? 'all-pass' : 'attention'}"><td class="id">${requirement.id}</td><td><span class="level">${requirement.level}</span></td><td>${statement(requirement.statement)}${where}</td>${cells}</tr>`;
      }),
    ];
  });
  const heads = report.targets.map((target) => html`<th>${target.suite.target.name}</th>`);
  return html`<section><h2>Requirements</h2><table class="matrix"><thead><tr><th>Id</th><th>Level</th><th>Requirement</th>${heads}</tr></thead><tbody>${rows}</tbody></table></section>`;
}

/** One rehearsal's counts, kind by kind, one column per target: exported → held after import, and how many identical. */
function rehearsalTable(report: ConformanceReport, which: 'exit' | 'return', title: string, explanation: string): Raw {
  const rehearsed = report.targets.filter((target) => target.scores?.[which] && !target.scores[which]!.error);
  if (rehearsed.length === 0) return html``;
  const done = rehearsed.map((target) => target.scores![which]!);
  const kinds = Object.keys(done[0].byKind) as (keyof (typeof done)[0]['byKind'])[];
  const rows = kinds.map((kind) => {
    const cells = done.map((rehearsal) => {
      const counts = rehearsal.byKind[kind];
      const intact = counts.matching === counts.exported && counts.matching === counts.imported;
      return html`<td>${whole(counts.exported)} → ${whole(counts.imported)}${intact ? '' : html` <span class="verdict bad">${whole(counts.matching)} identical</span>`}</td>`;
    });
    return html`<tr><th scope="row">${kind}s</th>${cells}</tr>`;
  });
  const into = html`<tr><th scope="row">into</th>${done.map((rehearsal) => html`<td class="note">${rehearsal.into}</td>`)}</tr>`;
  const timing = html`<tr><th scope="row">time</th>${done.map((rehearsal) => html`<td class="note">export ${rehearsal.exportSeconds} s · import ${rehearsal.importSeconds} s</td>`)}</tr>`;
  const heads = rehearsed.map((target) => html`<th scope="col">${target.suite.target.name}</th>`);
  const differences = rehearsed
    .filter((target) => target.scores![which]!.differences.length > 0)
    .map((target) => html`<h3>${target.suite.target.name}: lines that differ</h3><pre>${target.scores![which]!.differences.join('\n')}</pre>`);
  return html`<section><h2>${title}</h2><p>${explanation}</p>
<table class="summary"><thead><tr><th></th>${heads}</tr></thead><tbody>${rows}${into}${timing}</tbody></table>${differences}</section>`;
}

export function exitSection(report: ConformanceReport): Raw {
  return html`${rehearsalTable(report, 'exit', 'Exit rehearsal', 'Everything exported from the target, imported into another adapter, exported again and compared line by line (exported → held after import).')}${rehearsalTable(
    report,
    'return',
    'Return rehearsal',
    'What the exit left in that adapter, imported into a fresh instance of the target and compared the same way.',
  )}`;
}

export function weightsSection(report: ConformanceReport): Raw {
  const shape = Weights.shape as Record<string, { description?: string }>;
  const defaults = defaultWeights as Record<string, number>;
  const rows = Object.entries(report.weights).map(([name, value]) => {
    const origin = defaults[name] === value ? 'default' : `default ${defaults[name]}`;
    return html`<tr><td>${name}</td><td>${value}</td><td class="muted">${origin}</td><td>${statement(shape[name]?.description ?? '')}</td></tr>`;
  });
  return html`<section><h2>Weights</h2>
<p>Each component scores 0 to 1; the total is their weighted mean, out of 100, over what the target offers. A component whose capability the
target declines is left out (its weight shared by the others) and coverage is shown apart; one it offers but that failed to be measured scores 0.
Speed is a ratio to the reference engine measured in the same run. The total ranks bidders; it does not excuse a failed MUST or a gap in the
baseline: see the coverage and verdict rows.</p><table class="small"><tbody>${rows}</tbody></table></section>`;
}
