/**
 * Puts the adapter on the app and enforces the capability manifest: an adapter claiming a
 * capability without the part of the interface that serves it is refused when the gateway is
 * built, and a route whose capability the adapter does not claim answers 501 before any
 * validation or adapter call.
 */
import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { PlumblineAdapterV1 } from '../../adapter/adapter-v1.js';
import type { OperationContext } from '../../adapter/context.js';
import { missingConcerns } from '../../adapter/capability-concerns.js';
import { errors, PlumblineError } from '../../adapter/errors.js';
import { operations, type OperationConfig } from '../operations.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The adapter the gateway serves. */
    adapter: PlumblineAdapterV1;
  }
  interface FastifyContextConfig extends Partial<OperationConfig> {}
  interface FastifyRequest {
    /** Who is asking and why, as passed to the adapter. */
    operationContext: OperationContext;
  }
}

export interface AdapterPluginOptions {
  adapter: PlumblineAdapterV1;
}

async function adapterPlugin(app: FastifyInstance, options: AdapterPluginOptions) {
  const { adapter } = options;
  const missing = missingConcerns(adapter);
  if (missing.length > 0) {
    const what = missing.map(({ capability, concern }) => `"${capability}" needs "${concern}"`).join(', ');
    throw new PlumblineError('adapter-contract-violation', `The "${adapter.identity.id}" adapter claims capabilities it does not implement: ${what}.`, {
      adapter: adapter.identity.id,
    });
  }
  const claimed = new Set(adapter.capabilities);
  app.decorate('adapter', adapter);
  app.decorateRequest('operationContext', null as unknown as OperationContext);

  app.addHook('onRequest', async (request: FastifyRequest) => {
    // Access control ran first: its caller and justification are what the adapter is told.
    const { actor, justification } = request.access ?? { actor: 'anonymous' };
    request.operationContext = justification === undefined ? { actor } : { actor, justification };
    const operation = request.routeOptions.config.operation;
    if (!operation) return;
    const { capability } = operations[operation];
    if (capability && !claimed.has(capability)) throw errors.unsupported(capability, adapter.identity.id);
  });
}

export default fp(adapterPlugin, { name: 'plumbline-adapter', dependencies: ['plumbline-access-control'] });
