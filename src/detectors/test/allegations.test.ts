/** The allegation rules: repeated allegations, repeated category, allegation after sanction. */
import { describe, expect, it } from 'vitest';
import { allegationAfterSanction } from '../allegation-after-sanction.js';
import { repeatedAllegations } from '../repeated-allegations.js';
import { repeatedCategory } from '../repeated-category.js';
import { allegation, evaluate, evidenceIds, subject } from './fixtures.js';

const asOf = '2026-03-31';

describe('repeated-allegations', () => {
  const threeCases = () => [
    allegation('CMP-3', '2025-11-02', 'C2'),
    allegation('CMP-1', '2025-04-01', 'C1'), // the window's first day
    allegation('CMP-2', '2025-08-10', 'C2'),
    { ...allegation('A-9', '2026-02-10', 'C3'), ref: { sourceId: 'conduct', recordId: 'A-9' } },
  ];

  it('flags 3 distinct cases in the window, with evidence, measurements, window and severity', () => {
    const [flag, ...others] = evaluate(repeatedAllegations, asOf, [subject('s1', threeCases())]);
    expect(others).toEqual([]);
    expect(flag).toMatchObject({
      detectorId: 'repeated-allegations',
      detectorVersion: '1.0.0',
      category: 'standards',
      severity: 'medium',
      subjectIds: ['s1'],
      measurements: { distinctCases: 3, allegations: 4, threshold: 3, windowDays: 365 },
      window: { start: '2025-04-01', end: '2026-03-31' },
    });
    expect(flag.evidence).toEqual([
      { sourceId: 'conduct', recordId: 'A-9' },
      { sourceId: 'src', recordId: 'CMP-1' },
      { sourceId: 'src', recordId: 'CMP-2' },
      { sourceId: 'src', recordId: 'CMP-3' },
    ]);
    expect(flag.rationale).toContain('3 distinct cases dated between 2025-04-01 and 2026-02-10');
    expect(flag.rationale).toContain('threshold: 3 cases');
  });

  it('does not flag 2 cases, a case the day before the window, or one after the as-of date', () => {
    const records = threeCases();
    records[1] = allegation('CMP-1', '2025-03-31', 'C1-old');
    expect(evaluate(repeatedAllegations, asOf, [subject('s1', records)])).toEqual([]);
    records[1] = allegation('CMP-1', '2026-04-01', 'C1-future');
    expect(evaluate(repeatedAllegations, asOf, [subject('s1', records)])).toEqual([]);
  });

  it('counts several allegations in one case once', () => {
    const records = [allegation('a', '2026-01-01', 'C1'), allegation('b', '2026-01-02', 'C1'), allegation('c', '2026-01-03', 'C2')];
    expect(evaluate(repeatedAllegations, asOf, [subject('s1', records)])).toEqual([]);
  });

  it('is high at threshold + 2 and honours parameter overrides', () => {
    const five = ['C1', 'C2', 'C3', 'C4', 'C5'].map((reference, index) => allegation(`a${index}`, `2026-01-0${index + 1}`, reference));
    expect(evaluate(repeatedAllegations, asOf, [subject('s1', five)])[0].severity).toBe('high');
    expect(evaluate(repeatedAllegations, asOf, [subject('s1', five.slice(0, 4))])[0].severity).toBe('medium');
    expect(evaluate(repeatedAllegations, asOf, [subject('s1', threeCases())], { threshold: 4 })).toEqual([]);
    const short = evaluate(repeatedAllegations, asOf, [subject('s1', threeCases())], { threshold: 1, windowDays: 60 });
    expect(short.map((flag) => [evidenceIds(flag), flag.window.start, flag.measurements.windowDays])).toEqual([[['A-9'], '2026-01-31', 60]]);
  });
});

describe('repeated-category', () => {
  const confidentiality = { category: 'confidentiality' } as const;

  it('flags 2 cases of one category, the first on the window’s first day, with the category index', () => {
    const records = [
      allegation('a', '2024-04-01', 'C1', confidentiality),
      allegation('b', '2025-12-01', 'C2', confidentiality),
      allegation('c', '2025-12-02', 'C3'),
    ];
    const flags = evaluate(repeatedCategory, asOf, [subject('s1', records)]);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      severity: 'medium',
      measurements: { distinctCases: 2, categoryIndex: 6, threshold: 2, windowDays: 730 },
      window: { start: '2024-04-01', end: asOf },
    });
    expect(evidenceIds(flags[0])).toEqual(['a', 'b']);
    expect(flags[0].rationale).toContain('“confidentiality”');
  });

  it('does not flag one case twice, the day before the window, or different categories', () => {
    const sameCase = [allegation('a', '2025-01-01', 'C1', confidentiality), allegation('b', '2025-02-01', 'C1', confidentiality)];
    const early = [allegation('a', '2024-03-31', 'C1', confidentiality), allegation('b', '2025-12-01', 'C2', confidentiality)];
    const mixed = [allegation('a', '2025-01-01', 'C1', confidentiality), allegation('b', '2025-12-01', 'C2')];
    expect(evaluate(repeatedCategory, asOf, [subject('s1', sameCase), subject('s2', early), subject('s3', mixed)])).toEqual([]);
  });

  it('raises one flag per category and honours the threshold', () => {
    const records = [
      allegation('a', '2025-01-01', 'C1', confidentiality),
      allegation('b', '2025-02-01', 'C2', confidentiality),
      allegation('c', '2025-03-01', 'C3', { category: 'honesty_and_integrity' }),
      allegation('d', '2025-04-01', 'C4', { category: 'honesty_and_integrity' }),
    ];
    const flags = evaluate(repeatedCategory, asOf, [subject('s1', records)]);
    expect(flags.map((flag) => [flag.measurements.categoryIndex, evidenceIds(flag)])).toEqual([
      [6, ['a', 'b']],
      [0, ['c', 'd']],
    ]);
    expect(evaluate(repeatedCategory, asOf, [subject('s1', records)], { threshold: 3 })).toEqual([]);
  });
});

describe('allegation-after-sanction', () => {
  const finding = (outcome: 'misconduct' | 'gross_misconduct' | 'management_action' = 'misconduct', outcomeDate: string | null = '2025-01-15') =>
    allegation('Z-finding', '2024-09-01', 'C1', outcomeDate === null ? { outcome } : { outcome, outcomeDate });

  it('flags an allegation in another case on the last day of the window, finding first in the evidence', () => {
    const flags = evaluate(allegationAfterSanction, asOf, [subject('s1', [finding(), allegation('A-later', '2026-01-15', 'C2')])]);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      severity: 'high',
      window: { start: '2025-01-15', end: '2026-01-15' },
      measurements: { laterAllegations: 1, laterCases: 1, daysToFirstAllegation: 365, windowDays: 365 },
    });
    expect(evidenceIds(flags[0])).toEqual(['Z-finding', 'A-later']);
    expect(flags[0].rationale).toContain('misconduct was recorded on 2025-01-15 in case C1');
  });

  it('does not flag the same day, the day after the window, the same case, or an outcome that is not a finding', () => {
    const cases = [
      [finding(), allegation('b', '2025-01-15', 'C2')],
      [finding(), allegation('b', '2026-01-16', 'C2')],
      [finding(), allegation('b', '2025-03-01', 'C1')],
      [finding('management_action'), allegation('b', '2025-03-01', 'C2')],
      [finding('misconduct', null), allegation('b', '2025-03-01', 'C2')],
    ];
    expect(
      evaluate(
        allegationAfterSanction,
        asOf,
        cases.map((records, index) => subject(`s${index}`, records)),
      ),
    ).toEqual([]);
  });

  it('ends the window on the as-of date and ignores what comes later', () => {
    const records = [finding('gross_misconduct', '2025-06-01'), allegation('b', '2026-03-31', 'C2'), allegation('c', '2026-04-01', 'C3')];
    const [flag] = evaluate(allegationAfterSanction, asOf, [subject('s1', records)]);
    expect(flag.window).toEqual({ start: '2025-06-01', end: asOf });
    expect(evidenceIds(flag)).toEqual(['Z-finding', 'b']);
    const futureFinding = [finding('misconduct', '2026-04-01'), allegation('b', '2026-03-31', 'C2')];
    expect(evaluate(allegationAfterSanction, asOf, [subject('s1', futureFinding)])).toEqual([]);
  });

  it('honours windowDays', () => {
    const records = [finding(), allegation('b', '2025-02-15', 'C2')];
    expect(evaluate(allegationAfterSanction, asOf, [subject('s1', records)], { windowDays: 30 })).toEqual([]);
    expect(evaluate(allegationAfterSanction, asOf, [subject('s1', records)], { windowDays: 31 })[0].window).toEqual({ start: '2025-01-15', end: '2025-02-15' });
  });
});
