/**
 * A conformance test: one check of the target's behaviour, naming the requirements it verifies.
 * Tests talk to the target only through the typed client in their context, make their own sources
 * and records under unique ids, and may share an expensive setup through `context.fixture`.
 */
import type { Capability } from '../../src/contract/index.js';
import type { TestContext } from './test-context.js';

export interface ConformanceTest {
  /** The requirements it verifies (at least one); its result counts towards each. */
  readonly requirements: readonly string[];
  /** What it checks, in a few words. */
  readonly title: string;
  /**
   * Capabilities it needs to observe the behaviour besides its requirements' own (reading records
   * to find their subject, say). Without them the test is skipped, with the reason.
   */
  readonly needs?: readonly Capability[];
  run(context: TestContext): Promise<void>;
}

/** Declares a test. */
export function conformanceTest(
  requirements: string | readonly string[],
  title: string,
  run: (context: TestContext) => Promise<void>,
  needs?: readonly Capability[],
): ConformanceTest {
  return { requirements: typeof requirements === 'string' ? [requirements] : requirements, title, needs, run };
}

/** A named group of tests (a `describe` block in vitest; a section in the reports). */
export interface TestGroup {
  readonly title: string;
  readonly tests: readonly ConformanceTest[];
}
