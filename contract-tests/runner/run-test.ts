/**
 * Runs one conformance test against a session and turns whatever happens into a result. Both
 * runners (vitest and the programmatic one) call this, so their verdicts cannot differ.
 */
import { requirementById, type Profile } from '../requirements/index.js';
import type { ConformanceTest } from '../suite/conformance-test.js';
import { ConformanceFailure, DeclinedCapability, SkipTest, describeValue } from '../suite/failure.js';
import type { SuiteSession } from '../suite/test-context.js';
import type { TestResult } from './results.js';

/** Long enough for the detector fixture on a slow sandbox; a test past it is an error. */
export const DEFAULT_TEST_TIMEOUT_MS = 600_000;

/** Whether the test belongs to the run: some requirement of it is in the profile (and in `only`). */
export function selected(test: ConformanceTest, profile: Profile, only?: ReadonlySet<string>): boolean {
  return test.requirements.some((id) => {
    const requirement = requirementById(id);
    return (profile === 'full' || requirement.profile === 'baseline') && (!only || only.has(id));
  });
}

/** Runs one test and classifies the outcome: pass, fail, skip, not-offered or error. */
export async function runTest(session: SuiteSession, group: string, test: ConformanceTest, timeoutMs = DEFAULT_TEST_TIMEOUT_MS): Promise<TestResult> {
  const base = { group, title: test.title, requirements: test.requirements };
  const claimed = new Set<string>(session.meta.capabilities);
  const unclaimed = test.requirements.map((id) => requirementById(id).capability).find((capability) => capability && !claimed.has(capability));
  if (unclaimed) return { ...base, status: 'not-offered', durationMs: 0, message: `The target does not claim "${unclaimed}".` };
  const missing = test.needs?.find((capability) => !claimed.has(capability));
  if (missing)
    return { ...base, status: 'skip', durationMs: 0, message: `Needs the "${missing}" capability to observe this, and the target does not claim it.` };

  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`The test did not finish within ${timeoutMs / 1000} s.`)), timeoutMs);
    });
    await Promise.race([test.run(session.context()), timeout]);
    return { ...base, status: 'pass', durationMs: elapsed() };
  } catch (error) {
    if (error instanceof SkipTest) return { ...base, status: error.status, durationMs: elapsed(), message: error.reason };
    if (error instanceof DeclinedCapability && !claimed.has(error.capability)) {
      const message = `Needs the "${error.capability}" capability to observe this, and the target declines it (${error.message}).`;
      return { ...base, status: 'skip', durationMs: elapsed(), message };
    }
    if (error instanceof ConformanceFailure) {
      return {
        ...base,
        status: 'fail',
        durationMs: elapsed(),
        message: error.message,
        ...(error.observed === undefined ? {} : { observed: describeValue(error.observed) }),
        ...(error.expected === undefined ? {} : { expected: describeValue(error.expected) }),
      };
    }
    return { ...base, status: 'error', durationMs: elapsed(), message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  } finally {
    clearTimeout(timer);
  }
}
