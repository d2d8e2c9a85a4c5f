/**
 * The suite judged on an implementation we did not write it for: the outsider (plain node:http,
 * from the published document alone) offers sources and records and declines everything else.
 * A fair suite passes every requirement of what it offers, reports the rest `not-offered` or
 * skipped with a reason, and fails none.
 */
import { describe, expect, it } from 'vitest';
import { capabilities } from '../../src/contract/index.js';
import { outsiderTarget } from '../outsider/outsider-target.js';
import { runSuite } from '../runner/run-suite.js';

describe('the outsider, a correct partial implementation', () => {
  it('meets every requirement of what it offers; nothing else fails', async () => {
    const target = await outsiderTarget();
    const result = await runSuite(target).finally(() => target.close());
    const byStatus = (status: string) => result.requirements.filter((one) => one.status === status).map((one) => one.id);
    const failures = result.tests
      .filter((test) => test.status === 'fail' || test.status === 'error')
      .map((test) => `${test.requirements.join(',')} ${test.title}: ${test.message} ${test.observed ?? ''}`);
    expect(failures).toEqual([]);
    const offered = ['sources', 'records.ingest', 'records.read', 'records.erase'];
    // Of what it offers, everything passes but what can only be observed through what it declines (ERA-002: the subject).
    const declined = capabilities.filter((capability) => !offered.includes(capability));
    for (const requirement of result.requirements.filter((one) => one.capability && offered.includes(one.capability))) {
      const reasons = requirement.tests.map((test) => test.message ?? '').join('; ');
      if (requirement.status === 'skip')
        expect(
          declined.some((capability) => reasons.includes(`"${capability}"`)),
          `${requirement.id}: ${reasons}`,
        ).toBe(true);
      else expect(requirement.status, `${requirement.id}: ${reasons}`).toBe('pass');
    }
    expect(byStatus('pass')).toEqual(
      expect.arrayContaining(['SRC-001', 'SRC-002', 'SRC-003', 'REC-001', 'REC-002', 'REC-003', 'REC-004', 'REC-005', 'REC-006', 'ERA-001']),
    );
    for (const requirement of result.requirements.filter((one) => one.capability && !offered.includes(one.capability)))
      expect(requirement.status, requirement.id).toBe('not-offered');
    for (const test of result.tests.filter((one) => one.status === 'skip' || one.status === 'not-offered')) expect(test.message, test.title).toBeTruthy();
    // What every target must do, it does: meta, problems, pagination, authentication, refusing what it declines.
    for (const id of ['META-001', 'META-004', 'SEC-001', 'CAP-001', 'ERR-001', 'ERR-002', 'ERR-003', 'ERR-004', 'PAG-001', 'PAG-002', 'PAG-004'])
      expect(result.requirements.find((one) => one.id === id)?.status, id).toBe('pass');
    expect(byStatus('fail')).toEqual([]);
    expect(result.coverage).toMatchObject({ offered, declined: capabilities.filter((capability) => !offered.includes(capability)) });
    expect(result.coverage.baselineDeclined).toContain('consolidation');
  }, 120_000);
});
