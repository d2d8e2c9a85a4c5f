/**
 * `plumbline conformance`: the procurement evaluator's command. Runs the conformance suite and the
 * scores against every target (adapters by name, in process; bidders' sandboxes by URL), writes
 * the JSON, JUnit and HTML reports, prints a summary, and fails when any MUST fails anywhere.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { TEST_JUSTIFICATION } from '../gateway/testing/test-security.js';
import { loadAdapterFactories } from './adapter-factories.js';
import { UsageError, type Command } from './command.js';
import { evaluate, type TargetSpec } from '../../contract-tests/runner/evaluate.js';
import { httpTarget } from '../../contract-tests/harness/http.js';
import { inProcessTarget } from '../../contract-tests/harness/in-process.js';
import { referenceTarget } from '../../contract-tests/harness/reference-target.js';
import { temporaryAdapterMaker } from '../../contract-tests/harness/temporary-adapter.js';
import { summaryTable } from '../../contract-tests/report/summary-table.js';
import { writeReports } from '../../contract-tests/report/write-reports.js';
import { acceptable } from '../../contract-tests/report/conformance-report.js';
import { Weights } from '../../contract-tests/scores/weights.js';
import type { Profile } from '../../contract-tests/requirements/index.js';
import type { TestResult } from '../../contract-tests/runner/results.js';
import { defaultForceProfiles } from '../../contract-tests/scores/score-target.js';
import { DatasetError, readLabelledDataset, type LabelledDataset } from '../bench/labelled-dataset.js';
import { isProfileName, profileNames, type ProfileName } from '../synth/index.js';
import { ProgressMeter } from '../progress/progress-meter.js';

const DEFAULT_PEOPLE = 1000;

async function readWeights(path: string | undefined): Promise<Weights> {
  if (path === undefined) return Weights.parse({});
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`--weights ${path}: ${(error as Error).message}`);
  }
  const parsed = Weights.safeParse(json);
  if (!parsed.success)
    throw new UsageError(`--weights ${path}: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || '(file)'} ${issue.message}`).join('; ')}`);
  return parsed.data;
}

async function adapterSpecs(names: readonly string[]): Promise<TargetSpec[]> {
  if (names.length === 0) return [];
  const factories = await loadAdapterFactories();
  return names.map((name) => {
    const factory = factories.find((candidate) => candidate.id === name);
    if (!factory) throw new UsageError(`unknown adapter "${name}"; known: ${factories.map((candidate) => candidate.id).join(', ')}`);
    // Served over loopback, so that its timings compare with those of remote sandboxes.
    return { name, open: () => inProcessTarget({ name, adapter: temporaryAdapterMaker(factory), transport: 'loopback' }) };
  });
}

/** A line per test that did not pass; failures add what was observed and what was expected. */
export function progressLine(target: string, result: TestResult): string | undefined {
  if (result.status === 'pass') return undefined;
  const lines = [`  ${target}: ${result.status.padEnd(11)} ${result.requirements.join(', ')} ${result.title}${result.message ? ` — ${result.message}` : ''}`];
  if (result.observed !== undefined) lines.push(`      observed: ${result.observed}`);
  if (result.expected !== undefined) lines.push(`      expected: ${result.expected}`);
  return lines.join('\n');
}

/** `typical,hard` → the profiles, each checked; the default list when absent. */
function forceProfilesOption(value: string | undefined): readonly ProfileName[] {
  if (value === undefined) return defaultForceProfiles;
  const names = value.split(',').map((name) => name.trim());
  const unknown = names.find((name) => !isProfileName(name));
  if (unknown !== undefined || names.length === 0) throw new UsageError(`--force-profile "${value}": each must be one of ${profileNames.join(', ')}`);
  return [...new Set(names)] as ProfileName[];
}

export const conformanceCommand: Command = {
  usage: `plumbline conformance --out DIR [--adapter NAME ...] [--url URL ...] [--token TOKEN] [--justification TEXT]
                      [--profile baseline|full] [--people N] [--force-profile LIST] [--dataset DIR]
                      [--no-scores] [--weights FILE]

Runs every requirement of the profile against each target, then scores it: accuracy on labelled
synthetic forces of N people (one per force profile, with the naive exact-identifier join beside
each) and on the evaluator's own labelled data set if given, latency of core reads, ingest throughput, and an exit rehearsal into a
fresh reference engine. Speed is scored against the reference engine measured in the same run.
Writes DIR/report.json, DIR/junit.xml and DIR/report.html (one column per target) and prints a
summary. Exits 1 when any applicable MUST requirement fails on any target, or a target does not
offer every capability of the baseline profile.
  --adapter NAME        an adapter by name, in process with a temporary store (repeatable)
  --url URL             a sandbox that speaks the contract, base URL without /v1 (repeatable)
  --token TOKEN         bearer token sent to every --url (roles ingest, analyst, reviewer, admin)
  --justification TEXT  Plumbline-Justification sent to every --url (default "${TEST_JUSTIFICATION}")
  --profile P           baseline or full (default full)
  --people N            size of the synthetic force for the scores (default ${DEFAULT_PEOPLE}, 100 to 100000)
  --force-profile LIST  synthetic force profiles to score accuracy on, comma-separated, from
                        ${profileNames.join(', ')} (default ${defaultForceProfiles.join(',')}); the first is weighted in the total
  --dataset DIR         also score accuracy on a labelled data set: DIR/sources.json, DIR/records/<sourceId>.ndjson,
                        DIR/truth.ndjson (see docs/labelled-dataset.md)
  --no-scores           run the suite only
  --weights FILE        JSON weights for the total, e.g. {"must": 40, "exit": 20} (see docs/conformance.md)
  --out DIR             where to write the reports (required)`,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: {
        adapter: { type: 'string', multiple: true },
        url: { type: 'string', multiple: true },
        token: { type: 'string' },
        justification: { type: 'string' },
        profile: { type: 'string' },
        people: { type: 'string' },
        'no-scores': { type: 'boolean' },
        weights: { type: 'string' },
        out: { type: 'string' },
        'force-profile': { type: 'string' },
        dataset: { type: 'string' },
      },
      strict: true,
      allowPositionals: true,
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    if (!values.out) throw new UsageError('--out DIR is required');
    const profile = (values.profile ?? 'full') as Profile;
    if (profile !== 'baseline' && profile !== 'full') throw new UsageError(`--profile must be baseline or full, not "${values.profile}"`);
    const people = values.people === undefined ? DEFAULT_PEOPLE : Number(values.people);
    if (!Number.isInteger(people) || people < 100 || people > 100_000)
      throw new UsageError(`--people must be a whole number from 100 to 100000, not "${values.people}"`);
    const weights = await readWeights(values.weights);
    const forceProfiles = forceProfilesOption(values['force-profile']);
    let dataset: LabelledDataset | undefined;
    if (values.dataset !== undefined) {
      try {
        dataset = readLabelledDataset(values.dataset);
      } catch (error) {
        if (error instanceof DatasetError) throw new UsageError(`--dataset ${values.dataset}: ${error.message}`);
        throw error;
      }
    }
    const urls = (values.url ?? []).map((url): TargetSpec => {
      if (!/^https?:\/\/./.test(url)) throw new UsageError(`--url "${url}" is not an http(s) URL`);
      return { name: url, open: async () => httpTarget({ url, token: values.token, justification: values.justification ?? TEST_JUSTIFICATION }) };
    });
    const specs = [...(await adapterSpecs(values.adapter ?? [])), ...urls];
    if (specs.length === 0) throw new UsageError('name at least one target: --adapter NAME or --url URL');

    const started = performance.now();
    const progress = (message: string) => process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(1)}s] ${message}\n`);
    let testsRun = 0;
    const testMeter = new ProgressMeter('conformance', 'tests', (message) => progress(message), undefined, { intervalMs: 10_000 });
    const report = await evaluate(specs, {
      profile,
      people: values['no-scores'] ? null : people,
      forceProfiles,
      dataset,
      weights,
      exitInto: () => referenceTarget({ name: 'a fresh reference engine' }),
      referenceSpeed: () => referenceTarget({ name: 'reference (speed)', transport: 'loopback' }),
      progress,
      onTest: (target, result) => {
        testMeter.update(++testsRun);
        const line = progressLine(target, result);
        if (line) process.stderr.write(`${line}\n`);
      },
    });
    const written = await writeReports(report, values.out);
    process.stdout.write(`${summaryTable(report)}\n\nReports: ${written.html}\n         ${written.json}\n         ${written.junit}\n`);
    return report.targets.every(acceptable) ? 0 : 1;
  },
};
