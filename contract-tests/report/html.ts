/**
 * The HTML scorecard: one self-contained page (no scripts, no external files) that an evaluator
 * can open, print or attach to a procurement file, with one column per target side by side.
 */
import type { ConformanceReport } from './conformance-report.js';
import { html, Raw } from './html-format.js';
import { exitSection, failuresSection, matrixSection, weightsSection } from './html-sections.js';
import { summarySection } from './html-summary.js';
import { machineLine } from '../scores/machine.js';
import { fairnessSection } from './html-fairness.js';

const styles = `
  :root { --ink: #1d2430; --muted: #6b7585; --line: #dde2ea; --soft: #f5f7fa; --ok: #1f7a4d; --bad: #b42318; --warn: #9a6700; --info: #475467; }
  * { box-sizing: border-box; }
  body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); margin: 0; background: #fff; }
  header { padding: 28px 40px 20px; border-bottom: 1px solid var(--line); background: var(--soft); }
  header h1 { margin: 0 0 4px; font-size: 22px; }
  header p { margin: 0; color: var(--muted); }
  main { padding: 8px 40px 40px; max-width: 1400px; }
  h2 { font-size: 17px; margin: 32px 0 12px; }
  h3 { font-size: 15px; margin: 20px 0 8px; }
  table { border-collapse: collapse; width: 100%; }
  th, td { border-bottom: 1px solid var(--line); padding: 8px 10px; text-align: left; vertical-align: top; }
  thead th { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); background: var(--soft); }
  table.summary th[scope=row] { width: 200px; font-weight: 600; }
  table.summary td { min-width: 220px; }
  table.small { width: auto; min-width: 420px; }
  .note { color: var(--muted); font-size: 12px; margin-top: 2px; }
  .muted { color: var(--muted); }
  .badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px; font-weight: 600; white-space: nowrap; }
  .badge.pass { background: #e3f4ea; color: var(--ok); }
  .badge.fail { background: #fde7e5; color: var(--bad); }
  .badge.error { background: #fde7e5; color: var(--bad); border: 1px dashed var(--bad); }
  .badge.skip { background: #eef0f3; color: var(--info); }
  .badge.not-offered { background: #fff4d6; color: var(--warn); }
  .verdict { font-weight: 700; }
  .verdict.ok { color: var(--ok); }
  .verdict.bad { color: var(--bad); }
  .ok-line { color: var(--ok); }
  .meter { display: inline-block; width: 90px; height: 8px; border-radius: 4px; background: var(--line); vertical-align: middle; margin-right: 6px; overflow: hidden; }
  .meter span { display: block; height: 100%; background: var(--ok); }
  .total { font-size: 22px; font-weight: 700; }
  .total.best { color: var(--ok); }
  .level { font-size: 11px; font-weight: 700; color: var(--info); border: 1px solid var(--line); border-radius: 4px; padding: 0 4px; }
  table.matrix td.id { font-family: ui-monospace, Menlo, monospace; white-space: nowrap; }
  table.matrix td.status { white-space: nowrap; }
  table.matrix tr.area td { background: var(--soft); font-weight: 700; font-size: 12px; letter-spacing: .05em; }
  .failure { border: 1px solid var(--line); border-left: 4px solid var(--bad); border-radius: 6px; padding: 10px 14px; margin: 10px 0; }
  .failure.should, .failure.may { border-left-color: var(--warn); }
  .failure-head { margin-bottom: 6px; }
  .test { margin: 8px 0 0 4px; }
  .test-title { font-weight: 600; }
  .pair { display: flex; gap: 10px; margin-top: 4px; }
  .pair span { width: 70px; color: var(--muted); font-size: 12px; padding-top: 6px; }
  code { font-family: ui-monospace, Menlo, monospace; font-size: 12px; background: var(--soft); border: 1px solid var(--line); border-radius: 3px; padding: 0 3px; }
  pre { flex: 1; margin: 0; background: var(--soft); border: 1px solid var(--line); border-radius: 4px; padding: 6px 8px; white-space: pre-wrap; word-break: break-word; font-size: 12px; }
  .filter { margin: 16px 40px 0; display: block; font-size: 13px; }
  .note.reason { max-width: 260px; white-space: normal; }
  #failures-only:checked ~ main tr.all-pass, #failures-only:checked ~ main .ok-line { display: none; }
  @media print { header { background: none; } main { padding: 0 20px; } .filter, #failures-only { display: none; } }
`;

export function scorecardHtml(report: ConformanceReport): string {
  const names = report.targets.map((target) => target.suite.target.name).join(' · ');
  const scored = report.people === null ? 'scores not measured' : `scores on a synthetic force of ${report.people.toLocaleString('en-GB')} people`;
  const page = html`<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Plumbline conformance scorecard</title><style>${new Raw(styles)}</style></head>
<body>
<header><h1>Plumbline conformance scorecard</h1><p>${names} — ${report.profile} profile, ${scored}, generated ${report.generatedAt.replace('T', ' ').slice(0, 16)} UTC</p>${
    report.machine
      ? html`<p>Measured on ${machineLine(report.machine)}. Speed is scored against the reference engine in this run, never against a fixed target.</p>`
      : ''
  }</header>
<input type="checkbox" id="failures-only"><label class="filter" for="failures-only">Show only what needs attention (hide requirements every target passes)</label>
<main>
${summarySection(report)}
${failuresSection(report)}
${matrixSection(report)}
${exitSection(report)}
${fairnessSection(report)}
${weightsSection(report)}
</main>
</body>
</html>
`;
  return page.markup;
}
