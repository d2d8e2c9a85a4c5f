/**
 * Consolidation over casework persons and match rules. Person resolution is a job; persons and
 * links are plain reads; link overrides are match rules, created with an idempotency key so that
 * a retry cannot record one twice. Casework's integration API cannot search persons (search is a
 * feature of its own screens), so the connector does not claim `subjects.search`: the gateway
 * answers 501 for a filtered listing, and a filter reaching this code is refused the same way.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { ConsolidationV1 } from '../../../src/adapter/consolidation-v1.js';
import { errors } from '../../../src/adapter/errors.js';
import { CaseworkPerson, CaseworkPersonLink, CaseworkPersonSummary, linkFromPersonLink, lookupFromPerson, subjectSummaryFromPerson } from '../model/persons.js';
import { runFromJob } from '../model/jobs.js';
import { CaseworkMatchRule, matchRuleInputFromRequest, overrideFromMatchRule } from '../model/match-rules.js';
import { resolveScopes } from '../model/vocabularies.js';
import type { CaseworkApi } from './casework-api.js';
import type { BulkJobs } from './bulk-jobs.js';
import { readPage } from './list-pages.js';

const personPath = (subjectId: string) => `/api/v3/persons/${encodeURIComponent(subjectId)}`;
const rulePath = (overrideId: string) => `/api/v3/match-rules/${encodeURIComponent(overrideId)}`;

export function caseworkConsolidation(api: CaseworkApi, jobs: BulkJobs): ConsolidationV1 {
  return {
    async startRun(request, context) {
      return runFromJob(await jobs.create('resolve_persons', { parameters: { scope: resolveScopes.toSupplier(request.mode) } }, context.signal));
    },

    async listSubjects(query, page, context) {
      if (query.name !== undefined || query.identifier !== undefined) throw errors.unsupported('subjects.search', 'casework');
      return readPage(
        api,
        { path: '/api/v3/persons', operation: 'listing persons', item: CaseworkPersonSummary, signal: context.signal },
        page,
        subjectSummaryFromPerson,
      );
    },

    async getSubject(subjectId, context) {
      return lookupFromPerson(
        await api.body({
          method: 'GET',
          path: personPath(subjectId),
          operation: 'reading a person',
          clientFaults: [404],
          answer: CaseworkPerson,
          signal: context.signal,
        }),
      );
    },

    listLinks: (subjectId, page, context) =>
      readPage(
        api,
        { path: `${personPath(subjectId)}/links`, operation: 'listing person links', clientFaults: [404], item: CaseworkPersonLink, signal: context.signal },
        page,
        linkFromPersonLink,
      ),

    async createOverride(input, context) {
      const rule = await api.body({
        method: 'POST',
        path: '/api/v3/match-rules',
        operation: 'creating a match rule',
        json: matchRuleInputFromRequest(input, context.actor),
        idempotencyKey: randomUUID(),
        clientFaults: [404, 409],
        answer: CaseworkMatchRule,
        signal: context.signal,
      });
      return overrideFromMatchRule(rule);
    },

    listOverrides: (page, context) =>
      readPage(
        api,
        { path: '/api/v3/match-rules', operation: 'listing match rules', item: CaseworkMatchRule, signal: context.signal },
        page,
        overrideFromMatchRule,
      ),

    async deleteOverride(overrideId, context) {
      await api.body({
        method: 'DELETE',
        path: rulePath(overrideId),
        operation: 'withdrawing a match rule',
        idempotencyKey: randomUUID(),
        clientFaults: [404],
        answer: z.object({ rule_ref: z.string() }),
        signal: context.signal,
      });
    },
  };
}
