/**
 * The adapter's own promises (ADP): closing twice, and supplier failures answered as the contract
 * documents them. The upstream tests make the supplier fail on every request, read a list (which
 * every connector serves from its supplier), and always restore the supplier afterwards.
 */
import type { Problem } from '../../../src/contract/index.js';
import type { UpstreamFault } from '../../harness/upstream-faults.js';
import { expectRefusal } from '../answers.js';
import { check, ConformanceFailure } from '../failure.js';
import { conformanceTest, type TestGroup } from '../conformance-test.js';
import type { TestContext } from '../test-context.js';

/** The answer documented for each supplier status (docs/problem-types.md, docs/connectors.md §2). */
const documented = [
  { status: 429, answer: 503, kind: 'upstream-unavailable' },
  { status: 503, answer: 503, kind: 'upstream-unavailable' },
  { status: 408, answer: 504, kind: 'upstream-timeout' },
  { status: 504, answer: 504, kind: 'upstream-timeout' },
  { status: 500, answer: 502, kind: 'upstream-failure' },
  { status: 502, answer: 502, kind: 'upstream-failure' },
] as const;

/** Lists sources while the supplier misbehaves; returns the refusal after checking its status and problem format. */
async function listWhileFailing(context: TestContext, fault: UpstreamFault, answer: number, what: string): Promise<Problem> {
  const upstream = context.target.upstream;
  if (!upstream) return context.skip('The harness cannot make this target\u2019s supplier fail (only a connector over its simulator, in process, can).');
  upstream.inject(fault);
  try {
    return expectRefusal(await context.client.GET('/v1/sources', { params: { query: { limit: 1 } } }), answer, `listing sources while ${what}`);
  } finally {
    upstream.clear();
  }
}

function checkKind(problem: Problem, kind: string, retryable: boolean | undefined, what: string): void {
  check(problem.type === `urn:plumbline:problem:${kind}`, `${what}: the problem is not ${kind}`, problem.type, `urn:plumbline:problem:${kind}`);
  if (retryable !== undefined) check(problem.retryable === retryable, `${what}: the problem is not marked retryable`, problem.retryable, retryable);
}

export const adapterTests: TestGroup = {
  title: 'The adapter behind the gateway',
  tests: [
    conformanceTest('ADP-001', 'closing an adapter twice is harmless', async (context) => {
      const makeAdapter = context.target.makeAdapter;
      if (!makeAdapter) return context.skip('The harness cannot make an adapter of this target (only the in-process harness can).');
      const adapter = await makeAdapter();
      await adapter.close();
      try {
        await adapter.close();
      } catch (error) {
        throw new ConformanceFailure(
          'closing the adapter a second time threw',
          error instanceof Error ? `${error.name}: ${error.message}` : String(error),
          'a resolved promise',
        );
      }
    }),

    conformanceTest('ADP-002', 'supplier failures are answered 502, 503 or 504 as documented', async (context) => {
      for (const { status, answer, kind } of documented) {
        const what = `the supplier answers ${status}`;
        const problem = await listWhileFailing(context, { status }, answer, what);
        checkKind(problem, kind, answer === 502 ? undefined : true, what);
      }
      // The supplier is back: the same call succeeds again, so nothing was left broken.
      const recovered = await context.client.GET('/v1/sources', { params: { query: { limit: 1 } } });
      check(recovered.response.status === 200, 'listing sources once the supplier is back did not succeed', recovered.response.status, 200);
    }),

    conformanceTest('ADP-003', 'a supplier that does not answer in time is answered 504', async (context) => {
      const what = 'the supplier does not answer';
      checkKind(await listWhileFailing(context, { noAnswer: true }, 504, what), 'upstream-timeout', true, what);
    }),
  ],
};
