/**
 * Draws names from the tables with a realistic skew. Weights fall with rank (Zipf-like), so Smith,
 * Jones, Patel and Khan recur hundreds of times in a 45,000-strong force while most family names are
 * shared by a handful: name-only matching is unsafe for the common ones and workable for the rest.
 */
import { familyNames, givenNames, nicknames, tailPrefixes, tailSuffixes, type NameOrigin } from './name-tables.js';
import type { Sex } from './demographics.js';
import { Random, WeightedTable } from './random.js';

/** Share of British-pool family names drawn from the invented long tail rather than the ranked list. */
const tailShare = 0.42;
/** Share of family names that are double-barrelled at birth. */
const doubleBarrelledShare = 0.025;

function zipf(names: readonly string[], offset: number): WeightedTable<string> {
  return new WeightedTable(
    names,
    names.map((_, rank) => 1 / (rank + offset)),
  );
}

const familyTables = Object.fromEntries(Object.entries(familyNames).map(([origin, names]) => [origin, zipf(names, 10)])) as Record<
  NameOrigin,
  WeightedTable<string>
>;

const givenTables = {
  female: Object.fromEntries(Object.entries(givenNames.female).map(([origin, names]) => [origin, zipf(names, 4)])),
  male: Object.fromEntries(Object.entries(givenNames.male).map(([origin, names]) => [origin, zipf(names, 4)])),
} as Record<Sex, Record<NameOrigin, WeightedTable<string>>>;

const tailNames = tailPrefixes.flatMap((prefix) => tailSuffixes.map((suffix) => prefix + suffix));

/** One family name from a pool; British names sometimes come from the long tail. */
export function drawFamilyName(random: Random, origin: NameOrigin): string {
  if (origin === 'british' && random.chance(tailShare)) return random.pick(tailNames);
  return familyTables[origin].pick(random);
}

/** A family name at birth: usually single, sometimes double-barrelled (hyphen or space, as families spell it). */
export function drawBirthFamilyName(random: Random, origin: NameOrigin): string {
  const first = drawFamilyName(random, origin);
  if (!random.chance(doubleBarrelledShare)) return first;
  const second = drawFamilyName(random, random.chance(0.7) ? origin : 'british');
  if (second === first) return first;
  return random.chance(0.75) ? `${first}-${second}` : `${first} ${second}`;
}

export function drawGivenName(random: Random, sex: Sex, origin: NameOrigin): string {
  return givenTables[sex][origin].pick(random);
}

/** Familiar forms of a given name; empty when it has none. */
export function nicknamesOf(givenName: string): readonly string[] {
  return nicknames[givenName] ?? [];
}

/** The parts of a double-barrelled name; one part for a simple name. */
export function familyNameParts(familyName: string): string[] {
  return familyName.split(/[- ]/).filter((part) => part.length > 1 && !particles.has(part.toLowerCase()));
}

/** Prefixes that belong to one name ("St John", "Al-Amin"), not halves of a double-barrelled one. */
const particles = new Set(['ap', 'st', 'da', 'de', 'mac', 'al', 'el', 'van', 'von', 'der']);

export function isDoubleBarrelled(familyName: string): boolean {
  return familyNameParts(familyName).length > 1;
}
