/** The summary the command prints: one column per target, the figures an evaluator looks at first. */
import { verdict } from '../runner/results.js';
import type { ExitRehearsal } from '../scores/exit-rehearsal.js';
import { machineLine } from '../scores/machine.js';
import { components } from '../scores/weights.js';
import type { ConformanceReport, TargetReport } from './conformance-report.js';

const kept = (rehearsal: ExitRehearsal | undefined) => (rehearsal ? (rehearsal.error ? 'failed' : `${(rehearsal.score * 100).toFixed(1)} % kept`) : '—');
const fixed = (value: number | undefined, digits: number) => (value === undefined || Number.isNaN(value) ? '—' : value.toFixed(digits));
const ofReference = (value: number | null) => (value === null ? '' : ` (${Math.round(value * 100)} % of ref.)`);

function met(target: TargetReport, level: 'MUST' | 'SHOULD' | 'MAY'): string {
  const counts = target.suite.summary[level];
  if (counts.total === 0) return '—';
  const extra = counts['not-offered'] ? ` (${counts['not-offered']} not offered)` : '';
  return `${counts.pass}/${counts.total - counts.skip - counts['not-offered']}${extra}`;
}

function coverage(target: TargetReport): string {
  const { offered, declined, baselineDeclined } = target.suite.coverage;
  return `${offered.length}/${offered.length + declined.length} capabilities${baselineDeclined.length ? `, baseline lacks ${baselineDeclined.join(', ')}` : ', baseline covered'}`;
}

function lost(target: TargetReport): string {
  const parts = components
    .filter((component) => target.weighted.lostPoints[component] > 0)
    .map((component) => `${component} −${target.weighted.lostPoints[component].toFixed(1)}`);
  return parts.length ? parts.join(', ') : 'none';
}

/** The accuracy of one force ("typical", "hard", "dataset …") on a target, if measured. */
function accuracyOn(target: TargetReport, force: string) {
  return target.scores?.accuracyByForce?.find((score) => score.force === force);
}

/** Names of the forces any target was scored on, in the order scored. */
export function scoredForces(report: ConformanceReport): string[] {
  return [...new Set(report.targets.flatMap((target) => (target.scores?.accuracyByForce ?? []).map((score) => score.force ?? 'synthetic')))];
}

/** "P 0.999 R 0.912 F1 0.953 · naive F1 0.940 · queue 0.40% of records": precision and recall apart, the naive join and the possible-match share beside them. */
function consolidationOn(target: TargetReport, force: string): string {
  const score = accuracyOn(target, force);
  if (!score) return '—';
  const { precision, recall, f1 } = score.consolidation;
  const merged = score.hardNonMatches ? ` · look-alikes merged ${score.hardNonMatches.merged}/${score.hardNonMatches.planted}` : '';
  const asks = score.possibleMatches ? ` · queue ${fixed(score.possibleMatches.recordShare * 100, 2)}% of records` : '';
  return `P ${fixed(precision, 4)} R ${fixed(recall, 4)} F1 ${fixed(f1, 4)}${score.baseline ? ` · naive F1 ${fixed(score.baseline.f1, 4)}` : ''}${merged}${asks}`;
}

export function summaryTable(report: ConformanceReport): string {
  const forces = scoredForces(report);
  const rows: [string, (target: TargetReport) => string][] = [
    ['adapter', (target) => (target.suite.target.adapter ? `${target.suite.target.adapter.id} ${target.suite.target.adapter.version}` : 'unreachable')],
    ['coverage', coverage],
    ['verdict', (target) => verdict(target.suite)],
    ['MUST met', (target) => met(target, 'MUST')],
    ['SHOULD met', (target) => met(target, 'SHOULD')],
    ['MAY met', (target) => met(target, 'MAY')],
    ['consolidation F1', (target) => fixed(target.scores?.accuracy?.consolidation.f1, 4)],
    ...forces.map((force): [string, (target: TargetReport) => string] => [`consolidation, ${force}`, (target) => consolidationOn(target, force)]),
    [
      'flags P / R',
      (target) => (target.scores?.accuracy ? `${fixed(target.scores.accuracy.flags.precision, 3)} / ${fixed(target.scores.accuracy.flags.recall, 3)}` : '—'),
    ],
    [
      'core reads p50 / p95 ms',
      (target) =>
        target.scores?.latency
          ? `${fixed(target.scores.latency.overall.p50Ms, 1)} / ${fixed(target.scores.latency.overall.p95Ms, 1)}${ofReference(target.weighted.components.latency)}`
          : '—',
    ],
    ['ingest records/s', (target) => `${fixed(target.scores?.throughput?.recordsPerSecond, 0)}${ofReference(target.weighted.components.throughput)}`],
    ['exit rehearsal', (target) => kept(target.scores?.exit)],
    ['return rehearsal', (target) => kept(target.scores?.return)],
    ['points lost', lost],
    ['weighted total', (target) => `${target.weighted.total.toFixed(1)} / 100`],
  ];
  const header = ['', ...report.targets.map((target) => target.suite.target.name)];
  const body = rows.map(([label, cell]) => [label, ...report.targets.map(cell)]);
  const widths = header.map((_, column) => Math.max(...[header, ...body].map((line) => line[column].length)));
  const format = (line: string[]) =>
    line
      .map((cell, column) => cell.padEnd(widths[column]))
      .join('  ')
      .trimEnd();
  const notes = [
    report.speedReference &&
      `Speed is a ratio to ${report.speedReference.name} measured in this run (${fixed(report.speedReference.ingestRecordsPerSecond, 0)} records/s, p95 ${fixed(report.speedReference.p95Ms, 1)} ms).`,
    report.machine && `Machine: ${machineLine(report.machine)}.`,
    forces.length > 0 &&
      `Consolidation is pairwise precision (P), recall (R) and F1 per force; "naive" is the exact-identifier join on the same records. The weighted total uses the first force (${forces[0]}).`,
  ].filter(Boolean);
  return [format(header), widths.map((width) => '─'.repeat(width)).join('  '), ...body.map(format), ...(notes.length ? ['', ...notes] : [])].join('\n');
}
