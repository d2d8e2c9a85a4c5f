/**
 * The scorecard's first table: one row per figure an evaluator compares, one column per target.
 */
import { INJECT_BASE_URL } from '../harness/inject-fetch.js';
import type { Level } from '../requirements/index.js';
import type { ExitRehearsal } from '../scores/exit-rehearsal.js';
import type { ConformanceReport, TargetReport } from './conformance-report.js';
import { decimal, html, meter, percent, whole, type Raw } from './html-format.js';

const notMeasured = () => html`<span class="muted">not measured</span>`;

function levelCell(target: TargetReport, level: Level): Raw {
  const counts = target.suite.summary[level];
  if (counts.total === 0) return html`<span class="muted">none in this profile</span>`;
  const checked = counts.total - counts.skip;
  const notes = [
    counts['not-offered'] && `${counts['not-offered']} not offered`,
    counts.skip && `${counts.skip} skipped`,
    counts.error && `${counts.error} errors`,
  ].filter(Boolean);
  const share = checked === 0 ? null : counts.pass / checked;
  return html`${meter(share, `${counts.pass} / ${checked}`)}${notes.length ? html`<div class="note">${notes.join(', ')}</div>` : ''}`;
}

function adapterCell({ suite }: TargetReport): Raw {
  const adapter = suite.target.adapter;
  if (!adapter) return html`<strong>${suite.target.name}</strong><div class="note">unreachable</div>`;
  return html`<strong>${adapter.name}</strong><div class="note">${adapter.vendor} · ${adapter.id} ${adapter.version}</div>`;
}

function verdictCell(target: TargetReport): Raw {
  if (target.mustsMet) return html`<span class="verdict ok">Every MUST met</span>`;
  return html`<span class="verdict bad">${target.suite.summary.MUST.fail + target.suite.summary.MUST.error} MUST not met</span>`;
}

function consolidationCell(target: TargetReport): Raw {
  const scores = target.scores?.accuracy?.consolidation;
  if (!scores) return notMeasured();
  return html`${meter(scores.f1, `F1 ${decimal(scores.f1)}`)}<div class="note">precision ${decimal(scores.precision)} · recall ${decimal(scores.recall)}</div>`;
}

function flagsCell(target: TargetReport): Raw {
  const scores = target.scores?.accuracy?.flags;
  if (!scores) return notMeasured();
  const detail = `precision ${decimal(scores.precision)} · recall ${decimal(scores.recall)} · ${scores.raised} raised of ${scores.expected} expected`;
  return html`${meter(scores.f1, `F1 ${decimal(scores.f1)}`)}<div class="note">${detail}</div>`;
}

function latencyCell(target: TargetReport): Raw {
  const overall = target.scores?.latency?.overall;
  if (!overall) return notMeasured();
  return html`p50 <strong>${decimal(overall.p50Ms, 1)} ms</strong> · p95 <strong>${decimal(overall.p95Ms, 1)} ms</strong><div class="note">${overall.samples} requests, one at a time</div>`;
}

function ingestCell(target: TargetReport): Raw {
  const accuracy = target.scores?.accuracy;
  if (!accuracy) return notMeasured();
  return html`<strong>${whole(accuracy.ingestRecordsPerSecond)}</strong> records/s<div class="note">${whole(accuracy.records)} records</div>`;
}

function rehearsalCell(rehearsal: ExitRehearsal | undefined): Raw {
  if (!rehearsal) return notMeasured();
  if (rehearsal.error) return html`<span class="verdict bad">failed</span><div class="note">${rehearsal.error}</div>`;
  const outcome = rehearsal.equivalent ? html`<span class="verdict ok">equivalent state</span>` : meter(rehearsal.score, `${percent(rehearsal.score)} kept`);
  return html`${outcome}<div class="note">into ${rehearsal.into}</div>`;
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
  const rows = [
    row('Adapter', targets, adapterCell),
    row('Reached', targets, ({ suite }) => html`${reachedBy(suite.target)}<div class="note">${suite.target.baseUrl}</div>`),
    row('Contract version', targets, ({ suite }) => suite.target.contractVersion ?? '—'),
    row('Verdict', targets, verdictCell),
    ...(['MUST', 'SHOULD', 'MAY'] as const).map((level) => row(`${level} requirements met`, targets, (target) => levelCell(target, level))),
    row('Consolidation', targets, consolidationCell, 'pairwise, on the synthetic force'),
    row('Flags', targets, flagsCell, 'against the standard detectors on the true people'),
    row('Core reads', targets, latencyCell),
    row('Ingest', targets, ingestCell),
    row('Exit rehearsal', targets, (target) => rehearsalCell(target.scores?.exit), 'the target’s export imported into a fresh reference engine'),
    row('Return rehearsal', targets, (target) => rehearsalCell(target.scores?.return), 'that state imported into a fresh instance of the target'),
    row('Weighted total', targets, total, 'under the weights below'),
  ];
  const heads = targets.map((target) => html`<th scope="col">${target.suite.target.name}</th>`);
  return html`<section><h2>Scorecard</h2><table class="summary"><thead><tr><th></th>${heads}</tr></thead><tbody>${rows}</tbody></table></section>`;
}
