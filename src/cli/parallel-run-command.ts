/**
 * `plumbline parallel-run`: the evaluation panel's view of a candidate supplier run beside the
 * primary (docs/parallel-run.md).
 *
 * - `report --url URL --token T --out DIR`: reads `GET /v1/parallel-run` (role auditor or admin)
 *   and writes DIR/parallel-run.json and DIR/parallel-run.html;
 * - `bench [--people N] [--candidate NAME] [--reads N]`: what a parallel run costs the primary's
 *   clients, as a ratio measured in one run; prints JSON.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ParallelRunStatus } from '../contract/index.js';
import { parallelRunHtml } from '../parallel-run/report-html.js';
import { runParallelRunBench } from '../parallel-run/parallel-run-bench.js';
import { diffSnapshots, snapshotOf } from '../parallel-run/state-snapshot.js';
import { silentLogger } from '../adapter/factory.js';
import { ConfigError } from '../adapter/config-error.js';
import { createCandidateAdapter, createConfiguredAdapter, createContainer } from '../config/container.js';
import { loadAdapterFactories } from './adapter-factories.js';
import { readGatewayConfig, StartupError, UsageError, type Command } from './command.js';

const DEFAULT_JUSTIFICATION = 'PARALLEL-RUN-REPORT';

function wholeOption(name: string, value: string | undefined, fallback: number, minimum: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < minimum) throw new UsageError(`--${name}="${value}" must be a whole number of at least ${minimum}`);
  return number;
}

async function report(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { url: { type: 'string' }, token: { type: 'string' }, out: { type: 'string' }, justification: { type: 'string' } },
    strict: true,
  });
  if (!values.url || !values.token || !values.out) throw new UsageError('report needs --url URL, --token TOKEN (role auditor or admin) and --out DIR');
  const url = values.url.replace(/\/+$/, '');
  let response: Response;
  try {
    response = await fetch(`${url}/v1/parallel-run`, {
      headers: { authorization: `Bearer ${values.token}`, 'plumbline-justification': values.justification ?? DEFAULT_JUSTIFICATION },
    });
  } catch (error) {
    throw new StartupError(`Could not reach ${url}: ${(error as Error).message}. Check --url.`);
  }
  const text = await response.text();
  if (response.status === 501)
    throw new StartupError(`${url} runs no candidate (501): start the gateway with PLUMBLINE_CANDIDATE_ADAPTER=NAME (docs/parallel-run.md).`);
  if (!response.ok) throw new StartupError(`${url}/v1/parallel-run answered ${response.status}: ${text.slice(0, 500)}`);
  const parsed = ParallelRunStatus.safeParse(JSON.parse(text));
  if (!parsed.success) throw new StartupError(`${url}/v1/parallel-run answered something that is not a ParallelRunStatus: ${parsed.error.issues[0]?.message}`);
  const status = parsed.data;
  await mkdir(values.out, { recursive: true });
  await writeFile(join(values.out, 'parallel-run.json'), `${JSON.stringify(status, null, 2)}\n`);
  await writeFile(join(values.out, 'parallel-run.html'), parallelRunHtml(status, url));
  const latest = status.agreement.latest;
  process.stdout.write(
    [
      `candidate ${status.candidate.id} beside primary ${status.primary.id}: mirror ${status.mirror.delivered} delivered, ${status.mirror.pending} waiting (lag ${status.mirror.lagSeconds.toFixed(1)} s), ${status.mirror.undeliverable} undeliverable, ${status.mirror.overflow} overflow`,
      latest
        ? `agreement: consolidation F1 ${latest.consolidation.f1.toFixed(4)} (precision ${latest.consolidation.precision.toFixed(4)}, recall ${latest.consolidation.recall.toFixed(4)}), ${latest.subjectsInDisagreement} people seen differently`
        : 'agreement: no run has finished on both sides yet',
      `wrote ${join(values.out, 'parallel-run.json')} and ${join(values.out, 'parallel-run.html')}`,
      '',
    ].join('\n'),
  );
  return 0;
}

/**
 * The cut-over's final check, with the gateway stopped (writes stopped, outbox drained): the
 * primary and the candidate configured as for \`plumbline serve\`, exported and compared.
 */
async function diff(argv: string[]): Promise<number> {
  parseArgs({ args: argv, options: {}, strict: true });
  const config = readGatewayConfig();
  if (!config.candidateAdapter)
    throw new UsageError('diff compares the primary with the candidate: set PLUMBLINE_CANDIDATE_ADAPTER (and PLUMBLINE_CANDIDATE_DB) as for plumbline serve');
  const container = createContainer(config, await loadAdapterFactories());
  let primary;
  let candidate;
  try {
    primary = await createConfiguredAdapter(container, process.env, silentLogger);
    candidate = (await createCandidateAdapter(container, process.env, silentLogger))!;
  } catch (error) {
    await primary?.close();
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw new StartupError(`The adapters could not start: ${(error as Error).message}. Is the gateway still running on the same stores? Stop it first.`);
  }
  const context = { actor: 'plumbline-parallel-run', justification: 'cut-over export diff' };
  try {
    const result = diffSnapshots(await snapshotOf(primary, context), await snapshotOf(candidate, context));
    const first = (list: string[]) => ({ count: list.length, first: list.slice(0, 20) });
    process.stdout.write(
      `${JSON.stringify({ primary: primary.identity.id, candidate: candidate.identity.id, counts: result.counts, sources: first(result.sources), records: first(result.records), overrides: first(result.overrides), partition: first(result.partition), flags: first(result.flags), empty: result.empty }, null, 2)}\n`,
    );
    process.stderr.write(
      result.empty ? 'export diff empty: the candidate holds what the primary holds\n' : 'export diff NOT empty: do not cut over (see the lists above)\n',
    );
    return result.empty ? 0 : 1;
  } finally {
    await primary.close();
    await candidate.close();
  }
}

async function bench(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { people: { type: 'string' }, candidate: { type: 'string' }, reads: { type: 'string' } }, strict: true });
  const directory = await mkdtemp(join(tmpdir(), 'plumbline-parallel-bench-'));
  try {
    const result = await runParallelRunBench({
      plumbline: [process.execPath, ...process.execArgv, process.argv[1]],
      directory,
      people: wholeOption('people', values.people, 500, 100),
      candidate: values.candidate ?? 'foundry',
      reads: wholeOption('reads', values.reads, 400, 1),
    });
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
  return 0;
}

export const parallelRunCommand: Command = {
  usage: `plumbline parallel-run report --url URL --token TOKEN --out DIR [--justification TEXT]
plumbline parallel-run diff
plumbline parallel-run bench [--people N] [--candidate NAME] [--reads N]

report  reads GET /v1/parallel-run (role auditor or admin; the gateway runs with
        PLUMBLINE_CANDIDATE_ADAPTER=NAME) and writes DIR/parallel-run.json and a self-contained
        DIR/parallel-run.html: agreement over time, the worst disagreements with links to the
        records on the gateway, flags per detector, read differences, latency histograms.
diff    with the gateway stopped, exports the primary and the candidate (configured as for
        plumbline serve) and compares them: exit 0 when the export diff is empty, 1 when not.
bench   starts two gateways on this machine, one with a candidate (default foundry over its
        simulator) and one without, sends both the same demo traffic (default 500 people, then 400
        reads), alternating, and prints the latency ratio (with ÷ without) as JSON.

See docs/parallel-run.md.`,
  async run(argv) {
    const [subcommand, ...rest] = argv;
    if (subcommand === 'report') return report(rest);
    if (subcommand === 'diff') return diff(rest);
    if (subcommand === 'bench') return bench(rest);
    throw new UsageError(subcommand ? `unknown sub-command "${subcommand}": use report, diff or bench` : 'say report, diff or bench');
  },
};
