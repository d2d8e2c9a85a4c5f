/**
 * Jaro-Winkler similarity (Winkler 1990), the usual string measure for names in record linkage: it
 * forgives the transpositions and single-letter slips of hand-typed names and rewards a shared start,
 * where typists make fewest mistakes. 1 means equal, 0 nothing in common.
 */

/** Winkler's standard prefix scale: each shared leading character (up to four) closes 10% of the gap. */
const prefixScale = 0.1;
const maximumPrefix = 4;

// Reused between calls: names are short, and allocating per comparison would cost more than the
// comparison itself over the millions of candidate pairs of a force. A right-hand character is
// matched in this call when its slot holds the call's stamp, so nothing is cleared between calls.
let rightMatched = new Int32Array(64);
let stamp = 0;
// The matched characters of the left string, in order (for counting transpositions).
let leftMatches = new Uint16Array(64);

/** The Jaro similarity: matching characters within a window, discounted for transpositions. */
export function jaro(left: string, right: string): number {
  if (left === right) return 1;
  const leftLength = left.length;
  const rightLength = right.length;
  if (leftLength === 0 || rightLength === 0) return 0;
  if (rightLength > rightMatched.length) {
    rightMatched = new Int32Array(rightLength * 2);
    stamp = 0;
  }
  if (leftLength > leftMatches.length) leftMatches = new Uint16Array(leftLength * 2);
  if (stamp === 0x7fffffff) {
    rightMatched.fill(0);
    stamp = 0;
  }
  const current = ++stamp;
  const window = Math.max(0, Math.floor(Math.max(leftLength, rightLength) / 2) - 1);
  let matches = 0;
  for (let index = 0; index < leftLength; index++) {
    const start = index > window ? index - window : 0;
    const end = index + window < rightLength - 1 ? index + window : rightLength - 1;
    const code = left.charCodeAt(index);
    for (let other = start; other <= end; other++) {
      if (rightMatched[other] !== current && right.charCodeAt(other) === code) {
        rightMatched[other] = current;
        leftMatches[matches++] = code;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  // The k-th matched character on the left against the k-th matched on the right: a mismatch is
  // half a transposition.
  let halfTranspositions = 0;
  let matched = 0;
  for (let other = 0; matched < matches; other++) {
    if (rightMatched[other] !== current) continue;
    if (right.charCodeAt(other) !== leftMatches[matched]) halfTranspositions++;
    matched++;
  }
  const transpositions = halfTranspositions / 2;
  return (matches / leftLength + matches / rightLength + (matches - transpositions) / matches) / 3;
}

/** Jaro-Winkler: Jaro raised for a common prefix of up to four characters. */
export function jaroWinkler(left: string, right: string): number {
  const similarity = jaro(left, right);
  if (similarity === 0 || similarity === 1) return similarity;
  const limit = Math.min(maximumPrefix, left.length, right.length);
  let prefix = 0;
  while (prefix < limit && left.charCodeAt(prefix) === right.charCodeAt(prefix)) prefix++;
  return similarity + prefix * prefixScale * (1 - similarity);
}
