/**
 * Turns anything thrown while serving a request into RFC 9457 problem details. This is the only
 * place that decides status codes for errors, so every route answers errors the same way.
 */
import type { FastifyError, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { jsonPointer } from '../contract/json-pointer.js';
import { MAX_REPORTED_ERRORS, problemKinds, problemType, type Problem, type ProblemKind } from '../contract/problem.js';
import { PlumblineError } from '../adapter/errors.js';
import { isWholeBodyWrong, missingBodyDetail, plainMessage, unsupportedMediaTypeDetail } from './body-problems.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Builds a problem of a given kind. */
export function problem(kind: ProblemKind, detail: string, extras: Partial<Problem> = {}): Problem {
  const { status, title } = problemKinds[kind];
  return { type: problemType(kind), title, status, detail, ...extras };
}

const fastifyCodes: Record<string, ProblemKind> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload-too-large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported-media-type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'validation-failed',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'validation-failed',
  FST_ERR_CTP_INVALID_JSON_BODY: 'validation-failed',
};

export interface ClassifiedError {
  problem: Problem;
  /** Whether the error is the server's or an adapter's fault, and so worth logging as an error. */
  serverFault: boolean;
  retryAfterSeconds?: number;
}

/** Classifies an error into the problem to answer with. `adapterId` names the adapter behind the gateway. */
export function classifyError(error: unknown, request: FastifyRequest, adapterId: string): ClassifiedError {
  const instance = request.url.split('?')[0];

  if (error instanceof PlumblineError) {
    return {
      problem: problem(error.kind, error.message, {
        instance,
        ...(error.errors ? { errors: error.errors } : {}),
        ...(error.capability ? { capability: error.capability } : {}),
        ...(error.adapter ? { adapter: error.adapter } : {}),
        ...(error.status >= 429 ? { retryable: error.retryable } : {}),
      }),
      serverFault: error.status >= 500 && error.kind !== 'capability-unsupported',
      retryAfterSeconds: error.retryAfterSeconds,
    };
  }

  const fastifyError = error as FastifyError & { validationContext?: string };

  if (hasZodFastifySchemaValidationErrors(fastifyError)) {
    const where = fastifyError.validationContext ?? 'body';
    if (where === 'body' && isWholeBodyWrong(request.body)) {
      return {
        problem: problem('validation-failed', missingBodyDetail(request), { instance, errors: [{ path: '/body', message: 'a JSON object is required' }] }),
        serverFault: false,
      };
    }
    const total = fastifyError.validation.length;
    const errors = fastifyError.validation.slice(0, MAX_REPORTED_ERRORS).map((issue) => ({
      path: `/${where}${issue.instancePath === '/' ? '' : issue.instancePath}`,
      message: plainMessage(issue.message ?? 'invalid'),
    }));
    const first = errors[0];
    const more = total > errors.length ? ` (the first ${errors.length} of ${total.toLocaleString('en-GB')} errors are listed)` : '';
    return {
      problem: problem('validation-failed', `Invalid ${where}: ${first.path} ${first.message}.${more}`, { instance, errors }),
      serverFault: false,
    };
  }

  if (isResponseSerializationError(fastifyError as never) && fastifyError.code === 'FST_ERR_RESPONSE_SERIALIZATION') {
    const cause = (fastifyError as unknown as { cause?: { issues?: { path: PropertyKey[]; message: string }[] } }).cause;
    const errors = (cause?.issues ?? []).map((issue) => ({ path: jsonPointer(issue.path), message: issue.message }));
    const where = errors[0] ? ` at ${errors[0].path} (${errors[0].message})` : '';
    return {
      problem: problem('adapter-contract-violation', `The "${adapterId}" adapter answered something that breaks the contract${where}.`, {
        instance,
        adapter: adapterId,
        errors,
        retryable: false,
      }),
      serverFault: true,
    };
  }

  if (fastifyError.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return { problem: problem('unsupported-media-type', unsupportedMediaTypeDetail(request), { instance }), serverFault: false };
  }
  if (fastifyError.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
    return {
      problem: problem('validation-failed', missingBodyDetail(request), { instance, errors: [{ path: '/body', message: 'a JSON object is required' }] }),
      serverFault: false,
    };
  }
  const mapped = fastifyError.code ? fastifyCodes[fastifyError.code] : undefined;
  if (mapped) {
    return { problem: problem(mapped, fastifyError.message, { instance }), serverFault: false };
  }

  const status = typeof fastifyError.statusCode === 'number' ? fastifyError.statusCode : 500;
  if (status >= 400 && status < 500) {
    const kind = (Object.keys(problemKinds) as ProblemKind[]).find((candidate) => problemKinds[candidate].status === status) ?? 'validation-failed';
    return { problem: problem(kind, fastifyError.message, { instance }), serverFault: false };
  }
  return {
    problem: problem('internal', 'The gateway failed while serving this request; the error is logged with the request id.', { instance }),
    serverFault: true,
  };
}
