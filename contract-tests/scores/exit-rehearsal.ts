/**
 * The exit rehearsal: how the force would leave a supplier. Export everything from target A,
 * import it into B (a fresh reference engine by default), export B, and compare the two states
 * line by line for sources, records, overrides, subjects (ids, former ids, members) and flags
 * with their reviews.
 */
import { exportOrder, Run, type ExportLineKind } from '../../src/contract/index.js';
import { clientFor, type ConformanceTarget } from '../harness/target.js';
import { expectStatus, parseAs } from '../suite/answers.js';
import { describeValue } from '../suite/failure.js';
import { parseExport, postImport, TargetApi } from '../suite/target-api.js';

type ComparedKind = Exclude<ExportLineKind, 'header' | 'end'>;
const comparedKinds = exportOrder.filter((kind): kind is ComparedKind => kind !== 'header' && kind !== 'end');

export interface KindComparison {
  readonly exported: number;
  readonly imported: number;
  /** Lines present, identical, on both sides. */
  readonly matching: number;
}

export interface ExitRehearsal {
  readonly into: string;
  /** Every line of A is in B and nothing else is. */
  readonly equivalent: boolean;
  /** Matching lines over all lines of either side: 1 when equivalent. */
  readonly score: number;
  readonly byKind: Readonly<Record<ComparedKind, KindComparison>>;
  readonly exportSeconds: number;
  readonly importSeconds: number;
  /** Why the rehearsal could not finish (the import was refused or failed), when it could not. */
  readonly error?: string;
  /** The first few lines that differ, for the report. */
  readonly differences: readonly string[];
}

const seconds = (since: number) => Math.round((performance.now() - since) / 10) / 100;

function linesByKind(text: string): Map<ComparedKind, Set<string>> {
  const byKind = new Map(comparedKinds.map((kind) => [kind, new Set<string>()]));
  for (const line of parseExport(text)) if (line.kind !== 'header' && line.kind !== 'end') byKind.get(line.kind)!.add(JSON.stringify(line));
  return byKind;
}

const emptyComparison = () =>
  Object.fromEntries(comparedKinds.map((kind) => [kind, { exported: 0, imported: 0, matching: 0 }])) as Record<ComparedKind, KindComparison>;

export async function rehearseExit(from: ConformanceTarget, into: ConformanceTarget): Promise<ExitRehearsal> {
  const fromApi = new TargetApi(clientFor(from));
  const intoClient = clientFor(into);
  let started = performance.now();
  const exported = await fromApi.exportText();
  const exportSeconds = seconds(started);
  started = performance.now();
  const failed = (error: string): ExitRehearsal => ({
    into: into.name,
    equivalent: false,
    score: 0,
    byKind: emptyComparison(),
    exportSeconds,
    importSeconds: seconds(started),
    error,
    differences: [],
  });
  try {
    const run = parseAs(Run, expectStatus(await postImport(intoClient, exported), 202, `importing into ${into.name}`), 'Run');
    await new TargetApi(intoClient).waitForRun(run, 'import');
  } catch (error) {
    return failed(error instanceof Error ? `${error.message}${'observed' in error ? `: ${describeValue(error.observed, 300)}` : ''}` : String(error));
  }
  const importSeconds = seconds(started);
  const [before, after] = [linesByKind(exported), linesByKind(await new TargetApi(intoClient).exportText())];
  const byKind = emptyComparison();
  const differences: string[] = [];
  let matching = 0;
  let total = 0;
  for (const kind of comparedKinds) {
    const [left, right] = [before.get(kind)!, after.get(kind)!];
    const same = [...left].filter((line) => right.has(line)).length;
    byKind[kind] = { exported: left.size, imported: right.size, matching: same };
    matching += same;
    total += left.size + right.size - same;
    for (const line of [...left].filter((one) => !right.has(one)).slice(0, 2)) differences.push(`lost or changed: ${describeValue(line, 300)}`);
    for (const line of [...right].filter((one) => !left.has(one)).slice(0, 2)) differences.push(`appeared: ${describeValue(line, 300)}`);
  }
  return { into: into.name, equivalent: matching === total, score: total === 0 ? 1 : matching / total, byKind, exportSeconds, importSeconds, differences };
}
