/**
 * A forest plot as inline SVG: one row per group, the disparity ratio as a dot on a log scale with
 * its confidence interval as a line, the fairness band shaded and parity (1) marked. What a panel
 * reads at a glance: a dot outside the shaded band whose line does not cross 1 is a disparity worth
 * asking about. No script, no external asset: the page stays self-contained and printable.
 */
import type { DisparityAssessment, FairnessDisparity } from '../contract/index.js';
import { escapeHtml, Raw } from '../../contract-tests/report/html-format.js';

export interface PlotRow {
  readonly label: string;
  readonly disparity: FairnessDisparity;
  /** Shown at the right of the row: the ratio and interval, or why there is none. */
  readonly note: string;
}

export interface PlotBand {
  readonly lower: number;
  readonly upper: number;
}

/** Colours by assessment; the shapes differ too, so the plot reads in greyscale. */
export const assessmentColours: Record<DisparityAssessment, string> = {
  'outside-band': '#b42318',
  'outside-band-uncertain': '#9a6700',
  'within-band': '#1f7a4d',
  reference: '#1d2430',
  'not-estimable': '#6b7585',
  suppressed: '#6b7585',
};

const width = 760;
const labelWidth = 230;
const noteWidth = 190;
const rowHeight = 24;
const top = 24;
const plotLeft = labelWidth + 10;
const plotRight = width - noteWidth - 10;

const format = (value: number) => (value >= 10 ? value.toFixed(0) : String(Number(value.toFixed(2))));
/** Long group names are cut in the plot; the table beside it has them whole. */
const shortened = (label: string) => (label.length > 34 ? `${label.slice(0, 33)}…` : label);

/** The scale: at least 0.25 to 4, widened to every interval shown (within 0.01 to 100). */
function domain(rows: readonly PlotRow[], band: PlotBand): [number, number] {
  let low = Math.min(0.25, band.lower);
  let high = Math.max(4, band.upper);
  for (const { disparity } of rows) {
    // An interval from 0 or open above runs to the edge: only its finite, positive ends set the scale.
    if (disparity.interval && disparity.interval.lower > 0) low = Math.min(low, disparity.interval.lower);
    if (disparity.interval && disparity.interval.upper !== null) high = Math.max(high, disparity.interval.upper);
  }
  return [Math.max(0.01, low), Math.min(100, high)];
}

function marker(x: number, y: number, assessment: DisparityAssessment): string {
  const colour = assessmentColours[assessment];
  if (assessment === 'outside-band') return `<rect x="${x - 5}" y="${y - 5}" width="10" height="10" fill="${colour}"/>`;
  if (assessment === 'outside-band-uncertain') return `<path d="M${x} ${y - 6}L${x + 6} ${y}L${x} ${y + 6}L${x - 6} ${y}Z" fill="${colour}"/>`;
  if (assessment === 'reference') return `<circle cx="${x}" cy="${y}" r="5" fill="#fff" stroke="${colour}" stroke-width="2"/>`;
  return `<circle cx="${x}" cy="${y}" r="5" fill="${colour}"/>`;
}

/** The plot, titled for screen readers. */
export function forestPlot(title: string, rows: readonly PlotRow[], band: PlotBand): Raw {
  const [low, high] = domain(rows, band);
  const scale = (value: number) =>
    plotLeft + ((Math.log(Math.min(high, Math.max(low, value))) - Math.log(low)) / (Math.log(high) - Math.log(low))) * (plotRight - plotLeft);
  const height = top + rows.length * rowHeight + 30;
  const bottom = top + rows.length * rowHeight;
  const parts: string[] = [];
  parts.push(`<rect x="${scale(band.lower)}" y="${top - 6}" width="${scale(band.upper) - scale(band.lower)}" height="${bottom - top + 6}" fill="#e3f4ea"/>`);
  parts.push(`<line x1="${scale(1)}" y1="${top - 6}" x2="${scale(1)}" y2="${bottom}" stroke="#1d2430" stroke-dasharray="3 3"/>`);
  // Parity and the band's edges first, then round values, skipping any that would print over another.
  const candidates = [1, band.lower, band.upper, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 2, 4, 10, 20, 50, 100].filter((tick) => tick >= low && tick <= high);
  const placed: number[] = [];
  for (const tick of candidates) {
    if (placed.some((other) => Math.abs(scale(other) - scale(tick)) < 26)) continue;
    placed.push(tick);
    parts.push(`<line x1="${scale(tick)}" y1="${bottom}" x2="${scale(tick)}" y2="${bottom + 4}" stroke="#6b7585"/>`);
    parts.push(`<text x="${scale(tick)}" y="${bottom + 16}" text-anchor="middle" font-size="10" fill="#6b7585">${format(tick)}</text>`);
  }
  parts.push(`<text x="${plotLeft}" y="12" font-size="11" fill="#6b7585">lower than reference</text>`);
  parts.push(`<text x="${plotRight}" y="12" font-size="11" fill="#6b7585" text-anchor="end">higher than reference</text>`);
  rows.forEach((row, index) => {
    const y = top + index * rowHeight + rowHeight / 2;
    parts.push(
      `<text x="${labelWidth}" y="${y + 4}" text-anchor="end" font-size="12" fill="#1d2430"><title>${escapeHtml(row.label)}</title>${escapeHtml(shortened(row.label))}</text>`,
    );
    const { ratio, interval, assessment } = row.disparity;
    const colour = assessmentColours[assessment];
    if (interval) {
      const from = interval.lower > 0 ? scale(interval.lower) : plotLeft;
      const to = interval.upper !== null ? scale(interval.upper) : plotRight;
      parts.push(`<line x1="${from}" y1="${y}" x2="${to}" y2="${y}" stroke="${colour}" stroke-width="2"/>`);
    }
    // A ratio of 0 (no events in the group) or unbounded (none in the reference) points off the scale.
    if (ratio === 0) parts.push(`<path d="M${plotLeft} ${y}L${plotLeft + 8} ${y - 6}L${plotLeft + 8} ${y + 6}Z" fill="${colour}"/>`);
    else if (ratio === null && interval) parts.push(`<path d="M${plotRight} ${y}L${plotRight - 8} ${y - 6}L${plotRight - 8} ${y + 6}Z" fill="${colour}"/>`);
    else if (ratio !== null) parts.push(marker(scale(ratio), y, assessment));
    parts.push(`<text x="${plotRight + 10}" y="${y + 4}" font-size="11" fill="${assessmentColours[assessment]}">${escapeHtml(row.note)}</text>`);
  });
  return new Raw(
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" class="forest"><title>${escapeHtml(title)}</title>${parts.join('')}</svg>`,
  );
}
