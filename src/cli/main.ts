#!/usr/bin/env node
/**
 * `plumbline`: the command line. Each sub-command lives in its own file; this one only dispatches
 * and turns usage mistakes into a clear message and exit code 2.
 */
import { StartupError, UsageError, type Command } from './command.js';
import { serveCommand } from './serve-command.js';
import { openapiCommand } from './openapi-command.js';
import { tokenCommand } from './token-command.js';
import { auditCommand } from './audit-command.js';
import { synthCommand } from './synth-command.js';
import { loadCommand } from './load-command.js';
import { benchCommand } from './bench-command.js';
import { conformanceCommand } from './conformance-command.js';
import { compatCommand } from './compat-command.js';
import { fuzzCommand } from './fuzz-command.js';
import { fairnessCommand } from './fairness-command.js';
import { parallelRunCommand } from './parallel-run-command.js';
import { migrateCommand } from './migrate-command.js';

const commands: Command[] = [
  serveCommand,
  openapiCommand,
  tokenCommand,
  auditCommand,
  synthCommand,
  loadCommand,
  benchCommand,
  conformanceCommand,
  fairnessCommand,
  parallelRunCommand,
  compatCommand,
  fuzzCommand,
  migrateCommand,
];

function help(): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return [
    'plumbline: vendor-neutral professional-standards analytics',
    '',
    'Usage: plumbline <command> [options]      plumbline <command> --help for its options',
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(help());
    return 0;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    process.stderr.write(`plumbline: unknown command "${name}"\n\n${help()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(command.usage + '\n');
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    const isUsage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    if (isUsage) {
      process.stderr.write(`plumbline ${name}: ${(error as Error).message}\n\nUsage: ${command.usage}\n`);
      return 2;
    }
    if (error instanceof StartupError) {
      process.stderr.write(`plumbline ${name}: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // An unforeseen failure: its message for everyone, the stack trace for whoever asks for it.
    const verbose = ['debug', 'trace'].includes(process.env.PLUMBLINE_LOG_LEVEL ?? '');
    const text = error instanceof Error ? (verbose ? (error.stack ?? error.message) : error.message) : String(error);
    process.stderr.write(`plumbline: ${text}\n${verbose ? '' : '(PLUMBLINE_LOG_LEVEL=debug prints the stack trace)\n'}`);
    process.exitCode = 1;
  },
);
