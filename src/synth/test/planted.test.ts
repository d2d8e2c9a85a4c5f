/** Every standard detector has planted patterns and near-misses, and planting never reads demographics. */
import { describe, expect, it } from 'vitest';
import { synthesizeForce, type PlantedPattern } from '../index.js';

const standardDetectorIds = [
  'repeated-allegations',
  'repeated-category',
  'allegation-after-sanction',
  'use-of-force-peer-outlier',
  'roster-self-editing',
  'office-attendance-below-guideline',
  'access-without-purpose',
  'access-to-connected-person',
  'undeclared-association',
  'vetting-lapsed',
  'bradford-factor',
  'sustained-long-hours',
  'mandatory-training-overdue',
  'co-allegation-group',
];

const plantedOf = (options: Parameters<typeof synthesizeForce>[0]) => [...synthesizeForce(options).planted()];
const summary = (planted: PlantedPattern[]) =>
  planted.map((entry) => `${entry.detectorId} ${entry.kind} ${entry.variant} ${entry.personIds.join(',')} ${JSON.stringify(entry.measurements)}`);

describe('planted patterns', () => {
  it('plants at least two patterns and two near-misses for every standard detector, even in a force of 300', () => {
    const planted = plantedOf({ people: 300, months: 12, seed: 1 });
    for (const detectorId of standardDetectorIds) {
      const mine = planted.filter((entry) => entry.detectorId === detectorId);
      expect(mine.filter((entry) => entry.kind === 'pattern').length, detectorId).toBeGreaterThanOrEqual(2);
      expect(mine.filter((entry) => entry.kind === 'near-miss').length, detectorId).toBeGreaterThanOrEqual(2);
    }
    expect(new Set(planted.map((entry) => entry.detectorId))).toEqual(new Set(standardDetectorIds));
  });

  it('scales with the force and gives each planted person one scenario only', () => {
    const planted = plantedOf({ people: 4500, months: 12, seed: 2 });
    for (const detectorId of standardDetectorIds) expect(planted.filter((entry) => entry.detectorId === detectorId).length, detectorId).toBe(6);
    const people = planted.flatMap((entry) => entry.personIds);
    expect(new Set(people).size).toBe(people.length);
    expect(new Set(planted.map((entry) => entry.asOf))).toEqual(new Set(['2026-03-29']));
  });

  it('chooses the same people for the same scenarios whatever their sex and ethnicity', () => {
    const options = { people: 3000, months: 12, seed: 4 };
    const baseline = synthesizeForce(options);
    const reshuffled = synthesizeForce({ ...options, demographicsSeed: 999 });
    // The demographics really are different…
    const demographics = (force: typeof baseline) => [...force.people()].map((person) => `${person.sex}/${person.ethnicity}`);
    const after = demographics(reshuffled);
    const changed = demographics(baseline).filter((value, index) => value !== after[index]).length;
    expect(changed).toBeGreaterThan(1000);
    // …and planting is exactly the same.
    expect(summary([...reshuffled.planted()])).toEqual(summary([...baseline.planted()]));
  });
});
