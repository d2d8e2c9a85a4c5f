/**
 * A note beside the store of what was loaded into it and whether the load finished: written
 * before a load touches the store and again when it completes. `plumbline serve` reads it to say
 * what the store holds and to finish a demo load that was interrupted; without it, a store whose
 * load was stopped half-way would look like real data and the demo would be skipped silently.
 *
 * It lives in a file of its own (`<store>.load.json`) rather than in the store, so that it works
 * the same whatever the adapter behind the store.
 */
import { readFileSync, renameSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { LoadSummary } from './load-force.js';

export interface LoadMarker {
  /** `demo`: the force `npm start` generates; `directory`: a force written by `plumbline synth`. */
  readonly kind: 'demo' | 'directory';
  /** For `directory`, the absolute path loaded; for `demo`, how it was generated. */
  readonly from: string;
  readonly people: number;
  readonly status: 'loading' | 'complete';
  readonly startedAt: string;
  readonly completedAt?: string;
  readonly summary?: LoadSummary;
}

/** Where the marker of the store at `databasePath` lives; none for an in-memory store. */
export function markerPath(databasePath: string): string | undefined {
  return databasePath === ':memory:' ? undefined : `${databasePath}.load.json`;
}

export function readMarker(databasePath: string): LoadMarker | undefined {
  const path = markerPath(databasePath);
  if (!path) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as LoadMarker;
  } catch {
    return undefined;
  }
}

/** Writes the marker whole or not at all (a temporary file renamed over it). */
export function writeMarker(databasePath: string, marker: LoadMarker): void {
  const path = markerPath(databasePath);
  if (!path) return;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(`${path}.tmp`, JSON.stringify(marker, null, 2) + '\n');
  renameSync(`${path}.tmp`, path);
}
