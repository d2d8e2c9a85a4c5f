/**
 * The scorecard's fairness section: for each target, whether its flags on the synthetic force fall
 * unevenly on groups, side by side, then each target's findings and its plots for any detector.
 * The equality data is the force's own, which no target ever sees. Not weighted: a prompt for
 * inquiry, not a score.
 */
import type { FairnessReport } from '../../src/contract/index.js';
import { attributeSection, fairnessStyles, findingsList } from '../../src/fairness/report-html.js';
import { ANY_DETECTOR } from '../../src/fairness/measures.js';
import type { ConformanceReport, TargetReport } from './conformance-report.js';
import { html, Raw } from './html-format.js';

const notMeasured = html`<span class="muted">not measured</span>`;

function count(report: FairnessReport | undefined, firm: boolean, measure?: string): Raw | string {
  if (!report) return notMeasured;
  const found = report.findings.filter((finding) => (finding.assessment === 'outside-band') === firm && (!measure || finding.measure === measure)).length;
  return firm && found > 0 ? html`<span class="verdict bad">${found}</span>` : String(found);
}

function row(label: string, targets: readonly TargetReport[], cell: (report: FairnessReport | undefined) => Raw | string, hint: string): Raw {
  return html`<tr><th scope="row">${label}<div class="note">${hint}</div></th>${targets.map((target) => html`<td>${cell(target.scores?.fairness)}</td>`)}</tr>`;
}

function targetDetails(target: TargetReport): Raw {
  const report = target.scores?.fairness;
  if (!report) return html``;
  const any = report.detectors.find((detector) => detector.detectorId === ANY_DETECTOR)!;
  return html`<h3>${target.suite.target.name}</h3>${findingsList(report.findings, report.method.band, 10)}${any.attributes.map((attribute) => attributeSection(report, any, attribute))}`;
}

export function fairnessSection(report: ConformanceReport): Raw {
  const { targets } = report;
  if (!targets.some((target) => target.scores?.fairness)) return html``;
  const rows = [
    row('Disparities outside the band', targets, (fairness) => count(fairness, true), 'beyond chance, any measure'),
    row('Of them, false-positive rates', targets, (fairness) => count(fairness, true, 'falsePositiveRate'), 'flags the truth does not raise, by group'),
    row('Outside the band, uncertain', targets, (fairness) => count(fairness, false), 'within what chance produces'),
    row(
      'People flagged',
      targets,
      (fairness) => (fairness ? `${fairness.population.flaggedPeople} of ${fairness.population.people}` : notMeasured),
      'any detector',
    ),
  ];
  const heads = targets.map((target) => html`<th scope="col">${target.suite.target.name}</th>`);
  return html`<section class="fairness"><style>${new Raw(fairnessStyles)}</style><h2>Fairness on the synthetic force</h2>
<p class="note">Each target’s flags on the accuracy force, by sex, ethnicity and age band (the force’s equality data, which no target sees): flag rates and false-positive and false-negative rates against the truth, as ratios to the largest group, with intervals. Not weighted in the total: a disparity is a prompt for inquiry, not proof of bias. See docs/fairness.md.</p>
<table class="summary"><thead><tr><th></th>${heads}</tr></thead><tbody>${rows}</tbody></table>
${targets.map(targetDetails)}</section>`;
}
