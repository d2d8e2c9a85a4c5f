/**
 * Checks on what the target answered through the typed client: the status, the body's shape
 * against the contract's schemas, and problem details. Every check fails with the observed and
 * expected values, so a report can show them side by side.
 */
import type { z } from 'zod';
import { problemType, type Problem, type ProblemKind } from '../../src/contract/index.js';
import { ConformanceFailure, describeValue } from './failure.js';

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
    throw new ConformanceFailure(`${action}: answered ${answer.response.status}`, describeAnswer(answer), `status ${allowed.join(' or ')}`);
  }
  return answer.data as Data;
}

/** Checks a refusal's status only; ERR-001 checks the problem format on its own. */
export function expectRefusal(answer: Answer, status: number, action: string): void {
  if (answer.response.status !== status) {
    throw new ConformanceFailure(`${action}: answered ${answer.response.status} instead of refusing with ${status}`, describeAnswer(answer), `status ${status}`);
  }
}

/** Checks an error answer is a complete RFC 9457 problem of the given kind. */
export function expectProblem(answer: Answer, status: number, kind: ProblemKind, action: string): Problem {
  expectRefusal(answer, status, action);
  const contentType = answer.response.headers.get('content-type') ?? '';
  if (!contentType.startsWith('application/problem+json')) {
    throw new ConformanceFailure(`${action}: the ${status} answer is not application/problem+json`, contentType || '(no content type)', 'application/problem+json');
  }
  const body = answer.error as Partial<Problem> | undefined;
  const expected = { type: problemType(kind), status, title: '(a string)' };
  const observed = { type: body?.type, status: body?.status, title: typeof body?.title === 'string' ? '(a string)' : body?.title };
  if (observed.type !== expected.type || observed.status !== status || observed.title !== expected.title) {
    throw new ConformanceFailure(`${action}: the problem does not state its kind and status`, observed, expected);
  }
  return body as Problem;
}

/** Parses a body with the contract's schema, failing with the first mismatch. */
export function parseAs<Schema extends z.ZodType>(schema: Schema, body: unknown, what: string): z.output<Schema> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new ConformanceFailure(`${what} does not match the contract: /${issue.path.join('/')} ${issue.message}`, describeValue(body, 400), `a valid ${what}`);
}
