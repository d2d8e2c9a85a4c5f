/**
 * Which `PLUMBLINE_*` variables in an environment `plumbline serve` would ignore: not the gateway's
 * settings, not read elsewhere by name, and not a setting of the adapters being served (those not
 * being served are not loaded, so anything with their prefix passes).
 */
import type { AdapterFactory } from '../adapter/factory.js';
import { adapterVariablePrefix, environmentVariables } from '../config/gateway-config.js';
import { findUnknownSettings, settingVariables, type UnknownSetting } from '../config/unknown-settings.js';
import { TEST_POSTGRES_VARIABLE } from '../postgres/temporary-database.js';
import { RUN_HEAP_VARIABLE } from '../../adapters/reference/runs/run-heap-limit.js';
import { adapterIds } from './adapter-factories.js';

/** The variables nothing would read, given the factories of the adapters being served. */
export function unknownSettingsIn(environment: NodeJS.ProcessEnv, servedFactories: readonly AdapterFactory<unknown>[]): UnknownSetting[] {
  return findUnknownSettings(environment, {
    variables: [...Object.values(environmentVariables), RUN_HEAP_VARIABLE, TEST_POSTGRES_VARIABLE],
    adapters: adapterIds.map((id) => {
      const prefix = adapterVariablePrefix(id);
      const factory = servedFactories.find((served) => served.id === id);
      return { prefix, variables: factory && settingVariables(prefix, factory.settings) };
    }),
  });
}
