/**
 * Answers every error and unknown route with problem details, and logs server-side faults
 * without personal data (kind, path and field paths only; never request bodies or values).
 */
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { classifyError, problem, PROBLEM_CONTENT_TYPE } from '../problem-details.js';
import { drainRefusedBody } from '../router-errors.js';

async function problemHandler(app: FastifyInstance) {
  app.setErrorHandler((error, request, reply) => {
    const { problem: answer, serverFault, retryAfterSeconds } = classifyError(error, request, app.adapter.identity.id);
    if (serverFault) {
      request.log.error(
        { problemType: answer.type, status: answer.status, fields: answer.errors?.map((fieldError) => fieldError.path), err: error },
        'request failed',
      );
    }
    if (retryAfterSeconds !== undefined) reply.header('retry-after', String(Math.ceil(retryAfterSeconds)));
    // A body refused unread is still on its way: let the client finish sending and read the 413.
    if ((error as { code?: string }).code === 'FST_ERR_CTP_BODY_TOO_LARGE') drainRefusedBody(request.raw, reply);
    return reply.code(answer.status).type(PROBLEM_CONTENT_TYPE).serializer(JSON.stringify).send(answer);
  });

  app.setNotFoundHandler((request, reply) => {
    const answer = problem('not-found', `No route ${request.method} ${request.url.split('?')[0]}.`, { instance: request.url.split('?')[0] });
    return reply.code(404).type(PROBLEM_CONTENT_TYPE).send(answer);
  });
}

export default fp(problemHandler, { name: 'plumbline-problem-handler', dependencies: ['plumbline-adapter'] });
