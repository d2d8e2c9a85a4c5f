/**
 * RFC 9457 problem details: the one error format of the contract. Each kind of error has a stable
 * `type` URI so that clients can branch on it without parsing prose.
 */
import { z } from 'zod';

/** Every error kind the contract defines, with the HTTP status it is answered with. */
export const problemKinds = {
  'validation-failed': { status: 400, title: 'The request is not valid' },
  unauthenticated: { status: 401, title: 'Authentication is required' },
  forbidden: { status: 403, title: 'This role may not do that' },
  'not-found': { status: 404, title: 'No such resource' },
  conflict: { status: 409, title: 'The request conflicts with the current state' },
  'payload-too-large': { status: 413, title: 'The request is too large' },
  'unsupported-media-type': { status: 415, title: 'Unsupported content type' },
  unprocessable: { status: 422, title: 'The request cannot be processed' },
  'rate-limited': { status: 429, title: 'Too many requests' },
  internal: { status: 500, title: 'Internal error' },
  'capability-unsupported': { status: 501, title: 'This adapter does not offer that capability' },
  'adapter-contract-violation': { status: 502, title: 'The adapter answered something that breaks the contract' },
  'upstream-failure': { status: 502, title: 'The supplier platform failed' },
  'upstream-unavailable': { status: 503, title: 'The supplier platform is unavailable' },
  'upstream-timeout': { status: 504, title: 'The supplier platform did not answer in time' },
} as const satisfies Record<string, { status: number; title: string }>;

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

export const Problem = z
  .object({
    type: z.string().describe('A stable URI for the kind of problem, such as `urn:plumbline:problem:not-found`.'),
    title: z.string().describe('A short summary of the kind of problem.'),
    status: z.number().int().min(400).max(599).describe('The HTTP status code.'),
    detail: z.string().optional().describe('What went wrong in this occurrence, in plain language.'),
    instance: z.string().optional().describe('The request path this problem occurred on.'),
    errors: z.array(ProblemFieldError).optional().describe('Each invalid field, when the problem is about input or an adapter answer.'),
    capability: z.string().optional().describe('For `capability-unsupported`: the capability the adapter does not claim.'),
    adapter: z.string().optional().describe('For adapter and upstream problems: the adapter that caused it.'),
    retryable: z.boolean().optional().describe('Whether repeating the same request later may succeed.'),
  })
  .meta({
    id: 'Problem',
    description: 'RFC 9457 problem details, served as `application/problem+json`.',
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
