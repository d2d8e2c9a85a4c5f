/**
 * The measures on small hand-built populations whose answers are worked out by hand: rates,
 * ratios and their intervals, the reference group, suppression (primary and secondary), error
 * rates against a known truth, review outcomes, group flags, and what is firm after
 * Benjamini–Hochberg.
 */
import { describe, expect, it } from 'vitest';
import { FairnessOptions, type EqualityPerson, type FairnessDetector, type FairnessGroup } from '../../contract/index.js';
import { ANY_DETECTOR, computeMeasures, type FlagOutcome } from '../measures.js';

const options = (input: Partial<FairnessOptions> = {}) => FairnessOptions.parse(input);

/** `sizes` people per group of characteristic `group`, numbered in order. */
function population(sizes: Record<string, number>): EqualityPerson[] {
  return Object.entries(sizes).flatMap(([group, size]) =>
    Array.from({ length: size }, (_, index) => ({ subjectIds: [`${group}-${index}`], attributes: { group } })),
  );
}

/** Flags of one detector on people `from` to `to` (indices, `to` excluded). */
function flags(detectorId: string, from: number, to: number, extra: Partial<FlagOutcome> = {}): FlagOutcome[] {
  return Array.from({ length: to - from }, (_, offset) => ({ detectorId, people: [from + offset], closed: false, unfounded: false, ...extra }));
}

const groupOf = (detector: FairnessDetector, name: string, attribute = 'group'): FairnessGroup =>
  detector.attributes.find((one) => one.attribute === attribute)!.groups.find((group) => group.group === name)!;
const close = (actual: number | undefined, expected: number, digits = 4) => expect(actual).toBeCloseTo(expected, digits);

describe('flag rate and its disparity', () => {
  // Group A: 100 people, 10 flagged (people 0–9); group B: 50 people, 15 flagged (people 100–114).
  const people = population({ A: 100, B: 50 });
  const result = computeMeasures({ people, flags: [...flags('d1', 0, 10), ...flags('d1', 100, 115)], detectorIds: ['d1'] }, options());
  const [any, d1] = result.detectors;

  it('reports any detector first, then each detector, with its flagged people', () => {
    expect(result.detectors.map((detector) => detector.detectorId)).toEqual([ANY_DETECTOR, 'd1']);
    expect([any.flaggedPeople, d1.flaggedPeople, d1.flags]).toEqual([25, 25, 25]);
  });

  it('compares against the largest group, with Wilson intervals on the rates', () => {
    expect(d1.attributes[0].referenceGroup).toBe('A');
    const a = groupOf(d1, 'A');
    expect(a.flagRate.disparity.assessment).toBe('reference');
    expect(a.flagRate.rate).toMatchObject({ events: 10, total: 100, rate: 0.1 });
    // Wilson, 10 of 100: 0.05523 to 0.17437; 15 of 50: 0.19104 to 0.43750.
    close(a.flagRate.rate!.interval.lower, 0.05523);
    close(a.flagRate.rate!.interval.upper, 0.17437);
    close(groupOf(d1, 'B').flagRate.rate!.interval.lower, 0.19104);
  });

  it('gives the ratio with its Katz interval, outside the band and firm', () => {
    // 0.30 / 0.10 = 3; SE = √(1/15 − 1/50 + 1/10 − 1/100) = √0.136667 = 0.369685;
    // 3 × exp(∓1.959964 × 0.369685) = 1.4536 … 6.1915; p = 0.00296, a discovery among 2 comparisons.
    const disparity = groupOf(d1, 'B').flagRate.disparity;
    close(disparity.ratio!, 3, 9);
    close(disparity.interval!.lower, 1.4536);
    close(disparity.interval!.upper!, 6.1915);
    close(disparity.pValue!, 0.00296);
    expect(disparity.assessment).toBe('outside-band');
    expect(result.comparisons).toBe(2);
    expect(result.findings.map((finding) => [finding.detectorId, finding.group, finding.measure, finding.assessment])).toEqual([
      [ANY_DETECTOR, 'B', 'flagRate', 'outside-band'],
      ['d1', 'B', 'flagRate', 'outside-band'],
    ]);
  });

  it('suppresses the review measure when no flag was closed', () => {
    expect(groupOf(d1, 'B').unfoundedShare).toEqual({
      rate: null,
      disparity: { ratio: null, interval: null, corrected: false, pValue: null, assessment: 'suppressed' },
    });
  });

  it('uses the reference group chosen, and refuses one nobody is in', () => {
    const chosen = computeMeasures(
      { people, flags: flags('d1', 0, 10).concat(flags('d1', 100, 115)), detectorIds: [] },
      options({ referenceGroups: { group: 'B' } }),
    );
    close(groupOf(chosen.detectors[0], 'A').flagRate.disparity.ratio!, 1 / 3, 9);
    expect(() => computeMeasures({ people, flags: [], detectorIds: [] }, options({ referenceGroups: { group: 'C' } }))).toThrow(/group "C"/);
  });

  it('reads parity inside the band, whatever the interval', () => {
    // 11 of 100 against 10 of 100: 1.1, within 0.8–1.25.
    const even = computeMeasures(
      { people: population({ A: 100, B: 100 }), flags: [...flags('d1', 0, 10), ...flags('d1', 100, 111)], detectorIds: [] },
      options(),
    );
    expect(groupOf(even.detectors[0], 'B').flagRate.disparity).toMatchObject({ assessment: 'within-band' });
    close(groupOf(even.detectors[0], 'B').flagRate.disparity.ratio!, 1.1, 9);
  });
});

describe('small numbers', () => {
  it('calls a ratio outside the band uncertain when chance explains it', () => {
    // 20/100 against 10/100: ratio 2, but p = 0.0546 > 0.05.
    const result = computeMeasures(
      { people: population({ A: 100, B: 100 }), flags: [...flags('d1', 0, 10), ...flags('d1', 100, 120)], detectorIds: [] },
      options(),
    );
    const disparity = groupOf(result.detectors[0], 'B').flagRate.disparity;
    close(disparity.ratio!, 2, 9);
    expect(disparity.assessment).toBe('outside-band-uncertain');
    expect(result.findings[0].assessment).toBe('outside-band-uncertain');
  });

  it('leaves the ratio unbounded against a reference with no flags, and marks both-zero as not estimable', () => {
    // 5/50 against 0/100: no ratio; corrected cells (5.5/51) / (0.5/101) give the interval's lower end, 1.228,
    // and p = 0.0357, the one comparison made (C has no flags either): firm.
    const result = computeMeasures({ people: population({ A: 100, B: 50, C: 30 }), flags: flags('d1', 100, 105), detectorIds: [] }, options());
    const b = groupOf(result.detectors[0], 'B').flagRate.disparity;
    expect(b).toMatchObject({ ratio: null, corrected: true, assessment: 'outside-band' });
    close(b.interval!.lower, 1.2285);
    expect(b.interval!.upper).toBeNull();
    expect(groupOf(result.detectors[0], 'C').flagRate.disparity.assessment).toBe('not-estimable');
  });

  it('gives a group with no flags a ratio of 0, below the band', () => {
    // 0/50 against 10/100: ratio 0, interval 0 to 1.577 (corrected), p = 0.100: uncertain.
    const result = computeMeasures({ people: population({ A: 100, B: 50 }), flags: flags('d1', 0, 10), detectorIds: [] }, options());
    const b = groupOf(result.detectors[0], 'B').flagRate.disparity;
    expect(b).toMatchObject({ ratio: 0, interval: { lower: 0 }, assessment: 'outside-band-uncertain' });
    close(b.interval!.upper!, 1.5774);
  });

  it('suppresses a small group and, when it is the only one, the next smallest too', () => {
    const people = population({ A: 100, D: 40, B: 30, C: 10 });
    const result = computeMeasures({ people, flags: flags('d1', 0, 5), detectorIds: [] }, options());
    const shown = (name: string) => !groupOf(result.detectors[0], name).suppressed;
    expect(['A', 'D', 'B', 'C'].map(shown)).toEqual([true, true, false, false]);
    expect(groupOf(result.detectors[0], 'B').flagRate).toEqual({ rate: null, disparity: expect.objectContaining({ assessment: 'suppressed' }) });
    expect(groupOf(result.detectors[0], 'C').people).toBe(10);
  });

  it('needs no second suppression when two groups are small', () => {
    const result = computeMeasures({ people: population({ A: 100, B: 30, C: 10, E: 8 }), flags: [], detectorIds: [] }, options());
    expect(result.detectors[0].attributes[0].groups.map((group) => group.suppressed)).toEqual([false, false, true, true]);
  });

  it('suppresses everything when the reference group would be the second suppression', () => {
    const result = computeMeasures({ people: population({ A: 100, C: 10 }), flags: flags('d1', 0, 5), detectorIds: [] }, options());
    const attribute = result.detectors[0].attributes[0];
    expect(attribute.referenceGroup).toBeNull();
    expect(attribute.groups.every((group) => group.suppressed && group.flagRate.rate === null)).toBe(true);
    expect(result.comparisons).toBe(0);
  });

  it('follows the minimum size chosen', () => {
    const result = computeMeasures({ people: population({ A: 100, B: 30, C: 10 }), flags: [], detectorIds: [] }, options({ minimumGroupSize: 5 }));
    expect(result.detectors[0].attributes[0].groups.every((group) => !group.suppressed)).toBe(true);
  });
});

describe('against a known truth', () => {
  // A: 100 people, the truth flags 0–19; the adapter flags 0–14 and 20–24 (5 missed, 5 false).
  // B: 50 people, the truth flags 100–119; the adapter flags 100–139 (none missed, 20 false).
  const people = population({ A: 100, B: 50 });
  const expected = people.map((_, index) => new Set(index < 20 || (index >= 100 && index < 120) ? ['d1'] : []));
  const result = computeMeasures(
    { people, flags: [...flags('d1', 0, 15), ...flags('d1', 20, 25), ...flags('d1', 100, 140)], detectorIds: ['d1'], expected },
    options(),
  );
  const [, d1] = result.detectors;

  it('counts false positives among the truly unflagged and false negatives among the truly flagged', () => {
    expect(groupOf(d1, 'A').falsePositiveRate!.rate).toMatchObject({ events: 5, total: 80 });
    expect(groupOf(d1, 'A').falseNegativeRate!.rate).toMatchObject({ events: 5, total: 20 });
    expect(groupOf(d1, 'B').falsePositiveRate!.rate).toMatchObject({ events: 20, total: 30 });
    expect(groupOf(d1, 'B').falseNegativeRate!.rate).toMatchObject({ events: 0, total: 20 });
  });

  it('compares the false-positive rates: B’s is 10.7 times A’s', () => {
    // (20/30) / (5/80) = 10.667; SE = √(1/20 − 1/30 + 1/5 − 1/80) = 0.451848 → 4.3996 … 25.8608.
    const disparity = groupOf(d1, 'B').falsePositiveRate!.disparity;
    close(disparity.ratio!, 10.6667);
    close(disparity.interval!.lower, 4.3996);
    close(disparity.interval!.upper!, 25.8608, 3);
    expect(disparity.assessment).toBe('outside-band');
  });

  it('leaves the error rates out without a truth', () => {
    const plain = computeMeasures({ people, flags: [], detectorIds: [] }, options());
    expect(groupOf(plain.detectors[0], 'A').falsePositiveRate).toBeUndefined();
  });
});

describe('review outcomes and group flags', () => {
  it('compares the share of closed flags closed with no case to answer', () => {
    // A: 20 closed flags, 5 unfounded; B: 20 closed, 15 unfounded. 0.75 / 0.25 = 3;
    // SE = √(1/15 − 1/20 + 1/5 − 1/20) = 0.408248 → 1.3478 … 6.6776.
    const people = population({ A: 100, B: 50 });
    const closed = (from: number, to: number, unfounded: number) =>
      flags('d1', from, to, { closed: true }).map((flag, index) => ({ ...flag, unfounded: index < unfounded }));
    const result = computeMeasures({ people, flags: [...closed(0, 20, 5), ...closed(100, 120, 15), ...flags('d1', 20, 30)], detectorIds: [] }, options());
    const b = groupOf(result.detectors[0], 'B').unfoundedShare;
    expect(b.rate).toMatchObject({ events: 15, total: 20, rate: 0.75 });
    close(b.disparity.ratio!, 3, 9);
    close(b.disparity.interval!.lower, 1.3478);
    close(b.disparity.interval!.upper!, 6.6776);
  });

  it('counts a flag naming people of two groups for each group, once per person', () => {
    const people = population({ A: 30, B: 30 });
    const group: FlagOutcome = { detectorId: 'co-allegation-group', people: [0, 1, 30], closed: false, unfounded: false };
    const result = computeMeasures({ people, flags: [group, { ...group, people: [0] }], detectorIds: ['co-allegation-group'] }, options());
    expect(groupOf(result.detectors[1], 'A').flagRate.rate?.events).toBe(2);
    expect(groupOf(result.detectors[1], 'B').flagRate.rate?.events).toBe(1);
    expect(result.detectors[1].flaggedPeople).toBe(3);
  });

  it('makes "not recorded" a group of its own, and measures each characteristic', () => {
    const people: EqualityPerson[] = [
      ...Array.from({ length: 30 }, (_, index) => ({ subjectIds: [`p${index}`], attributes: { sex: 'female', ethnicity: 'White' } })),
      ...Array.from({ length: 25 }, (_, index) => ({ subjectIds: [`q${index}`], attributes: { sex: 'male' } })),
    ];
    const result = computeMeasures({ people, flags: [], detectorIds: [] }, options());
    expect(result.detectors[0].attributes.map((attribute) => [attribute.attribute, attribute.groups.map((group) => `${group.group}:${group.people}`)])).toEqual(
      [
        ['sex', ['female:30', 'male:25']],
        ['ethnicity', ['White:30', ':25']],
      ],
    );
  });
});
