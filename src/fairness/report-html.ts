/**
 * The fairness report as one self-contained HTML page (inline styles and SVG, no script, no
 * external file) that a panel can read, print or attach: what was found, in words, then for each
 * detector a forest plot and a table per characteristic, then the method and its limits.
 */
import type {
  DisparityAssessment,
  FairnessAttribute,
  FairnessDetector,
  FairnessDisparity,
  FairnessFinding,
  FairnessGroup,
  FairnessRate,
  FairnessReport,
} from '../contract/index.js';
import { html, Raw } from '../../contract-tests/report/html-format.js';
import { forestPlot, type PlotRow } from './forest-plot.js';
import { ANY_DETECTOR } from './measures.js';

export const fairnessStyles = `
  .fairness table { border-collapse: collapse; width: 100%; margin: 6px 0 18px; }
  .fairness th, .fairness td { border-bottom: 1px solid #dde2ea; padding: 5px 8px; text-align: left; vertical-align: top; font-size: 13px; }
  .fairness thead th { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: #6b7585; background: #f5f7fa; }
  .fairness td.number { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
  .fairness .assessment { font-weight: 600; white-space: nowrap; }
  .fairness .outside-band { color: #b42318; }
  .fairness .outside-band-uncertain { color: #9a6700; }
  .fairness .within-band { color: #1f7a4d; }
  .fairness .reference, .fairness .not-estimable, .fairness .suppressed { color: #6b7585; font-weight: 400; }
  .fairness .finding { border-left: 4px solid #b42318; padding: 4px 10px; margin: 6px 0; }
  .fairness .finding.outside-band-uncertain { border-left-color: #9a6700; }
  .fairness .note { color: #6b7585; font-size: 12px; }
  .fairness svg.forest { max-width: 100%; height: auto; display: block; margin: 4px 0 8px; }
`;

const assessmentLabels: Record<DisparityAssessment, string> = {
  'outside-band': 'outside the band',
  'outside-band-uncertain': 'outside the band, uncertain',
  'within-band': 'within the band',
  reference: 'reference',
  'not-estimable': 'no flags in either',
  suppressed: 'suppressed',
};

const measureLabels = {
  flagRate: 'flag rate',
  falsePositiveRate: 'false-positive rate',
  falseNegativeRate: 'false-negative rate',
  unfoundedShare: 'share of closed flags with no case to answer',
} as const;

export const groupName = (group: string) => (group === '' ? '(not recorded)' : group);
export const detectorName = (detectorId: string) => (detectorId === ANY_DETECTOR ? 'any detector' : detectorId);
const ratioText = (value: number) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));
const percentText = (value: number) => `${(value * 100).toFixed(value < 0.1 ? 2 : 1)}%`;

function rateCell(rate: FairnessRate | null): Raw {
  if (!rate) return html`<td class="number"><span class="note">—</span></td>`;
  return html`<td class="number">${rate.events} / ${rate.total} = ${percentText(rate.rate)}<div class="note">${percentText(rate.interval.lower)}–${percentText(rate.interval.upper)}</div></td>`;
}

/** A disparity as text: the ratio and interval, or why there is none. */
export function disparityText(disparity: Pick<FairnessDisparity, 'ratio' | 'interval' | 'corrected' | 'assessment'>): string {
  const { ratio, interval } = disparity;
  if (!interval) return assessmentLabels[disparity.assessment];
  const range = `${ratioText(interval.lower)}–${interval.upper === null ? '∞' : ratioText(interval.upper)}`;
  return `${ratio === null ? 'unbounded' : ratioText(ratio)} (${range})${disparity.corrected ? '*' : ''}`;
}

function disparityCell(disparity: FairnessDisparity): Raw {
  const ratio = disparity.assessment === 'reference' ? '1' : disparity.interval === null ? '—' : disparityText(disparity);
  return html`<td class="number">${ratio}<div class="assessment ${disparity.assessment}">${assessmentLabels[disparity.assessment]}</div></td>`;
}

function plotRows(attribute: FairnessAttribute, minimum: number): PlotRow[] {
  return attribute.groups.map((group) => ({
    label: `${groupName(group.group)} (${group.people})`,
    disparity: group.flagRate.disparity,
    note: group.suppressed
      ? `suppressed (fewer than ${minimum})`
      : group.flagRate.disparity.assessment === 'reference'
        ? 'reference'
        : disparityText(group.flagRate.disparity),
  }));
}

/** One characteristic of one detector: its forest plot and its table. */
export function attributeSection(report: FairnessReport, detector: FairnessDetector, attribute: FairnessAttribute): Raw {
  const truth = report.method.truth;
  const title = `${detectorName(detector.detectorId)} by ${attribute.attribute}: flag-rate ratio against ${groupName(attribute.referenceGroup ?? '—')}`;
  const head = html`<tr><th>group</th><th>people</th><th>flagged</th><th>ratio (interval)</th>${truth ? html`<th>false-positive rate</th><th>ratio</th><th>false-negative rate</th><th>ratio</th>` : ''}<th>closed: no case to answer</th><th>ratio</th></tr>`;
  const row = (group: FairnessGroup) =>
    html`<tr><td>${groupName(group.group)}${group.suppressed ? html`<div class="note">suppressed</div>` : ''}</td><td class="number">${group.people}</td>${rateCell(group.flagRate.rate)}${disparityCell(group.flagRate.disparity)}${
      truth && group.falsePositiveRate && group.falseNegativeRate
        ? html`${rateCell(group.falsePositiveRate.rate)}${disparityCell(group.falsePositiveRate.disparity)}${rateCell(group.falseNegativeRate.rate)}${disparityCell(group.falseNegativeRate.disparity)}`
        : ''
    }${rateCell(group.unfoundedShare.rate)}${disparityCell(group.unfoundedShare.disparity)}</tr>`;
  return html`<h4>${attribute.attribute}</h4>${forestPlot(title, plotRows(attribute, report.method.minimumGroupSize), report.method.band)}<table><thead>${head}</thead><tbody>${attribute.groups.map(row)}</tbody></table>`;
}

/** A finding in a sentence a panel can read. */
export function findingSentence(finding: FairnessFinding): string {
  const { ratio, interval } = finding;
  const subject = `the ${measureLabels[finding.measure]} of ${finding.attribute} “${groupName(finding.group)}”`;
  const reference = `“${groupName(finding.referenceGroup)}”`;
  const comparison =
    ratio === null
      ? `is above zero while that of ${reference} is zero`
      : ratio === 0
        ? `is zero while that of ${reference} is not`
        : `is ${ratioText(ratio)} times that of ${reference}`;
  const strength = finding.assessment === 'outside-band' ? 'chance does not explain it' : 'chance cannot be ruled out';
  return `${detectorName(finding.detectorId)}: ${subject} ${comparison} (interval ${ratioText(interval.lower)} to ${interval.upper === null ? 'unbounded' : ratioText(interval.upper)}; ${strength}).`;
}

export function findingsList(findings: readonly FairnessFinding[], band: { lower: number; upper: number }, limit = 30): Raw {
  const firm = findings.filter((finding) => finding.assessment === 'outside-band');
  const uncertain = findings.filter((finding) => finding.assessment !== 'outside-band');
  const item = (finding: FairnessFinding) => html`<div class="finding ${finding.assessment}">${findingSentence(finding)}</div>`;
  const more = (count: number) => (count > limit ? html`<p class="note">and ${count - limit} more in the JSON report.</p>` : '');
  const summary = firm.length
    ? html`<p><strong>${firm.length}</strong> disparit${firm.length === 1 ? 'y' : 'ies'} outside the band ${band.lower}–${band.upper} that chance does not explain:</p>`
    : html`<p><strong>No disparity</strong> outside the band ${band.lower}–${band.upper} that chance does not explain.</p>`;
  const rest = uncertain.length
    ? html`<details><summary>${uncertain.length} more outside the band, but within what chance produces (mostly groups with few flags)</summary>${uncertain.slice(0, limit).map(item)}${more(uncertain.length)}</details>`
    : '';
  return html`${summary}${firm.slice(0, limit).map(item)}${more(firm.length)}${rest}`;
}

function detectorSection(report: FairnessReport, detector: FairnessDetector): Raw {
  const heading = html`<h3>${detectorName(detector.detectorId)}</h3><p class="note">${detector.flaggedPeople} people flagged, ${detector.flags} flags</p>`;
  return html`<section>${heading}${detector.attributes.map((attribute) => attributeSection(report, detector, attribute))}</section>`;
}

function methodSection(report: FairnessReport): Raw {
  const { method } = report;
  return html`<section><h2>Method</h2><ul>
<li>Unit: a person of the equality data; flagged by a detector when any of its flags names a subject holding their records.</li>
<li>Rates: Wilson score intervals at ${method.confidenceLevel * 100}% confidence. Ratios: against the reference group (its largest group unless chosen), with Katz log intervals; where one group has no flags, ${method.zeroCellCorrection} is added to every cell (marked *).</li>
<li>Fairness band: ${method.band.lower} to ${method.band.upper}. “Outside the band” needs the ratio outside it and the difference to survive the Benjamini–Hochberg procedure across every comparison of this report (false discovery rate ${method.falseDiscoveryRate}); otherwise it is “uncertain”.</li>
<li>Groups under ${method.minimumGroupSize} people are suppressed (with the next smallest when only one is), and no rate is shown over fewer than ${method.minimumGroupSize}.</li>
<li>Closed with no case to answer: ${method.unfoundedOutcomes.join(', ')}.</li>
${method.truth ? html`<li>Known truth (a synthetic force): false-positive and false-negative rates are against the flags the standard detectors raise on the true people.</li>` : ''}
</ul></section>`;
}

/** The whole page. */
export function fairnessHtml(report: FairnessReport): string {
  const adapter = report.adapter ? `${report.adapter.name} (${report.adapter.id} ${report.adapter.version})` : 'an adapter';
  const { population } = report;
  const active = report.detectors.filter((detector) => detector.detectorId === ANY_DETECTOR || detector.flags > 0);
  const quiet = report.detectors.filter((detector) => detector.detectorId !== ANY_DETECTOR && detector.flags === 0).map((detector) => detector.detectorId);
  const page = html`<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Plumbline fairness audit</title>
<style>body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d2430; margin: 0; } header { padding: 24px 40px 16px; background: #f5f7fa; border-bottom: 1px solid #dde2ea; } header h1 { margin: 0 0 4px; font-size: 22px; } main { padding: 8px 40px 40px; max-width: 1100px; } h2 { font-size: 17px; margin: 28px 0 10px; } h3 { font-size: 15px; margin: 22px 0 4px; } h4 { font-size: 13px; margin: 12px 0 2px; }${new Raw(fairnessStyles)}</style></head>
<body class="fairness">
<header><h1>Fairness audit</h1><p class="note">Flags of ${adapter}, computed by the ${report.computedBy}, ${report.generatedAt.replace('T', ' ').slice(0, 16)} UTC. ${population.people} people in the equality data, ${population.flaggedPeople} flagged.</p></header>
<main>
<section><h2>What this shows</h2><p>Whether flags fall unevenly on groups defined by protected characteristics. A disparity is a prompt for inquiry, not proof of bias: rank, role, unit, shift pattern and length of service differ between groups and are not controlled for here.</p>
${findingsList(report.findings, report.method.band)}</section>
<section><h2>Notes</h2><ul>${report.notes.map((note) => html`<li>${note}</li>`)}</ul></section>
<section><h2>By detector</h2>${active.map((detector) => detectorSection(report, detector))}
${quiet.length ? html`<p class="note">No flags in the audit from: ${quiet.join(', ')}.</p>` : ''}</section>
${methodSection(report)}
</main>
</body>
</html>
`;
  return page.markup;
}
