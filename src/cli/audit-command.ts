import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigError, loadGatewayConfig } from '../config/gateway-config.js';
import { verifyAuditFile } from '../gateway/audit/audit-reader.js';
import { UsageError, type Command } from './command.js';

/** `plumbline audit verify`: checks the audit trail's hash chain, naming every broken entry. */
export const auditCommand: Command = {
  name: 'audit',
  summary: 'Verify the audit trail: reports any altered, deleted or reordered entry',
  usage: `plumbline audit verify [--db FILE] [--head HASH]

Walks the whole hash chain of the audit trail and names every entry that was altered, deleted or
moved. Exit code 0 when the chain is intact, 1 when it is not.
  --db FILE     the audit trail (default PLUMBLINE_AUDIT_DB or ./data/audit.db)
  --head HASH   a head printed by an earlier run and kept elsewhere: catches entries removed from
                the end, which the chain alone cannot show`,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { db: { type: 'string' }, head: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length !== 1 || positionals[0] !== 'verify') throw new UsageError('The only audit sub-command is `verify`.');
    let path = values.db;
    if (path === undefined) {
      try {
        path = loadGatewayConfig(process.env).auditDatabasePath;
      } catch (error) {
        if (error instanceof ConfigError) throw new UsageError(error.message);
        throw error;
      }
    }
    if (!existsSync(path)) throw new UsageError(`No audit trail at ${path}.`);

    const report = verifyAuditFile(path, values.head);
    if (report.problems.length === 0) {
      process.stdout.write(`audit trail ${path}: intact, ${report.entries} entries; head ${report.head}\n`);
      return 0;
    }
    process.stdout.write(`audit trail ${path}: NOT intact, ${report.problems.length} problem(s) in ${report.entries} entries\n`);
    for (const problem of report.problems) process.stdout.write(`  ${problem.kind.padEnd(9)} ${problem.detail}\n`);
    return 1;
  },
};
