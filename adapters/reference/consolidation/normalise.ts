/**
 * Normalisation of recorded identity values before they are compared. Sources spell the same value
 * differently for reasons that say nothing about the person — case, accents, punctuation, spacing,
 * a title typed into the name box, a postcode with or without its space — so these differences are
 * removed first and only what remains counts as evidence.
 */

/** A normalised name: its words, and the words run together (so "Smith-Jones" equals "Smith Jones"). */
export interface NormalisedName {
  readonly words: readonly string[];
  readonly joined: string;
}

// Titles and post-nominals sometimes typed into name fields; never evidence about who someone is.
const ignoredWords = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'rev', 'jr', 'snr', 'jnr', 'sr']);

/**
 * Lower case, accents folded, apostrophes and full stops dropped ("O'Brien" → "obrien"), every other
 * non-letter a word break ("Smith-Jones" → "smith jones"), titles removed. `null` when nothing is left.
 */
export function normaliseName(value: string | undefined): NormalisedName | null {
  if (value === undefined) return null;
  const words = foldLetters(
    value
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase(),
  )
    .replace(/['’`.]/g, '')
    .split(/[^a-z]+/)
    .filter((word) => word.length > 0 && !ignoredWords.has(word));
  if (words.length === 0) return null;
  return { words, joined: words.join('') };
}

// Letters that Unicode does not decompose into a base letter and an accent (so NFKD leaves them
// whole): folded by hand, or "Paweł" would lose its last letter and "Søren" split in two.
const undecomposedLetters: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ħ: 'h', ı: 'i', ŀ: 'l', æ: 'ae', œ: 'oe', ß: 'ss', þ: 'th', ð: 'd' };

function foldLetters(value: string): string {
  return value.replace(/[łøđħıŀæœßþð]/g, (letter) => undecomposedLetters[letter]);
}

/**
 * Identifiers (staff, warrant, payroll and NI numbers): upper case without spaces, hyphens, slashes
 * or dots, so "ab 12 34 56 c" equals "AB123456C"; leading zeros of the number part dropped, because
 * exports and legacy integer fields drop them ("004967" is "4967", "S0012" is "S12"). Letters are
 * kept: "PC1234" and "1234" may be different numbering schemes, and the comparison levels, not
 * normalisation, judge near misses.
 */
export function normaliseIdentifier(value: string | undefined): string | null {
  if (value === undefined) return null;
  const normalised = value
    .toUpperCase()
    .replace(/[\s\-/.]+/g, '')
    .replace(/^([A-Z]*)0+(?=\d)/, '$1');
  return normalised.length > 0 ? normalised : null;
}

/** Email addresses: case-insensitive in every system we know of, so folded and trimmed. */
export function normaliseLogin(value: string | undefined): string | null {
  if (value === undefined) return null;
  const normalised = value.trim().toLowerCase();
  return normalised.length > 0 ? normalised : null;
}

/**
 * Usernames: folded like emails, and without the directory's decoration — Windows systems log
 * "FORCE\\smithj" (down-level form) or "smithj@force.local" (user principal name) for the account
 * other systems call "smithj".
 */
export function normaliseUsername(value: string | undefined): string | null {
  const login = normaliseLogin(value);
  if (login === null) return null;
  const bare = login.slice(login.lastIndexOf('\\') + 1).replace(/@.*$/, '');
  return bare.length > 0 ? bare : null;
}

/**
 * Dates of birth that systems write when they do not know one: the first day of 1900 (a default
 * of many HR and spreadsheet products), of 1901, and the Unix epoch. They say nothing about the
 * person, so they are read as absent rather than as evidence.
 */
export const placeholderDatesOfBirth: ReadonlySet<string> = new Set(['19000101', '19010101', '19700101', '18991231']);

/** UK postcodes: upper case without spaces ("sw1a 1aa" → "SW1A1AA"). */
export function normalisePostcode(value: string | undefined): string | null {
  if (value === undefined) return null;
  const normalised = value.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return normalised.length > 0 ? normalised : null;
}

/**
 * The outward code of a normalised postcode (the district, "SW1A" of "SW1A1AA"): every UK inward code
 * is three characters, so it is what precedes the last three. A value too short to hold an inward
 * code is its own outward code.
 */
export function outwardCode(postcode: string): string {
  return postcode.length > 4 ? postcode.slice(0, -3) : postcode;
}

/** A calendar date "YYYY-MM-DD" as its eight digits "YYYYMMDD", or `null` when it is not one. */
export function normaliseDate(value: string | undefined): string | null {
  if (value === undefined) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (!match) return null;
  const digits = `${match[1]}${match[2]}${match[3]}`;
  return placeholderDatesOfBirth.has(digits) ? null : digits;
}
