/**
 * Child-process entry of `expectedFlagsInChildProcess`: generates the force described by its one
 * argument (`{ options, asOf }` as JSON), computes its expected flags and sends them to the parent.
 */
import { synthesizeForce } from '../synth/index.js';
import { expectedFlagsOf, type ExpectedFlagsAnswer } from './expected-flags.js';

const { options, asOf } = JSON.parse(process.argv[2] ?? '{}');
const flags = expectedFlagsOf(synthesizeForce(options), asOf);
const answer: ExpectedFlagsAnswer = { flags, peakRssBytes: process.resourceUsage().maxRSS * 1024 };
process.send!(answer, () => process.disconnect());
