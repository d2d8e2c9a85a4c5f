/**
 * The detector cases say what a reader of the definitions expects, and the detector library (the
 * oracle the suite compares targets with) agrees, case by case: a wrong case or a wrong library
 * shows up here, not as a mysterious failure of some bidder.
 */
import { describe, expect, it } from 'vitest';
import { standardDetectors } from '../../src/detectors/index.js';
import { buildCaseDataset, CASES_AS_OF, detectorCases } from '../detector-cases/index.js';
import { expectedFlags } from '../detector-cases/oracle.js';
import { sourceKindOf } from '../suite/record-builders.js';
import { UniqueIds } from '../suite/unique.js';

const dataset = buildCaseDataset(new UniqueIds('ctcases0000'));
const expected = expectedFlags(dataset, (record) => ({ sourceId: sourceKindOf[record.type], recordId: record.recordId }), CASES_AS_OF);

describe('the detector cases', () => {
  for (const { detectorCase, people } of dataset.cases) {
    it(`${detectorCase.detectorId}: ${detectorCase.title} → ${detectorCase.flags} flag(s)`, () => {
      const keys = new Set(people.map((person) => person.key));
      const flags = (expected.get(detectorCase.detectorId) ?? []).filter((flag) => flag.people.some((person) => keys.has(person)));
      expect(flags).toHaveLength(detectorCase.flags);
    });
  }

  it('put every standard detector on both sides of its rule', () => {
    for (const { definition } of standardDetectors) {
      const cases = detectorCases.filter((one) => one.detectorId === definition.detectorId);
      expect(
        cases.some((one) => one.flags > 0),
        `${definition.detectorId} raises a flag in some case`,
      ).toBe(true);
      expect(
        cases.some((one) => one.flags === 0),
        `${definition.detectorId} raises none in some case`,
      ).toBe(true);
    }
  });
});
