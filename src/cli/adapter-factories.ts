/**
 * Every adapter the gateway can be configured with, loaded lazily: starting one adapter loads
 * that adapter's module alone, not the others' dependencies (Fastify and the reference engine
 * behind a simulator, the foundry types, …).
 *
 * This is also where a connector meets its bundled supplier. A connector's production entry
 * imports no simulator; when no base URL is configured, the factory given here starts the
 * connector's simulator (or, for http, a gateway over the reference engine) on loopback, points
 * the connector at it, and stops it after the connector closes.
 */
import type { AdapterFactory, AdapterLogger } from '../adapter/factory.js';
import { closeOnce, type BundledSupplier } from '../connectors/index.js';

// Factories of different settings types in one list (each validates its own settings before `create`).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyAdapterFactory = AdapterFactory<any>;
type Loader = () => Promise<AnyAdapterFactory>;

/** Settings of a connector that may run over a bundled supplier. */
interface ConnectorSettings {
  readonly baseUrl?: string;
}

/** A connector's factory that starts its bundled supplier when no base URL is configured. */
export function overBundledSupplier<Settings extends ConnectorSettings>(
  factory: AdapterFactory<Settings>,
  startSupplier: (settings: Settings, logger: AdapterLogger) => Promise<BundledSupplier>,
): AdapterFactory<Settings> {
  return {
    ...factory,
    async create(settings, environment) {
      if (settings.baseUrl !== undefined) return factory.create(settings, environment);
      const supplier = await startSupplier(settings, environment.logger);
      environment.logger.info({ adapter: factory.id, baseUrl: supplier.url }, 'no base URL configured: serving through the bundled supplier on loopback');
      const adapter = await factory.create({ ...settings, ...supplier.settings }, environment).catch(async (error: unknown) => {
        await supplier.close();
        throw error;
      });
      const close = adapter.close.bind(adapter);
      return Object.assign(adapter, {
        close: closeOnce(async () => {
          await close();
          await supplier.close();
        }),
      });
    },
  };
}

const loaders: Readonly<Record<string, Loader>> = {
  reference: async () => (await import('../../adapters/reference/index.js')).referenceAdapterFactory,
  http: async () => {
    const [{ httpAdapterFactory }, { startHttpBundledSupplier }] = await Promise.all([import('../../adapters/http/index.js'), import('./bundled-remote.js')]);
    return overBundledSupplier(httpAdapterFactory, startHttpBundledSupplier);
  },
  casework: async () => {
    const { caseworkAdapterFactory } = await import('../../adapters/casework/index.js');
    return overBundledSupplier(caseworkAdapterFactory, async (settings, logger) =>
      (await import('../../adapters/casework/simulator/bundled.js')).startCaseworkBundledSupplier(settings, logger),
    );
  },
  foundry: async () => {
    const { foundryAdapterFactory } = await import('../../adapters/foundry/index.js');
    return overBundledSupplier(foundryAdapterFactory, async (settings, logger) =>
      (await import('../../adapters/foundry/simulator/bundled.js')).startFoundryBundledSupplier(settings, logger),
    );
  },
};

/** The ids of every adapter, without loading any. */
export const adapterIds: readonly string[] = Object.keys(loaders);

/** One adapter's factory, loading its module alone; undefined for an unknown id. */
export async function loadAdapterFactory(id: string): Promise<AnyAdapterFactory | undefined> {
  return Object.hasOwn(loaders, id) ? loaders[id]!() : undefined;
}

/**
 * Adapter factories: those named in `only` (an unknown name loads them all, so that the refusal
 * can list the known ones), or every one.
 */
export async function loadAdapterFactories(only?: readonly string[]): Promise<AnyAdapterFactory[]> {
  const ids = only && only.every((id) => Object.hasOwn(loaders, id)) ? only : adapterIds;
  return Promise.all(ids.map((id) => loaders[id]!()));
}
