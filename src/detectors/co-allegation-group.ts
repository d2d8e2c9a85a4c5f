/** `co-allegation-group`: people repeatedly named together in allegations, as connected groups. */
import type { RecordRef } from '../contract/index.js';
import { appendTo, getOrCreate } from './collections.js';
import { defineStandardDetector, trailingWindowText } from './define-detector.js';
import { DisjointSets } from './disjoint-sets.js';
import { compareText } from './evidence.js';
import { countOf } from './format.js';
import { windowDaysParameter } from './parameters.js';
import type { DetectorSubject } from './types.js';
import { recordsInWindow, trailingWindow, type DateWindow } from './windows.js';

/** One case's subjects, each with its allegation records in the case dated in the window. */
type CaseParties = Map<string, RecordRef[]>;

/** Cases with the records of each subject named in them, from allegations dated in the window. */
function casesInWindow(subjects: readonly DetectorSubject[], window: DateWindow): Map<string, CaseParties> {
  const cases = new Map<string, CaseParties>();
  for (const subject of subjects) {
    for (const { ref, record } of recordsInWindow(subject, 'allegation', window)) {
      appendTo(
        getOrCreate(cases, record.caseReference, (): CaseParties => new Map()),
        subject.subjectId,
        ref,
      );
    }
  }
  return cases;
}

/** How many cases each pair of subjects shares, built case by case (never over all pairs of subjects). */
function sharedCaseCounts(cases: Map<string, CaseParties>): Map<string, { first: string; second: string; cases: string[] }> {
  const pairs = new Map<string, { first: string; second: string; cases: string[] }>();
  for (const [caseReference, parties] of cases) {
    if (parties.size < 2) continue;
    const named = [...parties.keys()].sort(compareText);
    for (let i = 0; i < named.length; i++) {
      for (let j = i + 1; j < named.length; j++) {
        getOrCreate(pairs, `${named[i]}\u0000${named[j]}`, () => ({ first: named[i], second: named[j], cases: [] })).cases.push(caseReference);
      }
    }
  }
  return pairs;
}

export const coAllegationGroup = defineStandardDetector({
  detectorId: 'co-allegation-group',
  category: 'culture',
  title: 'Group repeatedly named together in allegations',
  description: {
    inputs: 'every subject’s `allegation` records (date: the UTC date of `occurredAt`; `caseReference`).',
    window: trailingWindowText,
    whatCounts:
      'a subject is named in a case when it has an allegation record of that case dated in the window. Two different subjects are paired when at least `minSharedCases` distinct cases name both. Groups are the connected components of the pairs: A paired with B and B paired with C puts A, B and C in one group even if no case names all three.',
    rule: 'raise a flag for each group of at least `minGroupSize` members.',
    flag: 'one per group, naming every member (sorted); evidence: the members’ allegation records, dated in the window, in the cases that formed pairs within the group; measurements `members`, `pairs` (pairs within the group), `sharedCases` (distinct cases that formed them), `minGroupSize`, `minSharedCases`, `windowDays`; window: the trailing window.',
    severity: 'medium.',
    example:
      '(defaults, A = 2026-03-31, window 2024-04-01 to 2026-03-31): cases C1 (2024-05-10) and C2 (2025-12-01) each name officers P, Q and R: pairs P–Q, P–R and Q–R share 2 cases each, one group of 3: one flag naming P, Q and R, with members 3, pairs 3, sharedCases 2 and the 6 allegation records as evidence. If only P and Q were named twice: a pair, no group of 3, no flag. If C1 were dated 2024-03-31 (a day before the window): each pair shares 1 case, no flag.',
  },
  parameters: {
    minGroupSize: { type: 'integer', default: 3, minimum: 2, maximum: 1000, description: 'Fewest members a group needs to raise a flag.' },
    minSharedCases: { type: 'integer', default: 2, minimum: 1, maximum: 100, description: 'Fewest distinct cases two people must share to be paired.' },
    windowDays: windowDaysParameter(730, 'allegations dated in it count'),
  },
  recordTypes: ['allegation'],
  lookback: (parameters) => ({ allegation: parameters.windowDays }),
  evaluate({ asOf, subjects }, { minGroupSize, minSharedCases, windowDays }, raise) {
    const window = trailingWindow(asOf, windowDays);
    const cases = casesInWindow(subjects, window);
    const paired = [...sharedCaseCounts(cases).values()].filter((pair) => pair.cases.length >= minSharedCases);
    const groups = new DisjointSets();
    for (const pair of paired) groups.union(pair.first, pair.second);

    const byGroup = new Map<string, { members: Set<string>; pairs: number; cases: Set<string> }>();
    for (const pair of paired) {
      const group = getOrCreate(byGroup, groups.find(pair.first), () => ({ members: new Set<string>(), pairs: 0, cases: new Set<string>() }));
      group.members.add(pair.first).add(pair.second);
      group.pairs++;
      for (const caseReference of pair.cases) group.cases.add(caseReference);
    }
    for (const { members, pairs, cases: sharedCases } of byGroup.values()) {
      if (members.size < minGroupSize) continue;
      const evidence: RecordRef[] = [];
      for (const caseReference of sharedCases) {
        for (const [subjectId, refs] of cases.get(caseReference)!) if (members.has(subjectId)) evidence.push(...refs);
      }
      raise({
        subjectIds: [...members],
        severity: 'medium',
        rationale:
          `${members.size} people are linked through allegations naming them together: ${countOf(pairs, 'pair')} of them each share at least ${countOf(minSharedCases, 'case')}, ` +
          `${countOf(sharedCases.size, 'distinct case')} in all, dated within the ${windowDays} days ending ${asOf} (groups of ${minGroupSize} or more are flagged). ` +
          'Being named together is not evidence of wrongdoing; this is a prompt to look at the pattern.',
        evidence,
        measurements: { members: members.size, pairs, sharedCases: sharedCases.size, minGroupSize, minSharedCases, windowDays },
        window,
      });
    }
  },
});
