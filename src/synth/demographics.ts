/**
 * Sex and ethnicity, for bias audits. They are drawn from their own stream (seeded by
 * `demographicsSeed`), after everything planting reads has been decided, so no planted pattern can
 * depend on them; they shape only names (which pool a name comes from, which given names) and the
 * family-name changes that marriage brings. Proportions are in the range published for large UK forces.
 */
import type { EmployeeCategory } from './organisation.js';
import type { NameOrigin } from './name-tables.js';
import { Random } from './random.js';

export type Sex = 'female' | 'male';

/** ONS 2021 top-level ethnic groups, as HR systems commonly hold them. */
export const ethnicGroups = [
  'White',
  'Mixed or Multiple',
  'Asian or Asian British',
  'Black, Black British, Caribbean or African',
  'Other ethnic group',
  'Not stated',
] as const;
export type EthnicGroup = (typeof ethnicGroups)[number];

const femaleShare: Record<EmployeeCategory, number> = { officer: 0.32, staff: 0.58, special: 0.3 };

const ethnicityWeights: Record<EmployeeCategory, number[]> = {
  officer: [0.82, 0.04, 0.075, 0.045, 0.015, 0.005],
  staff: [0.66, 0.045, 0.13, 0.13, 0.025, 0.01],
  special: [0.7, 0.05, 0.12, 0.09, 0.03, 0.01],
};

/** Which name pools each group draws from; mixing reflects that names and ethnicity only correlate. */
const originWeights: Record<EthnicGroup, Partial<Record<NameOrigin, number>>> = {
  White: { british: 0.82, irish: 0.08, eastEuropean: 0.06, southernEuropean: 0.04 },
  'Mixed or Multiple': { british: 0.6, westAfrican: 0.12, southAsian: 0.12, southernEuropean: 0.08, eastAsian: 0.08 },
  'Asian or Asian British': { southAsian: 0.85, eastAsian: 0.1, british: 0.05 },
  'Black, Black British, Caribbean or African': { westAfrican: 0.45, british: 0.35, eastAfrican: 0.2 },
  'Other ethnic group': { middleEastern: 0.45, eastAsian: 0.2, southernEuropean: 0.2, british: 0.15 },
  'Not stated': { british: 0.7, irish: 0.1, southAsian: 0.1, westAfrican: 0.1 },
};

export interface Demographics {
  readonly sex: Sex;
  readonly ethnicity: EthnicGroup;
  /** Pool of the family name at birth. */
  readonly familyOrigin: NameOrigin;
  /** Pool of the given name (usually the same as the family name's). */
  readonly givenOrigin: NameOrigin;
}

export function drawDemographics(demographicsSeed: number, personIndex: number, category: EmployeeCategory): Demographics {
  const random = new Random(demographicsSeed, 2, personIndex);
  const sex: Sex = random.chance(femaleShare[category]) ? 'female' : 'male';
  const ethnicity = random.weighted(ethnicGroups, ethnicityWeights[category]);
  const origins = originWeights[ethnicity];
  const familyOrigin = random.weighted(Object.keys(origins) as NameOrigin[], Object.values(origins));
  const givenOrigin = random.chance(0.85) ? familyOrigin : random.weighted(Object.keys(origins) as NameOrigin[], Object.values(origins));
  return { sex, ethnicity, familyOrigin, givenOrigin };
}
