/**
 * The programmatic runner (no vitest): runs the suite against one target and returns structured
 * results, for the `plumbline conformance` command and for the suite's own tests.
 */
import { capabilities } from '../../src/contract/index.js';
import { baselineCapabilities, inProfile, requirements, type Profile } from '../requirements/index.js';
import { testGroups } from '../suite/tests/index.js';
import type { ConformanceTarget } from '../harness/target.js';
import { describeValue } from '../suite/failure.js';
import { requirementStatus, summarise, type Coverage, type RequirementResult, type SuiteResult, type TestResult } from './results.js';
import { runTest, selected } from './run-test.js';
import { openSession } from './session.js';

/** What to run, and how to report progress. */
export interface SuiteOptions {
  /** `full` (default) runs every requirement; `baseline` only the baseline profile's. */
  readonly profile?: Profile;
  /** Only these requirements (and the tests naming them). */
  readonly only?: readonly string[];
  readonly timeoutMs?: number;
  /** Called after each test, for progress display. */
  readonly onTest?: (result: TestResult) => void;
}

/** Runs the suite against a target and returns every test's and every requirement's result. */
export async function runSuite(target: ConformanceTarget, options: SuiteOptions = {}): Promise<SuiteResult> {
  const profile = options.profile ?? 'full';
  const only = options.only && new Set(options.only);
  const startedAt = new Date().toISOString();
  const started = performance.now();
  const chosen = testGroups.flatMap((group) => group.tests.filter((test) => selected(test, profile, only)).map((test) => ({ group: group.title, test })));

  const tests: TestResult[] = [];
  let session: Awaited<ReturnType<typeof openSession>> | undefined;
  try {
    session = await openSession(target);
  } catch (error) {
    // Without meta nothing can be checked: every test is an error with the same cause.
    const message = `The target could not be reached or answered no valid meta: ${error instanceof Error ? error.message : describeValue(error)}`;
    for (const { group, test } of chosen) tests.push({ group, title: test.title, requirements: test.requirements, status: 'error', durationMs: 0, message });
  }
  if (session) {
    for (const { group, test } of chosen) {
      const result = await runTest(session, group, test, options.timeoutMs);
      tests.push(result);
      options.onTest?.(result);
    }
  }

  const requirementResults: RequirementResult[] = requirements
    .filter((requirement) => inProfile(requirement, profile) && (!only || only.has(requirement.id)))
    .map((requirement) => {
      const verifying = tests.filter((test) => test.requirements.includes(requirement.id));
      return { ...requirement, status: requirementStatus(verifying), tests: verifying };
    });

  const claimed = new Set<string>(session?.meta.capabilities ?? []);
  const coverage: Coverage = {
    offered: capabilities.filter((capability) => claimed.has(capability)),
    declined: capabilities.filter((capability) => !claimed.has(capability)),
    baselineDeclined: baselineCapabilities.filter((capability) => !claimed.has(capability)),
    applicableRequirements: requirementResults.filter((requirement) => requirement.status !== 'not-offered').length,
    requirements: requirementResults.length,
  };
  return {
    target: {
      name: target.name,
      kind: target.kind,
      baseUrl: target.baseUrl,
      adapter: session?.meta.adapter,
      contractVersion: session?.meta.contractVersion,
      capabilities: session?.meta.capabilities ?? [],
    },
    profile,
    startedAt,
    durationMs: Math.round(performance.now() - started),
    tests,
    requirements: requirementResults,
    summary: summarise(requirementResults),
    coverage,
  };
}
