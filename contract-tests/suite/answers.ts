/**
 * Checks on what the target answered through the typed client: the status, the body's shape
 * against the contract's schemas, and problem details. Every check fails with the observed and
 * expected values, so a report can show them side by side.
 */
import type { z } from 'zod';
import { problemKinds, problemType, type Problem, type ProblemKind } from '../../src/contract/index.js';
import { ConformanceFailure, DeclinedCapability, describeValue } from './failure.js';

/** What openapi-fetch resolves to for any call. */
export interface Answer<Data = unknown> {
  readonly data?: Data;
  readonly error?: unknown;
  readonly response: Response;
}

/** The status and body of an answer, as failure messages show them. */
export function describeAnswer(answer: Answer): string {
  return `${answer.response.status} ${describeValue(answer.error ?? answer.data, 400)}`;
}

/** The body of an answer that has the expected status; fails otherwise. */
export function expectStatus<Data>(answer: Answer<Data>, status: number | readonly number[], action: string): Data {
  const allowed = typeof status === 'number' ? [status] : status;
  if (!allowed.includes(answer.response.status)) {
    const message = `${action}: answered ${answer.response.status}`;
    const declined = declinedCapability(answer);
    if (declined !== undefined) throw new DeclinedCapability(message, declined, describeAnswer(answer), `status ${allowed.join(' or ')}`);
    throw new ConformanceFailure(message, describeAnswer(answer), `status ${allowed.join(' or ')}`);
  }
  return answer.data as Data;
}

/** The capability a 501 `capability-unsupported` problem names, if the answer is one. */
function declinedCapability(answer: Answer): string | undefined {
  const body = answer.error as Partial<Problem> | undefined;
  if (answer.response.status !== 501 || body?.type !== problemType('capability-unsupported')) return undefined;
  return typeof body.capability === 'string' ? body.capability : undefined;
}

const registeredStatus = new Map(Object.entries(problemKinds).map(([kind, { status }]) => [problemType(kind as ProblemKind), status]));

/**
 * Checks a refusal: its status, and that it is a problem any client can branch on (RFC 9457 as
 * `application/problem+json`, a registered `type` of that status, a title, the same `status`).
 * ERR-001 promises this of every error, so every refusal the suite provokes checks it.
 */
export function expectRefusal(answer: Answer, status: number, action: string): Problem {
  if (answer.response.status !== status) {
    throw new ConformanceFailure(
      `${action}: answered ${answer.response.status} instead of refusing with ${status}`,
      describeAnswer(answer),
      `status ${status}`,
    );
  }
  const contentType = answer.response.headers.get('content-type') ?? '';
  if (!contentType.startsWith('application/problem+json')) {
    throw new ConformanceFailure(
      `${action}: the ${status} answer is not application/problem+json`,
      contentType || '(no content type)',
      'application/problem+json',
    );
  }
  const body = answer.error as Partial<Problem> | undefined;
  const observed = { type: body?.type, status: body?.status, title: typeof body?.title === 'string' ? '(a string)' : body?.title };
  const typeStatus = typeof body?.type === 'string' ? registeredStatus.get(body.type) : undefined;
  if (typeStatus !== status || body?.status !== status || observed.title !== '(a string)') {
    throw new ConformanceFailure(`${action}: the ${status} answer is not a problem of a registered kind with that status`, observed, {
      type: `a registered urn:plumbline:problem: kind answered with ${status}`,
      status,
      title: '(a string)',
    });
  }
  return body as Problem;
}

/** Checks an error answer is a complete RFC 9457 problem of the given kind. */
export function expectProblem(answer: Answer, status: number, kind: ProblemKind, action: string): Problem {
  const body = expectRefusal(answer, status, action);
  if (body.type !== problemType(kind)) {
    throw new ConformanceFailure(`${action}: the problem is not of the kind expected`, { type: body.type }, { type: problemType(kind) });
  }
  return body;
}

/** Parses a body with the contract's schema, failing with the first mismatch. */
export function parseAs<Schema extends z.ZodType>(schema: Schema, body: unknown, what: string): z.output<Schema> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new ConformanceFailure(`${what} does not match the contract: /${issue.path.join('/')} ${issue.message}`, describeValue(body, 400), `a valid ${what}`);
}
