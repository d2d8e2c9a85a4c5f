/**
 * Stages an import: writes the validated lines to a file beside the store and syncs it before the
 * client is answered, so the import is held once acknowledged. Checks the stream's shape on the
 * way: a header first, kinds in export order, and an end line whose counts match. A truncated or
 * reordered stream is refused whole.
 */
import { randomUUID } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { exportOrder, type ExportLine } from '../../../src/contract/index.js';
import { PlumblineError } from '../../../src/adapter/errors.js';

export interface StagedImport {
  readonly path: string;
  readonly lines: number;
  readonly counts: Record<string, number>;
}

/** Staged files are named after their store, so that start-up recovery removes only its own. */
function stagedPrefix(databasePath: string): string {
  return `${basename(databasePath)}.import-`;
}

/** Where a new import of this store is staged: beside the store, under a name no other import has. */
export function stagedImportPath(databasePath: string): string {
  return join(dirname(databasePath), `${stagedPrefix(databasePath)}${randomUUID()}.ndjson`);
}

/**
 * Start-up recovery: no import of this store can be in progress before it opens, so every staged
 * file of it is left over from a process that stopped (a full copy of personal data): removed.
 * `alsoRemove` names files staged under older names, found in the interrupted runs. Returns the
 * paths removed.
 */
export function removeStagedImports(databasePath: string, alsoRemove: readonly string[] = []): string[] {
  if (databasePath === ':memory:') return [];
  const prefix = stagedPrefix(databasePath);
  const directory = dirname(databasePath);
  const staged = readdirSync(directory)
    .filter((name) => name.startsWith(prefix) && name.endsWith('.ndjson'))
    .map((name) => join(directory, name));
  const removed: string[] = [];
  for (const path of new Set([...staged, ...alsoRemove])) {
    try {
      rmSync(path);
      removed.push(path);
    } catch {
      // already gone
    }
  }
  return removed;
}

/** Owner-only: the staged file is a full copy of the imported personal data. */
const STAGED_FILE_MODE = 0o600;

export async function stageImport(lines: AsyncIterable<ExportLine>, path: string): Promise<StagedImport> {
  const file = openSync(path, 'wx', STAGED_FILE_MODE);
  const counts: Record<string, number> = {};
  let total = 0;
  let lastOrder = -1;
  let ended: Record<string, number> | undefined;
  try {
    for await (const line of lines) {
      total += 1;
      const order = exportOrder.indexOf(line.kind);
      if (ended) throw refuse(`Line ${total} follows the end line.`);
      if (total === 1 && line.kind !== 'header') throw refuse('The first line must be the export header.');
      if (order < lastOrder) throw refuse(`Line ${total} (${line.kind}) is out of order: an export lists ${exportOrder.join(', ')}.`);
      lastOrder = order;
      if (line.kind === 'end') ended = line.counts;
      else if (line.kind !== 'header') counts[line.kind] = (counts[line.kind] ?? 0) + 1;
      writeSync(file, JSON.stringify(line) + '\n');
    }
    if (!ended) throw refuse('The export has no end line: it was cut short. Export again and import the whole file.');
    for (const kind of new Set([...Object.keys(ended), ...Object.keys(counts)])) {
      if ((ended[kind] ?? 0) !== (counts[kind] ?? 0)) {
        throw refuse(`The end line counts ${ended[kind] ?? 0} ${kind} lines but the export holds ${counts[kind] ?? 0}.`);
      }
    }
    fsyncSync(file);
    return { path, lines: total, counts };
  } catch (error) {
    closeSync(file);
    rmSync(path, { force: true });
    throw error;
  } finally {
    try {
      closeSync(file);
    } catch {
      // already closed after a failure
    }
  }
}

function refuse(message: string): PlumblineError {
  return new PlumblineError('validation-failed', message, { errors: [{ path: '/lines', message }] });
}
