/**
 * Builds the gateway: external plugins, then app plugins, then routes (Fastify's own layout).
 * Tests call `buildGateway` with any adapter and use `inject`; `plumbline serve` adds `listen`.
 */
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { PlumblineAdapterV1 } from '../adapter/adapter-v1.js';
import adapterPlugin from './plugins/adapter.js';
import openapiPlugin from './plugins/openapi.js';
import problemHandler from './plugins/problem-handler.js';
import healthRoutes from './routes/health.js';
import metaRoutes from './routes/meta.js';
import sourceRoutes from './routes/sources.js';
import recordRoutes from './routes/records.js';
import runRoutes from './routes/runs.js';
import subjectRoutes from './routes/subjects.js';
import linkOverrideRoutes from './routes/link-overrides.js';
import flaggingRoutes from './routes/flagging.js';
import exportRoutes from './routes/export.js';

export interface GatewayOptions {
  /** The adapter to serve. */
  adapter: PlumblineAdapterV1;
  /** Fastify logger settings; off by default (tests), on in `plumbline serve`. */
  logger?: FastifyServerOptions['logger'];
}

export async function buildGateway(options: GatewayOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(openapiPlugin);
  await app.register(adapterPlugin, { adapter: options.adapter });
  await app.register(problemHandler);

  await app.register(healthRoutes);
  await app.register(metaRoutes);
  await app.register(sourceRoutes);
  await app.register(recordRoutes);
  await app.register(runRoutes);
  await app.register(subjectRoutes);
  await app.register(linkOverrideRoutes);
  await app.register(flaggingRoutes);
  await app.register(exportRoutes);

  app.addHook('onClose', async () => options.adapter.close());
  await app.ready();
  return app;
}
