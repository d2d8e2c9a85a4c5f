/**
 * Gives every error response of the document its own example, as the gateway would answer it on
 * that operation: the 403 names the operation's roles, the 501 its capability, the 404 its
 * resource, the 400 the missing justification where one is required. Without this, every error
 * of every operation showed the one example of the `Problem` schema (a 404).
 *
 * The examples are built from the same tables the gateway enforces (`operations`, `problemKinds`)
 * and are checked against the `Problem` schema by the contract document test.
 */
import type { OpenAPIV3_1 } from 'openapi-types';
import { problemKinds, problemType, type Problem, type ProblemKind } from '../contract/problem.js';
import { roles } from '../contract/index.js';
import { needsJustification, operations, type OperationId, type OperationPolicy } from './operations.js';
import { PROBLEM_CONTENT_TYPE } from './problem-details.js';
import { JSON_CONTENT_TYPE, missingBodyText, unsupportedMediaTypeText } from './body-problems.js';

interface Where {
  readonly path: string;
  readonly operationId?: string;
  readonly policy?: OperationPolicy;
  /** The request body's content type, when the operation takes one. */
  readonly consumes?: string;
}

function problem(kind: ProblemKind, detail: string, where: Where, extras: Partial<Problem> = {}): Problem {
  const { status, title } = problemKinds[kind];
  // A path with parameters has no one instance; a fixed path is its own.
  const instance = where.path.includes('{') ? {} : { instance: where.path };
  return { type: problemType(kind), title, status, detail, ...instance, ...extras };
}

/** The resource a path names last: `/v1/subjects/{subjectId}/links` → `subject`. */
function resourceOf(path: string): string {
  const parameter = [...path.matchAll(/\{(\w+?)(Id)?\}/g)].at(-1)?.[1];
  return parameter ? parameter.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`) : 'resource';
}

/** A 400 for a malformed path or query parameter, as the validator words it. */
function invalidParameter(where: Where): Problem {
  const parameter = [...where.path.matchAll(/\{(\w+)\}/g)].at(-1)?.[1];
  const [path, message] = parameter
    ? [`/params/${parameter}`, 'Too big: expected string to have <=200 characters']
    : ['/querystring/limit', 'Too big: expected number to be <=500'];
  return problem('validation-failed', `Invalid ${parameter ? 'params' : 'querystring'}: ${path} ${message}.`, where, { errors: [{ path, message }] });
}

const examples: Record<number, (where: Where) => Problem> = {
  400: (where) =>
    where.policy && needsJustification(where.policy)
      ? problem(
          'validation-failed',
          'This request reads personal data: send a Plumbline-Justification header with the purpose or case reference (1 to 200 printable characters).',
          where,
          { errors: [{ path: '/headers/plumbline-justification', message: 'required' }] },
        )
      : where.consumes
        ? problem('validation-failed', missingBodyText(false), where, { errors: [{ path: '/body', message: 'a JSON object is required' }] })
        : invalidParameter(where),
  401: (where) => problem('unauthenticated', 'Send a bearer token: `Authorization: Bearer <JWT>`.', where),
  403: (where) => {
    const allowed = where.policy?.roles ?? [];
    const held = roles.find((role) => !allowed.includes(role));
    return problem(
      'forbidden',
      `The token carries ${held ? `the role ${held}` : 'no known role'}; ${allowed.length ? `only ${allowed.join(', ')} may` : 'no role may'} call ${where.operationId}.`,
      where,
    );
  },
  404: (where) => {
    const resource = resourceOf(where.path);
    return problem('not-found', `No ${resource} with id "${resource.split(' ')[0]}-404".`, where);
  },
  408: (where) => problem('request-timeout', 'The request body did not arrive in time; send it again.', where),
  409: (where) => problem('conflict', 'The request conflicts with the current state; read the resource again and retry with what it holds now.', where),
  413: (where) => problem('payload-too-large', 'The body is larger than this operation accepts; send fewer items a request.', where),
  414: (where) => problem('uri-too-long', 'A path segment is over 1,000 characters; ids hold at most 200.', where),
  415: (where) => problem('unsupported-media-type', unsupportedMediaTypeText(where.consumes ?? JSON_CONTENT_TYPE, 'text/plain'), where),
  422: (where) => problem('unprocessable', 'The request is well formed but cannot be processed as it stands.', where),
  429: (where) =>
    problem('rate-limited', 'Too many requests from this caller; retry after the number of seconds in `Retry-After`.', where, { retryable: true }),
  431: (where) => problem('headers-too-large', 'The request headers are over 16 KiB; send a shorter token or fewer headers.', where),
  500: (where) => problem('internal', 'The gateway failed while serving this request; the error is logged with the request id.', where),
  501: (where) =>
    problem('capability-unsupported', `The "acme" adapter does not offer ${where.policy?.capability ?? 'this capability'}.`, where, {
      capability: where.policy?.capability ?? undefined,
      adapter: 'acme',
    }),
  502: (where) =>
    problem('adapter-contract-violation', 'The "acme" adapter answered something that breaks the contract at /items/0/severity (Invalid option).', where, {
      adapter: 'acme',
      retryable: false,
      errors: [{ path: '/items/0/severity', message: 'Invalid option: expected one of "low"|"medium"|"high"' }],
    }),
  503: (where) => problem('upstream-unavailable', 'The supplier platform is unavailable; retry later.', where, { adapter: 'acme', retryable: true }),
  504: (where) => problem('upstream-timeout', 'The supplier platform did not answer in time.', where, { adapter: 'acme', retryable: true }),
};

/** Sets an example on every problem response of the document, for its status and operation. */
export function exampleProblems(document: OpenAPIV3_1.Document): OpenAPIV3_1.Document {
  for (const [path, pathItem] of Object.entries(document.paths ?? {})) {
    for (const operation of Object.values(pathItem ?? {}) as OpenAPIV3_1.OperationObject[]) {
      if (typeof operation !== 'object' || !operation.responses) continue;
      const id = operation.operationId;
      const policy = id && id in operations ? operations[id as OperationId] : undefined;
      const body = operation.requestBody as OpenAPIV3_1.RequestBodyObject | undefined;
      const where: Where = { path, operationId: id, policy, consumes: body?.content ? Object.keys(body.content)[0] : undefined };
      for (const [status, response] of Object.entries(operation.responses) as [string, OpenAPIV3_1.ResponseObject][]) {
        const media = response.content?.[PROBLEM_CONTENT_TYPE];
        const example = examples[Number(status)];
        if (media && example) media.example = example(where);
      }
    }
  }
  return document;
}
