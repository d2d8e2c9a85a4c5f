/**
 * Name frequencies for the term-frequency adjustment of exact name matches. Counted over distinct
 * identities (profiles), the unit the model's pairs and prior count; a name repeated on a thousand
 * complaints about one officer is one identity. Only names of at least two identities are kept, which
 * keeps the stored model small, and a name not kept gets the floor (the frequency of a name seen once).
 */
import type { TermFrequencies } from './match-model.js';
import type { NormalisedName } from './normalise.js';
import type { ProfileSet } from './profiles.js';
import { fieldCount } from './profiles.js';

/** The frequency table of one name field over the set's identities. */
export function termFrequenciesOf(profiles: ProfileSet, field: number): TermFrequencies {
  const counts = new Map<string, number>();
  let total = 0;
  for (let profile = 0; profile < profiles.profileCount; profile++) {
    const id = profiles.valueIds[profile * fieldCount + field];
    if (id < 0) continue;
    const name = (profiles.fieldValues[field][id] as NormalisedName).joined;
    counts.set(name, (counts.get(name) ?? 0) + 1);
    total++;
  }
  if (total === 0) return { frequencies: {}, floor: 1, average: 1 };
  const kept: [string, number][] = [];
  let average = 0;
  for (const name of [...counts.keys()].sort()) {
    const frequency = counts.get(name)! / total;
    average += frequency * frequency;
    if (counts.get(name)! >= 2) kept.push([name, frequency]);
  }
  // fromEntries defines own properties, whatever the name.
  return { frequencies: Object.fromEntries(kept), floor: 1 / total, average };
}
