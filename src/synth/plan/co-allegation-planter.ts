/**
 * Planted groups for `co-allegation-group`: colleagues from one unit named together in several
 * cases. Pairs need two shared cases in the 730-day window, groups three members. Each member's
 * categories differ from case to case and no member has three cases in any 365 days, so the group
 * raises this detector's flag and no other allegation rule.
 */
import type { Candidate, PlantingContext } from './context.js';
import { complainable, distinctCategories, plantCase, variant, type Planter } from './planter.js';

/** `size` colleagues from one unit, or null. */
function colleagues(context: PlantingContext, size: number): Candidate[] | null {
  const first = context.take(1, (candidate) => complainable(candidate) && candidate.unitType.category === 'officer');
  if (!first) return null;
  const others = context.take(size - 1, (candidate) => candidate.unit === first[0].unit);
  return others ? [first[0], ...others] : null;
}

/**
 * Cases naming subsets of a group: each entry of `cases` lists member positions and how many days
 * before the as-of date the case happened. Every member gets a different category in each case.
 */
function plantGroup(context: PlantingContext, members: Candidate[], cases: { members: number[]; offset: number }[]): void {
  const categories = members.map(() => distinctCategories(context.random, cases.length));
  cases.forEach((shared, caseIndex) => {
    const named = shared.members.map((position) => members[position]);
    plantCase(
      context,
      context.asOf - shared.offset,
      named,
      shared.members.map((position) => categories[position][caseIndex]),
    );
  });
}

function group(name: string, size: number, cases: { members: number[]; offset: number }[], description: string, measurements: Record<string, number>) {
  return variant(name, (context) => {
    const members = colleagues(context, size);
    if (!members) return null;
    plantGroup(context, members, cases);
    return { people: members, description, measurements: { minGroupSize: 3, minSharedCases: 2, windowDays: 730, ...measurements } };
  });
}

const all = (size: number) => Array.from({ length: size }, (_, index) => index);

export const coAllegationGroupPlanter: Planter = {
  detectorId: 'co-allegation-group',
  patterns: [
    group(
      'three-colleagues-two-cases',
      3,
      [
        { members: all(3), offset: 400 },
        { members: all(3), offset: 100 },
      ],
      'Three colleagues named together in two cases within 730 days: three pairs, one group.',
      {
        members: 3,
        pairs: 3,
        sharedCases: 2,
      },
    ),
    group(
      'chain-of-pairs',
      3,
      [
        { members: [0, 1], offset: 700 },
        { members: [0, 1], offset: 500 },
        { members: [1, 2], offset: 300 },
        { members: [1, 2], offset: 100 },
      ],
      'A and B share two cases, B and C two others: no case names all three, yet pairs chain them into one group.',
      { members: 3, pairs: 2, sharedCases: 4 },
    ),
    group(
      'four-colleagues-two-cases',
      4,
      [
        { members: all(4), offset: 650 },
        { members: all(4), offset: 60 },
      ],
      'Four colleagues named together in two cases within 730 days: one group of four.',
      {
        members: 4,
        pairs: 6,
        sharedCases: 2,
      },
    ),
  ],
  nearMisses: [
    group(
      'pair-only',
      2,
      [
        { members: all(2), offset: 400 },
        { members: all(2), offset: 100 },
      ],
      'Two colleagues share two cases: a pair, but a group needs three members.',
      { members: 2 },
    ),
    group('one-shared-case', 3, [{ members: all(3), offset: 200 }], 'Three colleagues named together in one case only: no pair shares two cases.', {
      members: 0,
    }),
    group(
      'day-before-window',
      3,
      [
        { members: all(3), offset: 730 },
        { members: all(3), offset: 150 },
      ],
      'Three colleagues share two cases, but one is a day older than the 730-day window.',
      {
        members: 0,
      },
    ),
  ],
};
