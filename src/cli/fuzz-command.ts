/**
 * `plumbline fuzz`: contract-level property-based fuzzing at full count. Requests generated from
 * the published document go to the gateway over a fresh reference engine (authentication on);
 * every answer is judged against the document. Prints the figures as JSON; exits 1 on any
 * violation. `npm test` runs the same at a small count (contract-tests/test/contract-fuzz.test.ts).
 */
import { parseArgs } from 'node:util';
import { clean, runContractFuzz } from '../../contract-tests/fuzz/contract-fuzz.js';
import { UsageError, type Command } from './command.js';

export const fuzzCommand: Command = {
  usage: `plumbline fuzz [--requests N] [--seed S]

Sends N requests (default 10000) generated from openapi/plumbline.v1.json (valid ones, and ones
broken in one way: invalid body or parameter, no token, a role not allowed, no justification, a
body of another type) to the gateway over a fresh reference engine, and checks every answer: no
5xx, a status and content type the document lists, a body its schema accepts, the refusal the
contract promises. --seed replays a run. Prints the figures as JSON; exits 1 on any violation.`,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { requests: { type: 'string' }, seed: { type: 'string' } },
      strict: true,
      allowPositionals: true,
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const requests = values.requests === undefined ? 10_000 : Number(values.requests);
    if (!Number.isInteger(requests) || requests < 1 || requests > 1_000_000)
      throw new UsageError(`--requests must be a whole number from 1 to 1000000, not "${values.requests}"`);
    const seed = values.seed === undefined ? undefined : Number(values.seed);
    if (seed !== undefined && !Number.isInteger(seed)) throw new UsageError(`--seed must be a whole number, not "${values.seed}"`);
    const figures = await runContractFuzz({ requests, seed, onProgress: (done) => process.stderr.write(`${done} requests\n`) });
    process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
    return clean(figures) ? 0 : 1;
  },
};
