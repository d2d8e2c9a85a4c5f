import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Readable } from 'node:stream';
import { ConsolidationRunRequest, ExportLine, FlaggingRunRequest, Run } from '../../contract/index.js';
import { PlumblineError } from '../../adapter/errors.js';
import { NDJSON_CONTENT_TYPE, readExportLines } from '../ndjson.js';
import { adapterProblems, bodyProblems, concern, problemResponses, RunPath } from '../route-helpers.js';

const acceptedDescription = 'The run has started; poll `GET /v1/runs/{runId}` (also in the `Location` header) until it has succeeded or failed.';

/** Starting and reading asynchronous runs. */
const runRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addContentTypeParser(NDJSON_CONTENT_TYPE, (_request, payload, done) => done(null, payload));

  app.post(
    '/v1/consolidation-runs',
    {
      config: { operation: 'startConsolidationRun' },
      schema: {
        operationId: 'startConsolidationRun',
        tags: ['runs'],
        summary: 'Start a consolidation run',
        description: 'Resolves which records are the same person into subjects, obeying link overrides and keeping subject ids stable.',
        body: ConsolidationRunRequest,
        response: { 202: Run.describe(acceptedDescription), ...problemResponses(409, ...adapterProblems, ...bodyProblems) },
      },
    },
    async (request, reply) => {
      const run = await concern(app.adapter, 'consolidation').startRun(request.body, request.operationContext);
      return reply.code(202).header('location', `/v1/runs/${run.runId}`).send(run);
    },
  );

  app.post(
    '/v1/flagging-runs',
    {
      config: { operation: 'startFlaggingRun' },
      schema: {
        operationId: 'startFlaggingRun',
        tags: ['runs'],
        summary: 'Start a flagging run',
        description: 'Evaluates the chosen detectors (all, by default) as of a date and raises flags for review. Unchanged data raises no duplicates.',
        body: FlaggingRunRequest,
        response: { 202: Run.describe(acceptedDescription), ...problemResponses(409, ...adapterProblems, ...bodyProblems) },
      },
    },
    async (request, reply) => {
      const run = await concern(app.adapter, 'flagging').startRun(request.body, request.operationContext);
      return reply.code(202).header('location', `/v1/runs/${run.runId}`).send(run);
    },
  );

  app.post(
    '/v1/imports',
    {
      config: { operation: 'startImport' },
      // The body is a stream of lines, validated one by one as the adapter consumes it.
      validatorCompiler: () => (data) => ({ value: data }),
      schema: {
        operationId: 'startImport',
        tags: ['portability'],
        summary: 'Import an export (NDJSON)',
        description: [
          'The body is an export from `GET /v1/export` of any conformant adapter, one `ExportLine` per line.',
          'The adapter must be empty. The whole body is held before the answer; a bad line fails the import, naming the line, and nothing is applied.',
        ].join(' '),
        consumes: [NDJSON_CONTENT_TYPE],
        body: ExportLine,
        response: { 202: Run.describe(acceptedDescription), ...problemResponses(409, ...adapterProblems, ...bodyProblems) },
      },
    },
    async (request, reply) => {
      if (!request.headers['content-type']?.startsWith(NDJSON_CONTENT_TYPE)) {
        throw new PlumblineError('unsupported-media-type', `Send the export as ${NDJSON_CONTENT_TYPE}, one line per item.`);
      }
      const lines = readExportLines(request.body as unknown as Readable);
      const run = await concern(app.adapter, 'portability').startImport(lines, request.operationContext);
      return reply.code(202).header('location', `/v1/runs/${run.runId}`).send(run);
    },
  );

  app.get(
    '/v1/runs/:runId',
    {
      config: { operation: 'getRun' },
      schema: {
        operationId: 'getRun',
        tags: ['runs'],
        summary: 'Read a run',
        description: 'Runs belong to no capability: an unknown run id answers 404 on every target, never 501.',
        params: RunPath,
        response: { 200: Run, ...problemResponses(404, 400, 401, 403, 429, 502, 503) },
      },
    },
    async (request) => {
      const runs = app.adapter.runs;
      if (!runs) throw new PlumblineError('not-found', `No run with id "${request.params.runId}".`);
      return runs.getRun(request.params.runId, request.operationContext);
    },
  );
};

export default runRoutes;
