/**
 * Every adapter the gateway can be configured with. Imported lazily so that starting one adapter
 * does not load the others' dependencies.
 */
import type { AdapterFactory } from '../adapter/factory.js';

// Factories of different settings types in one list (each validates its own settings before `create`).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function loadAdapterFactories(): Promise<AdapterFactory<any>[]> {
  const [{ referenceAdapterFactory }, { httpAdapterFactory }, { caseworkAdapterFactory }, { foundryAdapterFactory }] = await Promise.all([
    import('../../adapters/reference/index.js'),
    import('../../adapters/http/index.js'),
    import('../../adapters/casework/index.js'),
    import('../../adapters/foundry/index.js'),
  ]);
  return [referenceAdapterFactory, httpAdapterFactory, caseworkAdapterFactory, foundryAdapterFactory];
}
