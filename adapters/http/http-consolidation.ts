/** Consolidation over HTTP: runs, subjects, links, overrides and the possible-match queue, one contract call each. */
import type { ConsolidationV1, SubjectLookup } from '../../src/adapter/consolidation-v1.js';
import { errors } from '../../src/adapter/errors.js';
import { LinkCandidate, LinkExplanation, LinkOverride, Run, Subject, SubjectSummary } from '../../src/contract/index.js';
import { pageSchema, SubjectRedirect, withinPageLimit } from './answer-schemas.js';
import { failMalformed, parseSupplierAnswer } from '../../src/connectors/index.js';
import { remoteCall } from './remote-caller.js';
import type { RemoteCaller } from './remote-caller.js';

const SubjectPage = pageSchema(SubjectSummary);
const LinkPage = pageSchema(LinkExplanation);
const OverridePage = pageSchema(LinkOverride);
const CandidatePage = pageSchema(LinkCandidate);

export function httpConsolidation(caller: RemoteCaller, maxPageSize: number): ConsolidationV1 {
  const { client } = caller;
  return {
    // Not repeated once sent: a second run would be started (see the retry policy).
    startRun: (request, context) =>
      caller.value({ operation: 'startConsolidationRun', safety: 'unsafe', context }, Run, (init) =>
        client.POST('/v1/consolidation-runs', { body: request, ...init }),
      ),

    listSubjects: (query, page, context) =>
      caller.value({ operation: 'listSubjects', safety: 'idempotent', context }, SubjectPage, (init) =>
        client.GET('/v1/subjects', { params: { query: { ...withinPageLimit(page, maxPageSize), ...query } }, ...init }),
      ),

    async getSubject(subjectId, context): Promise<SubjectLookup> {
      const spec = { operation: 'getSubject', safety: 'idempotent', context, accept: [308] } as const;
      const answer = await caller.json(spec, (init) => client.GET('/v1/subjects/{subjectId}', { params: { path: { subjectId } }, ...init }));
      if (answer.status === 308) return parseSupplierAnswer(remoteCall(spec.operation), SubjectRedirect, answer.body ?? redirectFromLocation(answer.headers));
      if (answer.status !== 200) failMalformed(remoteCall(spec.operation), `the remote answered the unexpected status ${answer.status}`);
      return { subject: parseSupplierAnswer(remoteCall(spec.operation), Subject, answer.body) };
    },

    async listLinks(subjectId, page, context) {
      const spec = { operation: 'listSubjectLinks', safety: 'idempotent', context, accept: [308] } as const;
      const answer = await caller.json(spec, (init) =>
        client.GET('/v1/subjects/{subjectId}/links', { params: { path: { subjectId }, query: withinPageLimit(page, maxPageSize) }, ...init }),
      );
      // A merged id has no links of its own: not found here, and the gateway redirects as for the subject.
      if (answer.status === 308) throw errors.notFound(`Subject "${subjectId}" was merged into another.`);
      if (answer.status !== 200) failMalformed(remoteCall(spec.operation), `the remote answered the unexpected status ${answer.status}`);
      return parseSupplierAnswer(remoteCall(spec.operation), LinkPage, answer.body);
    },

    // Not repeated once sent: an override has a fresh id each time, so a repeat would record two.
    createOverride: (input, context) =>
      caller.value({ operation: 'createLinkOverride', safety: 'unsafe', context }, LinkOverride, (init) =>
        client.POST('/v1/link-overrides', { body: input, ...init }),
      ),

    listOverrides: (page, context) =>
      caller.value({ operation: 'listLinkOverrides', safety: 'idempotent', context }, OverridePage, (init) =>
        client.GET('/v1/link-overrides', { params: { query: withinPageLimit(page, maxPageSize) }, ...init }),
      ),

    // Reached only when the remote claims consolidation.candidates (the gateway answers 501 otherwise).
    listLinkCandidates: (page, context) =>
      caller.value({ operation: 'listLinkCandidates', safety: 'idempotent', context }, CandidatePage, (init) =>
        client.GET('/v1/link-candidates', { params: { query: withinPageLimit(page, maxPageSize) }, ...init }),
      ),

    async deleteOverride(overrideId, context) {
      await caller.json({ operation: 'deleteLinkOverride', safety: 'idempotent', context }, (init) =>
        client.DELETE('/v1/link-overrides/{overrideId}', { params: { path: { overrideId } }, ...init }),
      );
    },
  };
}

/** A 308 without a body still names the survivor in `Location`: `/v1/subjects/{id}`. */
function redirectFromLocation(headers: Headers): unknown {
  const location = headers.get('location');
  const last = location?.split('?')[0].split('/').filter(Boolean).pop();
  return last === undefined ? undefined : { redirectTo: decodeURIComponent(last) };
}
