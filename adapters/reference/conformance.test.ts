/**
 * The reference engine against the conformance suite, in process: the gateway (with
 * authentication on) around a fresh engine in a temporary directory. An adapter of any supplier
 * runs the suite the same way, from a file like this one in its own folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { silentLogger } from '../../src/adapter/factory.js';
import { runConformance } from '../../contract-tests/index.js';
import { createReferenceAdapter } from './index.js';

const directories: string[] = [];
afterAll(() => {
  for (const directory of directories) rmSync(directory, { recursive: true, force: true });
});

runConformance({
  name: 'reference engine',
  profile: 'full',
  // A new engine in a new directory each time: the suite asks for a second, empty one to import into.
  adapter: () => {
    const directory = mkdtempSync(join(tmpdir(), 'plumbline-reference-conformance-'));
    directories.push(directory);
    return createReferenceAdapter({ databasePath: join(directory, 'plumbline.db') }, { logger: silentLogger });
  },
});
