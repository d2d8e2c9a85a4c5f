import { parseArgs } from 'node:util';
import { defaultOptions, defaultProfile, isProfileName, periodEnd, profileNames, synthesizeForce, writeForce, type ProfileName } from '../synth/index.js';
import { UsageError, type Command } from './command.js';

/** A whole number within bounds, or a usage error naming the option. */
function integerOption(name: string, value: string | undefined, fallback: number, minimum: number, maximum: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(number) || number < minimum || number > maximum) {
    throw new UsageError(`--${name}="${value}" must be a whole number from ${minimum} to ${maximum}`);
  }
  return number;
}

/** A profile name, or a usage error listing them; the default profile when absent. */
export function profileOption(value: string | undefined): ProfileName {
  if (value === undefined) return defaultProfile;
  if (!isProfileName(value)) throw new UsageError(`--profile="${value}" must be one of ${profileNames.join(', ')}`);
  return value;
}

export const synthCommand: Command = {
  usage: `plumbline synth --out DIR [--profile clean|typical|hard] [--people N] [--months N] [--seed N] [--noise X]

Writes a deterministic synthetic force to DIR: sources.json, records/<sourceId>.ndjson, truth.ndjson,
people.ndjson, planted.ndjson, equality.csv (sex, ethnicity and age band by HR record, for
\`plumbline fairness\` only: never ingest it) and manifest.json. The same options give the same bytes.
  --out DIR      where to write (required; created if missing)
  --profile P    how messy the data is: ${profileNames.join(', ')} (default ${defaultProfile}); clean is the
                 generator before profiles, typical and hard add format variants, hand-typed numbers,
                 name conventions, life events and hard non-matches (docs/synthetic-force.md)
  --people N     people in the force, leavers and joiners included (default ${defaultOptions.people}, 100 to 500000)
  --months N     length of the period in months, ending ${periodEnd} (default ${defaultOptions.months}, 1 to 120)
  --seed N       seed (default ${defaultOptions.seed}, 0 to 2147483647)
  --noise X      multiplier on every identity-noise rate of the profile: 0 none, 1 as documented (default ${defaultOptions.noise}, 0 to 5)
Progress goes to stderr. See docs/synthetic-force.md.`,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: {
        out: { type: 'string' },
        people: { type: 'string' },
        months: { type: 'string' },
        seed: { type: 'string' },
        noise: { type: 'string' },
        profile: { type: 'string' },
      },
      strict: true,
      allowPositionals: true,
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    if (!values.out) throw new UsageError('--out DIR is required');
    const people = integerOption('people', values.people, defaultOptions.people, 100, 500_000);
    const months = integerOption('months', values.months, defaultOptions.months, 1, 120);
    const seed = integerOption('seed', values.seed, defaultOptions.seed, 0, 2 ** 31 - 1);
    const noise = values.noise === undefined ? defaultOptions.noise : Number(values.noise);
    if (values.noise !== undefined && (values.noise.trim() === '' || !Number.isFinite(noise) || noise < 0 || noise > 5)) {
      throw new UsageError(`--noise="${values.noise}" must be a number from 0 to 5`);
    }
    const profile = profileOption(values.profile);
    const progress = (message: string) => process.stderr.write(`synth: ${message}\n`);
    progress(`${people} people, ${months} months, seed ${seed}, profile ${profile}, noise ${noise} → ${values.out}`);
    const force = synthesizeForce({ people, months, seed, noise, profile });
    const manifest = await writeForce(force, values.out, progress);
    progress(`done: ${manifest.records?.total ?? 0} records, ${manifest.planted.patterns} patterns and ${manifest.planted.nearMisses} near-misses planted`);
    progress(`to serve it: npx plumbline load --data ${values.out} --db ${values.out}/plumbline.db, then PLUMBLINE_DB=${values.out}/plumbline.db npm start`);
    return 0;
  },
};
