/**
 * The parallel run's hooks on the gateway. Registered before the audit plugin, so that its `onSend`
 * (which runs first) can hand the audit plugin the outbox entry to commit with the outcome entry; a
 * write the trail records no outcome for (registering a source) is queued on its own, still before
 * its answer leaves. Everything else happens once the answer has gone (`onResponse`): counting the
 * primary's latency, waking the mirror, offering a read for sampling.
 */
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { operations } from '../gateway/operations.js';
import { isMirrored } from './mirrored-writes.js';
import type { ParallelRun } from './parallel-run.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The parallel run, when a candidate is configured. */
    parallelRun: ParallelRun | null;
  }
  interface FastifyRequest {
    /** The primary's answer object, kept for the mirror and the read sampler. */
    parallelRunAnswer: unknown;
  }
}

async function parallelRunPlugin(app: FastifyInstance, options: { parallelRun?: ParallelRun }) {
  const run = options.parallelRun ?? null;
  app.decorate('parallelRun', run);
  if (!run) return;
  app.decorateRequest('parallelRunAnswer', undefined);

  app.addHook('preSerialization', (request, reply, payload, done) => {
    if (reply.statusCode < 400) request.parallelRunAnswer = payload;
    done(null, payload);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const operation = request.routeOptions.config.operation;
    if (!operation || !isMirrored(operation) || reply.statusCode >= 300) return payload;
    const work = run.outboxWork({
      operation,
      params: (request.params ?? {}) as Record<string, string>,
      query: (request.query ?? {}) as Record<string, unknown>,
      body: request.body,
      answer: request.parallelRunAnswer,
      context: request.operationContext,
    });
    // Committed with the audit outcome, or alone when the operation has no audit entry.
    if (operations[operation].processing === 'none') work(null);
    else request.auditAlongside = work;
    return payload;
  });

  app.addHook('onResponse', async (request, reply) => {
    const operation = request.routeOptions.config.operation;
    run.answered(reply.elapsedTime, reply.statusCode);
    if (!operation) return;
    if (isMirrored(operation)) run.committed();
    else if (reply.statusCode === 200 && request.parallelRunAnswer !== undefined) {
      void run.sampler.offer(operation, (request.params ?? {}) as Record<string, string>, request.parallelRunAnswer, request.operationContext);
    }
  });

  app.addHook('onReady', async () => run.start());
  // Before the audit trail closes: the worker's last disclosure entry must still be written.
  app.addHook('preClose', async () => run.close());
}

export default fp(parallelRunPlugin, { name: 'plumbline-parallel-run', dependencies: ['plumbline-adapter'] });
