/**
 * The scorecard's first table: one row per figure an evaluator compares, one column per target.
 * Coverage (what a target offers) comes first and apart from quality (how well it does it); every
 * measured figure says why it is missing when it is, and the total shows the points each
 * component lost.
 */
import { INJECT_BASE_URL } from '../harness/inject-fetch.js';
import type { Level } from '../requirements/index.js';
import { verdict } from '../runner/results.js';
import type { ExitRehearsal } from '../scores/exit-rehearsal.js';
import type { ScoreStage } from '../scores/score-target.js';
import { components, type Component } from '../scores/weights.js';
import type { ConformanceReport, TargetReport } from './conformance-report.js';
import { decimal, html, meter, percent, whole, type Raw } from './html-format.js';

/** Why a figure is missing: the stage is not offered, it failed, or scores were not asked for. */
function missing(target: TargetReport, stage: ScoreStage): Raw {
  if (!target.scores) return html`<span class="muted">not measured</span>`;
  const reason = target.scores.notOffered[stage];
  if (reason) return html`<span class="badge not-offered">not offered</span><div class="note">${reason}; left out of the total</div>`;
  const error = target.scores.errors.find((one) => one.startsWith(`${stage}:`));
  return html`<span class="verdict bad">failed</span><div class="note">${error ?? 'not measured'}; scores 0</div>`;
}

function levelCell(target: TargetReport, level: Level): Raw {
  const counts = target.suite.summary[level];
  if (counts.total === 0) return html`<span class="muted">none in this profile</span>`;
  const applicable = counts.total - counts.skip - counts['not-offered'];
  const notes = [
    counts['not-offered'] && `${counts['not-offered']} not offered`,
    counts.skip && `${counts.skip} skipped`,
    counts.error && `${counts.error} errors`,
  ].filter(Boolean);
  const share = applicable === 0 ? null : counts.pass / applicable;
  return html`${meter(share, `${counts.pass} / ${applicable}`)}${notes.length ? html`<div class="note">${notes.join(', ')}</div>` : ''}`;
}

function adapterCell({ suite }: TargetReport): Raw {
  const adapter = suite.target.adapter;
  if (!adapter) return html`<strong>${suite.target.name}</strong><div class="note">unreachable</div>`;
  return html`<strong>${adapter.name}</strong><div class="note">${adapter.vendor} · ${adapter.id} ${adapter.version}</div>`;
}

function coverageCell({ suite }: TargetReport): Raw {
  const { offered, declined, baselineDeclined, applicableRequirements, requirements } = suite.coverage;
  const total = offered.length + declined.length;
  const baseline =
    baselineDeclined.length === 0
      ? html`<span class="verdict ok">covers the baseline</span>`
      : html`<span class="verdict bad">declines baseline ${baselineDeclined.join(', ')}</span>`;
  const rest = declined.filter((one) => !baselineDeclined.includes(one));
  return html`${baseline}<div class="note">offers ${offered.length} of ${total} capabilities${rest.length ? html`; also declines ${rest.join(', ')}` : ''} · ${applicableRequirements} of ${requirements} requirements apply</div>`;
}

function verdictCell(target: TargetReport): Raw {
  const text = verdict(target.suite);
  return target.mustsMet
    ? html`<span class="verdict ok">Every MUST met</span><div class="note">of those that apply</div>`
    : html`<span class="verdict bad">${text}</span>`;
}

function consolidationCell(target: TargetReport): Raw {
  const scores = target.scores?.accuracy?.consolidation;
  if (!scores) return missing(target, 'accuracy');
  // Every force scored, precision and recall apart, with the naive exact-identifier join beside them.
  const byForce = (target.scores?.accuracyByForce ?? []).map(
    (score) =>
      html`<div class="note"><strong>${score.force ?? 'synthetic'}</strong>: precision ${decimal(score.consolidation.precision)} · recall ${decimal(score.consolidation.recall)} · F1 ${decimal(score.consolidation.f1)}${
        score.baseline ? html` · naive join F1 ${decimal(score.baseline.f1)} (P ${decimal(score.baseline.precision)}, R ${decimal(score.baseline.recall)})` : ''
      }${score.hardNonMatches ? html` · look-alikes merged ${score.hardNonMatches.merged} of ${score.hardNonMatches.planted}` : ''}${
        score.possibleMatches ? html` · possible-match queue ${decimal(score.possibleMatches.recordShare * 100)}% of records` : ''
      }${score.note ? html` · ${score.note}` : ''}</div>`,
  );
  return html`${meter(scores.f1, `F1 ${decimal(scores.f1)}`)}<div class="note">precision ${decimal(scores.precision)} · recall ${decimal(scores.recall)}</div>${byForce}`;
}

function flagsCell(target: TargetReport): Raw {
  const scores = target.scores?.accuracy?.flags;
  if (!scores) return missing(target, 'accuracy');
  const detail = `precision ${decimal(scores.precision)} · recall ${decimal(scores.recall)} · ${scores.raised} raised of ${scores.expected} expected`;
  return html`${meter(scores.f1, `F1 ${decimal(scores.f1)}`)}<div class="note">${detail}</div>`;
}

const ratioNote = (target: TargetReport, component: 'latency' | 'throughput') => {
  const value = target.weighted.components[component];
  return value === null ? (target.weighted.excluded[component] ?? '') : `${percent(value, 0)} of the reference's speed in this run`;
};

function latencyCell(target: TargetReport): Raw {
  const overall = target.scores?.latency?.overall;
  if (!overall) return missing(target, 'latency');
  return html`p50 <strong>${decimal(overall.p50Ms, 1)} ms</strong> · p95 <strong>${decimal(overall.p95Ms, 1)} ms</strong><div class="note">${overall.samples} requests, one at a time · ${ratioNote(target, 'latency')}</div>`;
}

function ingestCell(target: TargetReport): Raw {
  const throughput = target.scores?.throughput;
  if (!throughput) return missing(target, 'throughput');
  return html`<strong>${whole(throughput.recordsPerSecond)}</strong> records/s<div class="note">${whole(throughput.records)} records · ${ratioNote(target, 'throughput')}</div>`;
}

function rehearsalCell(target: TargetReport, rehearsal: ExitRehearsal | undefined, stage: 'exit' | 'return'): Raw {
  if (!rehearsal)
    return target.scores?.notOffered[stage] || target.scores?.errors.some((one) => one.startsWith(`${stage}:`))
      ? missing(target, stage)
      : html`<span class="muted">not rehearsed</span>`;
  if (rehearsal.error) return html`<span class="verdict bad">failed</span><div class="note">${rehearsal.error}</div>`;
  const outcome = rehearsal.equivalent ? html`<span class="verdict ok">equivalent state</span>` : meter(rehearsal.score, `${percent(rehearsal.score)} kept`);
  return html`${outcome}<div class="note">into ${rehearsal.into}</div>`;
}

const componentLabels: Record<Component, string> = {
  must: 'MUST',
  should: 'SHOULD',
  may: 'MAY',
  consolidationF1: 'consolidation',
  flagF1: 'flags',
  latency: 'latency',
  throughput: 'throughput',
  exit: 'exit',
};

/** Where the points went: each counted component's loss, and what was left out. */
function lostCell({ weighted }: TargetReport): Raw {
  const lost = components
    .filter((component) => weighted.lostPoints[component] > 0)
    .map((component) => `${componentLabels[component]} −${weighted.lostPoints[component].toFixed(1)}`);
  const left = components
    .filter((component) => weighted.excluded[component] && !['must', 'should', 'may'].includes(component))
    .map((component) => componentLabels[component]);
  return html`${lost.length ? lost.join(' · ') : html`<span class="muted">none</span>`}${left.length ? html`<div class="note">left out (not offered or not measured): ${left.join(', ')}</div>` : ''}`;
}

/** How the target was reached: in process through `inject`, in process over loopback, or over HTTP. */
function reachedBy(target: TargetReport['suite']['target']): string {
  if (target.kind === 'http') return 'over HTTP';
  return target.baseUrl === INJECT_BASE_URL ? 'in process' : 'in process, over loopback';
}

function row(label: string, targets: readonly TargetReport[], cell: (target: TargetReport) => Raw | string, hint?: string): Raw {
  return html`<tr><th scope="row">${label}${hint ? html`<div class="note">${hint}</div>` : ''}</th>${targets.map((target) => html`<td>${cell(target)}</td>`)}</tr>`;
}

export function summarySection(report: ConformanceReport): Raw {
  const { targets } = report;
  const best = Math.max(...targets.map((target) => target.weighted.total));
  const total = (target: TargetReport) =>
    html`<span class="total${target.weighted.total === best && targets.length > 1 ? ' best' : ''}">${target.weighted.total.toFixed(1)}</span><span class="muted"> / 100</span>`;
  const reference = report.speedReference;
  const speedHint = reference
    ? `against ${reference.name} in this run: ${whole(reference.ingestRecordsPerSecond)} records/s, p95 ${decimal(reference.p95Ms, 1)} ms`
    : undefined;
  const rows = [
    row('Adapter', targets, adapterCell),
    row('Reached', targets, ({ suite }) => html`${reachedBy(suite.target)}<div class="note">${suite.target.baseUrl}</div>`),
    row('Contract version', targets, ({ suite }) => suite.target.contractVersion ?? '—'),
    row('Coverage', targets, coverageCell, 'what it offers: reported apart from how well'),
    row('Verdict', targets, verdictCell, 'how well it does what it offers'),
    ...(['MUST', 'SHOULD', 'MAY'] as const).map((level) =>
      row(`${level} requirements met`, targets, (target) => levelCell(target, level), 'of those that apply'),
    ),
    row('Consolidation', targets, consolidationCell, 'pairwise, on the synthetic force'),
    row('Flags', targets, flagsCell, 'against the standard detectors on the true people'),
    row('Core reads', targets, latencyCell, speedHint),
    row('Ingest', targets, ingestCell, speedHint),
    row(
      'Exit rehearsal',
      targets,
      (target) => rehearsalCell(target, target.scores?.exit, 'exit'),
      'the target’s export imported into a fresh reference engine',
    ),
    row(
      'Return rehearsal',
      targets,
      (target) => rehearsalCell(target, target.scores?.return, 'return'),
      'that state imported into a fresh instance of the target',
    ),
    row('Points lost', targets, lostCell, 'out of 100, by component'),
    row('Weighted total', targets, total, 'under the weights below, over what the target offers'),
  ];
  const heads = targets.map((target) => html`<th scope="col">${target.suite.target.name}</th>`);
  return html`<section><h2>Scorecard</h2><table class="summary"><thead><tr><th></th>${heads}</tr></thead><tbody>${rows}</tbody></table></section>`;
}
