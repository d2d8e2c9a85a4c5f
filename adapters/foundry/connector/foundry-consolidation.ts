/**
 * Consolidation through the platform: `run-consolidation`, persons and their links, and link
 * overrides. The platform has no redirects: a subject merged away is found by searching persons
 * whose `mergedKeys` contain its id.
 */
import { errors, type ConsolidationV1, type OperationContext } from '../../../src/adapter/index.js';
import type { Run } from '../../../src/contract/index.js';
import { collectAllPages, failMalformed } from '../../../src/connectors/index.js';
import { LinkOverrideObject, MatchEvidenceObject, PipelineRunObject, PlumblinePersonObject, SourceRecordObject } from '../model/objects.js';
import { runModes } from '../model/vocabularies.js';
import { contractPage, newRequestKey, type FoundryContext } from './foundry-context.js';
import { linkFrom, overrideFrom, overrideParameters, subjectFrom, subjectSummaryFrom } from './mapping/consolidation.js';
import { FOUNDRY_ADAPTER_ID } from './mapping/known.js';
import { runFrom } from './mapping/flagging.js';
import { addedKey, type OntologyClient, type WhereClause } from './ontology-client.js';
import { writeOnceConfirmed } from './receipts.js';

/**
 * Starts a run through an action carrying a request key. The run is found by that key when the
 * answer is lost, or when the platform did not itemise the action's edits (`largeScaleEdits`).
 */
export async function startRunAction(
  { api, receiptChecks }: FoundryContext,
  apply: (requestKey: string) => ReturnType<OntologyClient['applyAction']>,
  context: OperationContext,
): Promise<Run> {
  const requestKey = newRequestKey();
  const byRequestKey = async () => {
    const found = await api.searchObjects(
      'PipelineRun',
      { type: 'eq', field: 'requestKey', value: requestKey },
      PipelineRunObject,
      undefined,
      1,
      context.signal,
    );
    return found.items[0] && runFrom(found.items[0]);
  };
  return writeOnceConfirmed(
    {
      write: async () => {
        const runKey = addedKey(await apply(requestKey), 'PipelineRun');
        if (runKey !== undefined) return runFrom(await api.getObject('PipelineRun', runKey, PipelineRunObject, undefined, context.signal));
        return (await byRequestKey()) ?? failUnfound('PipelineRun');
      },
      confirm: byRequestKey,
    },
    receiptChecks,
    context.signal,
  );
}

/** An applied action whose result cannot be found by the key it carried: the platform's fault. */
function failUnfound(objectType: string): never {
  return failMalformed(
    { adapter: FOUNDRY_ADAPTER_ID, operation: 'reading action results' },
    `the applied action's ${objectType} cannot be found by its request key`,
  );
}

/** The consolidation concern. */
export function foundryConsolidation(foundry: FoundryContext): ConsolidationV1 {
  const { api, receiptChecks } = foundry;
  const noSubject = (subjectId: string) => `No subject "${subjectId}".`;
  const call = { adapter: FOUNDRY_ADAPTER_ID, operation: 'reading a subject’s records' };

  return {
    startRun: (request, context) =>
      startRunAction(
        foundry,
        (requestKey) => api.applyAction('run-consolidation', { runMode: runModes.toSupplier(request.mode), requestKey }, { signal: context.signal }),
        context,
      ),

    listSubjects(query, page, context) {
      const conditions: WhereClause[] = [];
      // Both are array properties: `contains` matches an element, and the name search matches the
      // terms in order with the last one as a prefix (the replacement of the deprecated `startsWith`).
      if (query.name) conditions.push({ type: 'containsAllTermsInOrderPrefixLastTerm', field: 'knownNames', value: query.name });
      if (query.identifier) conditions.push({ type: 'contains', field: 'knownIdentifiers', value: query.identifier });
      const where: WhereClause | undefined = conditions.length > 1 ? { type: 'and', value: conditions } : conditions[0];
      return contractPage(
        'listing subjects',
        page,
        (token, size) =>
          where
            ? api.searchObjects('PlumblinePerson', where, PlumblinePersonObject, token, size, context.signal)
            : api.listObjects('PlumblinePerson', PlumblinePersonObject, token, size, context.signal),
        subjectSummaryFrom,
      );
    },

    async getSubject(subjectId, context) {
      const person = await api.findObject('PlumblinePerson', subjectId, PlumblinePersonObject, context.signal);
      if (person) {
        const records = await collectAllPages(call, (token) =>
          api.listLinkedObjects('PlumblinePerson', subjectId, 'personRecords', SourceRecordObject, {
            pageToken: token,
            pageSize: 100,
            notFound: noSubject(subjectId),
            signal: context.signal,
          }),
        );
        return { subject: subjectFrom(person, records) };
      }
      const survivors = await api.searchObjects(
        'PlumblinePerson',
        { type: 'contains', field: 'mergedKeys', value: subjectId },
        PlumblinePersonObject,
        undefined,
        1,
        context.signal,
      );
      const survivor = survivors.items[0];
      if (survivor) return { redirectTo: survivor.personKey };
      throw errors.notFound(noSubject(subjectId));
    },

    listLinks: (subjectId, page, context) =>
      contractPage(
        'listing links',
        page,
        (token, size) =>
          api.listLinkedObjects('PlumblinePerson', subjectId, 'matchEvidence', MatchEvidenceObject, {
            pageToken: token,
            pageSize: size,
            notFound: noSubject(subjectId),
            signal: context.signal,
          }),
        linkFrom,
      ),

    async createOverride(input, context) {
      const requestKey = newRequestKey();
      const byRequestKey = async () =>
        (await api.searchObjects('LinkOverride', { type: 'eq', field: 'requestKey', value: requestKey }, LinkOverrideObject, undefined, 1, context.signal))
          .items[0];
      const object = await writeOnceConfirmed(
        {
          write: async () => {
            const edits = await api.applyAction('create-link-override', overrideParameters(input, context.actor, requestKey), {
              notFound: 'One of the records does not exist.',
              renamePath: (path) => ({ '/leftRecord': '/left', '/rightRecord': '/right', '/justification': '/reason' })[path] ?? path,
              signal: context.signal,
            });
            const key = addedKey(edits, 'LinkOverride');
            if (key !== undefined) return api.getObject('LinkOverride', key, LinkOverrideObject, undefined, context.signal);
            return (await byRequestKey()) ?? failUnfound('LinkOverride');
          },
          confirm: byRequestKey,
        },
        receiptChecks,
        context.signal,
      );
      return overrideFrom(object);
    },

    listOverrides: (page, context) =>
      contractPage('listing overrides', page, (token, size) => api.listObjects('LinkOverride', LinkOverrideObject, token, size, context.signal), overrideFrom),

    async deleteOverride(overrideId, context) {
      await writeOnceConfirmed(
        {
          write: async () => {
            await api.applyAction('withdraw-link-override', { linkOverride: overrideId }, { notFound: `No override "${overrideId}".`, signal: context.signal });
            return true;
          },
          confirm: async () => ((await api.findObject('LinkOverride', overrideId, LinkOverrideObject, context.signal)) ? undefined : true),
        },
        receiptChecks,
        context.signal,
      );
    },
  };
}
