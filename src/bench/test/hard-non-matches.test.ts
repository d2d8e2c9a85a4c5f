/** A look-alike pair counts as merged only when one subject holds records of both people. */
import { describe, expect, it } from 'vitest';
import { scoreHardNonMatches } from '../hard-non-matches.js';

describe('scoreHardNonMatches', () => {
  it('counts pairs whose people share a subject, by kind', () => {
    const people = ['ann', 'ann-twin', 'bob', 'bob-son', 'cat'];
    // Records: person index and the subject the engine put each in.
    const personOfRecord = [0, 0, 1, 2, 3, 3, 4];
    const predicted = [10, 11, 11, 20, 21, 22, 30];
    const score = scoreHardNonMatches(
      [
        { personId: 'ann-twin', otherId: 'ann', kind: 'twin' },
        { personId: 'bob-son', otherId: 'bob', kind: 'parent-namesake' },
        { personId: 'cat', otherId: 'nobody-here', kind: 'namesake' },
      ],
      predicted,
      personOfRecord,
      people,
    );
    expect(score).toEqual({
      planted: 3,
      merged: 1,
      byKind: { twin: { planted: 1, merged: 1 }, 'parent-namesake': { planted: 1, merged: 0 }, namesake: { planted: 1, merged: 0 } },
    });
  });
});
