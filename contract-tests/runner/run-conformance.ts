/**
 * `runConformance`: the suite as vitest `describe`/`it` blocks, for an adapter's own test file (in
 * process) or for any URL (over HTTP). Each `it` runs one conformance test through the same
 * `runTest` as the command does; `skip` and `not-offered` become skipped tests with their reason.
 *
 *   import { runConformance } from '../../contract-tests/index.js';
 *   runConformance({ adapter: () => createMyAdapter(settings), profile: 'full' });
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Profile } from '../requirements/index.js';
import { testGroups } from '../suite/tests/index.js';
import type { SuiteSession } from '../suite/test-context.js';
import { httpTarget } from '../harness/http.js';
import { inProcessTarget, type AdapterMaker } from '../harness/in-process.js';
import type { ConformanceTarget, Credentials } from '../harness/target.js';
import { DEFAULT_TEST_TIMEOUT_MS, runTest, selected } from './run-test.js';
import { openSession } from './session.js';
import type { TestResult } from './results.js';

/** A target (an adapter in process, a URL, or any target) and what to run against it. */
export type RunConformanceOptions = (
  | {
      /** In process: makes a fresh adapter (called once, and again when a test needs an empty one). */
      readonly adapter: AdapterMaker;
      /** Authentication on (default) or off in the gateway around it. */
      readonly authentication?: boolean;
    }
  | ({
      /** Over HTTP: the target's base URL, without `/v1`. */
      readonly url: string;
    } & Credentials)
  | {
      /** Any target made when the suite starts (a server started for the test, say); closed at the end. */
      readonly target: () => Promise<ConformanceTarget>;
    }
) & {
  /** `full` (default) or `baseline`. */
  readonly profile?: Profile;
  /** Only these requirements. */
  readonly only?: readonly string[];
  /** How the `describe` block names the target. */
  readonly name?: string;
  /**
   * Requirements known to fail, with the reason (a defect being fixed): their tests must fail, as
   * with vitest's `it.fails`, so the entry has to be removed the moment the defect is fixed.
   */
  readonly expectFailures?: Readonly<Record<string, string>>;
  readonly timeoutMs?: number;
};

function makeTarget(options: RunConformanceOptions): Promise<ConformanceTarget> {
  if ('adapter' in options) return inProcessTarget({ adapter: options.adapter, name: options.name, authentication: options.authentication });
  if ('target' in options) return options.target();
  return Promise.resolve(httpTarget(options));
}

/** The message vitest shows for a failed or errored test: what broke, observed and expected. */
export function failureText(result: TestResult): string {
  const lines = [`[${result.requirements.join(', ')}] ${result.message ?? result.status}`];
  if (result.observed !== undefined) lines.push(`  observed: ${result.observed}`);
  if (result.expected !== undefined) lines.push(`  expected: ${result.expected}`);
  return lines.join('\n');
}

/**
 * Registers the suite as vitest `describe`/`it` blocks: one `it` per conformance test, grouped by
 * area and named by requirement id. Call it at the top level of a test file.
 */
export function runConformance(options: RunConformanceOptions): void {
  const profile = options.profile ?? 'full';
  const only = options.only && new Set(options.only);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TEST_TIMEOUT_MS;
  const name = options.name ?? ('url' in options ? options.url : 'adapter');

  describe(`Plumbline conformance: ${name} (${profile} profile)`, () => {
    let target: ConformanceTarget | undefined;
    let session: SuiteSession;

    beforeAll(async () => {
      target = await makeTarget(options);
      session = await openSession(target);
    }, timeoutMs);
    afterAll(async () => target?.close());

    for (const group of testGroups) {
      const tests = group.tests.filter((test) => selected(test, profile, only));
      if (tests.length === 0) continue;
      describe(group.title, () => {
        for (const test of tests) {
          const known = test.requirements.map((id) => options.expectFailures?.[id]).find((reason) => reason !== undefined);
          (known === undefined ? it : it.fails)(
            `${test.requirements.join(', ')}: ${test.title}${known === undefined ? '' : ` (expected to fail: ${known})`}`,
            async (context) => {
              const result = await runTest(session, group.title, test, timeoutMs);
              if (result.status === 'skip' || result.status === 'not-offered') context.skip(`${result.status}: ${result.message}`);
              if (result.status !== 'pass') throw new Error(failureText(result));
            },
            timeoutMs + 1_000,
          );
        }
      });
    }
  });
}
