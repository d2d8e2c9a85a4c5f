import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { verifyAuditFile } from '../gateway/audit/audit-verifier.js';
import type { ChainReport } from '../gateway/audit/audit-chain.js';
import { verifyPostgresAudit } from '../gateway/audit/postgres-audit-verifier.js';
import { createPool, redactedUrl } from '../postgres/postgres-pool.js';
import { developmentKeyPathFor, loadHeadVerificationKey } from '../gateway/audit/audit-signing.js';
import { defaultWitnessPathFor } from '../gateway/audit/audit-witness.js';
import { UsageError, readGatewayConfig, type Command } from './command.js';
import { runCrashCheck } from './audit-crash-check.js';

/**
 * `plumbline audit verify`: checks the audit trail's hash chain, naming every broken entry.
 * `plumbline audit crash-check`: kills a real gateway under load and checks nothing went unaudited.
 */
export const auditCommand: Command = {
  usage: `plumbline audit verify [--db FILE | --database-url URL] [--key FILE] [--witness FILE]... [--head HASH]
       plumbline audit crash-check [--rounds N] [--dir FOLDER]

Walks the whole hash chain of the audit trail and names every entry that was altered, deleted,
moved or renumbered; checks every signed head against the signing key (a recomputed chain, a
full rewrite, a forged append) and the latest witnessed head (entries cut from the end, an older
copy put back); checks the lookups behind GET /v1/audit-events?actor=… against the entries.
Heads are signed on a schedule (PLUMBLINE_AUDIT_SIGN_EVERY): entries past the last head, fewer
than it allows, are listed as chained but not signed yet, not as a problem.
Exit code 0 when all is intact, 1 when it is not.
  --db FILE       the audit trail (default PLUMBLINE_AUDIT_DB or ./data/audit.db)
  --database-url URL  the trail every replica shares on PostgreSQL (default PLUMBLINE_DATABASE_URL):
                  verified whole, as it stood when verification began; give every replica's
                  witness with one --witness each
  --key FILE      the signing key, private or public PEM (default PLUMBLINE_AUDIT_KEY_FILE, else
                  the development key beside the trail)
  --witness FILE  the witness (default PLUMBLINE_AUDIT_WITNESS, else beside the trail)
  --head HASH     a head hash kept by hand: must still be in the chain

crash-check starts a gateway (reference engine) in FOLDER (default: a new temporary folder),
ingests and erases records from 4 clients, kills it with SIGKILL at a random moment, N times
(default 40), then prints a JSON report: every stored record must have an audit entry, every
erased one too, nothing acknowledged may be lost. Exit code 0 when all hold, 1 otherwise.`,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: {
        db: { type: 'string' },
        'database-url': { type: 'string' },
        head: { type: 'string' },
        key: { type: 'string' },
        witness: { type: 'string', multiple: true },
        rounds: { type: 'string' },
        dir: { type: 'string' },
      },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length === 1 && positionals[0] === 'crash-check') return crashCheck(values.rounds, values.dir);
    if (positionals.length !== 1 || positionals[0] !== 'verify') throw new UsageError('The audit sub-commands are `verify` and `crash-check`.');
    const config = readGatewayConfig({ databaseUrl: values['database-url'] });
    const databaseUrl = values.db === undefined ? config.databaseUrl : undefined;
    // On PostgreSQL the development key and witness sit where the SQLite trail's would.
    const path = values.db ?? config.auditDatabasePath;
    if (!databaseUrl && !existsSync(path)) throw new UsageError(`No audit trail at ${path}.`);
    const keyPath = values.key ?? config.auditKeyFile ?? developmentKeyPathFor(path);
    if (!existsSync(keyPath)) throw new UsageError(`No audit signing key at ${keyPath}: name it with --key or PLUMBLINE_AUDIT_KEY_FILE.`);
    const witnessPaths = values.witness ?? [config.auditWitnessPath ?? defaultWitnessPathFor(path)];
    const options = { publicKey: loadHeadVerificationKey(keyPath), expectedHead: values.head };

    const report = databaseUrl
      ? await verifyShared(databaseUrl, { ...options, witnessPaths })
      : verifyAuditFile(path, { ...options, witnessPath: witnessPaths[0] });
    return printReport(databaseUrl ? redactedUrl(databaseUrl) : path, report);
  },
};

/** Verifies the trail shared on PostgreSQL, on a connection of its own. */
async function verifyShared(url: string, options: Parameters<typeof verifyPostgresAudit>[1]): Promise<ChainReport> {
  const pool = createPool(url, { max: 1, applicationName: 'plumbline audit verify' });
  try {
    return await verifyPostgresAudit(pool, options);
  } finally {
    await pool.end();
  }
}

/** Prints the verdict and every problem; the exit code: 0 intact, 1 not. */
function printReport(where: string, report: ChainReport): number {
  if (report.problems.length === 0) {
    process.stdout.write(`audit trail ${where}: intact, ${report.entries} entries; head ${report.head}\n`);
    const tail = report.unsignedTail;
    if (tail)
      process.stdout.write(
        `  unsigned  ${tail.from === tail.to ? `entry ${tail.from} is` : `entries ${tail.from} to ${tail.to} are`} chained but not signed yet (fewer than the ${tail.signEvery} the last head allows): a running gateway signs them shortly, a stopped one at its next start; until then only the chain vouches for them\n`,
      );
    return 0;
  }
  process.stdout.write(`audit trail ${where}: NOT intact, ${report.problems.length} problem(s) in ${report.entries} entries\n`);
  for (const problem of report.problems) process.stdout.write(`  ${problem.kind.padEnd(9)} ${problem.detail}\n`);
  return 1;
}

async function crashCheck(roundsText = '40', directory = mkdtempSync(join(tmpdir(), 'plumbline-crash-check-'))): Promise<number> {
  const rounds = Number(roundsText);
  if (!Number.isSafeInteger(rounds) || rounds < 1) throw new UsageError(`--rounds=${JSON.stringify(roundsText)}: must be a whole number of at least 1.`);
  // The same program as this one, started the same way (compiled, or from source under tsx).
  const plumbline = [process.execPath, ...process.execArgv, process.argv[1]];
  const report = await runCrashCheck({
    directory,
    plumbline,
    rounds,
    onRound: (round) => process.stderr.write(`crash-check: round ${round} of ${rounds} killed\n`),
  });
  process.stdout.write(JSON.stringify({ directory, ...report }, null, 2) + '\n');
  return report.storedWithoutEntry + report.erasedWithoutEntry + report.lostRecords + report.chainProblems + report.problemsAfterKill === 0 ? 0 : 1;
}
