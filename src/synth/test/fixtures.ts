/** Small written forces for the tests, each in its own temporary directory. */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync, readdirSync } from 'node:fs';
import { synthesizeForce, writeForce, type SynthOptions } from '../index.js';

export async function writeSmallForce(options: SynthOptions): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'plumbline-synth-'));
  await writeForce(synthesizeForce(options), directory);
  return directory;
}

/** Every file under a written force, relative path to contents. */
export function filesOf(directory: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(directory, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(path.slice(directory.length + 1), readFileSync(path));
  }
  return files;
}

export function ndjson<Item>(directory: string, file: string): Item[] {
  return readFileSync(join(directory, file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Item);
}
