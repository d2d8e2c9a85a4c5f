/**
 * Measures identity noise from a force's output alone: each record's recorded identity against the
 * true identity of the person the ground truth says it belongs to, on the record's date. Each kind
 * of noise is counted over the records eligible for it (a nickname only where the given name has one,
 * a former name only where the person had one), which is how the configured rates are defined.
 */
import type { RecordedIdentity } from '../../contract/index.js';
import { dayOf } from '../dates.js';
import { familyNameParts, nicknamesOf } from '../name-model.js';
import type { NoiseKind } from '../noise.js';
import type { SyntheticPerson } from '../people.js';

export type Tally = Record<NoiseKind, { eligible: number; events: number }>;

const kinds: NoiseKind[] = [
  'nameTypo',
  'nickname',
  'formerName',
  'swappedNames',
  'partialDoubleName',
  'identifierTypo',
  'identifierMissing',
  'dobTypo',
  'dobMissing',
];

export function emptyTally(): Tally {
  return Object.fromEntries(kinds.map((kind) => [kind, { eligible: 0, events: 0 }])) as Tally;
}

const lower = (text: string | undefined) => text?.toLowerCase();

/** Within one edit (substitution, insertion, deletion or adjacent swap) and not equal. */
export function oneEditApart(left: string, right: string): boolean {
  if (left === right || Math.abs(left.length - right.length) > 1) return false;
  let start = 0;
  while (start < left.length && left[start] === right[start]) start++;
  const tail = (a: string, b: string) => a === b;
  if (left.length === right.length) {
    return (
      tail(left.slice(start + 1), right.slice(start + 1)) ||
      (left[start] === right[start + 1] && left[start + 1] === right[start] && tail(left.slice(start + 2), right.slice(start + 2)))
    );
  }
  return left.length > right.length ? tail(left.slice(start + 1), right.slice(start)) : tail(left.slice(start), right.slice(start + 1));
}

function familyAt(person: SyntheticPerson, day: number): { current: string; former?: string } {
  const spells = person.names.filter((spell) => dayOf(spell.from) <= day);
  const current = (spells.at(-1) ?? person.names[0]).familyName;
  const previous =
    person.names.filter((spell) => dayOf(spell.from) < dayOf((spells.at(-1) ?? person.names[0]).from)).at(-1)?.familyName ?? person.birthFamilyName;
  return previous !== current ? { current, former: previous } : { current };
}

/** Adds one record's noise to the tally. `fields` are the identity fields the source records. */
export function measureRecord(tally: Tally, identity: RecordedIdentity, person: SyntheticPerson, occurredAt: string, fields: readonly string[]): void {
  const count = (kind: NoiseKind, event: boolean) => {
    tally[kind].eligible++;
    if (event) tally[kind].events++;
  };
  const day = dayOf(occurredAt.slice(0, 10));
  const { current, former } = familyAt(person, day);
  const nicknames = nicknamesOf(person.givenName).map((name) => name.toLowerCase());
  const givenForms = new Set([person.givenName.toLowerCase(), ...nicknames]);
  const given = lower(identity.givenName);
  const family = lower(identity.familyName);

  if (fields.includes('keyIdentifier')) {
    const truth = person.warrantNumber ?? person.staffNumber;
    const recorded = identity.warrantNumber ?? identity.staffNumber;
    count('identifierMissing', recorded === undefined);
    if (recorded !== undefined) count('identifierTypo', recorded !== truth);
  } else if (fields.includes('staffNumber')) {
    count('identifierMissing', identity.staffNumber === undefined);
    count('identifierTypo', identity.staffNumber !== undefined && identity.staffNumber !== person.staffNumber);
  }
  if (fields.includes('dateOfBirth')) {
    count('dobMissing', identity.dateOfBirth === undefined);
    if (identity.dateOfBirth !== undefined) count('dobTypo', identity.dateOfBirth !== person.dateOfBirth);
  }
  if (given === undefined || family === undefined) return;

  const swapped = !givenForms.has(given) && givenForms.has(family);
  const [recordedGiven, recordedFamily] = swapped ? [family, given] : [given, family];
  count('swappedNames', swapped);
  if (nicknames.length > 0) count('nickname', nicknames.includes(recordedGiven));
  // A former name that is half of the current one ("Smith" of "Smith-Jones") cannot be told from a partial name.
  const formerIsPart = former !== undefined && familyNameParts(current).some((part) => part.toLowerCase() === former.toLowerCase());
  if (former !== undefined && !formerIsPart) count('formerName', recordedFamily === former.toLowerCase());
  const clean = current.toLowerCase();
  if (familyNameParts(current).length > 1 && (formerIsPart || recordedFamily !== former?.toLowerCase())) {
    const variants = new Set([...familyNameParts(current).map((part) => part.toLowerCase()), clean.replace('-', ' '), clean.replace(' ', '-')]);
    variants.delete(clean);
    count('partialDoubleName', variants.has(recordedFamily));
  }
  const familyForms = new Set([
    clean,
    former?.toLowerCase(),
    ...familyNameParts(current).map((part) => part.toLowerCase()),
    clean.replace('-', ' '),
    clean.replace(' ', '-'),
  ]);
  const typo = (value: string, forms: Set<string | undefined>) =>
    !forms.has(value) && [...forms].some((form) => form !== undefined && oneEditApart(value, form));
  count('nameTypo', typo(recordedGiven, givenForms) || typo(recordedFamily, familyForms));
}
