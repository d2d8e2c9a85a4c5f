import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Readable } from 'node:stream';
import { ExportLine } from '../../contract/index.js';
import { NDJSON_CONTENT_TYPE, writeExportLines } from '../ndjson.js';
import { adapterProblems, concern, problemResponses } from '../route-helpers.js';

/** `GET /v1/export`: the complete state as a validated NDJSON stream. */
const exportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/v1/export',
    {
      config: { operation: 'exportAll' },
      schema: {
        operationId: 'exportAll',
        tags: ['portability'],
        summary: 'Export everything (NDJSON)',
        description: [
          'One `ExportLine` per line: `header`, sources, records, overrides, subjects, flags with reviews, then `end` with counts.',
          'A stream without its `end` line was cut short and must not be imported.',
        ].join(' '),
        produces: [NDJSON_CONTENT_TYPE],
        response: { 200: ExportLine.describe('One line of the stream.'), ...problemResponses(...adapterProblems) },
      },
    },
    async (request, reply) => {
      const adapter = app.adapter;
      const lines = concern(adapter, 'portability').exportAll(request.operationContext);
      const body = Readable.from(
        writeExportLines(lines, (lineNumber, path, message) => {
          request.log.error({ adapter: adapter.identity.id, lineNumber, path, message }, 'export line breaks the contract; stream cut short');
        }),
      );
      return reply.type(NDJSON_CONTENT_TYPE).send(body as never);
    },
  );
};

export default exportRoutes;
