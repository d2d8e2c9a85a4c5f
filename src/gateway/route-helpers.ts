/** Small pieces every route file uses. */
import { z } from 'zod';
import type { PlumblineAdapterV1 } from '../adapter/adapter-v1.js';
import { PlumblineError } from '../adapter/errors.js';
import { OpaqueId, Problem, problemKinds } from '../contract/index.js';
import { PROBLEM_CONTENT_TYPE } from './problem-details.js';

type Concern = 'sources' | 'consolidation' | 'flagging' | 'runs' | 'portability';

/**
 * The adapter's implementation of a concern, typed as present. `buildGateway` refuses an adapter
 * whose claimed capabilities lack their concerns, and the capability check has passed, so the 502
 * here is only for an adapter that drops a concern after it was built.
 */
export function concern<Name extends Concern>(adapter: PlumblineAdapterV1, name: Name): NonNullable<PlumblineAdapterV1[Name]> {
  const implementation = adapter[name];
  if (!implementation) {
    throw new PlumblineError('adapter-contract-violation', `The "${adapter.identity.id}" adapter claims a capability but has no "${name}" implementation.`, {
      adapter: adapter.identity.id,
    });
  }
  return implementation as NonNullable<PlumblineAdapterV1[Name]>;
}

const statusDescriptions: Record<number, string> = {
  400: 'The request is invalid, or a required `Plumbline-Justification` header is missing; `errors` names each invalid field.',
  401: 'No valid bearer token was sent.',
  403: 'The token’s roles do not include one this operation allows.',
  404: 'No such resource.',
  409: 'The request conflicts with the current state.',
  413: 'The body is larger than the operation accepts.',
  415: 'The body is not of a content type the operation accepts.',
  429: 'Too many requests from this caller; retry after `Retry-After` seconds.',
  501: 'The adapter does not offer this capability.',
  502: 'The adapter or its supplier platform answered something invalid or failed.',
  503: 'The adapter or its supplier platform is unavailable.',
};

/** Problem responses for a route's schema, documented as `application/problem+json`. */
export function problemResponses(...statuses: (keyof typeof statusDescriptions & number)[]) {
  const responses: Record<number, { description: string; content: Record<string, { schema: typeof Problem }> }> = {};
  for (const status of statuses) {
    responses[status] = {
      description: statusDescriptions[status] ?? Object.values(problemKinds).find((kind) => kind.status === status)?.title ?? 'Problem',
      content: { [PROBLEM_CONTENT_TYPE]: { schema: Problem } },
    };
  }
  return responses;
}

/** The errors any route that calls the adapter may answer. */
export const adapterProblems = [400, 401, 403, 429, 501, 502, 503] as const;

/** What Fastify answers for any PUT, POST or DELETE with a body too large or of a type it does not parse. */
export const bodyProblems = [413, 415] as const;

export const SourcePath = z.object({ sourceId: OpaqueId.describe('The source’s id.') });
export const RecordPath = SourcePath.extend({ recordId: OpaqueId.describe('The record’s id in that source.') });
export const RunPath = z.object({ runId: OpaqueId });
export const SubjectPath = z.object({ subjectId: OpaqueId });
export const OverridePath = z.object({ overrideId: OpaqueId });
export const FlagPath = z.object({ flagId: OpaqueId });
