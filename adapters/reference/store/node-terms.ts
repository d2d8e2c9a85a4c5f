/**
 * Search terms for a recorded identity: the words of its names (for prefix search by name) and its
 * strong identifiers (for exact search). Kept per identity node, so a subject is found by any name
 * or identifier any of its sources recorded.
 */
import { strongIdentifierFields, type RecordedIdentity } from '../../../src/contract/index.js';

export interface NodeTerm {
  kind: 'name' | 'identifier';
  term: string;
}

/** Lower-case words of a name, accents folded: "O'Brien-Smith" → ["obrien", "smith"]. */
export function nameWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

export function nodeTerms(identity: RecordedIdentity): NodeTerm[] {
  const terms = new Map<string, NodeTerm>();
  for (const name of [identity.givenName, identity.familyName]) {
    if (!name) continue;
    for (const word of nameWords(name)) terms.set(`name:${word}`, { kind: 'name', term: word });
  }
  for (const field of strongIdentifierFields) {
    const value = identity[field];
    if (value) terms.set(`identifier:${value.toLowerCase()}`, { kind: 'identifier', term: value.trim() });
  }
  return [...terms.values()];
}
