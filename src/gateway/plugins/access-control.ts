/**
 * Who may do what, decided before anything else runs: authenticate the bearer token (401), keep
 * the caller within its rate limit (429), check the operation's roles in the operations table
 * (403, deny by default), and check the stated justification (400). Without `authentication`
 * (in-process use outside production) every request is let through as `anonymous`, but a
 * justification that is sent is still checked and still reaches the adapter.
 */
import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { PlumblineError } from '../../adapter/errors.js';
import { Justification, JUSTIFICATION_HEADER, type Role } from '../../contract/index.js';
import { needsJustification, operations, type OperationPolicy } from '../operations.js';
import { CallerBudget } from '../security/caller-budget.js';
import { createTokenVerifier, type AuthenticationOptions } from '../security/token-verifier.js';

/** What the gateway knows about the caller of a request. */
export interface RequestAccess {
  /** The token's subject, or `anonymous` when authentication is off. */
  readonly actor: string;
  /**
   * The role the request is made under: the first of the token's roles the operation allows or,
   * when it allows none (the request is refused), the first the token carries.
   */
  readonly role: Role | null;
  /** The validated justification, when one was sent. */
  readonly justification?: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set once the caller is known; null before that and for refused tokens. */
    access: RequestAccess | null;
  }
}

export interface AccessControlOptions {
  /** How tokens are verified; omitted only when authentication is deliberately off. */
  readonly authentication?: AuthenticationOptions;
  /** Requests per minute per token subject; no limit when omitted or false. */
  readonly rateLimitPerMinute?: number | false;
  /** Counts the limit instead of this gateway's own memory (shared by replicas: `SharedCallerBudget`). */
  readonly budget?: Pick<CallerBudget, 'limit' | 'take'>;
}

/** The first of the caller's roles that the operation allows; null when none does. */
export function actingRole(policy: OperationPolicy, callerRoles: readonly Role[]): Role | null {
  return callerRoles.find((role) => policy.roles.includes(role)) ?? null;
}

/** Reads the justification header, refusing a malformed one and, where required, a missing one. */
function readJustification(request: FastifyRequest, policy: OperationPolicy | undefined): string | undefined {
  const value = request.headers[JUSTIFICATION_HEADER];
  const path = `/headers/${JUSTIFICATION_HEADER}`;
  if (value === undefined) {
    if (!policy || !needsJustification(policy)) return undefined;
    const verb = policy.processing === 'erasure' ? 'erases' : policy.processing === 'alteration' ? 'changes' : 'reads';
    const detail = `This request ${verb} personal data: send a Plumbline-Justification header with the purpose or case reference (1 to 200 printable characters).`;
    throw new PlumblineError('validation-failed', detail, { errors: [{ path, message: 'required' }] });
  }
  const parsed = Justification.safeParse(Array.isArray(value) ? value.join(', ') : value.trim());
  if (!parsed.success) {
    const message = parsed.error.issues[0].message;
    throw new PlumblineError('validation-failed', `Invalid Plumbline-Justification header: ${message}.`, { errors: [{ path, message }] });
  }
  return parsed.data;
}

async function accessControl(app: FastifyInstance, options: AccessControlOptions) {
  app.decorateRequest('access', null);
  const verify = options.authentication && createTokenVerifier(options.authentication);
  const budget = options.rateLimitPerMinute ? (options.budget ?? new CallerBudget(options.rateLimitPerMinute)) : undefined;

  app.addHook('onRequest', async (request, reply) => {
    const config = request.routeOptions.config;
    // Unknown routes fall through to the 404 handler; public routes need no token.
    if (request.routeOptions.url === undefined || config.public) return;
    const policy = config.operation && operations[config.operation];

    if (!verify) {
      request.access = { actor: 'anonymous', role: null, justification: readJustification(request, undefined) };
      return;
    }
    const principal = await verify(request.headers.authorization).catch((error: PlumblineError) => {
      // RFC 6750: a 401 names the scheme, and says whether a token was sent but refused.
      if (error.status === 401) reply.header('www-authenticate', request.headers.authorization ? 'Bearer error="invalid_token"' : 'Bearer');
      throw error;
    });
    if (budget) {
      const { allowed, resetSeconds } = budget.take(principal.subject);
      if (!allowed) {
        throw new PlumblineError('rate-limited', `Too many requests: at most ${budget.limit} a minute for one caller. Retry in ${resetSeconds} s.`, {
          retryAfterSeconds: resetSeconds,
        });
      }
    }
    if (!policy) throw new PlumblineError('forbidden', 'This route declares no operation, so no role may call it.');
    const role = actingRole(policy, principal.roles);
    // Recorded before any refusal below, so that refused attempts reach the audit trail too.
    request.access = { actor: principal.subject, role: role ?? principal.roles[0] ?? null };
    if (!role) {
      const held = principal.roles.length ? `the role${principal.roles.length > 1 ? 's' : ''} ${principal.roles.join(', ')}` : 'no known role';
      const allowed = policy.roles.length ? `only ${policy.roles.join(', ')} may` : 'no role may';
      throw new PlumblineError('forbidden', `The token carries ${held}; ${allowed} call ${config.operation}.`);
    }
    request.access = { actor: principal.subject, role, justification: readJustification(request, policy) };
  });
}

export default fp(accessControl, { name: 'plumbline-access-control' });
