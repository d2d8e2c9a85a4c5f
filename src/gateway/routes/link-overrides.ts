import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LinkOverride, LinkOverrideRequest, PageQuery, pageOf } from '../../contract/index.js';
import { adapterProblems, bodyProblems, concern, OverridePath, problemResponses } from '../route-helpers.js';

const OverridePage = pageOf(LinkOverride, 'LinkOverridePage');

/** Human must-link and cannot-link decisions. */
const linkOverrideRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/v1/link-overrides',
    {
      config: { operation: 'createLinkOverride' },
      schema: {
        operationId: 'createLinkOverride',
        tags: ['overrides'],
        summary: 'Record a link override',
        description: 'Takes effect at the next consolidation run. Refused with 409 when it contradicts existing overrides.',
        body: LinkOverrideRequest,
        response: { 201: LinkOverride, ...problemResponses(404, 409, ...adapterProblems, ...bodyProblems) },
      },
    },
    async (request, reply) => {
      const override = await concern(app.adapter, 'consolidation').createOverride(request.body, request.operationContext);
      return reply
        .code(201)
        .header('location', `/v1/link-overrides/${encodeURIComponent(override.overrideId)}`)
        .send(override);
    },
  );

  app.get(
    '/v1/link-overrides',
    {
      config: { operation: 'listLinkOverrides' },
      schema: {
        operationId: 'listLinkOverrides',
        tags: ['overrides'],
        summary: 'List link overrides',
        querystring: PageQuery,
        response: { 200: OverridePage, ...problemResponses(...adapterProblems) },
      },
    },
    async (request) => concern(app.adapter, 'consolidation').listOverrides(request.query, request.operationContext),
  );

  app.delete(
    '/v1/link-overrides/:overrideId',
    {
      config: { operation: 'deleteLinkOverride' },
      schema: {
        operationId: 'deleteLinkOverride',
        tags: ['overrides'],
        summary: 'Withdraw a link override',
        description: 'It stops applying at the next consolidation run.',
        params: OverridePath,
        response: { 204: z.null().describe('Withdrawn.'), ...problemResponses(404, ...adapterProblems, ...bodyProblems) },
      },
    },
    async (request, reply) => {
      await concern(app.adapter, 'consolidation').deleteOverride(request.params.overrideId, request.operationContext);
      return reply.code(204).send(null);
    },
  );
};

export default linkOverrideRoutes;
