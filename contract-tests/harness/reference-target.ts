/**
 * A fresh reference engine in a temporary directory, in process: the default "adapter B" of the
 * exit rehearsal, and what POR-003 imports a target's export into.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../src/adapter/factory.js';
import { createReferenceAdapter } from '../../adapters/reference/index.js';
import { inProcessTarget, type InProcessOptions } from './in-process.js';
import type { ConformanceTarget } from './target.js';

/** Makes a reference engine in its own temporary directory, removed when the engine closes. */
export function temporaryReferenceAdapter() {
  const directory = mkdtempSync(join(tmpdir(), 'plumbline-conformance-'));
  // The file is exposed for the suite's broken adapters, which reach into storage to break it.
  const databasePath = join(directory, 'plumbline.db');
  const adapter = createReferenceAdapter({ databasePath }, { logger: silentLogger });
  const close = adapter.close;
  return Object.assign(adapter, {
    databasePath,
    close: async () => {
      await close();
      rmSync(directory, { recursive: true, force: true });
    },
  });
}

/** A fresh reference engine as an in-process target, its store removed when it closes. */
export function referenceTarget(options: Omit<InProcessOptions, 'adapter'> = {}): Promise<ConformanceTarget> {
  return inProcessTarget({ name: 'reference', ...options, adapter: temporaryReferenceAdapter });
}
