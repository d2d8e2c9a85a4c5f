/** `use-of-force-peer-outlier`: peer groups, the z-score against a hand calculation, and its edges. */
import { describe, expect, it } from 'vitest';
import type { DetectorSubject } from '../types.js';
import { useOfForcePeerOutlier } from '../use-of-force-peer-outlier.js';
import { daysBack, employment, evaluate, evidenceIds, subject, useOfForce } from './fixtures.js';

const asOf = '2026-03-31';

/** A member of a unit with `count` uses of force on the days before the as-of date. */
function member(id: string, count: number, unit = 'Unit A', status: 'active' | 'on_leave' = 'active'): DetectorSubject {
  const uses = daysBack('2026-03-20', count).map((date, index) => useOfForce(`${id}-uof-${index}`, date));
  return subject(id, [employment(`${id}-emp`, '2020-01-01', { unit, status }), ...uses]);
}

/** A unit whose members have these counts, ids m0, m1, … */
const unit = (counts: number[], name = 'Unit A') => counts.map((count, index) => member(`${name.replace(' ', '')}-m${index}`, count, name));

/** z by hand, as a statistician would write it: mean, population standard deviation, then z. */
function handZ(counts: number[], count: number): number {
  const mean = counts.reduce((sum, value) => sum + value, 0) / counts.length;
  const deviation = Math.sqrt(counts.reduce((sum, value) => sum + (value - mean) ** 2, 0) / counts.length);
  return (count - mean) / deviation;
}

describe('use-of-force-peer-outlier', () => {
  it('flags a z-score exactly at 2.5 with the hand-calculated measurements', () => {
    const counts = [0, 0, 0, 0, 0, 0, 1, 3];
    expect(handZ(counts, 3)).toBe(2.5);
    const flags = evaluate(useOfForcePeerOutlier, asOf, unit(counts));
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      subjectIds: ['UnitA-m7'],
      severity: 'medium',
      measurements: { count: 3, peerMean: 0.5, peerStdDev: 1, zScore: 2.5, peerGroupSize: 8, zThreshold: 2.5, minCount: 3, minPeerGroup: 8, windowDays: 365 },
      window: { start: '2025-04-01', end: asOf },
    });
    expect(evidenceIds(flags[0])).toEqual(['UnitA-m7-uof-0', 'UnitA-m7-uof-1', 'UnitA-m7-uof-2']);
    expect(flags[0].rationale).toContain('z-score 2.5 (threshold 2.5');
  });

  it('computes z = √7 for counts 0 ×7 and 4, as by hand', () => {
    const counts = [0, 0, 0, 0, 0, 0, 0, 4];
    const [flag] = evaluate(useOfForcePeerOutlier, asOf, unit(counts));
    expect(flag.measurements.zScore).toBeCloseTo(Math.sqrt(7), 12);
    expect(flag.measurements.zScore).toBeCloseTo(handZ(counts, 4), 12);
    expect(flag.measurements.peerStdDev).toBeCloseTo(Math.sqrt(1.75), 12);
  });

  it('does not flag just below the threshold (z ≈ 2.394)', () => {
    const counts = [0, 0, 0, 0, 0, 1, 1, 3];
    expect(handZ(counts, 3)).toBeCloseTo(2.3938, 4);
    expect(evaluate(useOfForcePeerOutlier, asOf, unit(counts))).toEqual([]);
    expect(evaluate(useOfForcePeerOutlier, asOf, unit(counts), { zThreshold: 2.39 })).toHaveLength(1);
  });

  it('needs a peer group of minPeerGroup active members and σ > 0', () => {
    expect(evaluate(useOfForcePeerOutlier, asOf, unit([0, 0, 0, 0, 0, 0, 0, 4]), { minPeerGroup: 9 })).toEqual([]);
    // Seven active members: z = √6 ≈ 2.449 alone; an eighth peer with no use would make it √7 ≈ 2.646.
    const seven = unit([0, 0, 0, 0, 0, 0, 4]);
    expect(evaluate(useOfForcePeerOutlier, asOf, [...seven, member('peer', 0)])).toHaveLength(1);
    expect(evaluate(useOfForcePeerOutlier, asOf, [...seven, member('away', 0, 'Unit A', 'on_leave')])).toEqual([]);
    expect(evaluate(useOfForcePeerOutlier, asOf, [...seven, member('elsewhere', 0, 'Unit B')])).toEqual([]);
    expect(evaluate(useOfForcePeerOutlier, asOf, [...seven, subject('no-employment', [])])).toEqual([]);
    expect(evaluate(useOfForcePeerOutlier, asOf, unit([3, 3, 3, 3, 3, 3, 3, 3]), { zThreshold: 0 })).toEqual([]);
  });

  it('needs at least minCount uses', () => {
    const counts = [0, 0, 0, 0, 0, 0, 0, 0, 0, 2];
    expect(handZ(counts, 2)).toBeCloseTo(3, 12);
    expect(evaluate(useOfForcePeerOutlier, asOf, unit(counts))).toEqual([]);
    const [flag] = evaluate(useOfForcePeerOutlier, asOf, unit(counts), { minCount: 2 });
    expect(flag.measurements).toMatchObject({ count: 2, zScore: 3, peerMean: 0.2, minCount: 2 });
  });

  it('counts uses on the window’s first day, not the day before or after the as-of date', () => {
    const peers = unit([0, 0, 0, 0, 0, 0, 1]);
    const outlier = (dates: string[]) => subject('x', [employment('x-emp', '2020-01-01'), ...dates.map((date, index) => useOfForce(`x-${index}`, date))]);
    expect(evaluate(useOfForcePeerOutlier, asOf, [...peers, outlier(['2025-04-01', '2025-10-01', '2026-03-31'])])).toHaveLength(1);
    expect(evaluate(useOfForcePeerOutlier, asOf, [...peers, outlier(['2025-03-31', '2025-10-01', '2026-03-31'])])).toEqual([]);
    expect(evaluate(useOfForcePeerOutlier, asOf, [...peers, outlier(['2026-04-01', '2025-10-01', '2026-03-31'])])).toEqual([]);
  });

  it('uses the current employment as of the as-of date', () => {
    const peers = unit([0, 0, 0, 0, 0, 0, 1]);
    const moved = (moveDate: string) =>
      subject('x', [
        employment('x-1', '2020-01-01'),
        employment('x-2', moveDate, { unit: 'Unit B' }),
        ...daysBack('2026-03-01', 3).map((date, index) => useOfForce(`x-${index}`, date)),
      ]);
    expect(evaluate(useOfForcePeerOutlier, asOf, [...peers, moved('2026-03-31')])).toEqual([]);
    expect(evaluate(useOfForcePeerOutlier, asOf, [...peers, moved('2026-04-01')])).toHaveLength(1);
  });
});
