/** `roster-self-editing` and `office-attendance-below-guideline`. */
import { describe, expect, it } from 'vitest';
import { officeAttendanceBelowGuideline } from '../office-attendance-below-guideline.js';
import { rosterSelfEditing } from '../roster-self-editing.js';
import { attendanceWeek, dutyWeek, employment, evaluate, evidenceIds, subject } from './fixtures.js';

const asOf = '2026-03-31';

describe('roster-self-editing', () => {
  const edit = (shiftDate: string, overtimeHoursAdded = 4) => ({ shiftDate, overtimeHoursAdded });
  const weeks = (firstShift: string) => [
    dutyWeek('w1', '2025-12-29', { selfEdits: [edit('2025-12-31'), edit(firstShift)] }),
    dutyWeek('w2', '2026-02-09', { selfEdits: [edit('2026-02-12', 2.5)] }),
    dutyWeek('w3', '2026-03-16', { selfEdits: [edit('2026-03-20'), edit('2026-03-21', 0)] }),
    dutyWeek('w4', '2025-12-22', { selfEdits: [edit('2025-12-23', 8)] }),
  ];

  it('flags 3 shifts, the first on the window’s first day, with the weeks holding the edits', () => {
    const flags = evaluate(rosterSelfEditing, asOf, [subject('s1', weeks('2026-01-01'))]);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      severity: 'medium',
      measurements: { selfEditedShifts: 3, overtimeHoursAdded: 10.5, threshold: 3, windowDays: 90 },
      window: { start: '2026-01-01', end: asOf },
    });
    expect(evidenceIds(flags[0])).toEqual(['w1', 'w2', 'w3']);
    expect(flags[0].rationale).toContain('3 shifts dated between 2026-01-01 and 2026-03-20');
  });

  it('does not count the day before the window, a shift after the as-of date, or edits adding no overtime', () => {
    expect(evaluate(rosterSelfEditing, asOf, [subject('s1', weeks('2025-12-31'))])).toEqual([]);
    const future = [...weeks('2025-12-31'), dutyWeek('w5', '2026-03-30', { selfEdits: [edit('2026-04-01')] })];
    expect(evaluate(rosterSelfEditing, asOf, [subject('s1', future)])).toEqual([]);
  });

  it('counts one shift edited twice once, and honours parameters', () => {
    const twice = [...weeks('2025-12-31'), dutyWeek('w5', '2026-03-16', { selfEdits: [edit('2026-03-20', 1)] })];
    expect(evaluate(rosterSelfEditing, asOf, [subject('s1', twice)])).toEqual([]);
    expect(evaluate(rosterSelfEditing, asOf, [subject('s1', twice)], { threshold: 2 })[0].measurements.selfEditedShifts).toBe(2);
    const recent = evaluate(rosterSelfEditing, asOf, [subject('s1', weeks('2026-01-01'))], { threshold: 1, windowDays: 20 });
    expect(recent.map(evidenceIds)).toEqual([['w3']]);
  });
});

describe('office-attendance-below-guideline', () => {
  /** 12 weeks expecting 5 days, attending `attended` in all (the first weeks take the shortfall). */
  function twelveWeeks(attended: number, firstWeek = '2026-01-05') {
    const start = Date.parse(`${firstWeek}T00:00:00Z`);
    let left = attended;
    return Array.from({ length: 12 }, (_, index) => {
      const days = Math.min(5, Math.max(0, left - 5 * (11 - index)));
      left -= days;
      return attendanceWeek(`b${String(index).padStart(2, '0')}`, new Date(start + index * 7 * 86_400_000).toISOString().slice(0, 10), 5, days);
    });
  }

  it('flags 47 of 60 days (below 0.8), with the weeks as evidence', () => {
    const flags = evaluate(officeAttendanceBelowGuideline, asOf, [subject('s1', twelveWeeks(47))]);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      severity: 'low',
      measurements: { attendedDays: 47, expectedDays: 60, attendanceRatio: 47 / 60, ratio: 0.8, minExpectedDays: 10, windowDays: 90 },
      window: { start: '2026-01-01', end: asOf },
    });
    expect(flags[0].evidence).toHaveLength(12);
    expect(flags[0].rationale).toContain('Attended 47 of 60 expected office days');
  });

  it('does not flag 48 of 60 (exactly the guideline), nor extra days beyond what a week expects', () => {
    expect(evaluate(officeAttendanceBelowGuideline, asOf, [subject('s1', twelveWeeks(48))])).toEqual([]);
    const capped = [...twelveWeeks(47), attendanceWeek('extra', '2026-03-30', 0, 3)];
    expect(evaluate(officeAttendanceBelowGuideline, asOf, [subject('s1', capped)])[0].measurements.attendedDays).toBe(47);
  });

  it('counts a week starting on the window’s first day, not the day before or after the as-of date', () => {
    const week = (weekStart: string) => subject('s1', [attendanceWeek('b1', weekStart, 7, 0), attendanceWeek('b2', '2026-03-02', 3, 3)]);
    expect(evaluate(officeAttendanceBelowGuideline, asOf, [week('2026-01-01')])).toHaveLength(1);
    expect(evaluate(officeAttendanceBelowGuideline, asOf, [week('2025-12-31')])).toEqual([]);
    expect(evaluate(officeAttendanceBelowGuideline, asOf, [week('2026-04-01')])).toEqual([]);
  });

  it('needs minExpectedDays and honours ratio', () => {
    const few = subject('s1', [attendanceWeek('b1', '2026-03-02', 3, 0), attendanceWeek('b2', '2026-03-09', 3, 0), attendanceWeek('b3', '2026-03-16', 3, 0)]);
    expect(evaluate(officeAttendanceBelowGuideline, asOf, [few])).toEqual([]);
    expect(evaluate(officeAttendanceBelowGuideline, asOf, [few], { minExpectedDays: 9 })).toHaveLength(1);
    expect(evaluate(officeAttendanceBelowGuideline, asOf, [subject('s1', twelveWeeks(47))], { ratio: 0.78 })).toEqual([]);
  });

  it('restricts to the current role when roles is set', () => {
    const records = [employment('e1', '2020-01-01', { role: 'Analyst' }), employment('e2', '2026-04-01', { role: 'Detective' }), ...twelveWeeks(30)];
    expect(evaluate(officeAttendanceBelowGuideline, asOf, [subject('s1', records)], { roles: ['Analyst'] })).toHaveLength(1);
    expect(evaluate(officeAttendanceBelowGuideline, asOf, [subject('s1', records)], { roles: ['Detective'] })).toEqual([]);
    expect(evaluate(officeAttendanceBelowGuideline, asOf, [subject('s2', twelveWeeks(30))], { roles: ['Analyst'] })).toEqual([]);
  });
});
