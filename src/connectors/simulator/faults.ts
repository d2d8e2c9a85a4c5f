/**
 * The simulator kit's fault injection, one for every supplier simulator: each rule matches
 * requests (method, path) and strikes a number of times. A fault strikes `before` the platform
 * handles the request (it did nothing: an error status, a delay, a dropped connection) or `after`
 * (it did the work and only the answer is delayed, lost or spoiled) — the case that tempts a
 * connector into repeating a write, which exactly-once tests need.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** What a fault does. */
export type FaultEffect =
  /** Answer this status (with the simulator's error body for it) and, when given, `Retry-After`. */
  | { readonly kind: 'status'; readonly status: number; readonly retryAfterSeconds?: number }
  | { readonly kind: 'delay'; readonly milliseconds: number }
  | { readonly kind: 'drop' }
  /** A spoiled body: the given text, else the real answer cut short (`truncated`) or with one value of the wrong type. */
  | { readonly kind: 'malformed'; readonly variant?: 'truncated' | 'wrong-type'; readonly body?: string };

/** Which requests a fault strikes, when, and how often. */
export interface FaultRule {
  /** Only requests with this method (any when omitted). */
  readonly method?: string;
  /** Only requests whose path (without the query) contains this text or matches this pattern (any when omitted). */
  readonly path?: string | RegExp;
  /** Only requests whose path and query match (for paging: the first page has no token). */
  readonly url?: RegExp;
  /** Before the platform handles the request, or after. Default `before`; `malformed` is always after. */
  readonly phase?: 'before' | 'after';
  /** How many matching requests it strikes; default 1, `Infinity` for a storm. */
  readonly times?: number;
  readonly effect: FaultEffect;
}

/** A handle on one injected fault. */
export interface InjectedFault {
  /** How many requests it struck. */
  readonly hits: number;
  /** Stops it striking. */
  remove(): void;
}

interface ActiveFault extends FaultRule {
  remaining: number;
  hits: number;
}

/** How a simulator answers an injected error status, in its own error vocabulary. */
export type ErrorBodyOf = (status: number) => unknown;

declare module 'fastify' {
  interface FastifyRequest {
    /** The fault that will spoil this request's answer, taken when it arrived. */
    answerFault?: ActiveFault;
  }
}

function phaseOf(rule: FaultRule): 'before' | 'after' {
  return rule.phase ?? (rule.effect.kind === 'malformed' ? 'after' : 'before');
}

/** Spoils a JSON body: cut short, or one string property given a value of the wrong type. */
export function spoil(payload: string, variant: 'truncated' | 'wrong-type'): string {
  if (variant === 'truncated') return payload.slice(0, Math.max(1, Math.floor(payload.length / 2)));
  const body = JSON.parse(payload) as Record<string, unknown>;
  const target = (Array.isArray(body.data) && typeof body.data[0] === 'object' ? body.data[0] : body) as Record<string, unknown>;
  const property = Object.keys(target).find((name) => !name.startsWith('__') && typeof target[name] === 'string');
  if (property) target[property] = 42;
  else body.data = 'not a list';
  return JSON.stringify(body);
}

/** The faults in force; tests inject and clear them. */
export class FaultInjector {
  private faults: ActiveFault[] = [];
  /** How many requests faults struck, all rules together. */
  injected = 0;

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

  /**
   * Hooks the faults that strike before the platform acts: call it before any other `onRequest`
   * hook, so that a fault strikes before the API key or the rate limit is looked at.
   */
  hookRequests(app: FastifyInstance, errorBodyOf: ErrorBodyOf): void {
    app.addHook('onRequest', async (request, reply) => {
      request.answerFault = this.take(request, 'after');
      const fault = this.take(request, 'before');
      if (fault) return this.strikeBefore(fault.effect, request, reply, errorBodyOf);
    });
  }

  /**
   * Hooks the faults that spoil answers: call it after every other `onSend` hook (Fastify runs
   * them in order), so that the platform has recorded its real answer (an idempotency key's
   * replay, say) before the fault spoils what the caller gets.
   */
  hookAnswers(app: FastifyInstance, errorBodyOf: ErrorBodyOf): void {
    app.addHook('onSend', async (request, reply, payload) => {
      const fault = request.answerFault;
      return fault ? this.strikeAfter(fault.effect, request, reply, payload, errorBodyOf) : payload;
    });
  }

  private take(request: FastifyRequest, phase: 'before' | 'after'): ActiveFault | undefined {
    const path = request.url.split('?')[0]!;
    const fault = this.faults.find(
      (candidate) =>
        candidate.remaining > 0 &&
        phaseOf(candidate) === phase &&
        (!candidate.method || candidate.method.toUpperCase() === request.method) &&
        (candidate.path === undefined || (typeof candidate.path === 'string' ? path.includes(candidate.path) : candidate.path.test(path))) &&
        (!candidate.url || candidate.url.test(request.url)),
    );
    if (fault) {
      fault.remaining -= 1;
      fault.hits += 1;
      this.injected += 1;
    }
    return fault;
  }

  private async strikeBefore(effect: FaultEffect, request: FastifyRequest, reply: FastifyReply, errorBodyOf: ErrorBodyOf) {
    switch (effect.kind) {
      case 'status':
        if (effect.retryAfterSeconds !== undefined) reply.header('retry-after', String(effect.retryAfterSeconds));
        return reply.code(effect.status).send(errorBodyOf(effect.status));
      case 'delay':
        await sleep(effect.milliseconds);
        return;
      case 'drop':
        reply.hijack();
        request.raw.socket.destroy();
        return reply;
      case 'malformed':
        return reply.type('application/json').send(effect.body ?? '{"data":[{"');
    }
  }

  private async strikeAfter(effect: FaultEffect, request: FastifyRequest, reply: FastifyReply, payload: unknown, errorBodyOf: ErrorBodyOf) {
    switch (effect.kind) {
      case 'status':
        reply.code(effect.status);
        if (effect.retryAfterSeconds !== undefined) reply.header('retry-after', String(effect.retryAfterSeconds));
        return JSON.stringify(errorBodyOf(effect.status));
      case 'delay':
        await sleep(effect.milliseconds);
        return payload;
      case 'drop':
        request.raw.socket.destroy();
        return payload;
      case 'malformed':
        return effect.body ?? (typeof payload === 'string' ? spoil(payload, effect.variant ?? 'truncated') : payload);
    }
  }
}

/**
 * The switch the conformance suite's upstream requirements (ADP-002, ADP-003) turn: every request
 * answered with a status, or left unanswered past the connector's per-attempt deadline
 * (`deadlineMs`), until cleared. It has the shape of the suite's `UpstreamFaults`.
 */
export function upstreamFaultSwitch(injector: FaultInjector, deadlineMs: number) {
  return {
    inject(fault: { readonly status: number } | { readonly noAnswer: true }): void {
      injector.inject({
        times: Infinity,
        effect: 'status' in fault ? { kind: 'status', status: fault.status } : { kind: 'delay', milliseconds: deadlineMs + 1_000 },
      });
    },
    clear: () => injector.clear(),
  };
}
