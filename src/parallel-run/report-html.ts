/**
 * The parallel-run report as one self-contained HTML page (inline styles and SVG, no script, no
 * external file) for an evaluation panel: is the candidate keeping up, how far does it agree, where
 * does it disagree (each person with links to both answers' evidence on the gateway), and how fast
 * each side answered. Record references only: no record content is copied into the page.
 */
import type { ParallelRunStatus } from '../contract/index.js';
import { decimal, escapeHtml, html, percent, Raw, whole } from '../../contract-tests/report/html-format.js';

const styles = `
  body { font-family: system-ui, sans-serif; margin: 24px auto; max-width: 1100px; color: #1d2433; }
  h1 { font-size: 22px; } h2 { font-size: 17px; margin-top: 28px; border-bottom: 1px solid #dde2ea; padding-bottom: 4px; }
  table { border-collapse: collapse; width: 100%; margin: 6px 0 18px; }
  th, td { border-bottom: 1px solid #dde2ea; padding: 5px 8px; text-align: left; vertical-align: top; font-size: 13px; }
  thead th { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: #6b7585; background: #f5f7fa; }
  td.number { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
  .verdict { border-left: 4px solid #1f7a4d; padding: 6px 12px; margin: 8px 0; background: #f3faf6; }
  .verdict.warn { border-left-color: #b42318; background: #fdf3f2; }
  .note { color: #6b7585; font-size: 12px; }
  code { font-size: 12px; } svg { max-width: 100%; height: auto; display: block; margin: 6px 0 12px; }
`;

/** A record reference (`sourceId/recordId`) as a link to the record on the gateway. */
function recordLink(gatewayUrl: string, ref: string): Raw {
  const slash = ref.indexOf('/');
  const href = `${gatewayUrl}/v1/sources/${encodeURIComponent(ref.slice(0, slash))}/records/${encodeURIComponent(ref.slice(slash + 1))}`;
  return html`<a href="${href}"><code>${ref}</code></a>`;
}

/** F1, precision and recall over time, one polyline each. */
function agreementChart(history: ParallelRunStatus['agreement']['history']): Raw {
  if (history.length === 0) return html`<p class="note">No run has finished on both sides yet.</p>`;
  const width = 720;
  const height = 200;
  const left = 40;
  const x = (index: number) => left + (history.length === 1 ? (width - left) / 2 : (index * (width - left - 10)) / (history.length - 1));
  const y = (value: number) => 10 + (1 - value) * (height - 40);
  const line = (pick: (item: (typeof history)[number]) => number, colour: string, label: string, row: number) => {
    const points = history.map((item, index) => `${x(index).toFixed(1)},${y(pick(item)).toFixed(1)}`).join(' ');
    return `<polyline fill="none" stroke="${colour}" stroke-width="2" points="${points}"/>${history.map((item, index) => `<circle cx="${x(index).toFixed(1)}" cy="${y(pick(item)).toFixed(1)}" r="3" fill="${colour}"><title>${escapeHtml(`${label} ${pick(item).toFixed(3)} at ${item.observedAt} (${item.kind})`)}</title></circle>`).join('')}<text x="${width - 90}" y="${20 + row * 16}" font-size="12" fill="${colour}">${label}</text>`;
  };
  const grid = [0, 0.5, 1]
    .map(
      (value) =>
        `<line x1="${left}" x2="${width}" y1="${y(value)}" y2="${y(value)}" stroke="#dde2ea"/><text x="4" y="${y(value) + 4}" font-size="11" fill="#6b7585">${value.toFixed(1)}</text>`,
    )
    .join('');
  const svg = `<svg class="agreement" role="img" aria-label="Agreement over time" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${grid}${line((item) => item.f1, '#1d4ed8', 'F1', 0)}${line((item) => item.precision, '#1f7a4d', 'precision', 1)}${line((item) => item.recall, '#9a6700', 'recall', 2)}<text x="${left}" y="${height - 6}" font-size="11" fill="#6b7585">${escapeHtml(history[0].observedAt)}</text><text x="${width - 150}" y="${height - 6}" font-size="11" fill="#6b7585">${escapeHtml(history.at(-1)!.observedAt)}</text></svg>`;
  return new Raw(svg);
}

/** Both sides' latency histograms, bucket by bucket. */
function latencyChart(latency: ParallelRunStatus['latency']): Raw {
  const labels = [...latency.bucketsMs.map((bound) => `≤${bound}`), `>${latency.bucketsMs.at(-1)}`];
  const share = (summary: ParallelRunStatus['latency']['primary'], index: number) => (summary.count ? summary.buckets[index] / summary.count : 0);
  const width = 720;
  const height = 180;
  const slot = (width - 40) / labels.length;
  const bars = labels
    .map((label, index) => {
      const bar = (value: number, offset: number, colour: string, who: string) => {
        const barHeight = value * (height - 50);
        return `<rect x="${(40 + index * slot + offset).toFixed(1)}" y="${(height - 30 - barHeight).toFixed(1)}" width="${(slot / 2 - 2).toFixed(1)}" height="${barHeight.toFixed(1)}" fill="${colour}"><title>${escapeHtml(`${who} ${label} ms: ${(value * 100).toFixed(1)} %`)}</title></rect>`;
      };
      return `${bar(share(latency.primary, index), 0, '#1d4ed8', 'primary')}${bar(share(latency.candidate, index), slot / 2, '#9a6700', 'candidate')}<text x="${(40 + index * slot).toFixed(1)}" y="${height - 14}" font-size="10" fill="#6b7585">${escapeHtml(label)}</text>`;
    })
    .join('');
  return new Raw(
    `<svg class="latency" role="img" aria-label="Latency histograms" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${bars}<text x="40" y="12" font-size="12" fill="#1d4ed8">primary</text><text x="110" y="12" font-size="12" fill="#9a6700">candidate</text><text x="${width - 30}" y="${height - 2}" font-size="10" fill="#6b7585">ms</text></svg>`,
  );
}

/** The page. `gatewayUrl` is where the links to evidence point. */
export function parallelRunHtml(status: ParallelRunStatus, gatewayUrl: string, generatedAt: string = new Date().toISOString()): string {
  const latest = status.agreement.latest;
  const { mirror } = status;
  const behind = mirror.pending > 0 || mirror.undeliverable > 0 || mirror.overflow > 0;
  const flagsSame = latest?.flags.reduce((sum, detector) => sum + detector.same, 0) ?? 0;
  const flagsAll = latest?.flags.reduce((sum, detector) => sum + Math.max(detector.primary, detector.candidate), 0) ?? 0;
  const agrees = latest !== null && latest.consolidation.f1 === 1 && flagsSame === flagsAll && status.reads.fields.length === 0;
  const side = (name: string, summary: ParallelRunStatus['latency']['primary']) =>
    html`<tr><td>${name}</td><td class="number">${whole(summary.count)}</td><td class="number">${percent(summary.errorRate, 2)}</td><td class="number">${decimal(summary.meanMs, 1)}</td><td class="number">${summary.p50Ms ?? '—'}</td><td class="number">${summary.p95Ms ?? '—'}</td></tr>`;

  const body = html`
<h1>Parallel run: ${status.candidate.name} (candidate) beside ${status.primary.name} (primary)</h1>
<p class="note">Candidate <code>${status.candidate.id}</code> ${status.candidate.version} from ${status.candidate.vendor}; primary <code>${status.primary.id}</code> ${status.primary.version}. Running since ${status.since}; report generated ${generatedAt} from ${gatewayUrl}. Clients were answered by the primary only.</p>
<div class="verdict ${behind ? 'warn' : ''}"><strong>Mirror:</strong> ${whole(mirror.delivered)} writes mirrored, ${whole(mirror.pending)} waiting (oldest ${decimal(mirror.lagSeconds, 1)} s), ${whole(mirror.undeliverable)} undeliverable, ${whole(mirror.overflow)} not kept (backlog full).</div>
<div class="verdict ${agrees ? '' : 'warn'}"><strong>Agreement:</strong> ${
    latest
      ? html`consolidation F1 ${decimal(latest.consolidation.f1)} (precision ${decimal(latest.consolidation.precision)}, recall ${decimal(latest.consolidation.recall)}) over ${whole(latest.records)} records, ${whole(latest.subjectsInDisagreement)} people seen differently; ${whole(flagsSame)} of ${whole(flagsAll)} flags the same; ${whole(status.reads.agreed)} of ${whole(status.reads.sampled)} sampled reads the same beyond the noise floor.`
      : 'no run has finished on both sides yet.'
  }</div>

<h2>Agreement over time</h2>
${agreementChart(status.agreement.history)}
<p class="note">Pairwise scores of the candidate’s partition against the primary’s, after each run finished on both. The primary is the reference, not the truth: a candidate that is right where the primary is wrong also scores below 1.</p>

<h2>Worst disagreements</h2>
${
  latest && latest.disagreements.length
    ? html`<table><thead><tr><th>Primary’s person</th><th>Candidate’s people holding those records</th><th>Pairs in dispute</th></tr></thead><tbody>${latest.disagreements.map(
        (item) =>
          html`<tr><td><a href="${gatewayUrl}/v1/subjects/${encodeURIComponent(item.primary.subjectId)}"><code>${item.primary.subjectId}</code></a><br>${item.primary.records.map((ref) => html`${recordLink(gatewayUrl, ref)}<br>`)}</td><td>${item.candidate.map(
            (group) => html`<code>${group.subjectId}</code>: ${group.records.map((ref) => html`${recordLink(gatewayUrl, ref)} `)}<br>`,
          )}</td><td class="number">${whole(item.pairsInDispute)}</td></tr>`,
      )}</tbody></table>`
    : html`<p>None: the candidate groups every record as the primary does.</p>`
}

<h2>Flags per detector</h2>
${
  latest
    ? html`<table><thead><tr><th>Detector</th><th>Primary</th><th>Candidate</th><th>Same</th><th>Differing status or review</th><th>Primary only</th><th>Candidate only</th></tr></thead><tbody>${latest.flags.map(
        (detector) =>
          html`<tr><td><code>${detector.detectorId}</code></td><td class="number">${detector.primary}</td><td class="number">${detector.candidate}</td><td class="number">${detector.same}</td><td class="number">${detector.differing}</td><td class="number">${detector.onlyPrimary}</td><td class="number">${detector.onlyCandidate}</td></tr>`,
      )}</tbody></table>`
    : html`<p class="note">No flagging run has finished on both sides yet.</p>`
}

<h2>Sampled reads</h2>
<p>One read in ${status.reads.sampleEvery} is read again from the primary (the noise floor) and from the candidate: ${whole(status.reads.sampled)} compared, ${whole(status.reads.agreed)} the same, ${whole(status.reads.failed)} failed on the candidate, ${whole(status.reads.skipped)} skipped while another was compared.</p>
${
  status.reads.fields.length
    ? html`<table><thead><tr><th>Operation</th><th>Field answered differently</th><th>Times</th></tr></thead><tbody>${status.reads.fields.map((field) => html`<tr><td>${field.operation}</td><td><code>${field.path}</code></td><td class="number">${field.count}</td></tr>`)}</tbody></table>`
    : ''
}
${status.reads.noise.length ? html`<p class="note">Ignored as noise (the primary’s own two reads differed): ${status.reads.noise.map((field) => html`<code>${field.operation} ${field.path}</code> `)}</p>` : ''}

<h2>Latency</h2>
<table><thead><tr><th>Side</th><th>Calls</th><th>Error rate</th><th>Mean ms</th><th>p50 ≤ ms</th><th>p95 ≤ ms</th></tr></thead><tbody>${side('primary (as clients saw it)', status.latency.primary)}${side('candidate (mirrored writes, sampled reads)', status.latency.candidate)}</tbody></table>
${latencyChart(status.latency)}

${
  mirror.problems.length
    ? html`<h2>What could not be mirrored</h2><table><thead><tr><th>Entry</th><th>Operation</th><th>Source</th><th>Problem</th></tr></thead><tbody>${mirror.problems.map((problem) => html`<tr><td class="number">${problem.sequence}</td><td>${problem.operation}</td><td>${problem.sourceId ?? ''}</td><td>${problem.problem}</td></tr>`)}</tbody></table>`
    : ''
}
<p class="note">Method: docs/parallel-run.md. Record references link to the gateway, which asks for a token and a justification as for any read.</p>`;
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Parallel run: ${escapeHtml(status.candidate.name)} beside ${escapeHtml(status.primary.name)}</title><style>${styles}</style></head><body>${body.markup}</body></html>\n`;
}
