/**
 * Casework bulk jobs from the connector's side: create, upload, close, wait, read results. Every
 * write carries an idempotency key made once per logical step, so a retried create finds the same
 * job instead of making a second one, and a retried close cannot queue it twice.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { PlumblineError, UpstreamCallError } from '../../../src/adapter/errors.js';
import { failMalformed } from '../../../src/connectors/index.js';
import { CaseworkJob, problemKindOfCode } from '../model/jobs.js';
import type { JobOperation } from '../model/vocabularies.js';
import { genericDetail, type CaseworkApi } from './casework-api.js';

export interface JobTiming {
  /** Wait between polls of a job's state. */
  readonly pollIntervalMs: number;
  /** Give up waiting for a job after this long (504). */
  readonly jobTimeoutMs: number;
}

const ResultsPage = z.object({ page: z.number().int(), total_pages: z.number().int().min(0), rows: z.array(z.unknown()) });

const jobPath = (jobId: string) => `/api/v3/jobs/${encodeURIComponent(jobId)}`;

export class BulkJobs {
  constructor(
    private readonly api: CaseworkApi,
    private readonly timing: JobTiming,
    private readonly sleep: (milliseconds: number, signal?: AbortSignal) => Promise<void>,
  ) {}

  /** Creates a job; its idempotency key makes a retried create return the same job. */
  create(operation: JobOperation, details: { systemRef?: string; parameters?: Record<string, unknown> } = {}, signal?: AbortSignal): Promise<CaseworkJob> {
    return this.api.body({
      method: 'POST',
      path: '/api/v3/jobs',
      operation: `creating a ${operation} job`,
      // Unknown systems and rule settings out of range are the client's; the rest of the body is ours.
      clientFaults: [400, 404],
      json: { operation, ...(details.systemRef ? { system_ref: details.systemRef } : {}), ...(details.parameters ? { parameters: details.parameters } : {}) },
      idempotencyKey: randomUUID(),
      answer: CaseworkJob,
      signal,
    });
  }

  /** Uploads a job's data. A PUT replaces the data, so repeating it is harmless. */
  upload(jobId: string, body: string, contentType: string, signal?: AbortSignal): Promise<CaseworkJob> {
    return this.api.body({
      method: 'PUT',
      path: `${jobPath(jobId)}/data`,
      operation: 'uploading job data',
      text: { body, contentType },
      idempotencyKey: randomUUID(),
      answer: CaseworkJob,
      signal,
    });
  }

  /** Closes a job for working. */
  close(jobId: string, signal?: AbortSignal): Promise<CaseworkJob> {
    return this.api.body({
      method: 'POST',
      path: `${jobPath(jobId)}/close`,
      operation: 'closing a job',
      clientFaults: [400, 409],
      idempotencyKey: randomUUID(),
      answer: CaseworkJob,
      signal,
    });
  }

  get(jobId: string, signal?: AbortSignal): Promise<CaseworkJob> {
    return this.api.body({ method: 'GET', path: jobPath(jobId), operation: 'reading a job', clientFaults: [404], answer: CaseworkJob, signal });
  }

  /** Polls until the job is complete; throws what its failure stands for, or 504 when it takes too long. */
  async waitUntilComplete(job: CaseworkJob, signal?: AbortSignal): Promise<CaseworkJob> {
    const deadline = Date.now() + this.timing.jobTimeoutMs;
    let current = job;
    while (current.state !== 'complete' && current.state !== 'failed') {
      if (Date.now() >= deadline) {
        throw new UpstreamCallError(
          'upstream-timeout',
          `The casework ${job.operation} job ${job.job_id} did not finish within ${this.timing.jobTimeoutMs} ms; it is ${current.state}.`,
          {
            adapter: CASEWORK_ADAPTER_ID,
          },
        );
      }
      await this.sleep(this.timing.pollIntervalMs, signal);
      current = await this.get(job.job_id, signal);
    }
    if (current.state === 'failed') throw this.jobFailure(current);
    return current;
  }

  /** The result rows of a complete job, page by page, so that a long export is never held whole. */
  async *resultRows(job: CaseworkJob, signal?: AbortSignal): AsyncIterable<unknown> {
    for (let page = 1; page <= job.result_pages; page += 1) {
      const answer = await this.api.body({
        method: 'GET',
        path: `${jobPath(job.job_id)}/results`,
        operation: 'reading job results',
        query: { page },
        answer: ResultsPage,
        signal,
      });
      if (answer.page !== page || answer.total_pages !== job.result_pages) {
        failMalformed(
          { adapter: CASEWORK_ADAPTER_ID, operation: 'reading job results' },
          `casework answered page ${answer.page} of ${answer.total_pages} when asked for page ${page} of ${job.result_pages}`,
        );
      }
      yield* answer.rows;
    }
  }

  /** Every result row of a complete job, in order. */
  async results(job: CaseworkJob, signal?: AbortSignal): Promise<unknown[]> {
    const rows: unknown[] = [];
    for await (const row of this.resultRows(job, signal)) rows.push(row);
    return rows;
  }

  /**
   * A failed job as the error it stands for: the platform's refusal (404, 409, 400) or its failure
   * (502). Casework's failure message is free text: logged as its code only, never answered.
   */
  private jobFailure(job: CaseworkJob): PlumblineError {
    const code = job.failure?.code ?? 'INTERNAL_ERROR';
    const kind = problemKindOfCode(code);
    const operation = `the ${job.operation} job ${job.job_id}`;
    this.api.logger.warn({ adapter: CASEWORK_ADAPTER_ID, jobId: job.job_id, jobOperation: job.operation, code }, 'a casework job failed');
    return kind === 'upstream-failure'
      ? new UpstreamCallError('upstream-failure', `The casework ${job.operation} job ${job.job_id} failed (${code}).`, { adapter: CASEWORK_ADAPTER_ID })
      : new PlumblineError(kind, genericDetail(operation, code), { adapter: CASEWORK_ADAPTER_ID });
  }
}

/** The casework connector's adapter id, named in every problem. */
export const CASEWORK_ADAPTER_ID = 'casework';
