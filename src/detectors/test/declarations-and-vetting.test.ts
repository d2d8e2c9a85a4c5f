/** `undeclared-association` and `vetting-lapsed`. */
import { describe, expect, it } from 'vitest';
import { undeclaredAssociation } from '../undeclared-association.js';
import { vettingLapsed } from '../vetting-lapsed.js';
import { declaration, employment, evaluate, evidenceIds, report, subject, vetting } from './fixtures.js';

const asOf = '2026-03-31';

describe('undeclared-association', () => {
  const reported = report('r1', '2026-01-20', 'business', 'Okafor & Sons Lettings Limited');
  const run = (...records: ReturnType<typeof report>[]) => evaluate(undeclaredAssociation, asOf, [subject('s1', records)]);

  it('flags a report with no declaration, one flag per report', () => {
    const flags = run(reported, report('r2', '2025-04-01', 'membership', 'Riverside Golf Club'));
    expect(flags.map(evidenceIds)).toEqual([['r1'], ['r2']]);
    expect(flags[0]).toMatchObject({
      severity: 'high',
      category: 'integrity',
      measurements: { declarationsOfKind: 0, windowDays: 365 },
      window: { start: '2025-04-01', end: asOf },
    });
    expect(flags[0].rationale).toContain('“Okafor & Sons Lettings Limited”');
  });

  it('accepts a standing declaration of the matching kind made on or before the report, spelt differently', () => {
    expect(run(reported, declaration('d1', '2026-01-20', 'business_interest', 'OKAFOR AND SONS  LETTINGS LTD.'))).toEqual([]);
    expect(run(reported, declaration('d1', '2025-06-01', 'business_interest', 'okafor & sons lettings', 'submitted'))).toEqual([]);
  });

  it('flags a declaration made the day after, rejected, of another kind, or naming someone else', () => {
    const cases = [
      declaration('d1', '2026-01-21', 'business_interest', 'Okafor & Sons Lettings Ltd'),
      declaration('d1', '2025-06-01', 'business_interest', 'Okafor & Sons Lettings Ltd', 'rejected'),
      declaration('d1', '2025-06-01', 'membership', 'Okafor & Sons Lettings Ltd'),
      declaration('d1', '2025-06-01', 'business_interest', 'Okafor Lettings Ltd'),
    ];
    for (const declared of cases) expect(run(reported, declared)).toHaveLength(1);
    expect(run(reported, cases[3])[0].measurements.declarationsOfKind).toBe(1);
  });

  it('checks reports from the window’s first day, not the day before or after the as-of date', () => {
    expect(run(report('r1', '2025-03-31', 'association', 'Jane Smith'), report('r2', '2026-04-01', 'association', 'Jane Smith'))).toEqual([]);
    expect(evaluate(undeclaredAssociation, asOf, [subject('s1', [report('r1', '2025-03-31', 'association', 'Jane Smith')])], { windowDays: 366 })).toHaveLength(
      1,
    );
  });
});

describe('vetting-lapsed', () => {
  const post = employment('e1', '2024-06-01', { vettingLevelRequired: 'MV' });
  const run = (...records: ReturnType<typeof vetting>[]) => evaluate(vettingLapsed, asOf, [subject('s1', records)]);

  it('flags a vetting that expired the day before the as-of date, with the employment and latest vetting as evidence', () => {
    const flags = run(post, vetting('v0', '2012-01-01', { expiryDate: '2019-01-01' }), vetting('v1', '2019-03-31', { expiryDate: '2026-03-30' }));
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      severity: 'high',
      measurements: { requiredLevelIndex: 1, vettingRecords: 2 },
      window: { start: '2024-06-01', end: asOf },
    });
    expect(evidenceIds(flags[0])).toEqual(['e1', 'v1']);
    expect(flags[0].rationale).toContain('requires MV vetting');
  });

  it('accepts a vetting expiring on the as-of date, with no expiry, or at a higher level', () => {
    expect(run(post, vetting('v1', '2019-03-31', { expiryDate: '2026-03-31' }))).toEqual([]);
    expect(run(post, vetting('v1', '2019-03-31'))).toEqual([]);
    expect(run(post, vetting('v1', '2019-03-31', { level: 'SC', expiryDate: '2027-01-01' }))).toEqual([]);
  });

  it('flags a lower level, a vetting not granted, one granted after the as-of date, and no vetting at all', () => {
    expect(run(post, vetting('v1', '2019-03-31', { level: 'RV' }))).toHaveLength(1);
    expect(run(post, vetting('v1', '2025-01-01', { status: 'pending', grantedDate: undefined }))).toHaveLength(1);
    expect(run(post, vetting('v1', '2026-01-01', { grantedDate: '2026-04-01' }))).toHaveLength(1);
    const [none] = run(post);
    expect(evidenceIds(none)).toEqual(['e1']);
    expect(none.rationale).toContain('no vetting record is on file');
  });

  it('names the latest vetting record dated on or before the as-of date, of any status', () => {
    const [flag] = run(
      post,
      vetting('v1', '2019-03-31', { expiryDate: '2026-01-01' }),
      vetting('v2', '2026-02-01', { status: 'pending', grantedDate: undefined }),
      vetting('v3', '2026-04-02'),
    );
    expect(evidenceIds(flag)).toEqual(['e1', 'v2']);
  });

  it('only concerns active posts that require vetting, as of the current employment', () => {
    expect(run(employment('e1', '2024-06-01', { vettingLevelRequired: 'MV', status: 'on_leave' }))).toEqual([]);
    expect(run(employment('e1', '2024-06-01'))).toEqual([]);
    // Same instant: the greater record id is current.
    expect(run(employment('e2', '2024-06-01', { vettingLevelRequired: 'MV' }), employment('e1', '2024-06-01'))).toHaveLength(1);
    expect(run(employment('e1', '2024-06-01', { vettingLevelRequired: 'MV' }), employment('e2', '2024-06-01'))).toEqual([]);
    // A change after the as-of date does not count yet.
    expect(run(employment('e1', '2024-06-01'), employment('e2', '2026-04-01', { vettingLevelRequired: 'MV' }))).toEqual([]);
  });
});
