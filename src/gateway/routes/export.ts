import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Readable } from 'node:stream';
import { ExportLine } from '../../contract/index.js';
import { NDJSON_CONTENT_TYPE, writeExportLines } from '../ndjson.js';
import { adapterProblems, concern, problemResponses } from '../route-helpers.js';

/** The status recorded for an export the client stopped reading before its end (nginx's "client closed request"). */
export const EXPORT_CUT_SHORT_STATUS = 499;

/** What an export really handed to the connection, known only once the connection is done. */
interface Disclosure {
  lines: number;
  complete: boolean;
}

/**
 * Records, after the answer, what the export really disclosed: the audit entry written when the
 * answer starts says only that it started. A complete export, one cut short (and how many lines
 * went out) and a HEAD (nothing) are told apart.
 */
function recordDisclosure(app: FastifyInstance, request: FastifyRequest, disclosure: Disclosure, method: string): void {
  const trail = app.auditTrail;
  if (!trail || !request.access) return;
  const status = method === 'HEAD' ? 204 : disclosure.complete ? 200 : EXPORT_CUT_SHORT_STATUS;
  const disclosed = method === 'HEAD' ? 'nothing' : disclosure.complete ? 'complete' : 'cut-short';
  trail
    .append({
      occurredAt: new Date().toISOString(),
      actor: request.access.actor,
      role: request.access.role,
      action: 'disclosure',
      operation: 'exportAll',
      targets: [],
      criteria: { method, disclosed, linesSent: String(disclosure.lines) },
      justification: request.access.justification ?? null,
      status,
      requestId: request.id,
    })
    .catch((error: unknown) => request.log.error({ err: error }, 'the export’s disclosure could not be recorded'));
}

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
          '`HEAD` answers the headers without reading anything.',
        ].join(' '),
        produces: [NDJSON_CONTENT_TYPE],
        response: { 200: ExportLine.describe('One line of the stream.'), ...problemResponses(...adapterProblems) },
      },
    },
    async (request, reply) => {
      const adapter = app.adapter;
      const exporter = concern(adapter, 'portability');
      if (request.method === 'HEAD') {
        reply.raw.once('close', () => recordDisclosure(app, request, { lines: 0, complete: false }, 'HEAD'));
        return reply.type(NDJSON_CONTENT_TYPE).send(undefined as never);
      }
      const disclosure: Disclosure = { lines: 0, complete: false };
      const lines = exporter.exportAll(request.operationContext);
      async function* counted() {
        for await (const text of writeExportLines(lines, (lineNumber, path, message) => {
          request.log.error({ adapter: adapter.identity.id, lineNumber, path, message }, 'export line breaks the contract; stream cut short');
        })) {
          disclosure.lines += 1;
          if (text.startsWith('{"kind":"end"')) disclosure.complete = true;
          yield text;
        }
      }
      // Readable.from pulls a line only when the connection has room for it (backpressure), and
      // stops pulling (closing the adapter's snapshot) when the client goes away.
      const body = Readable.from(counted());
      reply.raw.once('close', () => recordDisclosure(app, request, { ...disclosure, complete: disclosure.complete && reply.raw.writableFinished }, 'GET'));
      return reply.type(NDJSON_CONTENT_TYPE).send(body as never);
    },
  );
};

export default exportRoutes;
