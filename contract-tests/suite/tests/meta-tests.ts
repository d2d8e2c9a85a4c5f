/** Meta, authentication and the refusal of capabilities not claimed. */
import { capabilities, type Capability } from '../../../src/contract/index.js';
// The contract as published: what every target's own document must cover.
import publishedContract from '../../../openapi/plumbline.v1.json' with { type: 'json' };
import { clientFor } from '../../harness/target.js';
import { baselineCapabilities } from '../../requirements/index.js';
import { expectProblem, expectStatus } from '../answers.js';
import { check, checkEqual } from '../failure.js';
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
        check(typeof meta.adapter[field] === 'string' && meta.adapter[field].length > 0, `the adapter identity has no ${field}`, meta.adapter, `a non-empty ${field}`);
      }
      checkEqual(meta.capabilities.length, new Set(meta.capabilities).size, 'a capability is listed twice');
      check(meta.limits.maxBatchRecords >= 1 && meta.limits.maxPageSize >= 1, 'the limits are not positive', meta.limits, 'positive limits');
    }),

    conformanceTest('META-002', 'every baseline capability is claimed', async ({ meta }) => {
      checkEqual(missingFrom(meta.capabilities, baselineCapabilities), [], 'baseline capabilities are not claimed');
    }),

    conformanceTest('META-003', 'every capability of the contract is claimed', async ({ meta }) => {
      checkEqual(missingFrom(meta.capabilities, capabilities), [], 'capabilities of the contract are not claimed');
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
      const unclaimed = capabilities.filter((capability) => !meta.capabilities.includes(capability));
      if (unclaimed.length === 0) skip('The target claims every capability, so there is nothing it should refuse.');
      for (const capability of unclaimed) {
        for (const [operation, probe] of Object.entries(capabilityProbes[capability])) {
          const answer = await probe(client, ids);
          await api.settleStrayRun(answer);
          const action = `${operation} (capability "${capability}", not claimed)`;
          const problem = expectProblem(answer, 501, 'capability-unsupported', action);
          checkEqual(problem.capability, capability, `${action}: the problem does not name the capability`);
        }
      }
    }),
  ],
};
