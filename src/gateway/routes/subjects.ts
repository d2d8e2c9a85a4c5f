import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LinkExplanation, PageQuery, Subject, SubjectQuery, SubjectSummary, pageOf } from '../../contract/index.js';
import { errors, PlumblineError } from '../../adapter/errors.js';
import { adapterProblems, concern, problemResponses, SubjectPath } from '../route-helpers.js';
import { compiledAnswers } from '../compiled-answers.js';

const SubjectPage = pageOf(SubjectSummary, 'SubjectPage');
const LinkPage = pageOf(LinkExplanation, 'LinkPage');
const SubjectRedirect = z
  .object({ redirectTo: z.string().describe('The id of the subject this one was merged into.') })
  .meta({ id: 'SubjectRedirect', description: 'The subject was merged; its id now redirects to the survivor.', examples: [{ redirectTo: 'subj-7f3a' }] });

/** Consolidated subjects and the links that explain them. */
const subjectRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/v1/subjects',
    {
      config: { operation: 'listSubjects' },
      serializerCompiler: compiledAnswers(),
      schema: {
        operationId: 'listSubjects',
        tags: ['subjects'],
        summary: 'List or search subjects',
        description:
          'Without filters, lists every subject. `name` and `identifier` (capability `subjects.search`) narrow the list; given together, both must match.',
        querystring: PageQuery.extend(SubjectQuery.shape),
        response: { 200: SubjectPage, ...problemResponses(...adapterProblems) },
      },
    },
    async (request) => {
      const { cursor, limit, name, identifier } = request.query;
      const searching = name !== undefined || identifier !== undefined;
      if (searching && !app.adapter.capabilities.includes('subjects.search')) throw errors.unsupported('subjects.search', app.adapter.identity.id);
      return concern(app.adapter, 'consolidation').listSubjects({ name, identifier }, { cursor, limit }, request.operationContext);
    },
  );

  app.get(
    '/v1/subjects/:subjectId',
    {
      config: { operation: 'getSubject' },
      // The API's hottest answer: checked and written by code compiled from its schema.
      serializerCompiler: compiledAnswers(),
      schema: {
        operationId: 'getSubject',
        tags: ['subjects'],
        summary: 'Read a subject',
        description: 'A subject merged into another answers 308 with the survivor in `Location` and `redirectTo`.',
        params: SubjectPath,
        response: { 200: Subject, 308: SubjectRedirect, ...problemResponses(404, ...adapterProblems) },
      },
    },
    async (request, reply) => {
      const lookup = await concern(app.adapter, 'consolidation').getSubject(request.params.subjectId, request.operationContext);
      if ('redirectTo' in lookup) {
        return reply
          .code(308)
          .header('location', `/v1/subjects/${encodeURIComponent(lookup.redirectTo)}`)
          .send({ redirectTo: lookup.redirectTo });
      }
      return lookup.subject;
    },
  );

  app.get(
    '/v1/subjects/:subjectId/links',
    {
      config: { operation: 'listSubjectLinks' },
      schema: {
        operationId: 'listSubjectLinks',
        tags: ['subjects'],
        summary: 'Explain a subject’s links',
        description: [
          'Every link that joins the subject’s records: its basis, and for probabilistic links every field compared with its weight and the total score.',
          'A subject merged into another answers 308 like the subject itself, to the survivor’s links.',
        ].join(' '),
        params: SubjectPath,
        querystring: PageQuery,
        response: { 200: LinkPage, 308: SubjectRedirect, ...problemResponses(404, ...adapterProblems) },
      },
    },
    async (request, reply) => {
      const consolidation = concern(app.adapter, 'consolidation');
      try {
        return await consolidation.listLinks(request.params.subjectId, request.query, request.operationContext);
      } catch (error) {
        // Adapters know merged ids by the subject: ask it only when the links are not found.
        if (!(error instanceof PlumblineError) || error.kind !== 'not-found') throw error;
        const lookup = await consolidation.getSubject(request.params.subjectId, request.operationContext);
        if (!('redirectTo' in lookup)) throw error;
        const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
        return reply
          .code(308)
          .header('location', `/v1/subjects/${encodeURIComponent(lookup.redirectTo)}/links${query}`)
          .send({ redirectTo: lookup.redirectTo });
      }
    },
  );
};

export default subjectRoutes;
