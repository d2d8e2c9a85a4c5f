/**
 * Casework bulk jobs as the connector reads them, and jobs that are runs as contract runs. A job
 * carries its operation, state and timestamps, progress, metrics, and a failure when it failed.
 */
import { z } from 'zod';
import { problemKinds, problemType, type ProblemKind, type Run } from '../../../src/contract/index.js';
import { jobOperations, jobStates, runOperations, runStatusOfJobState } from './vocabularies.js';

export const CaseworkFailure = z.object({ code: z.string(), message: z.string() });
export type CaseworkFailure = z.output<typeof CaseworkFailure>;

export const CaseworkJob = z.object({
  job_id: z.string(),
  operation: z.enum(jobOperations),
  state: z.enum(jobStates),
  system_ref: z.string().nullable(),
  created_at: z.string(),
  started_at: z.string().nullable(),
  completed_at: z.string().nullable(),
  progress: z.object({ completed: z.number(), total: z.number(), unit: z.string() }),
  metrics: z.record(z.string(), z.number()),
  failure: CaseworkFailure.nullable(),
  result_pages: z.number().int().min(0),
});
export type CaseworkJob = z.output<typeof CaseworkJob>;

/**
 * Casework error codes and the contract problem each stands for. Casework answers errors as
 * `{ error: { code, message, details } }`; a job's `failure` uses the same codes.
 */
export const problemKindOfErrorCode = {
  INVALID_REQUEST: 'validation-failed',
  NOT_FOUND: 'not-found',
  CONFLICT: 'conflict',
  INVALID_TRANSITION: 'conflict',
  STORE_NOT_EMPTY: 'conflict',
  UNPROCESSABLE: 'unprocessable',
  PAYLOAD_TOO_LARGE: 'payload-too-large',
  INTERNAL_ERROR: 'upstream-failure',
} as const satisfies Record<string, ProblemKind>;
export type CaseworkErrorCode = keyof typeof problemKindOfErrorCode;

/** The problem kind a casework error code stands for; unknown codes are the supplier failing. */
export function problemKindOfCode(code: string): ProblemKind {
  return Object.hasOwn(problemKindOfErrorCode, code) ? problemKindOfErrorCode[code as CaseworkErrorCode] : 'upstream-failure';
}

/** A job that is a run as a contract run. */
export function runFromJob(job: CaseworkJob): Run {
  const kind = runOperations.toContract(job.operation as (typeof runOperations.supplierValues)[number]);
  const status = runStatusOfJobState[job.state];
  const failureKind = job.failure ? problemKindOfCode(job.failure.code) : undefined;
  return {
    runId: job.job_id,
    kind,
    status,
    createdAt: job.created_at,
    startedAt: job.started_at,
    finishedAt: job.completed_at,
    progress: { done: job.progress.completed, total: job.progress.total, unit: job.progress.unit },
    statistics: job.metrics,
    error:
      status === 'failed'
        ? {
            type: problemType(failureKind ?? 'upstream-failure'),
            title: problemKinds[failureKind ?? 'upstream-failure'].title,
            status: problemKinds[failureKind ?? 'upstream-failure'].status,
            // Casework's failure message is free text that may quote personal data: only its code is passed on.
            detail: `The casework ${job.operation} job failed (${job.failure?.code ?? 'no reason given'}).`,
          }
        : null,
  };
}

/** Whether a job is one of the operations the contract sees as a run. */
export function isRunJob(job: CaseworkJob): boolean {
  return (runOperations.supplierValues as readonly string[]).includes(job.operation);
}
