/**
 * Completes what the document says each operation answers, from facts the route schemas cannot
 * carry: the capability it belongs to (and so whether it can answer 501), and the headers that
 * come with some statuses. Clients and fuzzers read these instead of guessing:
 *
 * - `x-plumbline-capability` on every operation: the capability named in `GET /v1/meta` that it
 *   needs, or null for operations every target answers (meta, runs, the audit trail, health).
 * - `Location` on 201/202/308, `Retry-After` on 429 and 503, `WWW-Authenticate` on 401.
 * - The refusals of the HTTP layer, before any route (src/gateway/router-errors.ts,
 *   connection-limits.ts): 408 and 431 on every operation, 414 on those with path parameters.
 */
import type { OpenAPIV3_1 } from 'openapi-types';
import { operations, type OperationId } from './operations.js';

type Header = OpenAPIV3_1.HeaderObject;
const text = (description: string, required: boolean): Header => ({ description, required, schema: { type: 'string' } });

const headersByStatus: Record<string, Record<string, Header>> = {
  '202': { Location: text('The run to poll: `/v1/runs/{runId}`.', true) },
  '308': { Location: text('Where the resource now is: the surviving subject.', true) },
  '401': { 'WWW-Authenticate': text('`Bearer`, with `error="invalid_token"` when a token was sent but refused (RFC 6750).', true) },
  '429': { 'Retry-After': text('Seconds to wait before retrying.', true) },
  '503': { 'Retry-After': text('Seconds to wait before retrying, when the adapter knows.', false) },
};

const problem = (description: string): OpenAPIV3_1.ResponseObject => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

/** Operations whose 201 names the created resource in `Location`. */
const locatedCreations = new Set<string>(['createLinkOverride']);

/** What an operation without a capability says about 501, for people reading the docs page. */
const everyTarget = 'Belongs to no capability: every target answers it, never with 501.';

export function completeResponses(document: OpenAPIV3_1.Document): OpenAPIV3_1.Document {
  for (const pathItem of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(pathItem ?? {}) as (OpenAPIV3_1.OperationObject & Record<string, unknown>)[]) {
      const id = operation.operationId;
      const policy = id && id in operations ? operations[id as OperationId] : undefined;
      operation['x-plumbline-capability'] = policy?.capability ?? null;
      if (!policy?.capability && policy) operation.description = operation.description ? `${operation.description}\n\n${everyTarget}` : everyTarget;
      const responses = (operation.responses ??= {});
      if ((operation.parameters ?? []).some((parameter) => 'in' in parameter && parameter.in === 'path')) {
        responses['414'] ??= problem('A path segment is longer than 1,000 characters.');
      }
      responses['408'] ??= problem('The request did not arrive whole within the request timeout (`PLUMBLINE_REQUEST_TIMEOUT`); send it again.');
      responses['431'] ??= problem('The request headers are larger than the server accepts.');
      for (const [status, response] of Object.entries(responses) as [string, OpenAPIV3_1.ResponseObject][]) {
        const headers =
          status === '201' ? (locatedCreations.has(id ?? '') ? { Location: text('The created resource.', true) } : undefined) : headersByStatus[status];
        if (headers) response.headers = { ...response.headers, ...headers };
      }
    }
  }
  return document;
}
