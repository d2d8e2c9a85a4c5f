/**
 * The contract's normalisations (docs/detector-semantics.md, "Conventions"): two spellings are the
 * same when these functions make them equal.
 */

const combiningMarks = /[\u0300-\u036f]/g;

/** Lower-case, letters a–z only: accents folded, everything else (spaces, hyphens, apostrophes) removed. */
export function normaliseFamilyName(familyName: string): string {
  return familyName
    .toLowerCase()
    .normalize('NFD')
    .replace(combiningMarks, '')
    .replace(/[^a-z]/g, '');
}

/** Upper-case with white space removed. */
export function normalisePostcode(postcode: string): string {
  return postcode.toUpperCase().replace(/\s+/g, '');
}

/**
 * Lower-case; `&` becomes `and`; punctuation removed; white space collapsed; one trailing legal
 * suffix removed (only after another word, so a name that is only "Co" keeps it).
 */
export function normaliseCounterparty(counterparty: string): string {
  return counterparty
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/ (ltd|limited|plc|llp|inc|co)$/, '');
}
