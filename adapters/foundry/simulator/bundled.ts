/**
 * The foundry simulator as the connector's bundled supplier: started by the CLI's composition
 * root when `PLUMBLINE_FOUNDRY_BASE_URL` is unset, with its own engine store beside the gateway's.
 */
import { dirname, join } from 'node:path';
import type { AdapterLogger } from '../../../src/adapter/factory.js';
import type { BundledSupplier } from '../../../src/connectors/index.js';
import { startFoundrySimulator } from './start.js';

export async function startFoundryBundledSupplier(
  settings: { readonly databasePath: string; readonly ontology: string },
  logger: AdapterLogger,
): Promise<BundledSupplier> {
  const simulator = await startFoundrySimulator({
    databasePath: join(dirname(settings.databasePath), 'foundry-simulator.db'),
    ontology: settings.ontology,
    logger,
  });
  return { settings: { baseUrl: simulator.baseUrl, ...simulator.client }, url: simulator.baseUrl, close: () => simulator.close() };
}
