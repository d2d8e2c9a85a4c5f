/**
 * Soundex (the US National Archives variant), used only as a blocking key: family names that sound
 * alike ("Smith", "Smyth", "Smithe") share a code, so a misspelt name still lands in the block of the
 * right spelling. Scoring never uses it; Jaro-Winkler judges how close the spellings are.
 */

// Letter → digit for a-z; '0' marks vowels and y (they separate repeated codes), '-' marks h and w
// (they do not).
const codes = '0123012-02245501262301-202';

/** The four-character Soundex code of a normalised (lower-case a-z) word; "" for an empty one. */
export function soundex(word: string): string {
  if (word.length === 0) return '';
  let code = word[0].toUpperCase();
  let previous = codes[word.charCodeAt(0) - 97];
  for (let index = 1; index < word.length && code.length < 4; index++) {
    const digit = codes[word.charCodeAt(index) - 97];
    if (digit === undefined) continue;
    if (digit === '-') continue;
    if (digit !== '0' && digit !== previous) code += digit;
    previous = digit;
  }
  return code.padEnd(4, '0');
}
