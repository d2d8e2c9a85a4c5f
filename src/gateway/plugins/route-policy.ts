/**
 * Deny by default, at build time: registered before any other plugin, it sees every route as it
 * is added, marks the public ones from the operations table, and refuses to build a gateway with
 * a route that neither names an operation nor is public. It also keeps the list of routes and
 * their policies, which the role-matrix test is generated from.
 */
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { isPublicRoute, operations, type OperationId } from '../operations.js';

/** One registered route and what governs it. */
export interface RoutePolicy {
  readonly method: string;
  readonly url: string;
  /** The operation it serves; null for a public route. */
  readonly operation: OperationId | null;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route of the gateway with its operation, in registration order. */
    readonly routePolicies: readonly RoutePolicy[];
  }
}

async function routePolicy(app: FastifyInstance) {
  const policies: RoutePolicy[] = [];
  app.decorate('routePolicies', policies);

  app.addHook('onRoute', (route) => {
    const operation = route.config?.operation;
    const isPublic = isPublicRoute(route.url);
    if (operation !== undefined && !(operation in operations)) throw new Error(`Route ${route.url} names unknown operation "${operation}".`);
    if (!isPublic && operation === undefined) {
      throw new Error(`Route ${String(route.method)} ${route.url} names no operation and is not public: give it an operation in src/gateway/operations.ts.`);
    }
    route.config = { ...route.config, public: isPublic };
    for (const method of [route.method].flat()) policies.push({ method, url: route.url, operation: operation ?? null });
  });
}

export default fp(routePolicy, { name: 'plumbline-route-policy' });
