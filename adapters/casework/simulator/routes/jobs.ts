/**
 * Bulk jobs: create (`POST /api/v3/jobs`), list (`GET /api/v3/jobs?operation=`), upload data (`PUT …/data`, NDJSON or CSV), close
 * (`POST …/close`), poll (`GET …`), and read results page by page (`GET …/results?page=`).
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { jobOperations } from '../../model/vocabularies.js';
import { CaseworkHttpError } from '../casework-errors.js';
import type { JobService } from '../job-service.js';
import { parsePart } from './request-parts.js';

const JobPath = z.object({ job_id: z.string().min(1).max(200) });
const NewJob = z.object({
  operation: z.enum(jobOperations),
  system_ref: z.string().min(1).max(200).optional(),
  parameters: z.record(z.string(), z.unknown()).optional(),
});

/** Upload content types and the format each one is. */
const uploadFormats: Record<string, 'ndjson' | 'csv'> = { 'application/x-ndjson': 'ndjson', 'text/csv': 'csv' };

export function jobRoutes(app: FastifyInstance, jobs: JobService): void {
  app.post('/api/v3/jobs', async (request, reply) => {
    const input = parsePart(NewJob, request.body, 'body');
    return reply.code(201).send(await jobs.create(input.operation, input.system_ref ?? null, input.parameters));
  });

  app.get('/api/v3/jobs', async (request) => {
    const { operation } = parsePart(z.object({ operation: z.enum(jobOperations).optional() }), request.query, 'query');
    return { data: jobs.list(operation), next_page_token: null };
  });

  app.get('/api/v3/jobs/:job_id', async (request) => jobs.get(parsePart(JobPath, request.params, 'path').job_id));

  app.put('/api/v3/jobs/:job_id/data', async (request) => {
    const { job_id: jobId } = parsePart(JobPath, request.params, 'path');
    const format =
      uploadFormats[
        String(request.headers['content-type'] ?? '')
          .split(';')[0]
          .trim()
      ];
    if (!format || typeof request.body !== 'string') throw new CaseworkHttpError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Upload application/x-ndjson or text/csv.');
    return jobs.upload(jobId, format, request.body);
  });

  app.post('/api/v3/jobs/:job_id/close', async (request) => jobs.close(parsePart(JobPath, request.params, 'path').job_id));

  app.get('/api/v3/jobs/:job_id/results', async (request) => {
    const { job_id: jobId } = parsePart(JobPath, request.params, 'path');
    const { page } = parsePart(z.object({ page: z.coerce.number().int().min(1).default(1) }), request.query, 'query');
    return jobs.results(jobId, page);
  });
}
