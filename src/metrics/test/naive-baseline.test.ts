/** The naive baseline links exactly what shares an exact strong identifier, transitively, and nothing else. */
import { describe, expect, it } from 'vitest';
import { NaiveBaseline } from '../naive-baseline.js';

describe('NaiveBaseline', () => {
  it('links records sharing an exact identifier in the same field, through chains, and nothing on names', () => {
    const baseline = new NaiveBaseline();
    baseline.add({ staffNumber: '004967', givenName: 'Ann', familyName: 'Okafor' }); // 0
    baseline.add({ staffNumber: '004967', payrollNumber: '00012345' }); // 1: same staff number
    baseline.add({ payrollNumber: '00012345', niNumber: 'AB123456C' }); // 2: chained by payroll
    baseline.add({ staffNumber: '4967' }); // 3: a format variant is not exact
    baseline.add({ givenName: 'Ann', familyName: 'Okafor' }); // 4: names never link
    baseline.add({ warrantNumber: '004967' }); // 5: same digits in another field
    baseline.add({ username: 'okafora' }); // 6
    baseline.add({ username: 'FORCE\\okafora' }); // 7
    const labels = baseline.labels();
    expect(labels[1]).toBe(labels[0]);
    expect(labels[2]).toBe(labels[0]);
    for (const apart of [3, 4, 5, 6, 7]) expect(labels[apart], String(apart)).not.toBe(labels[0]);
    expect(labels[7]).not.toBe(labels[6]);
    expect(new Set(labels).size).toBe(6);
  });

  it('scores against the truth with the pairwise measure', () => {
    const baseline = new NaiveBaseline();
    baseline.add({ staffNumber: '1' });
    baseline.add({ staffNumber: '1' });
    baseline.add({ staffNumber: '01' }); // the same person, split by format
    baseline.add({ staffNumber: '2' });
    baseline.add({ staffNumber: '2' }); // a reissued number: two people joined
    const score = baseline.score([0, 0, 0, 1, 2]);
    // Predicted pairs: (0,1) correct, (3,4) wrong; true pairs (0,1), (0,2), (1,2).
    expect(score.precision).toBeCloseTo(0.5, 12);
    expect(score.recall).toBeCloseTo(1 / 3, 12);
  });

  it('grows past its initial capacity', () => {
    const baseline = new NaiveBaseline();
    for (let index = 0; index < 70_000; index++) baseline.add({ staffNumber: String(index % 7) });
    expect(baseline.size).toBe(70_000);
    expect(new Set(baseline.labels()).size).toBe(7);
  });
});
