/**
 * The planted scenarios do what they say: the standard detectors, applied to the true identities
 * (a perfect consolidation), flag every planted pattern for exactly its people, no near-miss, and
 * nothing else — background activity triggers nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { standardDetectors, type RaisedFlag } from '../../detectors/index.js';
import { synthesizeForce, type PlantedPattern } from '../index.js';
import { scenariosPerDetector } from '../plan/plan.js';
import { flagsOf, trueSubjects } from './detector-oracle.js';

// Enough people for four scenarios of each kind per detector: every variant appears.
const people = 6000;
let planted: PlantedPattern[];
let flags: Map<string, RaisedFlag[]>;

beforeAll(() => {
  const force = synthesizeForce({ people, months: 12, seed: 21 });
  planted = [...force.planted()];
  flags = flagsOf(standardDetectors, trueSubjects(force), force.manifest.asOf);
}, 120_000);

const key = (people: readonly string[]) => [...people].sort().join(' ');

describe.each(standardDetectors.map((detector) => detector.definition.detectorId))('%s on the true identities', (detectorId) => {
  it('flags every planted pattern, for exactly its people', () => {
    expect(scenariosPerDetector(people)).toBe(4);
    const raised = new Set(flags.get(detectorId)!.map((flag) => key(flag.subjectIds)));
    const patterns = planted.filter((entry) => entry.detectorId === detectorId && entry.kind === 'pattern');
    expect(patterns.length).toBe(4);
    for (const pattern of patterns) expect(raised.has(key(pattern.personIds)), `${pattern.variant}: ${pattern.description}`).toBe(true);
  });

  it('flags no near-miss and nobody else', () => {
    const nearMisses = planted.filter((entry) => entry.detectorId === detectorId && entry.kind === 'near-miss');
    expect(nearMisses.length).toBe(4);
    const nearMissPeople = new Set(nearMisses.flatMap((entry) => entry.personIds));
    const expected = new Set(planted.filter((entry) => entry.detectorId === detectorId && entry.kind === 'pattern').map((entry) => key(entry.personIds)));
    for (const flag of flags.get(detectorId)!) {
      expect(
        flag.subjectIds.some((subjectId) => nearMissPeople.has(subjectId)),
        `near-miss flagged: ${flag.rationale}`,
      ).toBe(false);
      expect(expected.has(key(flag.subjectIds)), `unplanted flag: ${flag.rationale}`).toBe(true);
    }
  });
});
