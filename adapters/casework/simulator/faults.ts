/**
 * Fault injection, switchable per test: the simulator can answer with a status (a 500, or a 429
 * storm with Retry-After), answer slowly, drop the connection, or send a malformed body. A fault
 * applies `before` the platform handles the request (nothing happens) or `after` (the request
 * took effect and only the answer is lost or spoiled), which is what tests of exactly-once need.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export type FaultEffect =
  | { kind: 'status'; status: number; retryAfterSeconds?: number }
  | { kind: 'delay'; milliseconds: number }
  | { kind: 'drop' }
  | { kind: 'malformed'; body?: string };

export interface FaultRule {
  /** Only requests with this method (any when omitted). */
  readonly method?: string;
  /** Only requests whose path matches (any when omitted). */
  readonly path?: RegExp;
  /** Whether the fault strikes before the platform handles the request or after. Default `before`; `malformed` is always after. */
  readonly phase?: 'before' | 'after';
  /** How many matching requests it strikes; default 1, `Infinity` for a storm. */
  readonly times?: number;
  readonly effect: FaultEffect;
}

interface ActiveFault extends FaultRule {
  remaining: number;
  hits: number;
}

/** A handle on one injected fault. */
export interface InjectedFault {
  /** How many requests it struck. */
  readonly hits: number;
  /** Stops it striking. */
  remove(): void;
}

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/** A truncated JSON document: what a proxy cutting an answer short produces. */
const TRUNCATED_BODY = '{"data":[{"person_ref":"P-';

export class FaultInjector {
  private faults: ActiveFault[] = [];

  /** Adds a fault; faults added first strike first. */
  inject(rule: FaultRule): InjectedFault {
    const fault: ActiveFault = { ...rule, remaining: rule.times ?? 1, hits: 0 };
    this.faults.push(fault);
    return {
      get hits() {
        return fault.hits;
      },
      remove: () => {
        this.faults = this.faults.filter((candidate) => candidate !== fault);
      },
    };
  }

  /** Removes every fault. */
  clear(): void {
    this.faults = [];
  }

  /** Hooks the faults that strike before handling; install first, so that they come before anything else. */
  installRequestHooks(app: FastifyInstance): void {
    app.addHook('onRequest', async (request, reply) => {
      const fault = this.take(request, 'before');
      if (fault) return this.strikeBefore(fault.effect, request, reply);
    });
  }

  /** Hooks the faults that spoil answers; install last, so that the platform has recorded its answer first. */
  installAnswerHooks(app: FastifyInstance): void {
    app.addHook('onSend', async (request, reply, payload) => {
      const fault = this.take(request, 'after');
      return fault ? this.strikeAfter(fault.effect, request, reply, payload) : payload;
    });
  }

  private take(request: FastifyRequest, phase: 'before' | 'after'): ActiveFault | undefined {
    const path = request.url.split('?')[0];
    const fault = this.faults.find(
      (candidate) =>
        candidate.remaining > 0 &&
        (candidate.phase ?? (candidate.effect.kind === 'malformed' ? 'after' : 'before')) === phase &&
        (!candidate.method || candidate.method === request.method) &&
        (!candidate.path || candidate.path.test(path)),
    );
    if (fault) {
      fault.remaining -= 1;
      fault.hits += 1;
    }
    return fault;
  }

  private async strikeBefore(effect: FaultEffect, request: FastifyRequest, reply: FastifyReply) {
    switch (effect.kind) {
      case 'status':
        return this.sendStatus(effect, reply);
      case 'delay':
        await sleep(effect.milliseconds);
        return;
      case 'drop':
        reply.hijack();
        request.raw.socket.destroy();
        return reply;
      case 'malformed':
        return reply.type('application/json').send(effect.body ?? TRUNCATED_BODY);
    }
  }

  private async strikeAfter(effect: FaultEffect, request: FastifyRequest, reply: FastifyReply, payload: unknown) {
    switch (effect.kind) {
      case 'status':
        reply.code(effect.status);
        if (effect.retryAfterSeconds !== undefined) reply.header('retry-after', String(effect.retryAfterSeconds));
        return JSON.stringify(faultBody(effect.status));
      case 'delay':
        await sleep(effect.milliseconds);
        return payload;
      case 'drop':
        request.raw.socket.destroy();
        return payload;
      case 'malformed':
        return effect.body ?? TRUNCATED_BODY;
    }
  }

  private sendStatus(effect: Extract<FaultEffect, { kind: 'status' }>, reply: FastifyReply) {
    if (effect.retryAfterSeconds !== undefined) reply.header('retry-after', String(effect.retryAfterSeconds));
    return reply.code(effect.status).send(faultBody(effect.status));
  }
}

function faultBody(status: number) {
  const code = status === 429 ? 'RATE_LIMITED' : status === 503 ? 'MAINTENANCE' : 'INTERNAL_ERROR';
  return { error: { code, message: `Injected fault: ${status}.` } };
}
