/**
 * The platform's asynchronous bulk jobs. A job is created (`open`), given its data, closed
 * (`queued`), worked (`in_progress`) and ends `complete` or `failed`; its results are read page by
 * page. Ingest jobs commit all their accepted rows in one engine transaction, so a job's rows
 * are committed together or not at all. Person resolution and rule evaluation are the engine's
 * own runs, so their job id is the engine's run id and they outlive a restart.
 */
import { randomUUID } from 'node:crypto';
import { ExportLine, type Run } from '../../../src/contract/index.js';
import type { ReferenceAdapter } from '../../reference/index.js';
import { systemContext } from '../../../src/adapter/context.js';
import type { CaseworkJob } from '../model/jobs.js';
import { resolveScopes, rowOutcomes, runOperations, jobStateOfRunStatus, type JobOperation } from '../model/vocabularies.js';
import { EvaluateRulesParameters, flaggingRequestFromParameters } from '../model/rules.js';
import { CaseworkHttpError, toCaseworkError } from './casework-errors.js';
import { checkUpload, type UploadFormat } from './upload-rows.js';

const context = systemContext('casework-simulator');

interface HeldJob {
  job: CaseworkJob;
  upload?: { format: UploadFormat; text: string };
  results: unknown[];
  /** For archive imports: the engine run doing the work once the job is closed. */
  engineRunId?: string;
}

export interface JobServiceOptions {
  /** Rows per results page. */
  readonly resultPageSize: number;
  /** How long a closed job waits in `queued` before it is worked (to let tests see the states). */
  readonly queueDelayMs: number;
}

export class JobService {
  private readonly held = new Map<string, HeldJob>();

  constructor(
    private readonly engine: ReferenceAdapter,
    private readonly options: JobServiceOptions,
  ) {}

  async create(operation: JobOperation, systemRef: string | null, parameters: unknown): Promise<CaseworkJob> {
    if (operation === 'resolve_persons') {
      const scope = resolveScopes.supplierSchema.safeParse((parameters as { scope?: unknown } | undefined)?.scope ?? 'CHANGED_ONLY');
      if (!scope.success) throw new CaseworkHttpError(400, 'INVALID_REQUEST', 'Unknown resolve scope.', [{ field: 'parameters.scope', issue: 'unknown' }]);
      return jobFromRun(await this.engine.consolidation.startRun({ mode: resolveScopes.toContract(scope.data) }, context));
    }
    if (operation === 'evaluate_rules') {
      const parsed = EvaluateRulesParameters.safeParse(parameters);
      if (!parsed.success)
        throw new CaseworkHttpError(400, 'INVALID_REQUEST', 'evaluate_rules needs parameters.as_of_date.', [
          { field: 'parameters', issue: parsed.error.message },
        ]);
      return jobFromRun(await this.engine.flagging.startRun(flaggingRequestFromParameters(parsed.data), context));
    }
    if (operation === 'ingest') {
      if (!systemRef) throw new CaseworkHttpError(400, 'INVALID_REQUEST', 'An ingest job needs a system_ref.', [{ field: 'system_ref', issue: 'required' }]);
      await this.engine.sources.getSource(systemRef, context);
    }
    const now = new Date().toISOString();
    const job: CaseworkJob = {
      job_id: `job-${randomUUID()}`,
      operation,
      state: 'open',
      system_ref: systemRef,
      created_at: now,
      started_at: null,
      completed_at: null,
      progress: { completed: 0, total: 0, unit: operation === 'archive_export' ? 'lines' : 'rows' },
      metrics: {},
      failure: null,
      result_pages: 0,
    };
    const held: HeldJob = { job, results: [] };
    this.held.set(job.job_id, held);
    if (operation === 'archive_export') this.queue(held);
    return { ...job };
  }

  async get(jobId: string): Promise<CaseworkJob> {
    const held = this.held.get(jobId);
    if (!held) {
      const run = await this.engine.runs.getRun(jobId, context).catch(() => undefined);
      if (!run) throw new CaseworkHttpError(404, 'NOT_FOUND', `No job "${jobId}".`);
      return jobFromRun(run);
    }
    if (!held.engineRunId) return { ...held.job };
    const run = await this.engine.runs.getRun(held.engineRunId, context);
    return { ...jobFromRun(run), job_id: held.job.job_id, created_at: held.job.created_at };
  }

  /** The jobs the platform holds itself (not engine runs), newest first, optionally of one operation. */
  list(operation?: JobOperation): CaseworkJob[] {
    return [...this.held.values()]
      .map((held) => ({ ...held.job }))
      .filter((job) => !operation || job.operation === operation)
      .reverse();
  }

  upload(jobId: string, format: UploadFormat, text: string): CaseworkJob {
    const held = this.openJob(jobId);
    if (held.job.operation === 'archive_import' && format !== 'ndjson') {
      throw new CaseworkHttpError(415, 'UNSUPPORTED_MEDIA_TYPE', 'An archive is NDJSON.');
    }
    held.upload = { format, text };
    return { ...held.job };
  }

  /** Closes a job for working. Closing a job that is already closed answers its state, so a repeat is harmless. */
  async close(jobId: string): Promise<CaseworkJob> {
    const held = this.held.get(jobId);
    if (!held) throw new CaseworkHttpError(404, 'NOT_FOUND', `No job "${jobId}".`);
    if (held.job.state !== 'open') return this.get(jobId);
    if (!held.upload) throw new CaseworkHttpError(400, 'INVALID_REQUEST', 'Upload the job data before closing it.');
    if (held.job.operation === 'archive_import') {
      const run = await this.engine.portability.startImport(archiveLines(held.upload.text), context).catch((error: unknown) => {
        const caseworkError = toCaseworkError(error);
        throw caseworkError.code === 'CONFLICT' ? new CaseworkHttpError(409, 'STORE_NOT_EMPTY', caseworkError.message) : caseworkError;
      });
      held.engineRunId = run.runId;
      held.upload = undefined;
      return this.get(jobId);
    }
    this.queue(held);
    return { ...held.job };
  }

  /** One page of a complete job's results (pages count from 1). */
  results(jobId: string, page: number): { job_id: string; page: number; total_pages: number; rows: unknown[] } {
    const held = this.held.get(jobId);
    if (!held) throw new CaseworkHttpError(404, 'NOT_FOUND', `No job "${jobId}" with results.`);
    if (held.job.state !== 'complete')
      throw new CaseworkHttpError(409, 'JOB_NOT_COMPLETE', `Job "${jobId}" is ${held.job.state}; results come when it is complete.`);
    const size = this.options.resultPageSize;
    const start = (page - 1) * size;
    return { job_id: jobId, page, total_pages: held.job.result_pages, rows: held.results.slice(start, start + size) };
  }

  private openJob(jobId: string): HeldJob {
    const held = this.held.get(jobId);
    if (!held) throw new CaseworkHttpError(404, 'NOT_FOUND', `No job "${jobId}".`);
    if (held.job.state !== 'open')
      throw new CaseworkHttpError(409, 'CONFLICT', `Job "${jobId}" is ${held.job.state}; data can only be uploaded to an open job.`);
    return held;
  }

  private queue(held: HeldJob): void {
    held.job.state = 'queued';
    setTimeout(() => void this.work(held), this.options.queueDelayMs);
  }

  private async work(held: HeldJob): Promise<void> {
    held.job.state = 'in_progress';
    held.job.started_at = new Date().toISOString();
    try {
      held.results = held.job.operation === 'ingest' ? await this.ingest(held) : await this.exportArchive();
      held.job.result_pages = Math.ceil(held.results.length / this.options.resultPageSize);
      held.job.progress = { ...held.job.progress, completed: held.results.length, total: held.results.length };
      held.job.state = 'complete';
    } catch (error) {
      const caseworkError = toCaseworkError(error);
      held.job.failure = { code: caseworkError.code, message: caseworkError.message };
      held.job.state = 'failed';
    }
    held.upload = undefined;
    held.job.completed_at = new Date().toISOString();
  }

  private async ingest(held: HeldJob): Promise<unknown[]> {
    const { format, text } = held.upload!;
    const { accepted, rejected, rows } = checkUpload(format, text);
    // One engine call for every accepted row: the engine commits them in one transaction.
    const { results } = accepted.length > 0 ? await this.engine.sources.ingestRecords(held.job.system_ref!, accepted, context) : { results: [] };
    const byRow = new Array<unknown>(rows);
    for (const result of results) byRow[result.index] = { row: result.index + 1, entry_ref: result.recordId, outcome: rowOutcomes.toSupplier(result.status) };
    for (const row of rejected) byRow[row.row - 1] = { row: row.row, entry_ref: row.entryRef, outcome: 'REJECTED', errors: row.details };
    const metrics: Record<string, number> = {};
    for (const row of byRow as { outcome: string }[]) metrics[row.outcome.toLowerCase()] = (metrics[row.outcome.toLowerCase()] ?? 0) + 1;
    held.job.metrics = metrics;
    return byRow;
  }

  private async exportArchive(): Promise<unknown[]> {
    const rows: unknown[] = [];
    for await (const line of this.engine.portability.exportAll(context)) rows.push({ row: rows.length + 1, archive_line: line });
    return rows;
  }
}

/** An engine run as the job the platform shows for it. */
function jobFromRun(run: Run): CaseworkJob {
  return {
    job_id: run.runId,
    operation: runOperations.toSupplier(run.kind),
    state: jobStateOfRunStatus[run.status],
    system_ref: null,
    created_at: run.createdAt,
    started_at: run.startedAt,
    completed_at: run.finishedAt,
    progress: { completed: run.progress.done, total: run.progress.total, unit: run.progress.unit },
    metrics: run.statistics,
    failure: run.error ? { code: failureCode(run.error.type), message: run.error.detail ?? run.error.title } : null,
    result_pages: 0,
  };
}

function failureCode(problemTypeUri: string): string {
  const kind = problemTypeUri.split(':').pop();
  return kind === 'validation-failed' ? 'INVALID_REQUEST' : kind === 'conflict' ? 'CONFLICT' : 'INTERNAL_ERROR';
}

/** The uploaded archive's lines, each checked against the open exchange format. */
async function* archiveLines(text: string): AsyncIterable<ExportLine> {
  let number = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    number += 1;
    let parsed: ReturnType<typeof ExportLine.safeParse>;
    try {
      parsed = ExportLine.safeParse(JSON.parse(line));
    } catch {
      throw new CaseworkHttpError(400, 'INVALID_REQUEST', `Archive line ${number} is not valid JSON.`, [{ field: `lines.${number}`, issue: 'not JSON' }]);
    }
    if (!parsed.success)
      throw new CaseworkHttpError(400, 'INVALID_REQUEST', `Archive line ${number} is not an archive line.`, [
        { field: `lines.${number}`, issue: parsed.error.issues[0]?.message ?? 'invalid' },
      ]);
    yield parsed.data;
  }
}
