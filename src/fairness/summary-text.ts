/** The fairness report in a few lines of plain text, for a terminal: any detector by group, then the findings. */
import type { FairnessAttribute, FairnessReport } from '../contract/index.js';
import { ANY_DETECTOR } from './measures.js';
import { disparityText, findingSentence, groupName } from './report-html.js';

function attributeLines(attribute: FairnessAttribute): string[] {
  const rows = attribute.groups.map((group) => {
    const rate = group.flagRate.rate;
    const flagged = group.suppressed || !rate ? 'suppressed' : `${rate.events} flagged (${(rate.rate * 100).toFixed(1)}%)`;
    const disparity = group.flagRate.disparity;
    const ratio = disparity.assessment === 'reference' ? 'reference' : `${disparityText(disparity)} ${disparity.ratio === null ? '' : disparity.assessment}`;
    return `    ${groupName(group.group).padEnd(44)} ${String(group.people).padStart(6)}  ${flagged.padEnd(22)} ${ratio}`;
  });
  return [`  ${attribute.attribute} (against ${groupName(attribute.referenceGroup ?? '—')})`, ...rows];
}

export function fairnessSummary(report: FairnessReport, findingsShown = 8): string {
  const any = report.detectors.find((detector) => detector.detectorId === ANY_DETECTOR);
  const firm = report.findings.filter((finding) => finding.assessment === 'outside-band');
  const lines = [
    `Fairness audit of ${report.adapter?.id ?? 'the target'}: ${report.population.people} people, ${report.population.flaggedPeople} flagged (${report.population.flagsMatched} of ${report.population.flagsRead} flags concern them); band ${report.method.band.lower}–${report.method.band.upper}, groups under ${report.method.minimumGroupSize} suppressed.`,
    '',
    'Any detector, flag rate by group (ratio to the reference, with its interval):',
    ...(any?.attributes.flatMap(attributeLines) ?? []),
    '',
    `${firm.length} disparities outside the band that chance does not explain; ${report.findings.length - firm.length} more outside it but uncertain (in the reports).`,
    ...firm.slice(0, findingsShown).map((finding) => `  - ${findingSentence(finding)}`),
    ...(firm.length > findingsShown ? [`  … and ${firm.length - findingsShown} more`] : []),
    '',
    ...report.notes.map((note) => `Note: ${note}`),
  ];
  return lines.join('\n');
}
