import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { PlumblineAdapterV1 } from '../adapter/adapter-v1.js';
import { systemContext } from '../adapter/context.js';
import { createConfiguredAdapter, createContainer } from '../config/container.js';
import { ConfigError } from '../adapter/config-error.js';
import { DEMO_CAPABILITIES, loadMarked, storeState } from '../demo/load-demo-force.js';
import { loadForce } from '../demo/load-force.js';
import { readForce, type WrittenForce } from '../synth/index.js';
import { loadAdapterFactories } from './adapter-factories.js';
import { StartupError, UsageError, readGatewayConfig, type Command } from './command.js';
import { progressLine } from './progress-line.js';
import { checkWritableFile } from './startup-checks.js';

/** Reads the force at `directory`, refusing anything `plumbline synth` did not write: this command is for synthetic data only. */
function syntheticForceAt(directory: string) {
  if (!existsSync(join(directory, 'manifest.json'))) {
    throw new StartupError(`${directory} holds no manifest.json: --data must name a directory written by \`npx plumbline synth --out DIR\`.`);
  }
  const force = readForce(directory);
  if (force.manifest.generator !== 'plumbline-synth') {
    throw new StartupError(
      `${directory}/manifest.json was not written by plumbline synth: this command loads synthetic forces only. Real systems send records through the API.`,
    );
  }
  return force;
}

async function* recordsOf(force: WrittenForce) {
  for (const { sourceId } of force.sources) for await (const record of force.sourceRecords(sourceId)) yield { sourceId, record };
}

export const loadCommand: Command = {
  usage: `plumbline load --data DIR [--db FILE] [--adapter NAME]

Registers the sources of the force in DIR (written by \`plumbline synth --out DIR\`), ingests every
record, runs a full consolidation and a flagging run as of the force's last day, through the
adapter interface of the configured adapter. Then \`npm start\` (or \`plumbline serve\`) serves it,
with the same PLUMBLINE_DB. The store must be empty or hold an earlier load of the same DIR:
two forces in one store would mix their people.
  --data DIR     the force to load (required)
  --db FILE      PLUMBLINE_DB: the embedded store (default ./data/plumbline.db)
  --adapter NAME PLUMBLINE_ADAPTER (default reference)
Stopped half-way (Ctrl-C), the same command finishes the load: what is already in is kept.
At 45,000 people (3.3 million records) it takes a few minutes; progress goes to stderr.
Synthetic data only: a force's real systems send records through the API, which audits them.`,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { data: { type: 'string' }, db: { type: 'string' }, adapter: { type: 'string' } },
      strict: true,
      allowPositionals: true,
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    if (!values.data) throw new UsageError('--data DIR is required: a directory written by `npx plumbline synth --out DIR`');
    const config = readGatewayConfig({ databasePath: values.db, adapter: values.adapter });
    const directory = resolve(values.data);
    const force = syntheticForceAt(directory);
    checkWritableFile(config.databasePath, { variable: 'PLUMBLINE_DB', option: 'db' });

    let adapter: PlumblineAdapterV1;
    try {
      adapter = await createConfiguredAdapter(createContainer(config, await loadAdapterFactories([config.adapter])), process.env, {
        info: () => {},
        warn: (details, message) => process.stderr.write(`${message} ${JSON.stringify(details)}\n`),
        error: (details, message) => process.stderr.write(`${message} ${JSON.stringify(details)}\n`),
      });
    } catch (error) {
      if (error instanceof ConfigError) throw new UsageError(error.message);
      throw new StartupError(`The "${config.adapter}" adapter could not start: ${(error as Error).message}. Check PLUMBLINE_DB (--db).`);
    }
    try {
      const missing = DEMO_CAPABILITIES.filter((capability) => !adapter.capabilities.includes(capability));
      if (missing.length)
        throw new StartupError(`The "${config.adapter}" adapter does not offer ${missing.join(', ')}, which a load needs. Choose another PLUMBLINE_ADAPTER.`);
      const state = await storeState(adapter, config.databasePath);
      const sameForce = (state.kind === 'interrupted' || state.kind === 'loaded') && state.marker.kind === 'directory' && state.marker.from === directory;
      if (state.kind !== 'empty' && !sameForce) {
        const holds = state.kind === 'other' ? 'data that no plumbline load put there' : state.marker.kind === 'demo' ? 'the demo force' : state.marker.from;
        throw new StartupError(
          `The store ${config.databasePath} already holds ${holds}; loading another force beside it would mix two forces' people. ` +
            'Set PLUMBLINE_DB (or --db) to a new file, and use the same setting with `npm start`.',
        );
      }
      const people = force.manifest.parameters.people;
      const progress = progressLine('load');
      progress.step(
        `${state.kind === 'empty' ? 'loading' : 'finishing the load of'} ${directory} (${people.toLocaleString('en-GB')} people) into ${config.databasePath}`,
      );
      const context = { ...systemContext('plumbline-load'), justification: `LOAD: synthetic force ${directory}` };
      const summary = await loadMarked(config.databasePath, { kind: 'directory', from: directory, people }, () =>
        loadForce(adapter, { sources: force.sources, asOf: force.manifest.asOf, records: () => recordsOf(force) }, context, progress),
      );
      progress.done();
      process.stderr.write(
        [
          `Loaded ${summary.records.toLocaleString('en-GB')} records in ${summary.seconds.toFixed(0)} s: ${summary.subjects.toLocaleString('en-GB')} subjects, ${summary.openFlags.toLocaleString('en-GB')} open flags as of ${summary.asOf}.`,
          ...(summary.rejected ? [`${summary.rejected} records were refused, the first: ${summary.firstRejection}`] : []),
          `Serve it: ${values.db ? `PLUMBLINE_DB=${config.databasePath} ` : ''}npm start`,
          '',
        ].join('\n'),
      );
      return summary.rejected ? 1 : 0;
    } finally {
      await adapter.close();
    }
  },
};
