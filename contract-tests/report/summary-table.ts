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
  const parts = components.filter((component) => target.weighted.lostPoints[component] > 0).map((component) => `${component} −${target.weighted.lostPoints[component].toFixed(1)}`);
  return parts.length ? parts.join(', ') : 'none';
}

export function summaryTable(report: ConformanceReport): string {
  const rows: [string, (target: TargetReport) => string][] = [
    ['adapter', (target) => (target.suite.target.adapter ? `${target.suite.target.adapter.id} ${target.suite.target.adapter.version}` : 'unreachable')],
    ['coverage', coverage],
    ['verdict', (target) => verdict(target.suite)],
    ['MUST met', (target) => met(target, 'MUST')],
    ['SHOULD met', (target) => met(target, 'SHOULD')],
    ['MAY met', (target) => met(target, 'MAY')],
    ['consolidation F1', (target) => fixed(target.scores?.accuracy?.consolidation.f1, 4)],
    ['flags P / R', (target) => (target.scores?.accuracy ? `${fixed(target.scores.accuracy.flags.precision, 3)} / ${fixed(target.scores.accuracy.flags.recall, 3)}` : '—')],
    ['core reads p50 / p95 ms', (target) => (target.scores?.latency ? `${fixed(target.scores.latency.overall.p50Ms, 1)} / ${fixed(target.scores.latency.overall.p95Ms, 1)}${ofReference(target.weighted.components.latency)}` : '—')],
    ['ingest records/s', (target) => `${fixed(target.scores?.throughput?.recordsPerSecond, 0)}${ofReference(target.weighted.components.throughput)}`],
    ['exit rehearsal', (target) => kept(target.scores?.exit)],
    ['return rehearsal', (target) => kept(target.scores?.return)],
    ['points lost', lost],
    ['weighted total', (target) => `${target.weighted.total.toFixed(1)} / 100`],
  ];
  const header = ['', ...report.targets.map((target) => target.suite.target.name)];
  const body = rows.map(([label, cell]) => [label, ...report.targets.map(cell)]);
  const widths = header.map((_, column) => Math.max(...[header, ...body].map((line) => line[column].length)));
  const format = (line: string[]) => line.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd();
  const notes = [
    report.speedReference && `Speed is a ratio to ${report.speedReference.name} measured in this run (${fixed(report.speedReference.ingestRecordsPerSecond, 0)} records/s, p95 ${fixed(report.speedReference.p95Ms, 1)} ms).`,
    report.machine && `Machine: ${machineLine(report.machine)}.`,
  ].filter(Boolean);
  return [format(header), widths.map((width) => '─'.repeat(width)).join('  '), ...body.map(format), ...(notes.length ? ['', ...notes] : [])].join('\n');
}
