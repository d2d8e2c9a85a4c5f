import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Detector, Flag, FlagQuery, OpaqueId, PageQuery, RedactionRequest, ReviewRequest, exampleOf, pageOf } from '../../contract/index.js';
import { errors } from '../../adapter/errors.js';
import { adapterProblems, bodyProblems, concern, FlagPath, problemResponses } from '../route-helpers.js';
import { compiledAnswers } from '../compiled-answers.js';

const ReviewPath = FlagPath.extend({ reviewId: OpaqueId.describe('The review’s id, from the flag’s `reviews`.') });

const FlagPage = pageOf(Flag, 'FlagPage');
const DetectorList = z
  .object({ items: z.array(Detector) })
  .meta({ id: 'DetectorList', description: 'Every detector the adapter evaluates.', examples: [{ items: [exampleOf(Detector)] }] });

/** Detectors, flags and their review. */
const flaggingRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/v1/detectors',
    {
      config: { operation: 'listDetectors' },
      schema: {
        operationId: 'listDetectors',
        tags: ['flagging'],
        summary: 'List detectors',
        description: 'Standard detectors with their exact definitions, then any supplier detectors (`x-<vendor>-…`).',
        response: { 200: DetectorList, ...problemResponses(...adapterProblems) },
      },
    },
    async (request) => ({ items: await concern(app.adapter, 'flagging').listDetectors(request.operationContext) }),
  );

  app.get(
    '/v1/flags',
    {
      config: { operation: 'listFlags' },
      serializerCompiler: compiledAnswers(),
      schema: {
        operationId: 'listFlags',
        tags: ['flagging'],
        summary: 'List flags',
        description: 'Every filter given must match.',
        querystring: PageQuery.extend(FlagQuery.shape),
        response: { 200: FlagPage, ...problemResponses(...adapterProblems) },
      },
    },
    async (request) => {
      const { cursor, limit, ...filters } = request.query;
      return concern(app.adapter, 'flagging').listFlags(filters, { cursor, limit }, request.operationContext);
    },
  );

  app.get(
    '/v1/flags/:flagId',
    {
      config: { operation: 'getFlag' },
      serializerCompiler: compiledAnswers(),
      schema: {
        operationId: 'getFlag',
        tags: ['flagging'],
        summary: 'Read a flag',
        params: FlagPath,
        response: { 200: Flag, ...problemResponses(404, ...adapterProblems) },
      },
    },
    async (request) => concern(app.adapter, 'flagging').getFlag(request.params.flagId, request.operationContext),
  );

  app.post(
    '/v1/flags/:flagId/reviews',
    {
      config: { operation: 'reviewFlag' },
      schema: {
        operationId: 'reviewFlag',
        tags: ['flagging'],
        summary: 'Record a review step',
        description: 'Moves the flag open → in_review or in_review → closed (with an outcome). Any other transition is refused with 409.',
        params: FlagPath,
        body: ReviewRequest,
        response: { 201: Flag, ...problemResponses(404, 409, ...adapterProblems, ...bodyProblems) },
      },
    },
    async (request, reply) => {
      const flag = await concern(app.adapter, 'flagging').reviewFlag(request.params.flagId, request.body, request.operationContext);
      return reply.code(201).send(flag);
    },
  );

  app.post(
    '/v1/flags/:flagId/reviews/:reviewId/redaction',
    {
      config: { operation: 'redactReviewRationale' },
      schema: {
        operationId: 'redactReviewRationale',
        tags: ['flagging'],
        summary: 'Redact a review’s rationale',
        description: [
          'Replaces one review’s rationale with `[redacted]` for good and records who did it, when and why; the rest of the review (status, outcome, reviewer, time) stays.',
          'Reviewers write rationales in their own words: this is how a rationale that names a person whose records were erased stops naming them. The redaction itself is recorded in the audit trail.',
          'Redacting a redacted rationale again changes nothing.',
        ].join(' '),
        params: ReviewPath,
        body: RedactionRequest,
        response: { 200: Flag, ...problemResponses(404, ...adapterProblems, ...bodyProblems) },
      },
    },
    async (request) => {
      const flagging = concern(app.adapter, 'flagging');
      if (!flagging.redactReview) {
        throw errors.unsupported('flags.review', app.adapter.identity.id);
      }
      return flagging.redactReview(request.params.flagId, request.params.reviewId, request.body, request.operationContext);
    },
  );
};

export default flaggingRoutes;
