/**
 * Runs the whole suite against a broken adapter and against its control (the same engine and
 * claims, without the defect), and finds the requirements that fail only with the defect.
 */
import { describe, expect, it } from 'vitest';
import { brokenTarget, defects, type Defect } from '../broken-adapters/index.js';
import { outsiderTarget } from '../outsider/outsider-target.js';
import { runSuite } from '../runner/run-suite.js';
import { requirements } from '../requirements/index.js';
import { failingTests, type SuiteResult } from '../runner/results.js';

async function run(defect: Defect | undefined, unclaim: readonly string[], only?: readonly string[], outsider = false): Promise<SuiteResult> {
  const target = outsider && !defect ? await outsiderTarget({}, 'outsider control') : await brokenTarget(defect, unclaim);
  try {
    return await runSuite(target, { only });
  } finally {
    await target.close();
  }
}

/** Controls by the capabilities they stop claiming: one run serves every defect that shares it. */
const controls = new Map<string, Promise<SuiteResult>>();

export function controlResult(unclaim: readonly string[] = [], outsider = false): Promise<SuiteResult> {
  const key = outsider ? 'outsider' : [...unclaim].sort().join(',');
  if (!controls.has(key)) controls.set(key, run(undefined, unclaim, undefined, outsider));
  return controls.get(key)!;
}

/**
 * A full run for these defects proves "no unrelated requirement" across the whole catalogue; the
 * others run their own areas only (the requirements sharing a prefix with the ones that catch
 * them), which keeps `npm test` affordable.
 */
const fullRuns = new Set(['ignores-cannot-links', 'off-by-one-threshold', 'cursor-repeats-items', 'success-for-unknown-subject']);

function scopeOf(defect: Defect): string[] | undefined {
  // The outsider runs the whole suite in seconds: always a full run.
  if (fullRuns.has(defect.id) || defect.outsider) return undefined;
  const areas = new Set([defect.caughtBy, ...(defect.alsoCaughtBy ?? [])].map((id) => id.split('-')[0]));
  return requirements.filter((requirement) => areas.has(requirement.id.split('-')[0])).map((requirement) => requirement.id);
}

/**
 * The requirements of the tests that fail only with the defect. Judged test by test: a defect in
 * a requirement one of whose other tests already fails in the control must still be caught.
 */
export async function newlyFailing(defect: Defect): Promise<{ ids: string[]; result: SuiteResult }> {
  const [control, result] = [await controlResult(defect.unclaim, Boolean(defect.outsider)), await run(defect, defect.unclaim ?? [], scopeOf(defect))];
  const before = new Set(failingTests(control));
  const fresh = result.tests.filter(
    (test) => (test.status === 'fail' || test.status === 'error') && !before.has(`${test.requirements.join(', ')}: ${test.title}`),
  );
  return { ids: [...new Set(fresh.flatMap((test) => test.requirements))], result };
}

/** Whether the defect's requirement caught it, which unrelated ones failed too, and what they said. */
export async function checkCaught(defect: Defect): Promise<{ caught: boolean; unrelated: string[]; detail: string }> {
  const { ids, result } = await newlyFailing(defect);
  const related = new Set([defect.caughtBy, ...(defect.alsoCaughtBy ?? [])]);
  const detail = result.tests
    .filter((test) => ids.some((id) => test.requirements.includes(id)) && test.status !== 'pass')
    .map((test) => `${test.requirements.join(',')}: ${test.message}`)
    .join('\n');
  return { caught: ids.includes(defect.caughtBy), unrelated: ids.filter((id) => !related.has(id)), detail };
}

/** Registers one test per defect: caught by the requirement naming its defect, and by no unrelated one. */
export function describeDefects(): void {
  describe('broken adapters are caught by the requirement naming their defect', () => {
    for (const defect of defects) {
      const scope = scopeOf(defect) ? 'in its area' : 'in the whole suite';
      it(`${defect.id}: caught by ${defect.caughtBy} and nothing unrelated ${scope}`, async () => {
        const { caught, unrelated, detail } = await checkCaught(defect);
        expect(caught, `${defect.caughtBy} did not catch "${defect.description}"\n${detail}`).toBe(true);
        expect(unrelated, detail).toEqual([]);
      }, 120_000);
    }
  });
}
