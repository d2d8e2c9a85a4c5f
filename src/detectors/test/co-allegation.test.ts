/** `co-allegation-group`: pairs from shared cases, groups as connected components, one flag per group. */
import { describe, expect, it } from 'vitest';
import { coAllegationGroup } from '../co-allegation-group.js';
import type { DetectorSubject } from '../types.js';
import { allegation, evaluate, evidenceIds, subject } from './fixtures.js';

const asOf = '2026-03-31';

/** Subjects named in cases: `cases` maps a case reference and date to the people it names. */
function namedIn(cases: [caseReference: string, date: string, people: string[]][]): DetectorSubject[] {
  const records = new Map<string, ReturnType<typeof allegation>[]>();
  for (const [caseReference, date, people] of cases) {
    for (const person of people) {
      const list = records.get(person) ?? [];
      list.push(allegation(`${caseReference}-${person}`, date, caseReference));
      records.set(person, list);
    }
  }
  return [...records].map(([person, list]) => subject(person, list));
}

describe('co-allegation-group', () => {
  it('raises one flag naming all three members of a group from two shared cases', () => {
    const flags = evaluate(
      coAllegationGroup,
      asOf,
      namedIn([
        ['C1', '2024-05-10', ['r', 'p', 'q']],
        ['C2', '2025-12-01', ['q', 'p', 'r']],
        ['C3', '2025-12-02', ['p', 'x']],
      ]),
    );
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      category: 'culture',
      severity: 'medium',
      subjectIds: ['p', 'q', 'r'],
      measurements: { members: 3, pairs: 3, sharedCases: 2, minGroupSize: 3, minSharedCases: 2, windowDays: 730 },
      window: { start: '2024-04-01', end: asOf },
    });
    expect(evidenceIds(flags[0])).toEqual(['C1-p', 'C1-q', 'C1-r', 'C2-p', 'C2-q', 'C2-r']);
    expect(flags[0].rationale).toContain('3 people are linked');
  });

  it('does not flag two people only, or three who share one case', () => {
    expect(
      evaluate(
        coAllegationGroup,
        asOf,
        namedIn([
          ['C1', '2025-01-01', ['p', 'q']],
          ['C2', '2025-02-01', ['p', 'q']],
        ]),
      ),
    ).toEqual([]);
    expect(
      evaluate(
        coAllegationGroup,
        asOf,
        namedIn([
          ['C1', '2025-01-01', ['p', 'q', 'r']],
          ['C2', '2025-02-01', ['p', 'x']],
        ]),
      ),
    ).toEqual([]);
  });

  it('raises a flag per separate group', () => {
    const flags = evaluate(
      coAllegationGroup,
      asOf,
      namedIn([
        ['C1', '2025-01-01', ['a', 'b', 'c']],
        ['C2', '2025-02-01', ['a', 'b', 'c']],
        ['C3', '2025-03-01', ['x', 'y', 'z', 'w']],
        ['C4', '2025-04-01', ['x', 'y', 'z', 'w']],
      ]),
    );
    expect(flags.map((flag) => flag.subjectIds)).toEqual([
      ['a', 'b', 'c'],
      ['w', 'x', 'y', 'z'],
    ]);
    expect(flags[1].measurements).toMatchObject({ members: 4, pairs: 6, sharedCases: 2 });
  });

  it('chains pairs into one group even when no case names all three', () => {
    const flags = evaluate(
      coAllegationGroup,
      asOf,
      namedIn([
        ['C1', '2024-05-01', ['a', 'b']],
        ['C2', '2024-09-01', ['a', 'b']],
        ['C3', '2025-05-01', ['b', 'c']],
        ['C4', '2025-09-01', ['b', 'c']],
      ]),
    );
    expect(flags.map((flag) => [flag.subjectIds, flag.measurements.pairs, flag.measurements.sharedCases])).toEqual([[['a', 'b', 'c'], 2, 4]]);
  });

  it('counts a case on the window’s first day, not the day before or after the as-of date', () => {
    const group = (first: string) =>
      namedIn([
        ['C1', first, ['p', 'q', 'r']],
        ['C2', '2025-12-01', ['p', 'q', 'r']],
      ]);
    expect(evaluate(coAllegationGroup, asOf, group('2024-04-01'))).toHaveLength(1);
    expect(evaluate(coAllegationGroup, asOf, group('2024-03-31'))).toEqual([]);
    expect(evaluate(coAllegationGroup, asOf, group('2026-04-01'))).toEqual([]);
  });

  it('honours minGroupSize, minSharedCases and windowDays', () => {
    const pair = namedIn([
      ['C1', '2025-01-01', ['p', 'q']],
      ['C2', '2025-02-01', ['p', 'q']],
    ]);
    expect(evaluate(coAllegationGroup, asOf, pair, { minGroupSize: 2 }).map((flag) => flag.subjectIds)).toEqual([['p', 'q']]);
    const once = namedIn([['C1', '2025-01-01', ['p', 'q', 'r']]]);
    expect(evaluate(coAllegationGroup, asOf, once, { minSharedCases: 1 })).toHaveLength(1);
    const group = namedIn([
      ['C1', '2025-01-01', ['p', 'q', 'r']],
      ['C2', '2026-03-01', ['p', 'q', 'r']],
    ]);
    expect(evaluate(coAllegationGroup, asOf, group, { windowDays: 300 })).toEqual([]);
  });
});
