/**
 * Nickname equivalence: "Bob" and "Robert" are the same given name as far as identity goes, which no
 * string measure can see. Built once from `nicknameLines` and `nameVariantLines` (transliterations
 * and anglicised forms: Mohammed/Muhammad, Paweł/Paul); a name may be in several lines, and two
 * names are equivalent when they share one (so "Bert" matches Robert and Albert, but Robert does not
 * match Albert).
 */
import { nameVariantLines } from './name-variant-table.js';
import { nicknameLines } from './nickname-table.js';

const linesOfName = new Map<string, number[]>();
const formalNames: string[] = [];
/** Lines from this index on are spelling variants, which hold for family names too. */
const firstVariantLine = nicknameLines.length;

[...nicknameLines, ...nameVariantLines].forEach((line, lineIndex) => {
  const names = line.split(' ').filter((name) => name.length > 0);
  formalNames.push(names[0]);
  for (const name of new Set(names)) {
    const lines = linesOfName.get(name);
    if (lines) lines.push(lineIndex);
    else linesOfName.set(name, [lineIndex]);
  }
});

/** Whether two different given names are known equivalents (Robert/Bob, Katherine/Kate). */
export function areNicknames(left: string, right: string): boolean {
  if (left === right) return false;
  const leftLines = linesOfName.get(left);
  const rightLines = linesOfName.get(right);
  if (!leftLines || !rightLines) return false;
  for (const line of leftLines) if (rightLines.includes(line)) return true;
  return false;
}

/**
 * Whether two different names are spellings of one name (Mohammed/Muhammad, Hussain/Hussein): a
 * transliteration says nothing about who someone is, so it holds for family names as well.
 */
export function areSpellingVariants(left: string, right: string): boolean {
  if (left === right) return false;
  const leftLines = linesOfName.get(left);
  const rightLines = linesOfName.get(right);
  if (!leftLines || !rightLines) return false;
  for (const line of leftLines) if (line >= firstVariantLine && rightLines.includes(line)) return true;
  return false;
}

/**
 * The formal names a given name stands for ("bob" → ["robert"], "chris" → ["christian", "christopher",
 * "christina", "christine"]), or the name itself when it is in no line: a blocking key that puts Bob
 * and Robert in one block.
 */
export function formalNamesOf(name: string): readonly string[] {
  const lines = linesOfName.get(name);
  return lines ? lines.map((line) => formalNames[line]) : [name];
}
