import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { silentLogger } from '../adapter/factory.js';
import { synthesizeForce } from '../synth/index.js';
import { createReferenceAdapter, openDirectSubjectReader } from '../../adapters/reference/index.js';
import { createPostgresReferenceAdapter } from '../../adapters/reference/postgres/postgres-reference-adapter.js';
import { benchmarkForce } from '../bench/force-benchmark.js';
import { expectedFlagsInChildProcess } from '../bench/expected-flags.js';
import { benchmarkGateway, sampleSubjectIds } from '../bench/gateway-benchmark.js';
import { measureAuditThroughput } from '../bench/audit-throughput.js';
import { measureReplicaThroughput } from '../bench/replica-throughput.js';
import { benchmarkPostgresEngine, comparedWithSqlite, type PostgresEngineRun } from '../bench/postgres-engine-benchmark.js';
import { isPostgresUrl } from '../postgres/postgres-pool.js';
import type { ComparableFlag } from '../metrics/flag-accuracy.js';
import { auditFairness } from '../fairness/fairness-audit.js';
import { expectedByPerson, syntheticEquality } from '../fairness/synthetic-equality.js';
import { UsageError, type Command } from './command.js';
import { profileOption } from './synth-command.js';
import { defaultProfile, profileNames } from '../synth/index.js';

const positive = (name: string, value: string | undefined, fallback: number) => {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new UsageError(`--${name} must be a whole number of at least 1, not "${value}".`);
  return number;
};

export const benchCommand: Command = {
  usage: `plumbline bench [--profile ${profileNames.join('|')}] [--people 45000] [--months 12] [--seed 1] [--http-seconds 5] [--http-rounds 3] [--no-http] [--keep DIR] [--database-url URL]

Generates a synthetic force, ingests, consolidates and flags it through the adapter interface, scores
consolidation (pairwise precision, recall, F1) and flags (precision, recall) against the ground truth,
with the naive exact-identifier join scored on the same records beside the engine (\`baseline\`, and the
engine's \`lift\` over it),
times the fairness audit of those flags with the force's equality data (as the auditor's route runs it),
then measures the gateway over loopback (as deployed: tokens, roles, justification, audit) against a
bare Fastify hello-world in the same run, and subject reads with security and audit on and off.
Prints one JSON object on stdout; progress goes to stderr.
  --profile P  the synthetic force's profile (default ${defaultProfile}; docs/synthetic-force.md)
  --keep DIR   keep the engine's database in DIR (default: a temporary directory, removed after)
  --database-url URL  a PostgreSQL server (postgres://…) on which the benchmark creates and drops a
               database of its own: adds \`postgresEngine\`, the same force ingested, consolidated
               and flagged by the reference engine on PostgreSQL (times, and each as a multiple of
               SQLite's), and \`replicas\`, audited subject reads through real gateway processes with
               everything in SQLite, in PostgreSQL, and in PostgreSQL shared by two replicas
               (docs/deployment.md)`,
  async run(argv) {
    const { values } = parseArgs({
      args: argv,
      options: {
        people: { type: 'string' },
        months: { type: 'string' },
        seed: { type: 'string' },
        'http-seconds': { type: 'string' },
        'http-rounds': { type: 'string' },
        'no-http': { type: 'boolean' },
        keep: { type: 'string' },
        profile: { type: 'string' },
        'database-url': { type: 'string' },
      },
      strict: true,
    });
    const people = positive('people', values.people, 45_000);
    const months = positive('months', values.months, 12);
    const seed = positive('seed', values.seed, 1);
    const profile = profileOption(values.profile);
    const databaseUrl = values['database-url'];
    if (databaseUrl !== undefined && !isPostgresUrl(databaseUrl))
      throw new UsageError(`--database-url must be a PostgreSQL URL such as postgres://postgres@127.0.0.1:5432/test, not "${databaseUrl}".`);
    if (databaseUrl !== undefined && values['no-http']) throw new UsageError('--database-url measures over HTTP: leave out --no-http.');
    const started = performance.now();
    const mebibytes = (bytes: number) => Math.round(bytes / 2 ** 20);
    const progress = (message: string) =>
      process.stderr.write(
        `[${((performance.now() - started) / 1000).toFixed(1)}s, ${mebibytes(process.memoryUsage.rss())} MiB resident, peak ${mebibytes(process.resourceUsage().maxRSS * 1024)} MiB, main-thread heap ${mebibytes(process.memoryUsage().heapUsed)} MiB] ${message}\n`,
      );

    const directory = values.keep ?? mkdtempSync(join(tmpdir(), 'plumbline-bench-'));
    const adapter = createReferenceAdapter({ databasePath: join(directory, 'plumbline.db') }, { logger: silentLogger });
    try {
      const force = synthesizeForce({ people, months, seed, profile });
      // The scorer's grouping by true person is held in a child process, so that the peak below is
      // the engine's (and this harness's record-to-person map), not the scorer's.
      let scorerPeakRssBytes = 0;
      let expected: ComparableFlag[] = [];
      const expectedFlags = async (asOf: string) => {
        const answer = await expectedFlagsInChildProcess({ people, months, seed, profile }, asOf);
        scorerPeakRssBytes = answer.peakRssBytes;
        return (expected = answer.flags);
      };
      const result = await benchmarkForce(force, adapter, progress, undefined, { expectedFlags });
      const totalSeconds = result.timings.ingestSeconds + result.timings.consolidateSeconds + result.timings.flagSeconds;
      // Peak memory of the engine's work, before the fairness audit and the HTTP phase.
      const peakRssBytes = process.resourceUsage().maxRSS * 1024;
      progress('fairness audit: the equality data (one more pass over the records), then the audit');
      let mark = performance.now();
      const equality = syntheticEquality(force);
      const equalitySeconds = (performance.now() - mark) / 1000;
      mark = performance.now();
      const fairnessReport = await auditFairness(
        adapter,
        equality.people,
        undefined,
        { actor: 'benchmark' },
        { computedBy: 'client', expected: expectedByPerson(expected, equality.personIds) },
      );
      const fairness = {
        people: fairnessReport.population.people,
        flaggedPeople: fairnessReport.population.flaggedPeople,
        equalitySeconds,
        auditSeconds: (performance.now() - mark) / 1000,
        firmFindings: fairnessReport.findings.filter((finding) => finding.assessment === 'outside-band').length,
        uncertainFindings: fairnessReport.findings.filter((finding) => finding.assessment !== 'outside-band').length,
      };
      const measure = {
        seconds: positive('http-seconds', values['http-seconds'], 5),
        rounds: positive('http-rounds', values['http-rounds'], 3),
        connections: 2,
        onProgress: progress,
      };
      let http;
      if (!values['no-http']) {
        const directReader = openDirectSubjectReader(join(directory, 'plumbline.db'));
        const gateway = await benchmarkGateway(adapter, measure, (subjectId) => directReader.read(subjectId)).finally(() => directReader.close());
        const audit = await measureAuditThroughput(adapter, (await sampleSubjectIds(adapter))[0], measure);
        http = {
          ...gateway,
          auditOnRps: audit.auditOnRps,
          auditOffRps: audit.auditOffRps,
          auditRatio: audit.ratio,
          auditCpuMicrosPerRequest: audit.cpuMicrosPerRequest,
        };
      }
      let replicas;
      let postgresEngine;
      if (databaseUrl !== undefined) {
        progress('the same force on the reference engine on PostgreSQL');
        const onPostgres: PostgresEngineRun = await benchmarkPostgresEngine(force, databaseUrl, progress, expected, (url) =>
          createPostgresReferenceAdapter({ databaseUrl: url }, { logger: silentLogger }),
        );
        try {
          postgresEngine = comparedWithSqlite(onPostgres.result, result);
          // The same program as this one, started the same way (compiled, or from source under tsx).
          const plumbline = [process.execPath, ...process.execArgv, process.argv[1]];
          const [subjectId] = await sampleSubjectIds(adapter);
          const [postgresSubjectId] = await sampleSubjectIds(onPostgres.adapter);
          await onPostgres.adapter.close();
          replicas = await measureReplicaThroughput({
            ...measure,
            connections: 4,
            engineDatabasePath: join(directory, 'plumbline.db'),
            subjectId,
            engineDatabaseUrl: onPostgres.database.url,
            postgresSubjectId,
            plumbline,
          });
        } finally {
          await onPostgres.adapter.close();
          await onPostgres.database.drop();
        }
      }
      const report = {
        adapter: adapter.identity.id,
        people,
        months,
        seed,
        profile,
        records: result.records,
        consolidation: result.consolidation,
        baseline: result.baseline,
        ...(result.hardNonMatches ? { hardNonMatches: result.hardNonMatches } : {}),
        lift: {
          precision: result.consolidation.precision - result.baseline.precision,
          recall: result.consolidation.recall - result.baseline.recall,
          f1: result.consolidation.f1 - result.baseline.f1,
        },
        possibleMatches: result.possibleMatches,
        flags: result.flags,
        timings: { ...result.timings, totalSeconds },
        ingestRecordsPerSecond: result.ingestRecordsPerSecond,
        floorRatios: result.floorRatios,
        peakRssBytes,
        scorerPeakRssBytes,
        fairness,
        http,
        ...(postgresEngine ? { postgresEngine } : {}),
        ...(replicas ? { replicas } : {}),
        machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
      };
      process.stdout.write(JSON.stringify(report, null, 2) + '\n');
      return 0;
    } finally {
      await adapter.close();
      if (values.keep === undefined) rmSync(directory, { recursive: true, force: true });
    }
  },
};
