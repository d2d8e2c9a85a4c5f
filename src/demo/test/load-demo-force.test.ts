/**
 * The demo `npm start` loads into an empty store: through the reference engine, and through the http
 * adapter to a gateway of its own, which (authentication on) wants a justification for every read
 * of personal data, as any client's request does.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PlumblineAdapterV1 } from '../../adapter/adapter-v1.js';
import { silentLogger } from '../../adapter/factory.js';
import { createReferenceAdapter } from '../../../adapters/reference/index.js';
import { HttpAdapterSettings } from '../../../adapters/http/index.js';
import { loadAdapterFactory } from '../../cli/adapter-factories.js';
import { isEmpty, loadDemoForce } from '../load-demo-force.js';

const directory = mkdtempSync(join(tmpdir(), 'plumbline-demo-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const small = { people: 150, months: 12, seed: 1 };

async function loadsInto(adapter: PlumblineAdapterV1) {
  try {
    expect(await isEmpty(adapter)).toBe(true);
    const messages: string[] = [];
    const progress = { step: (message: string) => messages.push(message), records: (ingested: number) => messages.push(`${ingested} records`) };
    const summary = await loadDemoForce(adapter, small, progress);
    expect(summary.records).toBeGreaterThan(8_000);
    expect(summary.rejected).toBe(0);
    expect(summary.subjects).toBeGreaterThanOrEqual(150);
    expect(summary.openFlags).toBeGreaterThan(0);
    expect(messages).toContain(`${summary.records} records`);
    expect(summary.sampleSubjectId).toMatch(/^subj-/);
    expect(summary.asOf).toBe('2026-03-29');
    expect(messages.at(-1)).toMatch(/flagging as of 2026-03-29/);
    expect(await isEmpty(adapter)).toBe(false);
  } finally {
    await adapter.close();
  }
}

describe('the demo force', () => {
  it('loads into the reference engine', async () => {
    await loadsInto(createReferenceAdapter({ databasePath: join(directory, 'reference', 'plumbline.db') }, { logger: silentLogger }));
  }, 60_000);

  it('loads through the http adapter into a gateway that asks for justifications', async () => {
    const settings = HttpAdapterSettings.parse({ databasePath: join(directory, 'http', 'plumbline.db') });
    const httpAdapterFactory = (await loadAdapterFactory('http'))!;
    await loadsInto(await httpAdapterFactory.create(settings, { logger: silentLogger }));
  }, 60_000);
});
