import { describe, expect, it } from 'vitest';
import { flagAccuracy, type ComparableFlag } from '../flag-accuracy.js';

const flag = (detectorId: string, people: string[], evidence: string[]): ComparableFlag => ({ detectorId, people, evidence });

describe('flag accuracy', () => {
  it('is perfect when the flags agree, whatever their order', () => {
    const expected = [flag('a', ['p1'], ['s/1', 's/2']), flag('b', ['p2', 'p3'], ['s/3'])];
    const result = flagAccuracy(expected, [...expected].reverse());
    expect(result).toMatchObject({ precision: 1, recall: 1, f1: 1, matched: 2 });
  });

  it('counts a flag on the wrong person as both a false positive and a miss', () => {
    const result = flagAccuracy([flag('a', ['p1'], ['s/1'])], [flag('a', ['p2'], ['s/1'])]);
    expect(result).toMatchObject({ matched: 0, precision: 0, recall: 0 });
    expect(result.mismatches).toEqual({ missed: [flag('a', ['p1'], ['s/1'])], extra: [flag('a', ['p2'], ['s/1'])] });
  });

  it('pairs several flags of one detector on one person by evidence overlap', () => {
    const expected = [flag('c', ['p1'], ['s/1', 's/2']), flag('c', ['p1'], ['s/9'])];
    const actual = [flag('c', ['p1'], ['s/2']), flag('c', ['p1'], ['s/7'])];
    const result = flagAccuracy(expected, actual);
    expect(result.matched).toBe(1);
    expect(result.precision).toBe(0.5);
    expect(result.recall).toBe(0.5);
    expect(result.byDetector.c).toEqual({ expected: 2, actual: 2, matched: 1, precision: 0.5, recall: 0.5 });
  });

  it('treats a group flag as one flag naming every member', () => {
    const result = flagAccuracy([flag('group', ['p1', 'p2', 'p3'], ['s/1'])], [flag('group', ['p3', 'p1', 'p2'], ['s/1'])]);
    expect(result.matched).toBe(1);
    expect(flagAccuracy([flag('group', ['p1', 'p2', 'p3'], ['s/1'])], [flag('group', ['p1', 'p2'], ['s/1'])]).matched).toBe(0);
  });

  it('scores nothing expected and nothing raised as perfect', () => {
    expect(flagAccuracy([], [])).toMatchObject({ precision: 1, recall: 1 });
  });
});
