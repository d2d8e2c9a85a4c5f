/**
 * What one source's quirks (profiles.ts) do to an identity it recorded: applied after the source's
 * base noise, from the profile's own random stream, so a clean force is untouched. Formats first
 * differ the way systems differ (leading zeros lost, a domain on the login, a spaced NI number),
 * then the hand-typed slips and gaps, then the names as another convention writes them.
 */
import type { Person } from './people.js';
import { hasVariants } from './name-variants.js';
import type { SourceQuirks } from './profiles.js';
import type { Random } from './random.js';
import { digitTypo, formerFamilyName } from './recorded-identity.js';

/** The Windows domain that logins carry in some systems' audit trails. */
export const loginDomain = 'FORCE';
const placeholderDates = ['1900-01-01', '1970-01-01'] as const;
const strongFields = ['staffNumber', 'warrantNumber', 'payrollNumber', 'niNumber', 'username', 'email'] as const;
const numericFields = ['staffNumber', 'warrantNumber'] as const;

/** `004967` → `4967`, as an integer column or a spreadsheet stores it; anything not all digits is left alone. */
export function withoutLeadingZeros(value: string): string {
  return /^\d+$/.test(value) ? value.replace(/^0+(?=\d)/, '') : value;
}

/** `AB123456C` → `AB 12 34 56 C` or `ab123456c`. */
export function niVariant(niNumber: string, random: Random): string {
  if (random.chance(0.7)) return `${niNumber.slice(0, 2)} ${niNumber.slice(2, 4)} ${niNumber.slice(4, 6)} ${niNumber.slice(6, 8)} ${niNumber.slice(8)}`;
  return niNumber.toLowerCase();
}

export interface QuirkContext {
  readonly quirks: SourceQuirks;
  /** This person's records in this source keep the name they had before a change (drawn once per person and source). */
  readonly staleName: boolean;
  readonly upperCaseFamilyName: boolean;
}

/** Applies the source's quirks to `identity` (changed in place) for `person`'s record of `day`. */
export function applyQuirks(identity: Record<string, string>, person: Person, day: number, context: QuirkContext, random: Random): void {
  const { quirks } = context;
  const named = identity.familyName !== undefined;
  if (named && random.chance(quirks.nameOnly)) for (const field of strongFields) delete identity[field];

  if (named) {
    if (context.staleName) {
      const former = formerFamilyName(person, day);
      if (former !== undefined) identity.familyName = former;
    }
    const variants = person.nameVariants;
    if (hasVariants(variants) && random.chance(quirks.nameVariant)) {
      // Family variants belong to the birth name: a married name has none of them.
      const familyUsable = identity.familyName.toLowerCase() === person.birthFamilyName.toLowerCase();
      const choices = [...variants.given.map((name) => ['givenName', name]), ...(familyUsable ? variants.family.map((name) => ['familyName', name]) : [])];
      if (choices.length > 0) {
        const [field, name] = random.pick(choices);
        if (field === 'familyName' || identity.givenName !== undefined) identity[field] = name;
      }
    }
    const familyFirstRate = variants?.familyFirst ? Math.min(1, quirks.familyNameFirst * 5) : quirks.familyNameFirst;
    if (identity.givenName !== undefined && random.chance(familyFirstRate))
      [identity.givenName, identity.familyName] = [identity.familyName, identity.givenName];
    if (identity.givenName !== undefined && random.chance(quirks.givenNameMissing)) {
      if (random.chance(0.5)) delete identity.givenName;
      else identity.givenName = identity.givenName[0].toUpperCase();
    }
    if (context.upperCaseFamilyName) identity.familyName = identity.familyName.toUpperCase();
  }

  if (identity.dateOfBirth !== undefined && random.chance(quirks.placeholderDob)) identity.dateOfBirth = random.pick(placeholderDates);
  if (identity.staffNumber !== undefined && random.chance(quirks.staffNumberTypo)) identity.staffNumber = digitTypo(identity.staffNumber, random);
  if (random.chance(quirks.leadingZerosDropped))
    for (const field of numericFields) if (identity[field] !== undefined) identity[field] = withoutLeadingZeros(identity[field]);
  if (identity.payrollNumber !== undefined && random.chance(quirks.payrollZerosDropped)) identity.payrollNumber = withoutLeadingZeros(identity.payrollNumber);
  if (identity.username !== undefined && random.chance(quirks.domainLogin)) {
    const login = `${loginDomain}\\${identity.username}`;
    identity.username = random.chance(0.3) ? login.toUpperCase() : login;
  }
  if (identity.niNumber !== undefined && random.chance(quirks.niFormat)) identity.niNumber = niVariant(identity.niNumber, random);
}
