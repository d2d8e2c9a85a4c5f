/**
 * An adapter made by its factory with a store of its own in a temporary directory, removed when
 * the adapter closes: how `plumbline conformance --adapter NAME` makes each target.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PlumblineAdapterV1 } from '../../src/adapter/adapter-v1.js';
import { silentLogger, type AdapterFactory } from '../../src/adapter/factory.js';

/** Makes adapters of `factory`, or explains why it cannot: the factory needs settings beyond a store. */
export function temporaryAdapterMaker(factory: AdapterFactory<unknown>): () => Promise<PlumblineAdapterV1> {
  return async () => {
    const directory = mkdtempSync(join(tmpdir(), `plumbline-conformance-${factory.id}-`));
    const settings = factory.settings.safeParse({ databasePath: join(directory, 'plumbline.db') });
    if (!settings.success) {
      rmSync(directory, { recursive: true, force: true });
      throw new Error(`The "${factory.id}" adapter needs settings of its own: run it with \`plumbline serve\` and evaluate it with --url.`);
    }
    const adapter = await factory.create(settings.data, { logger: silentLogger });
    const close = adapter.close.bind(adapter);
    return Object.assign(adapter, {
      close: async () => {
        await close();
        rmSync(directory, { recursive: true, force: true });
      },
    });
  };
}
