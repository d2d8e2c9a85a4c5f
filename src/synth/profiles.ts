/**
 * Force profiles: how messy the force's data is. `clean` is the generator as it was before profiles
 * (byte for byte): per-source typos, nicknames, maiden names, half a double-barrelled name. `typical`
 * and `hard` add what real HR and operational systems do to identities, at documented rates
 * (docs/synthetic-force.md gives each pattern, its rate and the source of the rate):
 *
 * - record by record, per source (`SourceQuirks`): identifier format variants, numbers typed onto a
 *   colleague's, name-only records, placeholder dates of birth, missing given names, a diverse
 *   workforce's name variants, family name first, a married name that one system never updated;
 * - person by person (`PeopleRates`): rejoiners and staff who became officers under new numbers,
 *   and hard non-matches (twins, father and son of one name, same-name-same-birthday namesakes,
 *   collar numbers reissued to a new joiner).
 *
 * Extra noise draws from its own streams, so `typical` is `clean` plus the patterns above: a figure
 * that moves between the two moves because of them.
 */
import type { SourceKey } from './sources.js';

export const profileNames = ['clean', 'typical', 'hard'] as const;
export type ProfileName = (typeof profileNames)[number];

/** The profile of the demo, `plumbline bench` and `plumbline conformance` when none is named. */
export const defaultProfile: ProfileName = 'typical';

/** Probabilities per record of one source, on top of the source's base noise (`noise.ts`). */
export interface SourceQuirks {
  /** Staff and warrant numbers written without their leading zeros (an export or a legacy integer field). */
  readonly leadingZerosDropped: number;
  /** The payroll number written without its leading zeros (some systems hold it as text, some as a number). */
  readonly payrollZerosDropped: number;
  /** The login written with its Windows domain (`FORCE\smithj`), sometimes in capitals. */
  readonly domainLogin: number;
  /** National Insurance number spaced in pairs (`AB 12 34 56 C`) or lower-cased. */
  readonly niFormat: number;
  /** The staff number typed by hand, one digit wrong or two swapped: with dense numbering often a colleague's. */
  readonly staffNumberTypo: number;
  /** Every identifier left out: a name-only record. */
  readonly nameOnly: number;
  /** Date of birth replaced by a placeholder (1900-01-01 or 1970-01-01). */
  readonly placeholderDob: number;
  /** Given name left out, or written as its initial. */
  readonly givenNameMissing: number;
  /** A variant of the person's name in another convention (clan name, patronymic, transliteration, diacritics, anglicised). */
  readonly nameVariant: number;
  /** Family name first, for names from traditions that write it so (or when a form is filled in that order). */
  readonly familyNameFirst: number;
  /**
   * Chance that this system never learnt of a person's change of family name: it keeps the former
   * name on every record after the change. Drawn once per person and source, not per record.
   */
  readonly staleFamilyName: number;
}

/** Shares of people (or of eligible people) for the person-level patterns. */
export interface PeopleRates {
  /** People who left and rejoined, under new staff, warrant and payroll numbers (NI number, name and date of birth unchanged). */
  readonly rejoiner: number;
  /** Officers who were police staff first, under a different staff and payroll number and no warrant number. */
  readonly staffBecameOfficer: number;
  /** People who have a twin in the force: same family name and date of birth, different given name. */
  readonly twin: number;
  /** Sons (daughters) who share a parent's given and family name in the force. */
  readonly parentNamesake: number;
  /** People who share given name, family name and date of birth with a colleague. */
  readonly namesake: number;
  /** Officers joining in the period who are given the collar number of an officer who left before they joined. */
  readonly reissuedCollarNumber: number;
}

/** How identifiers are issued: `sparse` (clean: unlikely to collide after a typo) or `dense` (numbers issued close together, zero-padded). */
export type IdentifierScheme = 'sparse' | 'dense';

export interface ForceProfile {
  readonly name: ProfileName;
  readonly identifierScheme: IdentifierScheme;
  readonly people: PeopleRates;
  /** Quirks per source; a source not listed has none. */
  readonly sources: Partial<Record<SourceKey, Partial<SourceQuirks>>>;
}

const noQuirks: SourceQuirks = {
  leadingZerosDropped: 0,
  payrollZerosDropped: 0,
  domainLogin: 0,
  niFormat: 0,
  staffNumberTypo: 0,
  nameOnly: 0,
  placeholderDob: 0,
  givenNameMissing: 0,
  nameVariant: 0,
  familyNameFirst: 0,
  staleFamilyName: 0,
};

const noPeople: PeopleRates = { rejoiner: 0, staffBecameOfficer: 0, twin: 0, parentNamesake: 0, namesake: 0, reissuedCollarNumber: 0 };

const clean: ForceProfile = { name: 'clean', identifierScheme: 'sparse', people: noPeople, sources: {} };

/**
 * Typical: what a large force's systems look like on an ordinary day. Rates are the middle of the
 * published ranges cited in docs/synthetic-force.md, not tuned to any one data set.
 */
const typical: ForceProfile = {
  name: 'typical',
  identifierScheme: 'dense',
  people: { rejoiner: 0.02, staffBecameOfficer: 0.03, twin: 0.002, parentNamesake: 0.002, namesake: 0.001, reissuedCollarNumber: 0.1 },
  sources: {
    hr: { placeholderDob: 0.002, nameVariant: 0.02 },
    // A legacy integer field: the roster loses the staff number's leading zeros on every record
    // (its payroll number is text and keeps them), so a number-conflict veto splits everyone in it.
    duty: { leadingZerosDropped: 1 },
    // One in four audited systems logs the Windows login with its domain.
    access: { domainLogin: 0.25 },
    absence: { staffNumberTypo: 0.01, nameVariant: 0.05, staleFamilyName: 0.3, leadingZerosDropped: 0.2 },
    training: { nameVariant: 0.05, staleFamilyName: 0.2 },
    vetting: {
      staffNumberTypo: 0.01,
      placeholderDob: 0.01,
      givenNameMissing: 0.01,
      nameVariant: 0.1,
      familyNameFirst: 0.01,
      staleFamilyName: 0.1,
      niFormat: 0.5,
    },
    interests: { staffNumberTypo: 0.02, nameVariant: 0.1, staleFamilyName: 0.3 },
    complaints: { nameOnly: 0.1, givenNameMissing: 0.05, nameVariant: 0.2, familyNameFirst: 0.03, leadingZerosDropped: 0.1 },
    conduct: { nameOnly: 0.03, givenNameMissing: 0.02, nameVariant: 0.1, familyNameFirst: 0.01, leadingZerosDropped: 0.1 },
    useOfForce: { nameOnly: 0.02, givenNameMissing: 0.03, nameVariant: 0.1, leadingZerosDropped: 0.2 },
    intelligence: { placeholderDob: 0.03, givenNameMissing: 0.05, nameVariant: 0.25, familyNameFirst: 0.05, staleFamilyName: 0.3 },
  },
};

/** Hard: a force mid-migration, with legacy systems and many hand-keyed forms; about two to three times typical. */
const hard: ForceProfile = {
  name: 'hard',
  identifierScheme: 'dense',
  people: { rejoiner: 0.05, staffBecameOfficer: 0.06, twin: 0.006, parentNamesake: 0.006, namesake: 0.004, reissuedCollarNumber: 0.3 },
  sources: {
    hr: { placeholderDob: 0.01, nameVariant: 0.05, niFormat: 0.2 },
    duty: { leadingZerosDropped: 1, payrollZerosDropped: 1 },
    building: { leadingZerosDropped: 1 },
    access: { domainLogin: 0.6 },
    absence: { staffNumberTypo: 0.03, nameVariant: 0.1, staleFamilyName: 0.5, leadingZerosDropped: 0.5 },
    training: { staffNumberTypo: 0.01, nameVariant: 0.1, staleFamilyName: 0.4, leadingZerosDropped: 0.5 },
    vetting: {
      staffNumberTypo: 0.03,
      placeholderDob: 0.03,
      givenNameMissing: 0.03,
      nameVariant: 0.2,
      familyNameFirst: 0.03,
      staleFamilyName: 0.3,
      niFormat: 1,
    },
    interests: { staffNumberTypo: 0.05, nameVariant: 0.2, staleFamilyName: 0.5, nameOnly: 0.05 },
    complaints: { nameOnly: 0.25, givenNameMissing: 0.1, nameVariant: 0.35, familyNameFirst: 0.06, leadingZerosDropped: 0.3 },
    conduct: { nameOnly: 0.08, givenNameMissing: 0.05, nameVariant: 0.2, familyNameFirst: 0.03, leadingZerosDropped: 0.3 },
    useOfForce: { nameOnly: 0.05, givenNameMissing: 0.06, nameVariant: 0.2, leadingZerosDropped: 0.4 },
    intelligence: { placeholderDob: 0.08, givenNameMissing: 0.1, nameVariant: 0.4, familyNameFirst: 0.1, staleFamilyName: 0.5 },
  },
};

export const forceProfiles: Readonly<Record<ProfileName, ForceProfile>> = { clean, typical, hard };

export function isProfileName(value: string): value is ProfileName {
  return (profileNames as readonly string[]).includes(value);
}

/** The quirks of one source under a profile, scaled by the `noise` multiplier (capped at 1). */
export function quirksOf(profile: ForceProfile, key: SourceKey, multiplier: number): SourceQuirks {
  const given = profile.sources[key] ?? {};
  const quirks = { ...noQuirks };
  for (const kind of Object.keys(noQuirks) as (keyof SourceQuirks)[]) quirks[kind] = Math.min(1, (given[kind] ?? 0) * multiplier);
  return quirks;
}

/** Whether a source has any quirk at all (a clean source draws nothing extra, keeping `clean` byte-identical). */
export function hasQuirks(quirks: SourceQuirks): boolean {
  return Object.values(quirks).some((rate) => rate > 0);
}
