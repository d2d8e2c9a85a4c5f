/** The requirements catalogue is complete and consistent, and its check can fail. */
import { describe, expect, it } from 'vitest';
import { standardDetectors } from '../../src/detectors/index.js';
import { catalogueProblems } from '../requirements/catalogue-check.js';
import { areaTitles, detectorRequirementIds, requirements } from '../requirements/index.js';
import { conformanceTest } from '../suite/conformance-test.js';
import { testGroups } from '../suite/tests/index.js';

describe('the requirements catalogue', () => {
  it('has a test for every requirement and a known requirement for every test', () => {
    expect(catalogueProblems(requirements, testGroups)).toEqual([]);
  });

  it('fails the check for a requirement without a test and for a test without a requirement', () => {
    const untested = { id: 'ZZZ-001', level: 'MUST' as const, capability: null, profile: 'baseline' as const, statement: 'Nothing checks this.' };
    const orphan = { title: 'Orphans', tests: [conformanceTest([], 'checks nothing in particular', async () => {})] };
    const stray = { title: 'Strays', tests: [conformanceTest('ZZZ-404', 'names a requirement nobody wrote', async () => {})] };
    expect(catalogueProblems([...requirements, untested], [...testGroups, orphan, stray])).toEqual([
      'The test "checks nothing in particular" (Orphans) names no requirement.',
      'The test "names a requirement nobody wrote" names ZZZ-404, which is not in the catalogue.',
      'The requirement ZZZ-001 has no test.',
    ]);
  });

  it('gives every standard detector its own requirement and test', () => {
    const tested = new Set(testGroups.flatMap((group) => group.tests.flatMap((test) => test.requirements)));
    for (const { definition } of standardDetectors) {
      const id = detectorRequirementIds[definition.detectorId];
      expect(id, definition.detectorId).toBeDefined();
      expect(tested.has(id), id).toBe(true);
    }
  });

  it('covers every area the contract defines, each with a title', () => {
    const areas = new Set(requirements.map((requirement) => requirement.id.split('-')[0]));
    expect([...areas].sort()).toEqual(['ADP', 'CAND', 'CAP', 'CON', 'DET', 'ERA', 'ERR', 'FLG', 'META', 'OVR', 'PAG', 'POR', 'REC', 'SEC', 'SRC', 'SRCH']);
    expect(Object.keys(areaTitles).sort()).toEqual([...areas].sort());
  });
});
