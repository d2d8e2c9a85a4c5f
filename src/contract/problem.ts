/**
 * RFC 9457 problem details: the one error format of the contract. Each kind of error has a stable
 * `type` URI so that clients can branch on it without parsing prose.
 */
import { z } from 'zod';

/**
 * Every error kind the contract defines: the HTTP status it is answered with, its title, and when
 * it happens. This is the registry published in the OpenAPI document (`x-plumbline-problem-types`
 * on `Problem`) and in docs/problem-types.md; a kind is never removed or given another status in v1.
 */
export const problemKinds = {
  'validation-failed': {
    status: 400,
    title: 'The request is not valid',
    meaning: 'A path, query, header or body field is invalid or missing (`errors` names each), or the request line is malformed.',
  },
  unauthenticated: {
    status: 401,
    title: 'Authentication is required',
    meaning: 'No bearer token, or one that is expired, wrongly signed or for another audience.',
  },
  forbidden: { status: 403, title: 'This role may not do that', meaning: 'The token is valid but carries no role the operation allows.' },
  'not-found': { status: 404, title: 'No such resource', meaning: 'No resource has that id (or no route that path); never answered with another resource.' },
  'request-timeout': { status: 408, title: 'The request took too long to arrive', meaning: 'The client did not send the whole request in time.' },
  conflict: {
    status: 409,
    title: 'The request conflicts with the current state',
    meaning: 'A contradictory override, an invalid review transition, or an import into a target that holds data.',
  },
  'payload-too-large': {
    status: 413,
    title: 'The request is too large',
    meaning: 'The body is over the size limit, or a batch holds more than `maxBatchRecords` records.',
  },
  'uri-too-long': { status: 414, title: 'The request path is too long', meaning: 'A path segment is over 1,000 characters (ids hold at most 200).' },
  'unsupported-media-type': {
    status: 415,
    title: 'Unsupported content type',
    meaning: 'The body is not in the content type the operation takes (JSON, or NDJSON for imports).',
  },
  unprocessable: { status: 422, title: 'The request cannot be processed', meaning: 'The request is well formed but the adapter cannot act on it.' },
  'rate-limited': { status: 429, title: 'Too many requests', meaning: 'The caller is over its rate limit; retry after `Retry-After` seconds.' },
  'headers-too-large': {
    status: 431,
    title: 'The request headers are too large',
    meaning: 'The request’s headers are over the server’s limit (16 KiB on the Plumbline gateway).',
  },
  internal: { status: 500, title: 'Internal error', meaning: 'The server failed; the error is logged with the request id.' },
  'capability-unsupported': {
    status: 501,
    title: 'This adapter does not offer that capability',
    meaning: 'The operation belongs to a capability the adapter does not claim in `GET /v1/meta`; `capability` names it.',
  },
  'adapter-contract-violation': {
    status: 502,
    title: 'The adapter answered something that breaks the contract',
    meaning: 'The adapter’s answer failed the gateway’s validation; `errors` says where.',
  },
  'upstream-failure': { status: 502, title: 'The supplier platform failed', meaning: 'The supplier platform behind the adapter answered an error.' },
  'upstream-unavailable': {
    status: 503,
    title: 'The supplier platform is unavailable',
    meaning: 'The adapter or its platform cannot serve now; `Retry-After` may say when to retry.',
  },
  'upstream-timeout': {
    status: 504,
    title: 'The supplier platform did not answer in time',
    meaning: 'The platform behind the adapter did not answer within the deadline.',
  },
} as const satisfies Record<string, { status: number; title: string; meaning: string }>;

export type ProblemKind = keyof typeof problemKinds;

/** The stable `type` URI of a problem kind. */
export function problemType(kind: ProblemKind): string {
  return `urn:plumbline:problem:${kind}`;
}

export const ProblemFieldError = z
  .object({
    path: z.string().describe('Where the problem is, as a JSON-pointer-like path such as `/records/3/identity/dateOfBirth`.'),
    message: z.string().describe('What is wrong there.'),
  })
  .meta({
    id: 'ProblemFieldError',
    description: 'One invalid field of a request or of an adapter answer.',
    examples: [{ path: '/records/0/occurredAt', message: 'Invalid ISO datetime' }],
  });

/** The registry as published: one entry per kind, in the order above. */
export function problemRegistry() {
  return Object.entries(problemKinds).map(([kind, { status, title, meaning }]) => ({ type: problemType(kind as ProblemKind), status, title, meaning }));
}

/**
 * The most field errors the gateway reports in one answer: enough to fix a request, never
 * megabytes of them. Not a bound in the document, as for `MAX_RECORD_ERRORS`.
 */
export const MAX_REPORTED_ERRORS = 100;

export const Problem = z
  .object({
    type: z.string().describe('A stable URI for the kind of problem, such as `urn:plumbline:problem:not-found`.'),
    title: z.string().describe('A short summary of the kind of problem.'),
    status: z.number().int().min(400).max(599).describe('The HTTP status code.'),
    detail: z.string().optional().describe('What went wrong in this occurrence, in plain language.'),
    instance: z.string().optional().describe('The request path this problem occurred on.'),
    // Not bounded in the schema: an adapter's problems pass through; the gateway's own list at most this many.
    errors: z
      .array(ProblemFieldError)
      .optional()
      .describe(
        `Each invalid field, when the problem is about input or an adapter answer. The gateway's own problems list the first ${MAX_REPORTED_ERRORS} when there are more (\`detail\` then says how many there were).`,
      ),
    capability: z.string().optional().describe('For `capability-unsupported`: the capability the adapter does not claim.'),
    adapter: z.string().optional().describe('For adapter and upstream problems: the adapter that caused it.'),
    retryable: z.boolean().optional().describe('Whether repeating the same request later may succeed.'),
  })
  .meta({
    id: 'Problem',
    description: [
      'RFC 9457 problem details, served as `application/problem+json`. `type` is one of the registered kinds below',
      '(also machine-readable in `x-plumbline-problem-types`); clients branch on it, never on `title` or `detail`.',
      'New kinds may be added within v1; a kind is never removed nor answered with another status.',
      '',
      '| type | status | when |',
      '|---|---|---|',
      ...problemRegistry().map((entry) => `| \`${entry.type}\` | ${entry.status} | ${entry.meaning} |`),
    ].join('\n'),
    'x-plumbline-problem-types': problemRegistry(),
    examples: [
      {
        type: 'urn:plumbline:problem:not-found',
        title: 'No such resource',
        status: 404,
        detail: 'No subject with id "subj-404".',
        instance: '/v1/subjects/subj-404',
      },
    ],
  });
export type Problem = z.output<typeof Problem>;
