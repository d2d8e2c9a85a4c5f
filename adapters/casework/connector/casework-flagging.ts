/**
 * Flagging over casework rules, flags and cases. Rule evaluation is a job; a review is a case
 * action sent with an idempotency key, so that a retry after a lost answer replays the first
 * answer instead of applying the step twice (or failing with a false 409).
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { FlaggingV1 } from '../../../src/adapter/flagging-v1.js';
import { caseActionFromReview, CaseworkFlag, flagFilterFromQuery, flagFromCaseworkFlag } from '../model/flags.js';
import { CaseworkRule, detectorFromRule, evaluateRulesParameters } from '../model/rules.js';
import { runFromJob } from '../model/jobs.js';
import type { CaseworkApi } from './casework-api.js';
import type { BulkJobs } from './bulk-jobs.js';
import { readPage } from './list-pages.js';

const flagPath = (flagId: string) => `/api/v3/flags/${encodeURIComponent(flagId)}`;

export function caseworkFlagging(api: CaseworkApi, jobs: BulkJobs): FlaggingV1 {
  return {
    async listDetectors(context) {
      const rules = await api.body({
        method: 'GET',
        path: '/api/v3/rules',
        operation: 'listing rules',
        answer: z.object({ data: z.array(CaseworkRule) }),
        signal: context.signal,
      });
      return rules.data.map(detectorFromRule);
    },

    async startRun(request, context) {
      return runFromJob(await jobs.create('evaluate_rules', { parameters: evaluateRulesParameters(request) }, context.signal));
    },

    listFlags: (query, page, context) =>
      readPage(
        api,
        { path: '/api/v3/flags', operation: 'listing flags', query: flagFilterFromQuery(query), item: CaseworkFlag, signal: context.signal },
        page,
        flagFromCaseworkFlag,
      ),

    async getFlag(flagId, context) {
      return flagFromCaseworkFlag(
        await api.body({
          method: 'GET',
          path: flagPath(flagId),
          operation: 'reading a flag',
          clientFaults: [404],
          answer: CaseworkFlag,
          signal: context.signal,
        }),
      );
    },

    async reviewFlag(flagId, review, context) {
      const flag = await api.body({
        method: 'POST',
        path: `${flagPath(flagId)}/case/actions`,
        operation: 'acting on a flag case',
        clientFaults: [404, 409],
        json: caseActionFromReview(review, context.actor),
        idempotencyKey: randomUUID(),
        answer: CaseworkFlag,
        signal: context.signal,
      });
      return flagFromCaseworkFlag(flag);
    },
  };
}
