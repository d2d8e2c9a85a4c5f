/**
 * Flagging through the platform: `Detector` objects, `run-flagging`, `Flag` objects with their
 * `reviews` links, and `review-flag`. A review whose answer is lost is confirmed by its request
 * key, never applied twice.
 */
import type { FlaggingV1, OperationContext } from '../../../src/adapter/index.js';
import type { FlagQuery } from '../../../src/contract/index.js';
import { collectAllPages } from '../../../src/connectors/index.js';
import { writeOnceConfirmed } from './receipts.js';
import { DetectorObject, FlagObject, FlagReviewObject } from '../model/objects.js';
import { flagCategories, reviewStates, severities } from '../model/vocabularies.js';
import { startRunAction } from './foundry-consolidation.js';
import { contractPage, newRequestKey, type FoundryContext } from './foundry-context.js';
import { detectorFrom, flagFrom, flaggingRequestPath, flaggingRunParameters, reviewParameters } from './mapping/flagging.js';
import { FOUNDRY_ADAPTER_ID } from './mapping/known.js';
import type { WhereClause } from './ontology-client.js';
import type { z } from 'zod';

const reviewRequestPaths: Record<string, string> = { '/reviewState': '/status', '/disposition': '/outcome', '/notes': '/rationale' };

function flagWhere(query: FlagQuery): WhereClause | undefined {
  const conditions: WhereClause[] = [];
  if (query.status) conditions.push({ type: 'eq', field: 'reviewState', value: reviewStates.toSupplier(query.status) });
  if (query.detectorId) conditions.push({ type: 'eq', field: 'detectorKey', value: query.detectorId });
  if (query.subjectId) conditions.push({ type: 'contains', field: 'personKeys', value: query.subjectId });
  if (query.category) conditions.push({ type: 'eq', field: 'flagCategory', value: flagCategories.toSupplier(query.category) });
  if (query.severity) conditions.push({ type: 'eq', field: 'severity', value: severities.toSupplier(query.severity) });
  return conditions.length > 1 ? { type: 'and', value: conditions } : conditions[0];
}

/** The flagging concern. */
export function foundryFlagging(foundry: FoundryContext): FlaggingV1 {
  const { api, receiptChecks } = foundry;
  const call = (operation: string) => ({ adapter: FOUNDRY_ADAPTER_ID, operation });
  const noFlag = (flagId: string) => `No flag "${flagId}".`;

  /** A flag with its reviews; unreviewed flags need no link call. */
  const withReviews = async (object: z.output<typeof FlagObject>, context: OperationContext) => {
    const reviews =
      object.reviewCount === 0
        ? []
        : await collectAllPages(call('reading a flag’s reviews'), (token) =>
            api.listLinkedObjects('Flag', object.flagKey, 'reviews', FlagReviewObject, {
              pageToken: token,
              pageSize: 100,
              notFound: noFlag(object.flagKey),
              signal: context.signal,
            }),
          );
    return flagFrom(object, reviews);
  };
  const readFlag = async (flagId: string, context: OperationContext) =>
    withReviews(await api.getObject('Flag', flagId, FlagObject, noFlag(flagId), context.signal), context);

  return {
    async listDetectors(context) {
      const objects = await collectAllPages(call('listing detectors'), (token) => api.listObjects('Detector', DetectorObject, token, 100, context.signal));
      return objects.map(detectorFrom);
    },

    startRun: (request, context) =>
      startRunAction(
        foundry,
        (requestKey) =>
          api.applyAction('run-flagging', flaggingRunParameters(request, requestKey), { renamePath: flaggingRequestPath, signal: context.signal }),
        context,
      ),

    listFlags(query, page, context) {
      const where = flagWhere(query);
      return contractPage(
        'listing flags',
        page,
        (token, size) =>
          where ? api.searchObjects('Flag', where, FlagObject, token, size, context.signal) : api.listObjects('Flag', FlagObject, token, size, context.signal),
        (object) => withReviews(object, context),
      );
    },

    getFlag: readFlag,

    async reviewFlag(flagId, review, context) {
      const requestKey = newRequestKey();
      await writeOnceConfirmed(
        {
          write: async () => {
            await api.applyAction('review-flag', reviewParameters(flagId, review, context.actor, requestKey), {
              notFound: noFlag(flagId),
              renamePath: (path) => reviewRequestPaths[path] ?? path,
              signal: context.signal,
            });
            return true;
          },
          confirm: async () => {
            const found = await api.searchObjects(
              'FlagReview',
              { type: 'eq', field: 'requestKey', value: requestKey },
              FlagReviewObject,
              undefined,
              1,
              context.signal,
            );
            return found.items.length > 0 ? true : undefined;
          },
        },
        receiptChecks,
        context.signal,
      );
      return readFlag(flagId, context);
    },
  };
}
