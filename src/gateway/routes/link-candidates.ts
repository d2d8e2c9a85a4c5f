import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { LinkCandidate, PageQuery, pageOf } from '../../contract/index.js';
import { PlumblineError } from '../../adapter/errors.js';
import { adapterProblems, concern, problemResponses } from '../route-helpers.js';

const CandidatePage = pageOf(LinkCandidate, 'LinkCandidatePage');

/** The possible-match queue: pairs that may be one person, for a person to decide with a link override. */
const linkCandidateRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/v1/link-candidates',
    {
      config: { operation: 'listLinkCandidates' },
      schema: {
        operationId: 'listLinkCandidates',
        tags: ['overrides'],
        summary: 'List possible matches',
        description:
          'Pairs of records in different subjects that may be one person: the adapter was not sure enough to merge them, so a person decides, with a link override between `left` and `right`. A pair leaves the queue at the next consolidation run after it is decided (or after its subjects merge). Answered only by adapters with capability `consolidation.candidates` (501 otherwise).',
        querystring: PageQuery,
        response: { 200: CandidatePage, ...problemResponses(...adapterProblems) },
      },
    },
    async (request) => {
      const consolidation = concern(app.adapter, 'consolidation');
      if (!consolidation.listLinkCandidates) {
        throw new PlumblineError(
          'adapter-contract-violation',
          `The "${app.adapter.identity.id}" adapter claims consolidation.candidates but cannot list link candidates.`,
          {
            adapter: app.adapter.identity.id,
          },
        );
      }
      return consolidation.listLinkCandidates(request.query, request.operationContext);
    },
  );
};

export default linkCandidateRoutes;
