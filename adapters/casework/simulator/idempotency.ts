/**
 * Idempotency keys, as payment and case-management APIs offer them: a write sent again with the
 * same `Idempotency-Key` gets the first answer replayed instead of being applied again. A repeat
 * that arrives while the first is still being handled waits for it. A key reused for a different
 * request is refused (422). Server errors are not kept, so that a write that failed can be retried.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { CaseworkHttpError } from './casework-errors.js';

interface KeptAnswer {
  readonly fingerprint: string;
  /** Settles with the answer once the first request has one; undefined when it must not be replayed. */
  readonly answer: Promise<{ status: number; body: string; contentType: string } | undefined>;
}

type Answer = Awaited<KeptAnswer['answer']>;

const KEPT_KEYS = 10_000;
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function installIdempotency(app: FastifyInstance): void {
  const kept = new Map<string, KeptAnswer>();
  /** How each first request hands its answer to the repeats waiting for it. */
  const settlers = new WeakMap<FastifyRequest, (answer: Answer) => void>();
  const settle = (request: FastifyRequest, answer: Answer) => {
    settlers.get(request)?.(answer);
    settlers.delete(request);
  };

  app.addHook('preHandler', async (request, reply) => {
    const key = request.headers['idempotency-key'];
    if (typeof key !== 'string' || !WRITE_METHODS.has(request.method)) return;
    const scope = `${request.headers['x-api-key']}\u0000${key}`;
    const body = typeof request.body === 'string' ? request.body : JSON.stringify(request.body ?? null);
    const fingerprint = createHash('sha256').update(`${request.method} ${request.url}\u0000${body}`).digest('hex');
    const previous = kept.get(scope);
    if (previous) {
      if (previous.fingerprint !== fingerprint) {
        throw new CaseworkHttpError(422, 'IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used for a different request.');
      }
      const answer = await previous.answer;
      if (answer) return reply.code(answer.status).type(answer.contentType).header('idempotent-replayed', 'true').send(answer.body);
    }
    let resolve!: (answer: Answer) => void;
    const answer = new Promise<Answer>((settled) => (resolve = settled));
    kept.set(scope, { fingerprint, answer });
    if (kept.size > KEPT_KEYS) kept.delete(kept.keys().next().value!);
    settlers.set(request, (settled) => {
      if (!settled) kept.delete(scope);
      resolve(settled);
    });
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (reply.getHeader('idempotent-replayed')) return payload;
    const keep = reply.statusCode < 500 && typeof payload === 'string';
    settle(
      request,
      keep ? { status: reply.statusCode, body: payload as string, contentType: String(reply.getHeader('content-type') ?? 'application/json') } : undefined,
    );
    return payload;
  });

  // A request that never reached onSend (its connection was dropped) must not leave repeats waiting.
  app.addHook('onResponse', async (request) => settle(request, undefined));
}
