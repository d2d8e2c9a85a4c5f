/**
 * Names no other test, run or evaluator will ever use: every id and every person a test makes is
 * random, so tests run in any order, again and again, against one shared sandbox, and never see
 * each other's data. People get unique identifiers AND unusual names, so that no probabilistic
 * match can join them with anyone else's records.
 */
import { randomBytes, randomInt } from 'node:crypto';
import type { RecordedIdentity } from '../../src/contract/index.js';

const givenNames = ['Alder', 'Briony', 'Caspian', 'Delphine', 'Ewart', 'Florentyna', 'Gideon', 'Hermione', 'Ignatius', 'Juniper', 'Leopold', 'Marigold'];
const onsets = ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'dr', 'gr', 'kl', 'st', 'tr'];
const vowels = ['a', 'e', 'i', 'o', 'u', 'ai', 'ou'];

const digits = (count: number) => Array.from({ length: count }, () => randomInt(10)).join('');
const letter = () => String.fromCharCode(65 + randomInt(26));
const pick = <Item>(items: readonly Item[]) => items[randomInt(items.length)];

/** A pronounceable family name of four syllables that no real directory holds. */
function inventedFamilyName(): string {
  const name = Array.from({ length: 4 }, () => pick(onsets) + pick(vowels)).join('');
  return name[0].toUpperCase() + name.slice(1);
}

/** A full identity for one invented person: every strong identifier, names, birth date, postcode. */
export interface Person {
  readonly label: string;
  readonly identity: Required<
    Pick<RecordedIdentity, 'staffNumber' | 'warrantNumber' | 'niNumber' | 'username' | 'givenName' | 'familyName' | 'dateOfBirth' | 'postcode'>
  >;
}

export function inventPerson(label: string): Person {
  const familyName = inventedFamilyName();
  const givenName = pick(givenNames);
  const month = String(1 + randomInt(12)).padStart(2, '0');
  const day = String(1 + randomInt(28)).padStart(2, '0');
  return {
    label,
    identity: {
      staffNumber: `CT${digits(9)}`,
      warrantNumber: `W${digits(8)}`,
      niNumber: `TN${digits(6)}${pick(['A', 'B', 'C', 'D'])}`,
      username: `${givenName[0].toLowerCase()}${familyName.toLowerCase()}${digits(3)}`,
      givenName,
      familyName,
      dateOfBirth: `${1960 + randomInt(40)}-${month}-${day}`,
      postcode: `ZZ${1 + randomInt(9)} ${randomInt(10)}${letter()}${letter()}`,
    },
  };
}

/** A fresh prefix for one test: ids made from it are unique across runs and evaluators. */
export function uniquePrefix(): string {
  return `ct${randomBytes(5).toString('hex')}`;
}

/** Ids under one test's prefix: `ids.of('hr')` is `<prefix>-hr`. */
export class UniqueIds {
  constructor(readonly prefix: string = uniquePrefix()) {}

  of(label: string): string {
    return `${this.prefix}-${label}`;
  }
}
