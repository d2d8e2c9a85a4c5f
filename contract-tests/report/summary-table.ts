/** The summary the command prints: one column per target, the figures an evaluator looks at first. */
import type { ExitRehearsal } from '../scores/exit-rehearsal.js';
import type { ConformanceReport, TargetReport } from './conformance-report.js';

const kept = (rehearsal: ExitRehearsal | undefined) => (rehearsal ? (rehearsal.error ? 'failed' : `${(rehearsal.score * 100).toFixed(1)} % kept`) : '—');
const fixed = (value: number | undefined, digits: number) => (value === undefined || Number.isNaN(value) ? '—' : value.toFixed(digits));

function met(target: TargetReport, level: 'MUST' | 'SHOULD' | 'MAY'): string {
  const counts = target.suite.summary[level];
  if (counts.total === 0) return '—';
  const extra = counts['not-offered'] ? ` (${counts['not-offered']} not offered)` : '';
  return `${counts.pass}/${counts.total - counts.skip}${extra}`;
}

export function summaryTable(report: ConformanceReport): string {
  const rows: [string, (target: TargetReport) => string][] = [
    ['adapter', (target) => (target.suite.target.adapter ? `${target.suite.target.adapter.id} ${target.suite.target.adapter.version}` : 'unreachable')],
    ['verdict', (target) => (target.mustsMet ? 'every MUST met' : `${target.suite.summary.MUST.fail + target.suite.summary.MUST.error} MUST not met`)],
    ['MUST met', (target) => met(target, 'MUST')],
    ['SHOULD met', (target) => met(target, 'SHOULD')],
    ['MAY met', (target) => met(target, 'MAY')],
    ['consolidation F1', (target) => fixed(target.scores?.accuracy?.consolidation.f1, 4)],
    ['flags P / R', (target) => (target.scores?.accuracy ? `${fixed(target.scores.accuracy.flags.precision, 3)} / ${fixed(target.scores.accuracy.flags.recall, 3)}` : '—')],
    ['core reads p50 / p95 ms', (target) => (target.scores?.latency ? `${fixed(target.scores.latency.overall.p50Ms, 1)} / ${fixed(target.scores.latency.overall.p95Ms, 1)}` : '—')],
    ['ingest records/s', (target) => fixed(target.scores?.accuracy?.ingestRecordsPerSecond, 0)],
    ['exit rehearsal', (target) => kept(target.scores?.exit)],
    ['return rehearsal', (target) => kept(target.scores?.return)],
    ['weighted total', (target) => `${target.weighted.total.toFixed(1)} / 100`],
  ];
  const header = ['', ...report.targets.map((target) => target.suite.target.name)];
  const body = rows.map(([label, cell]) => [label, ...report.targets.map(cell)]);
  const widths = header.map((_, column) => Math.max(...[header, ...body].map((line) => line[column].length)));
  const format = (line: string[]) => line.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd();
  return [format(header), widths.map((width) => '─'.repeat(width)).join('  '), ...body.map(format)].join('\n');
}
