/** The welfare rules: Bradford factor, sustained long hours, mandatory training overdue. */
import { describe, expect, it } from 'vitest';
import { bradfordFactor } from '../bradford-factor.js';
import { mandatoryTrainingOverdue } from '../mandatory-training-overdue.js';
import { sustainedLongHours } from '../sustained-long-hours.js';
import { absence, dutyWeek, employment, evaluate, evidenceIds, subject, training } from './fixtures.js';

const asOf = '2026-03-31';

describe('bradford-factor', () => {
  /** `spells` spells losing `days` working days in all, monthly from 2025-05-05 (the first takes the remainder). */
  const spells = (count: number, days: number, reason: 'sickness' | 'injury_on_duty' = 'sickness') =>
    Array.from({ length: count }, (_, index) =>
      absence(
        `${reason}-${index}`,
        `2025-${String(index + 5).padStart(2, '0')}-05`,
        index === 0 ? days - Math.floor(days / count) * (count - 1) : Math.floor(days / count),
        reason,
      ),
    );

  it('flags 5 spells of 10 days (exactly 250)', () => {
    const flags = evaluate(bradfordFactor, asOf, [subject('s1', spells(5, 10))]);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      category: 'welfare',
      severity: 'medium',
      measurements: { spells: 5, days: 10, bradfordFactor: 250, threshold: 250, windowDays: 365 },
      window: { start: '2025-04-01', end: asOf },
    });
    expect(flags[0].evidence).toHaveLength(5);
    expect(flags[0].rationale).toContain('Bradford factor 5² × 10 = 250 (threshold 250)');
  });

  it('does not flag 243, and is high at twice the threshold', () => {
    expect(evaluate(bradfordFactor, asOf, [subject('s1', spells(3, 27))])).toEqual([]);
    expect(evaluate(bradfordFactor, asOf, [subject('s1', spells(6, 15))])[0].severity).toBe('high');
    expect(evaluate(bradfordFactor, asOf, [subject('s1', spells(5, 19))])[0].severity).toBe('medium');
  });

  it('counts a spell starting on the window’s first day, not the day before or after the as-of date', () => {
    const four = spells(4, 15); // 16 × 15 = 240
    expect(evaluate(bradfordFactor, asOf, [subject('s1', [...four, absence('edge', '2025-04-01', 1)])])[0].measurements).toMatchObject({ spells: 5, days: 16 });
    expect(evaluate(bradfordFactor, asOf, [subject('s1', [...four, absence('edge', '2025-03-31', 5)])])).toEqual([]);
    expect(evaluate(bradfordFactor, asOf, [subject('s1', [...four, absence('edge', '2026-04-01', 5)])])).toEqual([]);
  });

  it('counts only the reasons asked for, and honours the threshold', () => {
    const mixed = [...spells(3, 6), ...spells(2, 8, 'injury_on_duty')];
    expect(evaluate(bradfordFactor, asOf, [subject('s1', mixed)])).toEqual([]);
    expect(evaluate(bradfordFactor, asOf, [subject('s1', mixed)], { reasons: ['sickness', 'injury_on_duty'] })[0].measurements.bradfordFactor).toBe(350);
    expect(evaluate(bradfordFactor, asOf, [subject('s1', spells(5, 10))], { threshold: 251 })).toEqual([]);
  });
});

describe('sustained-long-hours', () => {
  /** The 17 Mondays of the reference period ending 2026-03-31: 2025-12-08 to 2026-03-30. */
  const mondays = Array.from({ length: 17 }, (_, index) => new Date(Date.parse('2025-12-08T00:00:00Z') + index * 7 * 86_400_000).toISOString().slice(0, 10));
  /** 17 weeks totalling `total` hours (the first week takes the remainder of 48 a week). */
  const weeks = (total: number, recorded = mondays) =>
    recorded.map((monday, index) => dutyWeek(`d${index}`, monday, { workedHours: index === 0 ? total - 48 * (recorded.length - 1) : 48 }));

  it('flags an average just over 48 (817 hours in 17 weeks)', () => {
    const flags = evaluate(sustainedLongHours, asOf, [subject('s1', weeks(817))]);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      measurements: { averageWeeklyHours: 817 / 17, weeksRecorded: 17, totalHours: 817, thresholdHours: 48, weeks: 17 },
      window: { start: '2025-12-03', end: asOf },
      severity: 'medium',
    });
    expect(flags[0].evidence).toHaveLength(17);
  });

  it('does not flag exactly 48, and counts a missing week as 0', () => {
    expect(evaluate(sustainedLongHours, asOf, [subject('s1', weeks(816))])).toEqual([]);
    const sixteen = mondays.slice(0, 16).map((monday, index) => dutyWeek(`d${index}`, monday, { workedHours: 51 }));
    const [flag] = evaluate(sustainedLongHours, asOf, [subject('s1', sixteen)], { thresholdHours: 47.9 });
    expect(flag.measurements).toMatchObject({ weeksRecorded: 16, totalHours: 816, averageWeeklyHours: 48 });
    expect(evaluate(sustainedLongHours, asOf, [subject('s1', sixteen)])).toEqual([]);
  });

  it('takes the largest record of a week, not the sum, and ignores weeks outside the period', () => {
    const records = [
      ...weeks(816),
      dutyWeek('d0-corrected', mondays[0], { workedHours: 49 }),
      dutyWeek('old', '2025-12-01', { workedHours: 90 }),
      dutyWeek('new', '2026-04-06', { workedHours: 90 }),
    ];
    const [flag] = evaluate(sustainedLongHours, asOf, [subject('s1', records)]);
    expect(flag.measurements.totalHours).toBe(817);
    expect(evidenceIds(flag)).toContain('d0-corrected');
    expect(evidenceIds(flag)).not.toContain('d0');
    const smaller = [...weeks(816), dutyWeek('d0-corrected', mondays[0], { workedHours: 10 })];
    expect(evaluate(sustainedLongHours, asOf, [subject('s1', smaller)])).toEqual([]);
  });

  it('honours weeks and thresholdHours', () => {
    const [flag] = evaluate(sustainedLongHours, asOf, [subject('s1', weeks(816))], { weeks: 4, thresholdHours: 47 });
    expect(flag.measurements).toMatchObject({ weeksRecorded: 4, averageWeeklyHours: 48, weeks: 4 });
    expect(flag.window.start).toBe('2026-03-04');
  });
});

describe('mandatory-training-overdue', () => {
  const active = employment('e1', '2020-01-01');
  const course = 'Information security';
  const run = (records: ReturnType<typeof training>[], parameters = {}) => evaluate(mandatoryTrainingOverdue, asOf, [subject('s1', records)], parameters);

  it('flags a latest completion that expired 31 days ago', () => {
    const flags = run([
      active,
      training('t0', '2023-03-01', course, { expiryDate: '2024-02-28' }),
      training('t1', '2025-03-01', course, { expiryDate: '2026-02-28' }),
    ]);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ severity: 'low', measurements: { daysOverdue: 31, graceDays: 30 }, window: { start: '2026-02-28', end: asOf } });
    expect(evidenceIds(flags[0])).toEqual(['t1']);
    expect(flags[0].rationale).toContain('“Information security”');
  });

  it('does not flag 30 days, a renewal, a course that is not mandatory, no expiry, or someone not active', () => {
    expect(run([active, training('t1', '2025-03-02', course, { expiryDate: '2026-03-01' })])).toEqual([]);
    expect(
      run([active, training('t1', '2024-01-01', course, { expiryDate: '2025-01-01' }), training('t2', '2026-03-11', course, { expiryDate: '2027-03-10' })]),
    ).toEqual([]);
    expect(run([active, training('t1', '2024-01-01', course, { expiryDate: '2025-01-01', mandatory: false })])).toEqual([]);
    expect(run([active, training('t1', '2024-01-01', course)])).toEqual([]);
    expect(run([employment('e1', '2020-01-01', { status: 'suspended' }), training('t1', '2024-01-01', course, { expiryDate: '2025-01-01' })])).toEqual([]);
  });

  it('ignores a completion after the as-of date, raises one flag per course, and honours graceDays', () => {
    const records = [
      active,
      training('t1', '2024-01-01', course, { expiryDate: '2025-01-01' }),
      training('t2', '2026-04-01', course, { expiryDate: '2027-04-01' }),
      training('t3', '2025-01-01', 'First aid', { expiryDate: '2026-03-01' }),
    ];
    expect(run(records).map(evidenceIds)).toEqual([['t1']]);
    expect(run(records, { graceDays: 29 }).map(evidenceIds)).toEqual([['t1'], ['t3']]);
  });
});
