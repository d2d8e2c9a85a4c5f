/**
 * The expected flags of a synthetic force: the standard detectors over its TRUE people, what a
 * perfect consolidation would raise. An adapter's flags are scored against them.
 *
 * Grouping a whole force by true person holds most of its records at once (about 1.5 GB at 45,000
 * people), which is the scorer's memory, not the engine's. So the whole-force benchmark computes
 * them in a child process (`expectedFlagsInChildProcess`), and the engine's peak memory is measured
 * without them; small forces (the conformance scores) use `expectedFlagsOf` in process.
 */
import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evaluateDetectors } from '../../adapters/reference/services/detector-evaluation.js';
import type { ComparableFlag } from '../metrics/flag-accuracy.js';
import type { SynthOptions } from '../synth/index.js';
import type { LabelledForce } from './labelled-dataset.js';
import { truthPopulation } from './truth-population.js';

/** The expected flags, computed here. */
export function expectedFlagsOf(force: LabelledForce, asOf: string): ComparableFlag[] {
  return evaluateDetectors(undefined, asOf, truthPopulation(force, asOf)).flags.map((flag) => ({
    detectorId: flag.detectorId,
    people: flag.subjectIds,
    evidence: flag.evidence.map((reference) => `${reference.sourceId}/${reference.recordId}`),
  }));
}

/** What the child process sends back. */
export interface ExpectedFlagsAnswer {
  readonly flags: ComparableFlag[];
  /** The child's own peak resident memory. */
  readonly peakRssBytes: number;
}

/**
 * The expected flags of the force `options` generate, computed in a child process that generates
 * the same force again (generation is deterministic). Runs from the compiled `.js` and, under the
 * tests, from the `.ts` source with the parent's loader (`execArgv` is inherited).
 */
export function expectedFlagsInChildProcess(options: SynthOptions, asOf: string): Promise<ExpectedFlagsAnswer> {
  const compiled = fileURLToPath(new URL('./expected-flags-process.js', import.meta.url));
  const entry = existsSync(compiled) ? compiled : compiled.replace(/\.js$/, '.ts');
  return new Promise((resolve, reject) => {
    const child = fork(entry, [JSON.stringify({ options, asOf })], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let answer: ExpectedFlagsAnswer | undefined;
    child.once('message', (message) => (answer = message as ExpectedFlagsAnswer));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0 && answer) resolve(answer);
      else reject(new Error(`the expected-flags process exited with code ${code} without an answer`));
    });
  });
}
