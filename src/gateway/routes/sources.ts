import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PageQuery, Source, SourceRegistration, pageOf } from '../../contract/index.js';
import { adapterProblems, bodyProblems, concern, problemResponses, SourcePath } from '../route-helpers.js';

const SourcePage = pageOf(Source, 'SourcePage');

/** Source registrations. */
const sourceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.put(
    '/v1/sources/:sourceId',
    {
      config: { operation: 'putSource' },
      schema: {
        operationId: 'putSource',
        tags: ['sources'],
        summary: 'Register or update a source',
        description: 'Creates the source (201) or replaces its registration (200). Records are kept when a registration changes.',
        params: SourcePath,
        body: SourceRegistration,
        response: { 200: Source, 201: Source, ...problemResponses(...adapterProblems, ...bodyProblems) },
      },
    },
    async (request, reply) => {
      const { source, created } = await concern(app.adapter, 'sources').putSource(request.params.sourceId, request.body, request.operationContext);
      return reply.code(created ? 201 : 200).send(source);
    },
  );

  app.get(
    '/v1/sources/:sourceId',
    {
      config: { operation: 'getSource' },
      schema: {
        operationId: 'getSource',
        tags: ['sources'],
        summary: 'Read a source',
        params: SourcePath,
        response: { 200: Source, ...problemResponses(404, ...adapterProblems) },
      },
    },
    async (request) => concern(app.adapter, 'sources').getSource(request.params.sourceId, request.operationContext),
  );

  app.get(
    '/v1/sources',
    {
      config: { operation: 'listSources' },
      schema: {
        operationId: 'listSources',
        tags: ['sources'],
        summary: 'List sources',
        querystring: PageQuery,
        response: { 200: SourcePage, ...problemResponses(...adapterProblems) },
      },
    },
    async (request) => concern(app.adapter, 'sources').listSources(request.query, request.operationContext),
  );
};

export default sourceRoutes;
