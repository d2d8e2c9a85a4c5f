/**
 * Hand-made record sets for the patterns a real force's data shows (issue 11): identifier formats
 * that differ between systems, hand-typed numbers that land on colleagues, name-less records, a
 * diverse workforce's names, life events — and the hard non-matches that must never merge. General
 * rules, each set as small as the pattern allows; scored with the documented priors (too few pairs
 * for EM), so each outcome follows from the rule, not from a generator's rates.
 */
import { describe, expect, it } from 'vitest';
import { resolveAll } from '../resolve.js';
import type { IdentityNode, Resolution } from '../types.js';

const node = (nodeId: number, sourceKind: IdentityNode['sourceKind'], identity: IdentityNode['identity']): IdentityNode => ({
  nodeId,
  sourceId: `${sourceKind}-${nodeId}`,
  sourceKind,
  identity,
});

/** Other staff, so that names have frequencies and the force is not just the people under test. */
const colleagues = (firstId: number, count: number): IdentityNode[] =>
  Array.from({ length: count }, (_, index) =>
    node(firstId + index, 'hr', {
      staffNumber: `S${7000000 + index * 37}`,
      givenName: ['Mary', 'John', 'Sarah', 'David', 'Emma', 'James'][index % 6],
      familyName: ['Smith', 'Jones', 'Taylor', 'Brown', 'Wilson', 'Evans', 'Thomas'][index % 7],
      dateOfBirth: `19${60 + (index % 40)}-0${1 + (index % 9)}-1${index % 10}`,
    }),
  );

const clusterOf = (resolution: Resolution, nodeId: number): number[] => resolution.clusters.find((cluster) => cluster.includes(nodeId))!;
const together = (resolution: Resolution, left: number, right: number): boolean => clusterOf(resolution, left).includes(right);
const resolve = (nodes: IdentityNode[]): Resolution => resolveAll({ nodes: [...nodes, ...colleagues(1000, 40)], overrides: [] });

describe('identifier formats differ between systems', () => {
  it('links numbers whose leading zeros an export dropped', () => {
    const hr = node(1, 'hr', { staffNumber: '004967', givenName: 'Robert', familyName: 'Okafor', dateOfBirth: '1986-04-12' });
    const training = node(2, 'training', { staffNumber: '4967' });
    const resolution = resolve([hr, training]);
    expect(together(resolution, 1, 2)).toBe(true);
    expect(resolution.links.find((link) => link.left === 1 && link.right === 2)?.basis).toBe('identifier');
  });

  it('links a login recorded with its Windows domain or as a user principal name', () => {
    const hr = node(1, 'hr', { staffNumber: 'S1004321', username: 'okaforr', givenName: 'Robert', familyName: 'Okafor' });
    const downLevel = node(2, 'access_audit', { username: 'FORCE\\OkaforR' });
    const principal = node(3, 'building_access', { username: 'okaforr@force.local' });
    const resolution = resolve([hr, downLevel, principal]);
    expect(clusterOf(resolution, 1)).toEqual([1, 2, 3]);
  });

  it('links NI numbers spaced or in lower case', () => {
    const hr = node(1, 'hr', { niNumber: 'AB123456C', givenName: 'Robert', familyName: 'Okafor' });
    const vetting = node(2, 'vetting', { niNumber: 'ab 12 34 56 c', givenName: 'Robert', familyName: 'Okafor' });
    expect(together(resolve([hr, vetting]), 1, 2)).toBe(true);
  });

  it('lets an exact NI and payroll number outweigh a staff number written in another scheme', () => {
    const hr = node(1, 'hr', { staffNumber: 'S1004321', payrollNumber: '40012345', niNumber: 'AB123456C', givenName: 'Robert', familyName: 'Okafor' });
    const payroll = node(2, 'attendance', { staffNumber: 'E-77120', payrollNumber: '40012345', niNumber: 'AB123456C', givenName: 'Rob', familyName: 'Okafor' });
    const roster = node(3, 'duty', { staffNumber: 'S1004321' });
    const resolution = resolve([hr, payroll, roster]);
    expect(clusterOf(resolution, 1)).toEqual([1, 2, 3]);
  });
});

describe('hand-typed numbers that land on colleagues', () => {
  const bob = node(1, 'hr', { staffNumber: 'S1000001', warrantNumber: '4967', givenName: 'Bob', familyName: 'Jones', dateOfBirth: '1975-02-03' });
  const alice = node(2, 'hr', { staffNumber: 'S1000002', warrantNumber: '4976', givenName: 'Alice', familyName: 'Brown', dateOfBirth: '1988-09-21' });

  it('does not link on a number alone when the family name differs and nothing else agrees, even with no given name or date', () => {
    const complaint = node(3, 'complaints', { warrantNumber: '4967', familyName: 'Brown' });
    const resolution = resolve([bob, alice, complaint]);
    expect(together(resolution, 1, 3)).toBe(false);
  });

  it('keeps a name-less record from bridging two named people, and gives it to the system of record', () => {
    // Alice's complaint carries Bob's collar number (two digits swapped); the roster line for 4967 has no name.
    const complaint = node(3, 'complaints', { warrantNumber: '4967', givenName: 'Alice', familyName: 'Brown' });
    const roster = node(4, 'duty', { warrantNumber: '4967' });
    const resolution = resolve([bob, alice, complaint, roster]);
    expect(together(resolution, 1, 2)).toBe(false);
    expect(together(resolution, 1, 4)).toBe(true);
    expect(together(resolution, 2, 3)).toBe(true);
    expect(resolution.statistics.linksRefusedForConflictingNumbers).toBeGreaterThan(0);
  });

  it('does not let a reissued collar number join its two holders, nor a roster line bridge them', () => {
    const leaver = node(1, 'hr', {
      staffNumber: 'S1000001',
      warrantNumber: '1234',
      niNumber: 'JK111111A',
      givenName: 'Peter',
      familyName: 'Walsh',
      dateOfBirth: '1961-05-05',
    });
    const joiner = node(2, 'hr', {
      staffNumber: 'S1000777',
      warrantNumber: '1234',
      niNumber: 'LM222222B',
      givenName: 'Chloe',
      familyName: 'Ahmed',
      dateOfBirth: '1999-10-10',
    });
    const roster = node(3, 'duty', { warrantNumber: '1234' });
    const resolution = resolve([leaver, joiner, roster]);
    expect(together(resolution, 1, 2)).toBe(false);
  });
});

describe('names', () => {
  const hr = (nodeId: number, givenName: string, familyName: string) =>
    node(nodeId, 'hr', { staffNumber: `S${5000000 + nodeId}`, givenName, familyName, dateOfBirth: '1983-06-14', postcode: 'LS6 2AB' });
  const intelligence = (nodeId: number, givenName: string, familyName: string) =>
    node(nodeId, 'intelligence', { givenName, familyName, dateOfBirth: '1983-06-14' });

  it.each([
    ['a transliteration', 'Muhammad', 'Khan', 'Mohammed', 'Khan'],
    ['an anglicised given name with a diacritic', 'Paweł', 'Nowak', 'Paul', 'Nowak'],
    ['a transliterated family name', 'Amir', 'Hussain', 'Amir', 'Hussein'],
    ['a compound surname shortened', 'Lucía', 'García López', 'Lucia', 'Garcia'],
    ['a hyphenated surname shortened', 'Aisha', 'Bello-Adeyemi', 'Aisha', 'Adeyemi'],
    ['family name first', 'Wei', 'Zhang', 'Zhang', 'Wei'],
    ['Singh with and without the clan name', 'Gurpreet', 'Singh Sandhu', 'Gurpreet', 'Sandhu'],
  ])('links %s', (_, hrGiven, hrFamily, otherGiven, otherFamily) => {
    const resolution = resolve([hr(1, hrGiven, hrFamily), intelligence(2, otherGiven, otherFamily)]);
    expect(together(resolution, 1, 2)).toBe(true);
  });

  it('weighs a name by how common it is: a rare name alone links, a common one does not', () => {
    const davids = Array.from({ length: 6 }, (_, index) =>
      node(100 + index, 'hr', {
        staffNumber: `S${6100000 + index * 11}`,
        givenName: 'David',
        familyName: 'Smith',
        dateOfBirth: `197${index}-03-0${index + 1}`,
      }),
    );
    const eilidh = node(1, 'hr', { staffNumber: 'S6200001', givenName: 'Eilidh', familyName: 'Featherstonehaugh', dateOfBirth: '1990-05-05' });
    const rareComplaint = node(2, 'complaints', { givenName: 'Eilidh', familyName: 'Featherstonehaugh' });
    const commonComplaint = node(3, 'complaints', { givenName: 'David', familyName: 'Smith' });
    const resolution = resolve([eilidh, rareComplaint, commonComplaint, ...davids]);
    expect(together(resolution, 1, 2)).toBe(true);
    expect(clusterOf(resolution, 3)).toEqual([3]);
  });

  it('reads placeholder dates of birth as missing, not as agreement', () => {
    const first = node(1, 'intelligence', { givenName: 'John', familyName: 'Smith', dateOfBirth: '1900-01-01' });
    const second = node(2, 'complaints', { givenName: 'John', familyName: 'Smith', dateOfBirth: '1900-01-01' });
    const resolution = resolve([first, second, node(3, 'hr', { staffNumber: 'S9', givenName: 'John', familyName: 'Smith', dateOfBirth: '1970-01-01' })]);
    expect(together(resolution, 1, 2)).toBe(false);
    const candidate = resolution.candidates.find((pair) => pair.left === 1 && pair.right === 2);
    if (candidate) expect(candidate.comparisons.find((comparison) => comparison.field === 'dateOfBirth')).toBeUndefined();
  });

  it('does not give initials the weight of a name, crossed or not', () => {
    const hrRecord = node(1, 'hr', { staffNumber: 'S1', givenName: 'Jo', familyName: 'Smith', dateOfBirth: '1979-01-02' });
    const crossed = node(2, 'complaints', { givenName: 'Smith', familyName: 'J' });
    const initial = node(3, 'complaints', { givenName: 'J', familyName: 'Smith' });
    const resolution = resolve([hrRecord, crossed, initial]);
    expect(together(resolution, 1, 2)).toBe(false);
    expect(together(resolution, 1, 3)).toBe(false);
  });
});

describe('life events', () => {
  it('links a rejoiner on NI number, date of birth and name despite new staff and collar numbers', () => {
    const before = node(1, 'hr', {
      staffNumber: 'S1000001',
      warrantNumber: '2210',
      niNumber: 'AB123456C',
      givenName: 'Sarah',
      familyName: 'Clarke',
      dateOfBirth: '1980-03-03',
    });
    const after = node(2, 'vetting', {
      staffNumber: 'S3999999',
      warrantNumber: '9075',
      niNumber: 'AB123456C',
      givenName: 'Sarah',
      familyName: 'Clarke',
      dateOfBirth: '1980-03-03',
    });
    const complaint = node(3, 'complaints', { warrantNumber: '9075', givenName: 'Sarah', familyName: 'Clarke' });
    const resolution = resolve([before, after, complaint]);
    expect(clusterOf(resolution, 1)).toEqual([1, 2, 3]);
  });
});

describe('hard non-matches never merge', () => {
  it('keeps twins apart: same family name, date of birth and address, different given names and numbers', () => {
    const first = node(1, 'hr', {
      staffNumber: 'S1000001',
      niNumber: 'AB111111A',
      givenName: 'Daniel',
      familyName: 'Okoro',
      dateOfBirth: '1992-07-07',
      postcode: 'M14 5RT',
    });
    const second = node(2, 'hr', {
      staffNumber: 'S1000002',
      niNumber: 'AB222222B',
      givenName: 'Samuel',
      familyName: 'Okoro',
      dateOfBirth: '1992-07-07',
      postcode: 'M14 5RT',
    });
    const intel = node(3, 'intelligence', { givenName: 'Daniel', familyName: 'Okoro', dateOfBirth: '1992-07-07', postcode: 'M14 5RT' });
    const resolution = resolve([first, second, intel]);
    expect(together(resolution, 1, 2)).toBe(false);
  });

  it('keeps a father and son of one name apart', () => {
    const father = node(1, 'hr', { staffNumber: 'S1000001', givenName: 'Michael', familyName: 'Doyle', dateOfBirth: '1962-02-11', postcode: 'CF10 1AA' });
    const son = node(2, 'hr', { staffNumber: 'S1000002', givenName: 'Michael', familyName: 'Doyle', dateOfBirth: '1991-08-30', postcode: 'CF10 1AA' });
    const resolution = resolve([father, son, node(3, 'complaints', { givenName: 'Michael', familyName: 'Doyle' })]);
    expect(together(resolution, 1, 2)).toBe(false);
    // The complaint fits both equally: neither gets it, a person decides.
    expect(clusterOf(resolution, 3)).toEqual([3]);
  });

  it('keeps namesakes with one name and one date of birth apart, and puts the name-only record before a person', () => {
    const first = node(1, 'hr', { staffNumber: 'S1000001', niNumber: 'AB111111A', givenName: 'Ciaran', familyName: 'Byrne', dateOfBirth: '1984-12-16' });
    const second = node(2, 'hr', { staffNumber: 'S2000002', niNumber: 'CD222222B', givenName: 'Ciaran', familyName: 'Byrne', dateOfBirth: '1984-12-16' });
    const complaint = node(3, 'complaints', { givenName: 'Ciaran', familyName: 'Byrne', dateOfBirth: '1984-12-16' });
    const resolution = resolve([first, second, complaint]);
    expect(together(resolution, 1, 2)).toBe(false);
    expect(clusterOf(resolution, 3)).toEqual([3]);
    const queued = resolution.candidates.filter((candidate) => candidate.right === 3).map((candidate) => candidate.left);
    expect(queued.sort()).toEqual([1, 2]);
    expect(resolution.statistics.ambiguousNodesHeldBack).toBe(1);
  });
});
