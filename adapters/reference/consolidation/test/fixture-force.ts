/**
 * A small hand-made force for the resolution tests: people seen by HR, complaints, intelligence and
 * an access log, with the noise those systems have (nicknames, a swapped warrant digit, a transposed
 * date of birth, a maiden name). Deterministic for a seed, so tests can rely on it.
 */
import type { RecordedIdentity, SourceKind } from '../../../../src/contract/index.js';
import type { IdentityNode } from '../types.js';

const givenNames = ['Robert', 'Katherine', 'William', 'Elizabeth', 'Margaret', 'James', 'Sarah', 'Mohammed', 'Aisha', 'Thomas', 'Priya', 'David'];
const nicknames: Record<string, string> = {
  Robert: 'Bob',
  Katherine: 'Kate',
  William: 'Bill',
  Elizabeth: 'Liz',
  Margaret: 'Peggy',
  James: 'Jim',
  Thomas: 'Tom',
  David: 'Dave',
};
const familyNames = [
  'Okafor',
  'Smith',
  'Jones',
  'Patel',
  'Khan',
  'Williams',
  'Brown',
  'Taylor',
  'Nowak',
  'Murphy',
  'Evans',
  'Adeyemi',
  'Clarke',
  'Hughes',
  'Walsh',
  'Fraser',
];

/** A seeded generator (mulberry32): tests must not depend on Math.random. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

export interface FixtureForce {
  readonly nodes: IdentityNode[];
  /** The person each node belongs to. */
  readonly personOf: Map<number, number>;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** `people` people, each with an HR node and some of: complaints, intelligence and access-log nodes. */
export function fixtureForce(people: number, seed = 1): FixtureForce {
  const random = seededRandom(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)];
  const nodes: IdentityNode[] = [];
  const personOf = new Map<number, number>();
  const add = (person: number, sourceId: string, sourceKind: SourceKind, identity: RecordedIdentity) => {
    const nodeId = nodes.length + 1;
    nodes.push({ nodeId, sourceId, sourceKind, identity });
    personOf.set(nodeId, person);
  };
  for (let person = 0; person < people; person++) {
    const givenName = pick(givenNames);
    const familyName = pick(familyNames);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const dateOfBirth = `${1960 + Math.floor(random() * 40)}-${pad(month)}-${pad(day)}`;
    const warrantNumber = String(100000 + person * 7919 + Math.floor(random() * 7000));
    const username = `${familyName.toLowerCase()}${givenName[0].toLowerCase()}${person}`;
    const postcode = `SE${1 + (person % 20)} ${person % 10}AB`;
    add(person, 'hr', 'hr', { staffNumber: `S${1000000 + person}`, warrantNumber, givenName, familyName, dateOfBirth, postcode, username });
    if (random() < 0.7) {
      // Complaints: name as the complainant gave it, collar number typed by hand.
      const typed = random() < 0.3 ? warrantNumber.slice(0, 2) + warrantNumber[3] + warrantNumber[2] + warrantNumber.slice(4) : warrantNumber;
      add(person, 'complaints', 'complaints', {
        warrantNumber: typed,
        givenName: random() < 0.4 ? (nicknames[givenName] ?? givenName) : givenName,
        familyName,
      });
    }
    if (random() < 0.5) {
      // Intelligence: name and date of birth, day and month sometimes swapped.
      const swapped = day <= 12 && random() < 0.3 ? `${dateOfBirth.slice(0, 5)}${pad(day)}-${pad(month)}` : dateOfBirth;
      add(person, 'intelligence', 'intelligence', { givenName, familyName: random() < 0.1 ? pick(familyNames) : familyName, dateOfBirth: swapped });
    }
    if (random() < 0.6) add(person, 'access', 'access_audit', { username });
  }
  return { nodes, personOf };
}

/** Fisher–Yates with the seeded generator. */
export function shuffled<T>(values: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const copy = [...values];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other], copy[index]];
  }
  return copy;
}
