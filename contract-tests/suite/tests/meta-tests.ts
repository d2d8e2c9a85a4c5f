/** Meta, authentication and the refusal of capabilities not claimed. */
import { capabilities, type Capability } from '../../../src/contract/index.js';
// The contract as published: what every target's own document must cover.
import publishedContract from '../../../openapi/plumbline.v1.json' with { type: 'json' };
import { clientFor } from '../../harness/target.js';
import { baselineCapabilities } from '../../requirements/index.js';
import { expectProblem, expectStatus } from '../answers.js';
import { check, checkEqual, ConformanceFailure, describeValue } from '../failure.js';
import { conformanceTest, type TestGroup } from '../conformance-test.js';
import { capabilityProbes } from './capability-probes.js';

const missingFrom = (claimed: readonly string[], wanted: readonly Capability[]) => wanted.filter((capability) => !claimed.includes(capability));

export const metaTests: TestGroup = {
  title: 'Meta and capabilities',
  tests: [
    conformanceTest('META-001', 'meta states the contract version, adapter, capabilities and limits', async ({ client }) => {
      const meta = expectStatus(await client.GET('/v1/meta'), 200, 'reading meta');
      check(/^1\.\d+\.\d+/.test(meta.contractVersion), 'the contract version is not 1.x', meta.contractVersion, '1.x.y');
      for (const field of ['id', 'name', 'version', 'vendor'] as const) {
        check(
          typeof meta.adapter[field] === 'string' && meta.adapter[field].length > 0,
          `the adapter identity has no ${field}`,
          meta.adapter,
          `a non-empty ${field}`,
        );
      }
      checkEqual(meta.capabilities.length, new Set(meta.capabilities).size, 'a capability is listed twice');
      check(meta.limits.maxBatchRecords >= 1 && meta.limits.maxPageSize >= 1, 'the limits are not positive', meta.limits, 'positive limits');
    }),

    // Coverage, not quality: what a target declines is `not-offered` here and in the coverage line
    // of the scorecard, never a failure of what it does offer.
    conformanceTest('META-002', 'every baseline capability is claimed', async ({ meta, notOffered }) => {
      const declined = missingFrom(meta.capabilities, baselineCapabilities);
      if (declined.length > 0) notOffered(`The target declines baseline capabilities: ${declined.join(', ')}.`);
    }),

    conformanceTest('META-003', 'every capability of the contract is claimed', async ({ meta, notOffered }) => {
      const declined = missingFrom(meta.capabilities, capabilities);
      if (declined.length > 0) notOffered(`The target declines capabilities of the contract: ${declined.join(', ')}.`);
    }),

    conformanceTest('META-004', 'health and readiness answer 200 without a token', async ({ target }) => {
      const anonymous = clientFor(target, {});
      expectStatus(await anonymous.GET('/healthz'), 200, 'GET /healthz');
      expectStatus(await anonymous.GET('/readyz'), 200, 'GET /readyz');
    }),

    conformanceTest('META-005', 'the OpenAPI document is published and covers the contract', async ({ target }) => {
      const answer = await target.fetch(`${target.baseUrl}/openapi.json`);
      check(answer.status === 200, 'GET /openapi.json did not answer 200', answer.status, 200);
      const document = (await answer.json().catch(() => ({}))) as { openapi?: string; paths?: Record<string, unknown> };
      check(/^3\./.test(document.openapi ?? ''), 'the document is not OpenAPI 3', document.openapi, '3.x');
      const missing = Object.keys(publishedContract.paths).filter((path) => !(path in (document.paths ?? {})));
      checkEqual(missing, [], 'paths of the published contract missing from the document');
    }),

    conformanceTest('SEC-001', 'a request without a token is refused with 401', async ({ target, skip }) => {
      if (target.token === undefined) skip('The harness was given no token, so the target is being run without authentication.');
      const anonymous = clientFor(target, { justification: target.justification });
      expectProblem(await anonymous.GET('/v1/subjects', { params: { query: { limit: 1 } } }), 401, 'unauthenticated', 'listing subjects without a token');
    }),

    conformanceTest('CAP-001', 'every operation of an unclaimed capability answers 501', async ({ client, api, meta, ids, skip }) => {
      const declined = new Set<string>(capabilities.filter((capability) => !meta.capabilities.includes(capability)));
      if (declined.size === 0) skip('The target claims every capability, so there is nothing it should refuse.');
      // Every probe runs, so one mismatch cannot hide the next: a silent export behind a wrong search refusal, say.
      const mismatches: Record<string, string> = {};
      for (const probe of capabilityProbes.filter((one) => one.needs.some((capability) => declined.has(capability)))) {
        const names = probe.needs.filter((capability) => declined.has(capability));
        const answer = await probe.call(client, ids);
        await api.settleStrayRun(answer);
        try {
          const problem = expectProblem(answer, 501, 'capability-unsupported', `${probe.operation} (needs ${names.join(' or ')}, not claimed)`);
          check(
            (names as readonly string[]).includes(problem.capability ?? ''),
            'the problem does not name a declined capability it needs',
            problem.capability,
            names.join(' or '),
          );
        } catch (error) {
          if (!(error instanceof ConformanceFailure)) throw error;
          mismatches[probe.operation] = `${error.message}: ${describeValue(error.observed, 200)}`;
        }
      }
      const refused = Object.keys(mismatches).length;
      check(
        refused === 0,
        `${refused} operation(s) of declined capabilities were not refused with 501 naming the capability`,
        mismatches,
        '501 capability-unsupported for each',
      );
    }),
  ],
};
