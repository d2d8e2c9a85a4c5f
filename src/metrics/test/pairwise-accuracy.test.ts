import { describe, expect, it } from 'vitest';
import { labelsFromClusters, pairwiseAccuracy } from '../pairwise-accuracy.js';

describe('pairwiseAccuracy', () => {
  it('scores a hand-computed example', () => {
    // truth: {0,1,2} {3,4}; predicted: {0,1} {2,3,4}.
    // true pairs: 3 + 1 = 4; predicted pairs: 1 + 3 = 4; correct: (0,1) and (3,4) = 2.
    const result = pairwiseAccuracy({ predicted: ['a', 'a', 'b', 'b', 'b'], truth: [1, 1, 1, 2, 2] });
    expect(result).toMatchObject({ predictedPairs: 4, truePairs: 4, correctPairs: 2, precision: 0.5, recall: 0.5, f1: 0.5 });
  });

  it('separates precision from recall', () => {
    // truth: {0,1,2,3}; predicted: {0,1} {2} {3}: one correct pair of six true ones, and no wrong pair.
    const result = pairwiseAccuracy({ predicted: [0, 0, 1, 2], truth: [7, 7, 7, 7] });
    expect(result.precision).toBe(1);
    expect(result.recall).toBeCloseTo(1 / 6, 12);
    expect(result.f1).toBeCloseTo((2 * (1 / 6)) / (1 + 1 / 6), 12);
  });

  it('counts a wrong merge against precision only', () => {
    // truth: {0,1} {2,3}; predicted: all four together: 2 correct of 6 predicted.
    const result = pairwiseAccuracy({ predicted: [5, 5, 5, 5], truth: [0, 0, 1, 1] });
    expect(result.precision).toBeCloseTo(2 / 6, 12);
    expect(result.recall).toBe(1);
  });

  it('treats weights as that many items sharing both labels', () => {
    const expanded = pairwiseAccuracy({ predicted: [0, 0, 0, 1, 1, 1], truth: [0, 0, 1, 1, 1, 1] });
    const weighted = pairwiseAccuracy({ predicted: [0, 0, 1], truth: [0, 1, 1], weights: [2, 1, 3] });
    expect(weighted).toEqual(expanded);
    // predicted pairs 3 + 3 = 6; true pairs 1 + 6 = 7; cells (0,0)=2, (0,1)=1, (1,1)=3: correct 1 + 0 + 3 = 4.
    expect(weighted).toMatchObject({ predictedPairs: 6, truePairs: 7, correctPairs: 4 });
  });

  it('gives 1 for precision and recall when there are no pairs to claim or find', () => {
    expect(pairwiseAccuracy({ predicted: [1, 2, 3], truth: [4, 5, 6] })).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });

  it('gives 0 recall and precision when every claim is wrong', () => {
    expect(pairwiseAccuracy({ predicted: [0, 0, 1, 1], truth: [0, 1, 0, 1] })).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });

  it('refuses mismatched lengths', () => {
    expect(() => pairwiseAccuracy({ predicted: [0, 1], truth: [0] })).toThrow(RangeError);
    expect(() => pairwiseAccuracy({ predicted: [0, 1], truth: [0, 1], weights: [1] })).toThrow(RangeError);
  });

  it('scores a million items without enumerating pairs', () => {
    const count = 1_000_000;
    const truth = new Int32Array(count);
    const predicted = new Int32Array(count);
    for (let item = 0; item < count; item++) {
      truth[item] = item % 1000; // 1,000 clusters of 1,000 items
      predicted[item] = item % 2000; // each true cluster split in two halves of 500
    }
    const started = performance.now();
    const result = pairwiseAccuracy({ predicted, truth });
    expect(performance.now() - started).toBeLessThan(3000);
    expect(result.precision).toBe(1);
    expect(result.correctPairs).toBe(2000 * ((500 * 499) / 2));
    expect(result.recall).toBeCloseTo(499 / 999, 12);
  });
});

describe('labelsFromClusters', () => {
  it('labels listed items by cluster and the rest as singletons', () => {
    const labels = labelsFromClusters([[0, 2], [3]], 5);
    expect(labels[0]).toBe(labels[2]);
    expect(new Set(labels).size).toBe(4);
  });

  it('refuses an item in two clusters', () => {
    expect(() => labelsFromClusters([[0, 1], [1]], 3)).toThrow(/two clusters/);
  });
});
