/**
 * Diffy's comparison of read answers (github.com/twitter/diffy): the answer the client got from the
 * primary, a second read of the primary, and the candidate's answer, each flattened to field paths.
 * A field that differs between the two primary reads is noise (a timestamp, a run id): it is
 * ignored when it differs between primary and candidate too. So are the ids and times each adapter
 * mints for itself (`state-snapshot.ts`). What is left is a real difference.
 *
 * Only field paths are kept (array positions folded to `[]`), never values: the report says where
 * the candidate answers differently, without copying anyone's data into it.
 */
import { comparableJson } from './state-snapshot.js';

/** Leaf values by path, `/records[]/recordId` style for the kept path, exact for comparing. */
function flatten(value: unknown, path: string, into: Map<string, string>): Map<string, string> {
  if (Array.isArray(value)) {
    if (value.length === 0) into.set(path, '[]');
    value.forEach((item, index) => flatten(item, `${path}[${index}]`, into));
  } else if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 0) into.set(path, '{}');
    for (const key of keys) flatten((value as Record<string, unknown>)[key], `${path}/${key}`, into);
  } else into.set(path, JSON.stringify(value));
  return into;
}

/** A path with its array positions folded: `/items[3]/status` → `/items[]/status`. */
export function foldedPath(path: string): string {
  return path.replace(/\[\d+\]/g, '[]');
}

export interface ReadComparison {
  /** Folded paths that differ between primary and candidate beyond the noise. */
  readonly differences: string[];
  /** Folded paths that differed between the two primary reads (ignored). */
  readonly noise: string[];
}

/**
 * Compares a candidate answer with the primary's, given a second primary read as the noise floor.
 * Answers are compared after leaving out adapter-chosen fields.
 */
export function compareReads(primary: unknown, primaryAgain: unknown, candidate: unknown): ReadComparison {
  const normalise = (value: unknown) => flatten(JSON.parse(comparableJson(value ?? null)), '', new Map());
  const first = normalise(primary);
  const second = normalise(primaryAgain);
  const other = normalise(candidate);
  const noise = new Set<string>();
  for (const path of new Set([...first.keys(), ...second.keys()])) if (first.get(path) !== second.get(path)) noise.add(foldedPath(path));
  const differences = new Set<string>();
  for (const path of new Set([...first.keys(), ...other.keys()])) {
    if (first.get(path) !== other.get(path) && !noise.has(foldedPath(path))) differences.add(foldedPath(path));
  }
  return { differences: [...differences].sort(), noise: [...noise].sort() };
}
