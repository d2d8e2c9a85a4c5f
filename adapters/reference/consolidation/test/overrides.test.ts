import { describe, expect, it } from 'vitest';
import { findOverrideContradiction } from '../overrides.js';
import type { NodeOverride } from '../types.js';

const must = (overrideId: string, left: number, right: number): NodeOverride => ({ overrideId, kind: 'must_link', left, right });
const cannot = (overrideId: string, left: number, right: number): NodeOverride => ({ overrideId, kind: 'cannot_link', left, right });

describe('findOverrideContradiction', () => {
  it('accepts consistent overrides', () => {
    expect(findOverrideContradiction([])).toBeNull();
    expect(findOverrideContradiction([must('a', 1, 2), must('b', 2, 3), cannot('c', 1, 4), cannot('d', 3, 5)])).toBeNull();
  });

  it('finds a cannot-link between nodes a chain of must-links joins, and names the chain', () => {
    const overrides = [must('a', 1, 2), must('b', 2, 3), must('x', 7, 8), must('c', 3, 4), cannot('new', 4, 1)];
    expect(findOverrideContradiction(overrides)).toEqual(['new', 'c', 'b', 'a']);
  });

  it('finds a must-link that joins two cannot-linked nodes (the reverse order)', () => {
    const overrides = [cannot('old', 1, 3), must('a', 1, 2), must('new', 2, 3)];
    expect(findOverrideContradiction(overrides)).toEqual(['old', 'a', 'new']);
  });

  it('finds a direct contradiction and a cannot-link of a node with itself', () => {
    expect(findOverrideContradiction([must('a', 5, 6), cannot('b', 6, 5)])).toEqual(['b', 'a']);
    expect(findOverrideContradiction([cannot('self', 5, 5)])).toEqual(['self']);
  });
});
