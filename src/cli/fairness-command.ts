/**
 * `plumbline fairness`: whether flags fall unevenly on groups, for any engine. Two questions:
 *
 * - on live data (`--url` with `--equality FILE`): the auditor's report. By default the gateway's
 *   `POST /v1/fairness-audits` computes it (role auditor); `--client-side` computes it here from
 *   the contract's standard reads instead (roles analyst or reviewer), for a bidder's own server.
 * - on a synthetic force where the truth is known (`--people N`, with `--adapter NAME` in process
 *   or `--url`): the force is loaded, consolidated and flagged, then audited with its equality data
 *   (never ingested), adding false-positive and false-negative rate parity.
 *
 * Writes DIR/fairness.json (the `FairnessReport`) and DIR/fairness.html, and prints a summary.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { PlumblineAdapterV1 } from '../adapter/adapter-v1.js';
import type { OperationContext } from '../adapter/context.js';
import { createPlumblineClient } from '../client/index.js';
import { FairnessOptions, FairnessReport, type EqualityPerson, type FairnessOptionsInput } from '../contract/index.js';
import { EqualityFileError, parseEqualityFile } from '../fairness/equality-file.js';
import { auditFairness } from '../fairness/fairness-audit.js';
import { fairnessHtml } from '../fairness/report-html.js';
import { fairnessSummary } from '../fairness/summary-text.js';
import { loadAndAuditSyntheticForce } from '../fairness/synthetic-audit.js';
import { synthesizeForce } from '../synth/index.js';
import { createHttpAdapter } from '../../adapters/http/index.js';
import { remoteSettings } from '../../adapters/http/settings.js';
import { temporaryAdapterMaker } from '../../contract-tests/harness/temporary-adapter.js';
import { loadAdapterFactories } from './adapter-factories.js';
import { UsageError, type Command } from './command.js';

const DEFAULT_JUSTIFICATION = 'FAIRNESS-AUDIT';

function numberOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number)) throw new UsageError(`--${name}="${value}" is not a number`);
  return number;
}

/** The measuring options from the command line, checked against the contract's schema. */
function optionsFrom(values: Record<string, string | string[] | boolean | undefined>): FairnessOptionsInput {
  const band = values.band as string | undefined;
  const [lower, upper] = band === undefined ? [] : band.split(':').map((part) => numberOption('band', part));
  const references = (values.reference as string[] | undefined) ?? [];
  const input: FairnessOptionsInput = {
    ...(band !== undefined ? { band: { lower, upper } } : {}),
    ...(values['min-group'] !== undefined ? { minimumGroupSize: numberOption('min-group', values['min-group'] as string) } : {}),
    ...(values.confidence !== undefined ? { confidenceLevel: numberOption('confidence', values.confidence as string) } : {}),
    ...(references.length
      ? {
          referenceGroups: Object.fromEntries(
            references.map((entry) => {
              const equals = entry.indexOf('=');
              if (equals <= 0) throw new UsageError(`--reference "${entry}" is not ATTRIBUTE=GROUP`);
              return [entry.slice(0, equals), entry.slice(equals + 1)];
            }),
          ),
        }
      : {}),
    ...(values.detector ? { detectors: values.detector as string[] } : {}),
    ...(values['raised-from'] ? { raisedFrom: values['raised-from'] as string } : {}),
    ...(values['raised-to'] ? { raisedTo: values['raised-to'] as string } : {}),
  };
  const parsed = FairnessOptions.safeParse(input);
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((issue) => `${issue.path.join('.') || 'options'}: ${issue.message}`).join('; '));
  return input;
}

async function readEquality(path: string): Promise<EqualityPerson[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`--equality ${path}: ${(error as Error).message}`);
  }
  try {
    return parseEqualityFile(text);
  } catch (error) {
    if (error instanceof EqualityFileError) throw new UsageError(`--equality ${path}: ${error.message}`);
    throw error;
  }
}

/** The auditor's report from the gateway's own route: the equality data goes in the request and nowhere else. */
async function reportFromGateway(
  url: string,
  token: string | undefined,
  justification: string,
  people: EqualityPerson[],
  options: FairnessOptionsInput,
): Promise<FairnessReport> {
  const client = createPlumblineClient({ baseUrl: url, token, justification });
  const { data, error, response } = await client.POST('/v1/fairness-audits', { body: { people, options } as never });
  if (!data) {
    const hint = response.status === 404 ? ' (this server has no fairness route: add --client-side to compute from its standard reads)' : '';
    throw new Error(
      `POST /v1/fairness-audits answered ${response.status}: ${(error as { detail?: string } | undefined)?.detail ?? response.statusText}${hint}`,
    );
  }
  return FairnessReport.parse(data);
}

async function inProcessAdapter(name: string): Promise<PlumblineAdapterV1> {
  const factories = await loadAdapterFactories();
  const factory = factories.find((candidate) => candidate.id === name);
  if (!factory) throw new UsageError(`unknown adapter "${name}"; known: ${factories.map((candidate) => candidate.id).join(', ')}`);
  return temporaryAdapterMaker(factory)();
}

export const fairnessCommand: Command = {
  usage: `plumbline fairness --out DIR (--url URL [--token T] [--justification TEXT] | --adapter NAME)
                   (--equality FILE [--client-side] | --people N [--seed N])
                   [--band 0.8:1.25] [--min-group 20] [--confidence 0.95] [--reference ATTRIBUTE=GROUP ...]
                   [--detector ID ...] [--raised-from DATE] [--raised-to DATE]

Per detector and for any detector, per characteristic and group: the flag rate (Wilson interval),
its ratio to a reference group (Katz log interval) against the fairness band, groups under the
minimum size suppressed, and the share of closed flags closed with no case to answer. A disparity
is a prompt for inquiry, not a verdict. Writes DIR/fairness.json and DIR/fairness.html.
  --url URL          a gateway or a bidder's sandbox (base URL, without /v1)
  --adapter NAME     an adapter of this repository, in process with a temporary store (with --people)
  --equality FILE    equality data for the people the target holds (CSV or NDJSON, docs/fairness.md):
                     sent to the gateway's fairness route (token role auditor), used and not kept
  --client-side      compute here from the contract's standard reads instead (token role analyst)
  --people N         load a synthetic force of N people (100 to 100000) into the target first, audit
                     it with its own equality data, and add false-positive and false-negative rates
  --seed N           the synthetic force's seed (default 1)
  --token T          bearer token for --url;  --justification TEXT  (default ${DEFAULT_JUSTIFICATION})
  --band L:U         the fairness band (default 0.8:1.25)
  --min-group N      suppress groups, and rates over fewer than N (default 20, at least 5)
  --confidence C     confidence level of the intervals (default 0.95)
  --reference A=G    the reference group of characteristic A (default: its largest group)
  --detector ID      only these detectors;  --raised-from / --raised-to DATE  only flags raised then`,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: {
        out: { type: 'string' },
        url: { type: 'string' },
        adapter: { type: 'string' },
        token: { type: 'string' },
        justification: { type: 'string' },
        equality: { type: 'string' },
        'client-side': { type: 'boolean' },
        people: { type: 'string' },
        seed: { type: 'string' },
        band: { type: 'string' },
        'min-group': { type: 'string' },
        confidence: { type: 'string' },
        reference: { type: 'string', multiple: true },
        detector: { type: 'string', multiple: true },
        'raised-from': { type: 'string' },
        'raised-to': { type: 'string' },
      },
      strict: true,
      allowPositionals: true,
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    if (!values.out) throw new UsageError('--out DIR is required');
    if (Boolean(values.url) === Boolean(values.adapter)) throw new UsageError('name one target: --url URL or --adapter NAME');
    if (Boolean(values.equality) === Boolean(values.people))
      throw new UsageError('say what to audit: --equality FILE (the data the target holds) or --people N (a synthetic force)');
    if (values.adapter && values.equality) throw new UsageError('--adapter starts an empty engine: audit it on a synthetic force with --people N');
    if (values.url && !/^https?:\/\/./.test(values.url)) throw new UsageError(`--url "${values.url}" is not an http(s) URL`);
    const options = optionsFrom(values);
    const justification = values.justification ?? DEFAULT_JUSTIFICATION;
    const progress = (message: string) => process.stderr.write(`fairness: ${message}\n`);

    let report: FairnessReport;
    if (values.equality && !values['client-side']) {
      const people = await readEquality(values.equality);
      progress(`${people.length} people sent to ${values.url}/v1/fairness-audits`);
      report = await reportFromGateway(values.url!, values.token, justification, people, options);
    } else {
      const adapter = values.adapter
        ? await inProcessAdapter(values.adapter)
        : await createHttpAdapter({ settings: remoteSettings({ baseUrl: values.url!, token: values.token, timeoutMs: 600_000 }) });
      const context: OperationContext = { actor: 'plumbline-fairness', justification };
      try {
        if (values.equality) {
          report = await auditFairness(adapter, await readEquality(values.equality), options, context, { computedBy: 'client' });
        } else {
          const people = Number(values.people);
          const seed = values.seed === undefined ? 1 : Number(values.seed);
          if (!Number.isInteger(people) || people < 100 || people > 100_000)
            throw new UsageError(`--people must be a whole number from 100 to 100000, not "${values.people}"`);
          if (!Number.isInteger(seed) || seed < 0) throw new UsageError(`--seed must be a whole number, not "${values.seed}"`);
          const audited = await loadAndAuditSyntheticForce(adapter, synthesizeForce({ people, months: 12, seed }), options, context, progress);
          progress(`flags: precision ${audited.accuracy.flags.precision.toFixed(3)}, recall ${audited.accuracy.flags.recall.toFixed(3)} against the truth`);
          report = audited.report;
        }
      } finally {
        await adapter.close();
      }
    }

    await mkdir(values.out, { recursive: true });
    await writeFile(join(values.out, 'fairness.json'), `${JSON.stringify(report, null, 2)}\n`);
    await writeFile(join(values.out, 'fairness.html'), fairnessHtml(report));
    process.stdout.write(`${fairnessSummary(report)}\nReports: ${join(values.out, 'fairness.html')}\n         ${join(values.out, 'fairness.json')}\n`);
    return 0;
  },
};
