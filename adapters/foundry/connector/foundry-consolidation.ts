/**
 * Consolidation through the platform: `run-consolidation`, persons and their links, and link
 * overrides. The platform has no redirects: a subject merged away is found by searching persons
 * whose `mergedKeys` contain its id.
 */
import { errors, type ConsolidationV1, type OperationContext } from '../../../src/adapter/index.js';
import type { Run } from '../../../src/contract/index.js';
import { collectAllPages, writeOnce } from '../../../src/connectors/index.js';
import { LinkOverrideObject, MatchEvidenceObject, PipelineRunObject, PlumblinePersonObject, SourceRecordObject } from '../ontology/objects.js';
import { runModes } from '../ontology/vocabularies.js';
import { contractPage, newRequestKey, type FoundryContext } from './foundry-context.js';
import { linkFrom, overrideFrom, overrideParameters, subjectFrom, subjectSummaryFrom } from './mapping/consolidation.js';
import { FOUNDRY_ADAPTER_ID } from './mapping/known.js';
import { runFrom } from './mapping/flagging.js';
import { addedKey, type OntologyClient, type WhereClause } from './ontology-client.js';

/** Starts a run through an action carrying a request key, confirming it by that key after a lost answer. */
export async function startRunAction(api: OntologyClient, apply: (requestKey: string) => ReturnType<OntologyClient['applyAction']>, context: OperationContext): Promise<Run> {
  const requestKey = newRequestKey();
  return writeOnce({
    write: async () => {
      const runKey = addedKey(await apply(requestKey), 'PipelineRun');
      return runFrom(await api.getObject('PipelineRun', runKey, PipelineRunObject, undefined, context.signal));
    },
    confirm: async () => {
      const found = await api.searchObjects('PipelineRun', { type: 'eq', field: 'requestKey', value: requestKey }, PipelineRunObject, undefined, 1, context.signal);
      return found.items[0] && runFrom(found.items[0]);
    },
  });
}

/** The consolidation concern. */
export function foundryConsolidation({ api }: FoundryContext): ConsolidationV1 {
  const noSubject = (subjectId: string) => `No subject "${subjectId}".`;
  const call = { adapter: FOUNDRY_ADAPTER_ID, operation: 'reading a subject’s records' };

  return {
    startRun: (request, context) => startRunAction(api, (requestKey) => api.applyAction('run-consolidation', { runMode: runModes.toSupplier(request.mode), requestKey }, { signal: context.signal }), context),

    listSubjects(query, page, context) {
      const conditions: WhereClause[] = [];
      if (query.name) conditions.push({ type: 'startsWith', field: 'knownNames', value: query.name });
      if (query.identifier) conditions.push({ type: 'eq', field: 'knownIdentifiers', value: query.identifier });
      const where: WhereClause | undefined = conditions.length > 1 ? { type: 'and', value: conditions } : conditions[0];
      return contractPage(
        'listing subjects',
        page,
        (token, size) =>
          where ? api.searchObjects('PlumblinePerson', where, PlumblinePersonObject, token, size, context.signal) : api.listObjects('PlumblinePerson', PlumblinePersonObject, token, size, context.signal),
        subjectSummaryFrom,
      );
    },

    async getSubject(subjectId, context) {
      const person = await api.findObject('PlumblinePerson', subjectId, PlumblinePersonObject, context.signal);
      if (person) {
        const records = await collectAllPages(call, (token) =>
          api.listLinkedObjects('PlumblinePerson', subjectId, 'personRecords', SourceRecordObject, { pageToken: token, pageSize: 100, notFound: noSubject(subjectId), signal: context.signal }),
        );
        return { subject: subjectFrom(person, records) };
      }
      const survivors = await api.searchObjects('PlumblinePerson', { type: 'contains', field: 'mergedKeys', value: subjectId }, PlumblinePersonObject, undefined, 1, context.signal);
      const survivor = survivors.items[0];
      if (survivor) return { redirectTo: survivor.personKey };
      throw errors.notFound(noSubject(subjectId));
    },

    listLinks: (subjectId, page, context) =>
      contractPage(
        'listing links',
        page,
        (token, size) => api.listLinkedObjects('PlumblinePerson', subjectId, 'matchEvidence', MatchEvidenceObject, { pageToken: token, pageSize: size, notFound: noSubject(subjectId), signal: context.signal }),
        linkFrom,
      ),

    async createOverride(input, context) {
      const requestKey = newRequestKey();
      const object = await writeOnce({
        write: async () => {
          const edits = await api.applyAction('create-link-override', overrideParameters(input, context.actor, requestKey), {
            notFound: 'One of the records does not exist.',
            renamePath: (path) => ({ '/leftRecord': '/left', '/rightRecord': '/right', '/justification': '/reason' })[path] ?? path,
            signal: context.signal,
          });
          return api.getObject('LinkOverride', addedKey(edits, 'LinkOverride'), LinkOverrideObject, undefined, context.signal);
        },
        confirm: async () => (await api.searchObjects('LinkOverride', { type: 'eq', field: 'requestKey', value: requestKey }, LinkOverrideObject, undefined, 1, context.signal)).items[0],
      });
      return overrideFrom(object);
    },

    listOverrides: (page, context) =>
      contractPage('listing overrides', page, (token, size) => api.listObjects('LinkOverride', LinkOverrideObject, token, size, context.signal), overrideFrom),

    async deleteOverride(overrideId, context) {
      await writeOnce({
        write: async () => {
          await api.applyAction('withdraw-link-override', { linkOverride: overrideId }, { notFound: `No override "${overrideId}".`, signal: context.signal });
          return true;
        },
        confirm: async () => ((await api.findObject('LinkOverride', overrideId, LinkOverrideObject, context.signal)) ? undefined : true),
      });
    },
  };
}
