import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ParallelRunStatus } from '../../contract/index.js';
import { errors } from '../../adapter/errors.js';
import { problemResponses } from '../route-helpers.js';

/**
 * `GET /v1/parallel-run`: how a candidate supplier run beside the primary is doing (capability
 * `parallel-run`, offered only when `PLUMBLINE_CANDIDATE_ADAPTER` is set). See docs/parallel-run.md.
 */
const parallelRunRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/v1/parallel-run',
    {
      config: { operation: 'getParallelRun' },
      schema: {
        operationId: 'getParallelRun',
        tags: ['parallel-run'],
        summary: 'Compare a candidate supplier with the primary',
        description: [
          'The primary answers every client; a candidate supplier is fed the primary’s accepted writes in the background (a durable outbox, in order, retried) and compared after every run and on a sample of reads.',
          'Reports the mirror’s backlog and lag, what could not be mirrored, the consolidation agreement (pairwise precision, recall and F1 of the candidate against the primary) with the people they disagree on, flag agreement per detector, read differences beyond the noise floor, and both sides’ latency.',
          'Answers 501 when no candidate is configured.',
        ].join(' '),
        response: { 200: ParallelRunStatus, ...problemResponses(400, 401, 403, 429, 501) },
      },
    },
    async () => {
      if (!app.parallelRun) throw errors.unsupported('parallel-run', app.adapter.identity.id);
      return app.parallelRun.status();
    },
  );
};

export default parallelRunRoutes;
