/**
 * The casework simulator as the connector's bundled supplier: started by the CLI's composition
 * root when `PLUMBLINE_CASEWORK_BASE_URL` is unset, with its store beside the gateway's.
 */
import { dirname, join } from 'node:path';
import type { AdapterLogger } from '../../../src/adapter/factory.js';
import type { BundledSupplier } from '../../../src/connectors/index.js';
import { startCaseworkSimulator } from './index.js';

export async function startCaseworkBundledSupplier(settings: { readonly databasePath: string }, logger: AdapterLogger): Promise<BundledSupplier> {
  const simulator = await startCaseworkSimulator({ directory: join(dirname(settings.databasePath), 'casework-simulator'), logger });
  return { settings: { baseUrl: simulator.url, apiKey: simulator.apiKey }, url: simulator.url, close: () => simulator.close() };
}
