/**
 * The breaking-change gate: the document the code generates (`openapi/plumbline.v1.json`, which
 * the drift test keeps equal to what the gateway serves) against every released v1 document kept
 * in `openapi/released/`, judged with the accepted changes. Run in CI by its test and by hand with
 * `plumbline compat`.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readAcceptedChanges, judge, type GateVerdict } from './accepted-changes.js';
import { breakingChanges, type OpenApiDocument } from './document-compatibility.js';

export interface GatePaths {
  /** The folder of released documents, one file per release. */
  readonly released: string;
  /** The document the code generates now. */
  readonly current: string;
  /** The reviewed list of accepted breaking changes. */
  readonly accepted: string;
}

/** Where the gate reads from, relative to the repository root. */
export function defaultGatePaths(root: string): GatePaths {
  return {
    released: join(root, 'openapi/released'),
    current: join(root, 'openapi/plumbline.v1.json'),
    accepted: join(root, 'openapi/accepted-breaking-changes.json'),
  };
}

export interface ReleaseVerdict extends GateVerdict {
  readonly release: string;
}

const readJson = async (path: string) => JSON.parse(await readFile(path, 'utf8')) as OpenApiDocument;

/**
 * The verdict against each release. An accepted entry only has to match against some release:
 * a change accepted since 1.0.0 shows against every later release too, until that one is frozen.
 */
export async function runGate(paths: GatePaths): Promise<{ releases: ReleaseVerdict[]; unused: GateVerdict['unused']; passed: boolean }> {
  const current = await readJson(paths.current);
  const accepted = await readAcceptedChanges(paths.accepted);
  const files = (await readdir(paths.released)).filter((file) => file.endsWith('.json')).sort();
  if (files.length === 0) throw new Error(`${paths.released} holds no released document: the gate has nothing to hold the contract to.`);
  const releases: ReleaseVerdict[] = [];
  for (const file of files) releases.push({ release: file, ...judge(breakingChanges(await readJson(join(paths.released, file)), current), accepted) });
  const unused = accepted
    .flatMap((entry) => entry.locations.map((location) => ({ rule: entry.rule, location })))
    .filter((one) => releases.every((release) => release.unused.some((unusedOne) => unusedOne.rule === one.rule && unusedOne.location === one.location)));
  return { releases, unused, passed: unused.length === 0 && releases.every((release) => release.unaccepted.length === 0) };
}
