/**
 * After an erasure, the stored match model must not keep the erased person's names. The model's
 * term-frequency tables list every name held by at least two identities; an erased name no
 * remaining identity holds is dropped from them (it then counts as rare, as a new name does, until
 * the next consolidation run estimates the tables afresh). A name some remaining identity still
 * holds stays: it is then someone else's data too.
 */
import type { RecordedIdentity } from '../../../src/contract/index.js';
import { normaliseName } from '../consolidation/normalise.js';
import { readSetting, writeSetting, type Connection } from './database.js';

/** The settings key of the stored match model. */
export const MODEL_KEY = 'consolidation:model';

interface StoredModel {
  parameters?: { termFrequencies?: Record<string, { frequencies: Record<string, number> }> };
}

/** Whether any remaining identity node holds every word of the name (node terms are kept per node). */
function stillHeld(database: Connection, words: readonly string[]): boolean {
  const held = database.prepare<[string], { one: number }>("SELECT 1 AS one FROM node_terms WHERE kind = 'name' AND term = ? LIMIT 1");
  return words.every((word) => held.get(word) !== undefined);
}

/** Drops the erased identity's names from the stored model's frequency tables, within the caller's transaction. */
export function forgetErasedNames(database: Connection, identity: RecordedIdentity): void {
  const stored = readSetting(database, MODEL_KEY);
  if (!stored) return;
  const updated = modelWithoutErasedNames(stored, identity, (words) => stillHeld(database, words));
  if (updated !== undefined) writeSetting(database, MODEL_KEY, updated);
}

/** The words of the erased identity's names, which `stillHeld` is asked about (so a caller may look them up first). */
export function erasedNameWords(identity: RecordedIdentity): string[] {
  return [identity.givenName, identity.familyName].flatMap((name) => normaliseName(name)?.words ?? []);
}

/**
 * The stored model (JSON) without the erased identity's names that no remaining identity holds, or
 * undefined when nothing changes. Shared by the SQLite and PostgreSQL engines.
 */
export function modelWithoutErasedNames(stored: string, identity: RecordedIdentity, stillHeld: (words: readonly string[]) => boolean): string | undefined {
  const model = JSON.parse(stored) as StoredModel;
  const tables = model.parameters?.termFrequencies;
  if (!tables) return undefined;
  let changed = false;
  for (const [field, name] of [
    ['givenName', identity.givenName],
    ['familyName', identity.familyName],
  ] as const) {
    const normalised = normaliseName(name);
    const table = tables[field]?.frequencies;
    if (!normalised || !table || !(normalised.joined in table) || stillHeld(normalised.words)) continue;
    delete table[normalised.joined];
    changed = true;
  }
  return changed ? JSON.stringify(model) : undefined;
}
