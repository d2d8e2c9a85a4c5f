/**
 * The composition root: registers the configuration and the adapter factories in a tsyringe
 * container and makes the configured adapter. Symbol tokens and factories only, so it runs the
 * same under tsx, vitest and compiled output.
 */
import 'reflect-metadata';
import { container as rootContainer, type DependencyContainer } from 'tsyringe';
import { tokens } from '../adapter/tokens.js';
import type { AdapterFactory, AdapterLogger } from '../adapter/factory.js';
import type { PlumblineAdapterV1 } from '../adapter/adapter-v1.js';
import { adapterSettingsFromEnvironment, adapterVariablePrefix, type GatewayConfig } from './gateway-config.js';
import { ConfigError } from '../adapter/config-error.js';

/** Makes a container holding the configuration and the known adapter factories. */
// Factories of different settings types in one list (each validates its own settings before `create`).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function createContainer(config: GatewayConfig, factories: readonly AdapterFactory<any>[]): DependencyContainer {
  const container = rootContainer.createChildContainer();
  container.register(tokens.config, { useValue: config });
  container.register(tokens.adapterFactories, { useValue: new Map(factories.map((factory) => [factory.id, factory])) });
  return container;
}

/**
 * Makes the configured adapter with its validated settings and registers it under
 * `tokens.adapter`. Throws `ConfigError` for an unknown adapter or bad settings.
 */
export async function createConfiguredAdapter(
  container: DependencyContainer,
  environment: NodeJS.ProcessEnv,
  logger: AdapterLogger,
): Promise<PlumblineAdapterV1> {
  const config = container.resolve<GatewayConfig>(tokens.config);
  const adapter = await createNamedAdapter(
    container,
    { name: config.adapter, variable: 'PLUMBLINE_ADAPTER', databasePath: config.databasePath, databaseUrl: config.databaseUrl, replicaId: config.replicaId },
    environment,
    logger,
  );
  container.register(tokens.adapter, { useValue: adapter });
  return adapter;
}

/**
 * Makes the parallel run's candidate adapter (`PLUMBLINE_CANDIDATE_ADAPTER`) the same way as the
 * primary, from its own `PLUMBLINE_<ADAPTER>_…` settings and its own store
 * (`PLUMBLINE_CANDIDATE_DB`); undefined when no candidate is configured.
 */
export async function createCandidateAdapter(
  container: DependencyContainer,
  environment: NodeJS.ProcessEnv,
  logger: AdapterLogger,
): Promise<PlumblineAdapterV1 | undefined> {
  const config = container.resolve<GatewayConfig>(tokens.config);
  if (!config.candidateAdapter) return undefined;
  if (config.candidateDatabasePath === config.databasePath) {
    throw new ConfigError([
      `PLUMBLINE_CANDIDATE_DB=${JSON.stringify(config.candidateDatabasePath)}: the candidate needs its own store, not the primary's PLUMBLINE_DB`,
    ]);
  }
  return createNamedAdapter(
    container,
    { name: config.candidateAdapter, variable: 'PLUMBLINE_CANDIDATE_ADAPTER', databasePath: config.candidateDatabasePath },
    environment,
    logger,
  );
}

/** One way to make an adapter by name: its factory, its settings validated, its store. */
async function createNamedAdapter(
  container: DependencyContainer,
  wanted: { name: string; variable: string; databasePath: string; databaseUrl?: string; replicaId?: string },
  environment: NodeJS.ProcessEnv,
  logger: AdapterLogger,
): Promise<PlumblineAdapterV1> {
  const factories = container.resolve<Map<string, AdapterFactory<unknown>>>(tokens.adapterFactories);
  const factory = factories.get(wanted.name);
  if (!factory) {
    throw new ConfigError([`${wanted.variable}=${JSON.stringify(wanted.name)}: unknown adapter; known adapters are ${[...factories.keys()].join(', ')}`]);
  }
  // The shared database and replica name go to every adapter (the reference engine keeps its store
  // there); an adapter whose settings do not name them drops them.
  const shared = { ...(wanted.databaseUrl ? { databaseUrl: wanted.databaseUrl } : {}), ...(wanted.replicaId ? { replicaId: wanted.replicaId } : {}) };
  const rawSettings = { databasePath: wanted.databasePath, ...shared, ...adapterSettingsFromEnvironment(factory.id, environment) };
  const settings = factory.settings.safeParse(rawSettings);
  if (!settings.success) {
    const prefix = adapterVariablePrefix(factory.id);
    throw new ConfigError(
      settings.error.issues.map(
        (issue) =>
          `${prefix}${String(issue.path[0] ?? '')
            .replace(/[A-Z]/g, (letter) => `_${letter}`)
            .toUpperCase()}: ${issue.message}`,
      ),
    );
  }
  return factory.create(settings.data, { logger });
}
