/**
 * `plumbline compat`: the breaking-change gate by hand. Compares the generated contract with
 * every released v1 document and the reviewed list of accepted breaking changes; exits 1 when a
 * change would break a v1 client unaccepted, or an accepted entry no longer matches anything.
 */
import { parseArgs } from 'node:util';
import { defaultGatePaths, runGate } from '../compatibility/gate.js';
import { UsageError, type Command } from './command.js';

export const compatCommand: Command = {
  usage: `plumbline compat [--released DIR] [--current FILE] [--accepted FILE]

Compares --current (default openapi/plumbline.v1.json) with every released document in --released
(default openapi/released/) and prints each change that would break a v1 client. A deliberate one
passes only when --accepted (default openapi/accepted-breaking-changes.json) lists its rule and
location with a reason, the issue and the reviewer. See docs/contract-compatibility.md.`,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { released: { type: 'string' }, current: { type: 'string' }, accepted: { type: 'string' } },
      strict: true,
      allowPositionals: true,
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const defaults = defaultGatePaths(process.cwd());
    const verdict = await runGate({
      released: values.released ?? defaults.released,
      current: values.current ?? defaults.current,
      accepted: values.accepted ?? defaults.accepted,
    });
    for (const release of verdict.releases) {
      process.stdout.write(`against ${release.release}: ${release.unaccepted.length} breaking, ${release.accepted.length} accepted\n`);
      for (const finding of release.unaccepted) process.stdout.write(`  BREAKING ${finding.rule}  ${finding.location}: ${finding.detail}\n`);
    }
    for (const entry of verdict.unused) process.stdout.write(`  UNUSED accepted entry ${entry.rule}  ${entry.location}: remove it, it matches nothing\n`);
    process.stdout.write(verdict.passed ? 'compatible with every v1 release\n' : 'the gate fails\n');
    return verdict.passed ? 0 : 1;
  },
};
