/**
 * Records every processing of personal data in the audit trail before the answer leaves: the
 * entry is committed in `onSend`, which runs after the status is final and before any byte is
 * written. A request that changes stored data (collection, alteration, combination, erasure) is
 * recorded twice: an `attempted` entry committed in `preHandler`, before the adapter is called,
 * and its outcome in `onSend`. A crash between the adapter's commit and the outcome then leaves
 * the attempt, which the next start concludes as `outcome unknown`: no change is ever made
 * without an entry. Reads need no attempt: nothing is disclosed before their entry is committed. If the entry cannot be written, the answer is withheld and a 500 problem sent instead:
 * personal data never goes out unrecorded. Refused requests (403, 400) are recorded too, once the
 * caller is known; requests without a valid token have no actor and are not.
 */
import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Readable } from 'node:stream';
import { operations, type ProcessingAction } from '../operations.js';
import { problem, PROBLEM_CONTENT_TYPE } from '../problem-details.js';
import { PlumblineError } from '../../adapter/errors.js';
import type { AuditStore } from '../audit/audit-store.js';
import { auditTargets } from '../audit/audit-targets.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The audit trail, when the gateway keeps one. */
    auditTrail: AuditStore | null;
  }
  interface FastifyRequest {
    /** The answer about to be serialised, kept so its ids can be recorded. */
    auditAnswer: unknown;
    /** The number of this request's `attempted` entry, once committed. */
    auditAttempt: number | null;
    /** Work to commit with this request's outcome entry (see `AuditRecord.alongside`). */
    auditAlongside: ((sequence: number) => void) | null;
  }
}

/** Query parameters that only page through results and say nothing about whose data was read. */
const pagingParameters = new Set(['cursor', 'limit']);

/** The kinds of processing that change stored data, recorded as attempted before the adapter runs. */
const changes = new Set<ProcessingAction>(['collection', 'alteration', 'combination', 'erasure']);

function criteriaOf(request: FastifyRequest): Record<string, string> {
  const criteria: Record<string, string> = {};
  for (const [name, value] of Object.entries((request.query ?? {}) as Record<string, unknown>)) {
    if (!pagingParameters.has(name) && value !== undefined) criteria[name] = String(value);
  }
  return criteria;
}

async function auditPlugin(app: FastifyInstance, options: { trail?: AuditStore }) {
  const { trail } = options;
  app.decorate('auditTrail', trail ?? null);
  app.decorateRequest('auditAnswer', undefined);
  app.decorateRequest('auditAttempt', null);
  app.decorateRequest('auditAlongside', null);
  if (!trail) return;

  if (trail.startupProblems.length) {
    const problems = trail.startupProblems;
    app.log.error(
      { problems: problems.length, first: problems[0].detail },
      'AUDIT TRAIL BROKEN: it failed verification at start-up; serving only because PLUMBLINE_AUDIT_ACCEPT_BROKEN is set. /readyz reports it; `plumbline audit verify` lists the problems.',
    );
    // The acceptance is itself recorded, so that the trail says from where on it was trusted again.
    await trail.append({
      occurredAt: new Date().toISOString(),
      actor: 'plumbline-gateway',
      role: null,
      action: 'alteration',
      operation: 'acceptBrokenAuditTrail',
      targets: [],
      criteria: { problems: String(problems.length), first: `${problems[0].kind}: ${problems[0].detail}`.slice(0, 300) },
      justification: 'PLUMBLINE_AUDIT_ACCEPT_BROKEN=true',
      status: 200,
      requestId: 'start-up',
    });
  }
  if (trail.unsignedTailAtOpen) {
    const { from, to, signEvery } = trail.unsignedTailAtOpen;
    app.log.warn(
      { from, to },
      'audit: the last entries were chained but not signed when the trail was opened (a stop before their head was due); signed now, and recorded in the trail',
    );
    // Recorded, because signing them vouches for entries the gateway cannot tell from an append made while it was stopped.
    await trail.append({
      occurredAt: new Date().toISOString(),
      actor: 'plumbline-gateway',
      role: null,
      action: 'alteration',
      operation: 'signUnsignedAuditTail',
      targets: [],
      criteria: { from: String(from), to: String(to), signEvery: String(signEvery) },
      justification: 'entries chained but not signed at start-up',
      status: 200,
      requestId: 'start-up',
    });
  }
  if (trail.lookupsRebuilt)
    app.log.warn('audit: the lookups by actor and target did not match the entries (rows removed or added); rebuilt from the verified chain');

  const concluded = await trail.concludeUnfinishedAttempts();
  if (concluded.length) {
    app.log.warn(
      { attempts: concluded.length, first: concluded[0], last: concluded[concluded.length - 1] },
      'audit: changes attempted before the last stop had no recorded outcome; recorded as outcome unknown',
    );
  }

  // Runs after validation and access control, right before the handler calls the adapter.
  app.addHook('preHandler', async (request) => {
    const operation = request.routeOptions.config.operation;
    if (!operation || !request.access || !changes.has(operations[operation].processing)) return;
    try {
      const attempt = await trail.append({
        occurredAt: new Date().toISOString(),
        actor: request.access.actor,
        role: request.access.role,
        action: operations[operation].processing,
        operation,
        targets: auditTargets(operation, { params: (request.params ?? {}) as Record<string, string>, body: request.body, answer: undefined }),
        criteria: criteriaOf(request),
        justification: request.access.justification ?? null,
        status: 0,
        requestId: request.id,
      });
      request.auditAttempt = attempt.sequence;
    } catch (error) {
      request.log.error({ operation, err: error }, 'audit attempt could not be written; change not made');
      throw new PlumblineError('internal', 'The audit trail could not record this change, so it was not made.', { cause: error });
    }
  });

  // Callback style: this runs on every answer, and a promise per answer is measurable.
  app.addHook('preSerialization', (request, reply, payload, done) => {
    if (reply.statusCode < 400) request.auditAnswer = payload;
    done(null, payload);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const operation = request.routeOptions.config.operation;
    if (!operation || !request.access || operations[operation].processing === 'none') return payload;
    const status = reply.statusCode;
    const criteria = criteriaOf(request);
    try {
      await trail.append({
        occurredAt: new Date().toISOString(),
        actor: request.access.actor,
        role: request.access.role,
        action: operations[operation].processing,
        operation,
        targets: auditTargets(operation, {
          params: (request.params ?? {}) as Record<string, string>,
          body: request.body,
          answer: status < 400 ? request.auditAnswer : undefined,
        }),
        criteria,
        justification: request.access.justification ?? null,
        status,
        requestId: request.id,
        attempt: request.auditAttempt,
        ...(request.auditAlongside && { alongside: request.auditAlongside }),
      });
    } catch (error) {
      request.log.error({ operation, err: error }, 'audit entry could not be written; answer withheld');
      reply.code(500).type(PROBLEM_CONTENT_TYPE);
      reply.removeHeader('content-length');
      if (payload instanceof Readable) payload.destroy();
      return JSON.stringify(
        problem('internal', 'The audit trail could not record this request, so its answer is withheld.', { instance: request.url.split('?')[0] }),
      );
    }
    return payload;
  });

  app.addHook('onClose', async () => trail.close());
}

export default fp(auditPlugin, { name: 'plumbline-audit', dependencies: ['plumbline-access-control'] });
