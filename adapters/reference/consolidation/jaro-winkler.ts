/**
 * Jaro-Winkler similarity (Winkler 1990), the usual string measure for names in record linkage: it
 * forgives the transpositions and single-letter slips of hand-typed names and rewards a shared start,
 * where typists make fewest mistakes. 1 means equal, 0 nothing in common.
 */

/** Winkler's standard prefix scale: each shared leading character (up to four) closes 10% of the gap. */
const prefixScale = 0.1;
const maximumPrefix = 4;

// Reused between calls: names are short, and allocating two arrays per comparison would cost more
// than the comparison itself over the millions of candidate pairs of a force.
let leftMatched = new Uint8Array(64);
let rightMatched = new Uint8Array(64);

/** The Jaro similarity: matching characters within a window, discounted for transpositions. */
export function jaro(left: string, right: string): number {
  if (left === right) return 1;
  const leftLength = left.length;
  const rightLength = right.length;
  if (leftLength === 0 || rightLength === 0) return 0;
  if (leftLength > leftMatched.length) leftMatched = new Uint8Array(leftLength * 2);
  if (rightLength > rightMatched.length) rightMatched = new Uint8Array(rightLength * 2);
  leftMatched.fill(0, 0, leftLength);
  rightMatched.fill(0, 0, rightLength);
  const window = Math.max(0, Math.floor(Math.max(leftLength, rightLength) / 2) - 1);
  let matches = 0;
  for (let index = 0; index < leftLength; index++) {
    const start = Math.max(0, index - window);
    const end = Math.min(rightLength - 1, index + window);
    const code = left.charCodeAt(index);
    for (let other = start; other <= end; other++) {
      if (rightMatched[other] === 0 && right.charCodeAt(other) === code) {
        leftMatched[index] = 1;
        rightMatched[other] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let halfTranspositions = 0;
  let other = 0;
  for (let index = 0; index < leftLength; index++) {
    if (leftMatched[index] === 0) continue;
    while (rightMatched[other] === 0) other++;
    if (left.charCodeAt(index) !== right.charCodeAt(other)) halfTranspositions++;
    other++;
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
