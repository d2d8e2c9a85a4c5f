#!/usr/bin/env node
/**
 * `plumbline`: the command line. Each sub-command lives in its own file; this one only dispatches
 * and turns usage mistakes into a clear message and exit code 2.
 */
import { StartupError, UsageError, type Command } from './command.js';

/** A sub-command: named and summarised here, its module loaded only when it runs. */
interface CommandEntry {
  /** The word after `plumbline`. */
  readonly name: string;
  /** One line for `plumbline --help`. */
  readonly summary: string;
  /** Loads the command's module. */
  load(): Promise<Command>;
}

// Loaded on demand: importing every command (the gateway, the benchmark, the conformance suite)
// cost each invocation over a second of CPU before it did anything, `plumbline token` included.
const commands: readonly CommandEntry[] = [
  {
    name: 'serve',
    summary: 'Run the gateway (npm start runs this with the reference engine and demo data)',
    load: async () => (await import('./serve-command.js')).serveCommand,
  },
  {
    name: 'openapi',
    summary: 'Write the contract document (openapi/plumbline.v1.json) and the client types generated from it',
    load: async () => (await import('./openapi-command.js')).openapiCommand,
  },
  {
    name: 'token',
    summary: 'Mint a development token for the local gateway (never in production)',
    load: async () => (await import('./token-command.js')).tokenCommand,
  },
  {
    name: 'audit',
    summary: 'Verify the audit trail: reports any altered, deleted, reordered, forged or truncated entry',
    load: async () => (await import('./audit-command.js')).auditCommand,
  },
  {
    name: 'synth',
    summary: 'Generate a synthetic force (records of every source, ground truth, planted patterns)',
    load: async () => (await import('./synth-command.js')).synthCommand,
  },
  {
    name: 'load',
    summary: 'Load a synthetic force written by `plumbline synth` into the store, ready for `npm start`',
    load: async () => (await import('./load-command.js')).loadCommand,
  },
  {
    name: 'bench',
    summary: 'Benchmark the reference engine on a synthetic force: accuracy, speed, memory, HTTP throughput (JSON on stdout)',
    load: async () => (await import('./bench-command.js')).benchCommand,
  },
  {
    name: 'conformance',
    summary: 'Run the conformance suite and scorecard against adapters and bidders’ sandboxes (JSON, JUnit, HTML)',
    load: async () => (await import('./conformance-command.js')).conformanceCommand,
  },
  {
    name: 'fairness',
    summary: 'Audit flags for disparities between groups (protected characteristics never reach a detector)',
    load: async () => (await import('./fairness-command.js')).fairnessCommand,
  },
  {
    name: 'parallel-run',
    summary: 'Report on a candidate supplier run beside the primary, or measure what it costs',
    load: async () => (await import('./parallel-run-command.js')).parallelRunCommand,
  },
  {
    name: 'compat',
    summary: 'Check the generated contract breaks no v1 client (the breaking-change gate)',
    load: async () => (await import('./compat-command.js')).compatCommand,
  },
  {
    name: 'fuzz',
    summary: 'Fuzz the gateway from the published contract: no 5xx, documented statuses, types and schemas, refusals kept',
    load: async () => (await import('./fuzz-command.js')).fuzzCommand,
  },
  {
    name: 'migrate',
    summary: 'Apply the PostgreSQL migrations of this release (audit trail, rate limits, runs queue, reference engine) and exit',
    load: async () => (await import('./migrate-command.js')).migrateCommand,
  },
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
  const loaded = await command.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(loaded.usage + '\n');
    return 0;
  }
  try {
    return await loaded.run(rest);
  } catch (error) {
    const isUsage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    if (isUsage) {
      process.stderr.write(`plumbline ${name}: ${(error as Error).message}\n\nUsage: ${loaded.usage}\n`);
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
