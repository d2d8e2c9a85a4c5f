/** `access-without-purpose` and `access-to-connected-person`. */
import { describe, expect, it } from 'vitest';
import { accessToConnectedPerson } from '../access-to-connected-person.js';
import { accessWithoutPurpose } from '../access-without-purpose.js';
import { access, daysBack, evaluate, evidenceIds, subject, withPurpose } from './fixtures.js';

const asOf = '2026-03-31';

describe('access-without-purpose', () => {
  /** `count` accesses with no purpose, the earliest on `first`, the rest on the days up to the as-of date. */
  const accesses = (count: number, first: string) => [
    access('a0', first),
    ...daysBack(asOf, count - 1).map((date, index) => access(`a${index + 1}`, date)),
    ...daysBack(asOf, 3).map((date, index) => access(`p${index}`, date, withPurpose)),
  ];

  it('flags 5 accesses with no purpose, the first on the window’s first day', () => {
    const flags = evaluate(accessWithoutPurpose, asOf, [subject('s1', accesses(5, '2026-03-02'))]);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      category: 'integrity',
      severity: 'medium',
      measurements: { accessesWithoutPurpose: 5, threshold: 5, windowDays: 30 },
      window: { start: '2026-03-02', end: asOf },
    });
    expect(evidenceIds(flags[0])).toEqual(['a0', 'a1', 'a2', 'a3', 'a4']);
    expect(flags[0].rationale).toContain('5 system accesses with no policing purpose recorded');
  });

  it('does not flag 4, the day before the window, or accesses after the as-of date', () => {
    expect(evaluate(accessWithoutPurpose, asOf, [subject('s1', accesses(4, '2026-03-02'))])).toEqual([]);
    expect(evaluate(accessWithoutPurpose, asOf, [subject('s1', accesses(5, '2026-03-01'))])).toEqual([]);
    expect(evaluate(accessWithoutPurpose, asOf, [subject('s1', accesses(5, '2026-04-01'))])).toEqual([]);
  });

  it('is high at twice the threshold and honours parameters', () => {
    expect(evaluate(accessWithoutPurpose, asOf, [subject('s1', accesses(10, '2026-03-02'))])[0].severity).toBe('high');
    expect(evaluate(accessWithoutPurpose, asOf, [subject('s1', accesses(9, '2026-03-02'))])[0].severity).toBe('medium');
    expect(evaluate(accessWithoutPurpose, asOf, [subject('s1', accesses(5, '2026-03-02'))], { threshold: 6 })).toEqual([]);
    expect(evaluate(accessWithoutPurpose, asOf, [subject('s1', accesses(5, '2026-03-01'))], { windowDays: 31 })).toHaveLength(1);
  });
});

describe('access-to-connected-person', () => {
  const person = (identity: Record<string, string>) => ({ target: { kind: 'person' as const, identity } });
  const relative = person({ givenName: 'Ann', familyName: 'OBRIEN', postcode: 'sw21ab' });
  const identity = { familyNames: ['O’Brien'], postcodes: ['SE11 4AA', 'SW2 1AB'] };
  const colleague = subject('s2', [], { staffNumbers: ['S1009999'], warrantNumbers: ['W123'] });
  const run = (records: ReturnType<typeof access>[], parameters = {}) =>
    evaluate(accessToConnectedPerson, asOf, [subject('s1', records, { ...identity, staffNumbers: ['S1000001'] }), colleague], parameters);

  it('flags a relative (family name and a former postcode) and a colleague, counting each kind', () => {
    const flags = run([
      access('a1', '2025-07-04', relative),
      access('a2', '2026-01-10', person({ staffNumber: 'S1009999' })),
      access('a3', '2026-02-01', person({ warrantNumber: 'W123' })),
    ]);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      subjectIds: ['s1'],
      severity: 'high',
      measurements: { connectedAccesses: 3, familyMatches: 1, colleagueMatches: 2, windowDays: 365 },
      window: { start: '2025-04-01', end: asOf },
    });
    expect(evidenceIds(flags[0])).toEqual(['a1', 'a2', 'a3']);
  });

  it('counts an access matching both ways once in connectedAccesses', () => {
    const both = person({ familyName: "o'brien", postcode: 'SE114AA', staffNumber: 'S1009999' });
    expect(run([access('a1', '2026-01-10', both)])[0].measurements).toMatchObject({ connectedAccesses: 1, familyMatches: 1, colleagueMatches: 1 });
  });

  it('does not flag a recorded purpose, another postcode, the subject’s own number, a non-person, or outside the window', () => {
    const misses = [
      access('m1', '2026-01-10', { ...relative, ...withPurpose }),
      access('m2', '2026-01-10', person({ familyName: 'O’Brien', postcode: 'N1 1AA' })),
      access('m3', '2026-01-10', person({ staffNumber: 'S1000001' })),
      access('m4', '2026-01-10', { target: { kind: 'vehicle' } }),
      access('m5', '2025-03-31', relative),
      access('m6', '2026-04-01', relative),
    ];
    expect(run(misses)).toEqual([]);
    expect(run([access('a1', '2025-04-01', relative)])).toHaveLength(1);
    expect(run([access('a1', '2025-04-01', relative)], { windowDays: 364 })).toEqual([]);
  });
});

describe('the records the access rules read', () => {
  const mixed = [
    ...daysBack(asOf, 6).map((date, index) => access(`a${index}`, date)),
    ...daysBack(asOf, 20).map((date, index) => access(`p${index}`, date, withPurpose)),
  ];
  const readOnly = mixed.filter(({ record }) => accessWithoutPurpose.reads(record));

  it('are the accesses with no purpose, for both rules', () => {
    expect(readOnly.map(({ ref }) => ref.recordId)).toEqual(['a0', 'a1', 'a2', 'a3', 'a4', 'a5']);
    for (const { record } of mixed) expect(accessToConnectedPerson.reads(record)).toBe(record.type === 'system_access' && record.purpose === undefined);
  });

  it('give the same flags when the others are dropped, as an adapter may', () => {
    const flags = evaluate(accessWithoutPurpose, asOf, [subject('s1', mixed)]);
    expect(flags).toHaveLength(1);
    expect(evaluate(accessWithoutPurpose, asOf, [subject('s1', readOnly)])).toEqual(flags);
  });
});
