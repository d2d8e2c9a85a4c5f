/**
 * The suite is itself tested: each deliberately broken adapter (the reference engine with one
 * defect) is caught by the requirement naming its defect and by no unrelated one; and a target
 * that claims less gets `not-offered` for what it does not claim, never `fail`.
 */
import { describe, expect, it } from 'vitest';
import { controlResult, describeDefects } from './broken-adapter-check.js';

describeDefects();

describe('a target that does not claim a capability', () => {
  it('gets not-offered for its requirements, and CAP-001 checks the 501 refusals', async () => {
    const result = await controlResult(['subjects.search', 'records.erase', 'portability.import']);
    const status = (id: string) => result.requirements.find((requirement) => requirement.id === id)?.status;
    for (const id of ['SRCH-001', 'ERA-001', 'ERA-002', 'ERA-003', 'POR-004', 'POR-005']) expect(status(id), id).toBe('not-offered');
    expect(status('CAP-001')).toBe('pass');
    expect(status('META-003')).toBe('not-offered');
    expect(status('META-002')).toBe('pass');
    const notOffered = result.tests.find((test) => test.requirements.includes('SRCH-001'));
    expect(notOffered?.message).toContain('subjects.search');
  }, 120_000);
});
