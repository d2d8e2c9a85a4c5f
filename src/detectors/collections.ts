/** Small map idioms the rules share: grouping into lists and keeping the best entry per key. */
import type { RecordRef } from '../contract/index.js';
import { laterByRef } from './evidence.js';

/** The value under `key`, created by `create` when absent. */
export function getOrCreate<Key, Value>(map: Map<Key, Value>, key: Key, create: () => Value): Value {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = create()));
  return value;
}

/** Appends `value` to the list under `key`. */
export function appendTo<Key, Value>(map: Map<Key, Value[]>, key: Key, value: Value): void {
  getOrCreate(map, key, () => []).push(value);
}

/**
 * Keeps under `key` whichever of the current entry and `entry` has the greater `rank`; on equal
 * ranks the greater record id wins, so the choice does not depend on input order.
 */
export function keepGreatest<Key, Entry extends { readonly ref: RecordRef }>(
  chosen: Map<Key, Entry>,
  key: Key,
  entry: Entry,
  rank: (entry: Entry) => number | string,
): void {
  const current = chosen.get(key);
  if (current === undefined || rank(entry) > rank(current) || (rank(entry) === rank(current) && laterByRef(entry.ref, current.ref))) chosen.set(key, entry);
}
