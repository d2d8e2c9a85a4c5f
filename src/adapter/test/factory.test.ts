/** What every adapter made through `defineAdapterFactory` can rely on, whatever its own code does. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineAdapterFactory, silentLogger } from '../factory.js';
import { createRecordingAdapter } from '../../gateway/testing/recording-adapter.js';
import { loadAdapterFactory } from '../../cli/adapter-factories.js';

describe('adapters made by a factory', () => {
  it('close once: a second close waits for the first and releases nothing twice', async () => {
    let releases = 0;
    const factory = defineAdapterFactory({
      id: 'counting',
      description: 'closes by counting',
      settings: z.object({}),
      create: async () => ({
        ...createRecordingAdapter(),
        close: async () => {
          releases += 1;
          if (releases > 1) throw new Error('released twice');
        },
      }),
    });
    const adapter = await factory.create({}, { logger: silentLogger });
    await Promise.all([adapter.close(), adapter.close()]);
    await adapter.close();
    expect(releases).toBe(1);
  });

  it('include a real connector whose own close is not idempotent (casework with its bundled simulator)', async () => {
    const caseworkAdapterFactory = (await loadAdapterFactory('casework'))!;
    const adapter = await caseworkAdapterFactory.create(caseworkAdapterFactory.settings.parse({}), { logger: silentLogger });
    await adapter.close();
    await expect(adapter.close()).resolves.toBeUndefined();
  });
});
