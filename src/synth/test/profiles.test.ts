/**
 * The force profiles. Clean is the generator as it was, byte for byte; typical and hard carry every
 * pattern they document (docs/synthetic-force.md), read back from the output alone against the
 * truth: format variants, renumbered people whose older records hold their former numbers, and
 * planted look-alikes who really are different people.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SourceRecord } from '../../contract/index.js';
import { synthesizeForce, type SyntheticPerson, type TruthfulRecord } from '../index.js';

function digest(records: Iterable<TruthfulRecord>): string {
  const hash = createHash('sha256');
  for (const entry of records) hash.update(JSON.stringify(entry)).update('\n');
  return hash.digest('hex').slice(0, 16);
}

describe('the clean profile', () => {
  it('is the generator as it was before profiles, byte for byte', () => {
    // Recorded from the generator before profiles existed; it changes only with generatorVersion.
    const clean = synthesizeForce({ people: 150, months: 2, seed: 9, profile: 'clean' });
    expect(digest(clean.records())).toBe(CLEAN_DIGEST);
    expect(digest(synthesizeForce({ people: 150, months: 2, seed: 9 }).records())).toBe(CLEAN_DIGEST);
    expect(clean.manifest.parameters).toEqual({ people: 150, months: 2, seed: 9, noise: 1 });
  });
});

describe('the hard profile', () => {
  const force = synthesizeForce({ people: 1500, months: 12, seed: 2, profile: 'hard' });
  const people = new Map<string, SyntheticPerson>([...force.people()].map((person) => [person.personId, person]));
  const records = [...force.records()];
  const bySource = (sourceId: string) => records.filter((entry) => entry.sourceId === sourceId);

  it('writes only records the contract accepts, however messy', () => {
    const refused = records.filter(({ record }) => !SourceRecord.safeParse(record).success);
    expect(refused.slice(0, 3)).toEqual([]);
  });

  it('writes identifiers in each system’s format: dense numbers, zeros dropped, domain logins, spaced NI numbers', () => {
    const person = [...people.values()][0];
    expect(person.staffNumber).toMatch(/^0\d{5}$/);
    expect(person.payrollNumber).toMatch(/^0\d{7}$/);
    for (const { record } of bySource('duty-roster').slice(0, 500)) {
      expect(record.identity.staffNumber).toMatch(/^[1-9]\d*$/);
      expect(record.identity.payrollNumber).toMatch(/^[1-9]\d*$/);
    }
    const logins = bySource('system-access-audit').map(({ record }) => record.identity.username!);
    const withDomain = logins.filter((login) => /^FORCE\\/i.test(login)).length / logins.length;
    expect(withDomain).toBeGreaterThan(0.55);
    expect(withDomain).toBeLessThan(0.65);
    const ni = bySource('vetting').map(({ record }) => record.identity.niNumber!);
    expect(ni.every((value) => /^[A-Z]{2} \d{2} \d{2} \d{2} [A-D]$|^[a-z]{2}\d{6}[a-d]$/.test(value))).toBe(true);
  });

  it('records placeholder dates of birth, name-only records and initials at about the documented rates', () => {
    const vetting = bySource('vetting');
    const placeholders = vetting.filter(({ record }) => record.identity.dateOfBirth === '1900-01-01' || record.identity.dateOfBirth === '1970-01-01').length;
    expect(placeholders / vetting.length).toBeGreaterThan(0.015);
    expect(placeholders / vetting.length).toBeLessThan(0.05);
    const uses = bySource('use-of-force');
    const nameOnly = uses.filter(({ record }) => !record.identity.warrantNumber && !record.identity.staffNumber).length / uses.length;
    expect(nameOnly).toBeGreaterThan(0.03);
    expect(nameOnly).toBeLessThan(0.1);
  });

  it('gives renumbered people their former numbers on older records, and one NI number throughout in HR', () => {
    const renumbered = [...people.values()].filter((person) => person.formerNumbers);
    expect(renumbered.length).toBeGreaterThan(40);
    for (const person of renumbered) {
      const hr = records.filter((entry) => entry.sourceId === 'hr-core' && entry.personId === person.personId);
      const until = person.formerNumbers!.until;
      for (const { record } of hr) {
        const numbers = record.occurredAt.slice(0, 10) < until ? person.formerNumbers! : person;
        expect(record.identity.staffNumber).toBe(numbers.staffNumber);
        expect(record.identity.payrollNumber?.replace(/^0+/, '')).toBe(numbers.payrollNumber.replace(/^0+/, ''));
        expect(record.identity.niNumber?.replace(/ /g, '').toUpperCase()).toBe(person.niNumber);
      }
      if (until <= force.manifest.asOf) expect(hr.some(({ record }) => record.occurredAt.startsWith(until))).toBe(true);
    }
    expect(renumbered.some((person) => person.formerNumbers!.reason === 'became an officer' && person.formerNumbers!.warrantNumber === undefined)).toBe(true);
  });

  it('plants look-alikes who are different people: twins, parent namesakes, namesakes, reissued collar numbers', () => {
    const lookalikes = [...people.values()].filter((person) => person.lookalike);
    const kinds = new Set(lookalikes.map((person) => person.lookalike!.kind));
    expect([...kinds].sort()).toEqual(['namesake', 'parent-namesake', 'reissued-collar-number', 'twin']);
    for (const person of lookalikes) {
      const other = people.get(person.lookalike!.personId)!;
      expect(other.personId).not.toBe(person.personId);
      expect(other.niNumber).not.toBe(person.niNumber);
      switch (person.lookalike!.kind) {
        case 'twin':
          expect([person.birthFamilyName, person.dateOfBirth]).toEqual([other.birthFamilyName, other.dateOfBirth]);
          expect(person.givenName).not.toBe(other.givenName);
          break;
        case 'parent-namesake':
          expect([person.givenName, person.birthFamilyName]).toEqual([other.givenName, other.birthFamilyName]);
          expect(Number(person.dateOfBirth.slice(0, 4)) - Number(other.dateOfBirth.slice(0, 4))).toBeGreaterThanOrEqual(18);
          break;
        case 'namesake':
          expect([person.givenName, person.birthFamilyName, person.dateOfBirth]).toEqual([other.givenName, other.birthFamilyName, other.dateOfBirth]);
          break;
        case 'reissued-collar-number':
          expect(person.warrantNumber).toBe(other.warrantNumber);
          expect(other.endDate! < person.startDate).toBe(true);
          break;
      }
    }
  });

  it('writes people’s names in other conventions: variants appear that are none of the true names', () => {
    const intelligenceAndComplaints = records.filter((entry) => entry.sourceId === 'psd-complaints' || entry.sourceId === 'vetting');
    const sikh = intelligenceAndComplaints.filter(
      ({ record, personId }) => /^(Singh|Kaur)( |$)/i.test(record.identity.familyName ?? '') && !/^(Singh|Kaur)$/.test(people.get(personId)!.birthFamilyName),
    );
    const folded = intelligenceAndComplaints.filter(({ record, personId }) => {
      const truth = people.get(personId)!.birthFamilyName;
      return (
        truth !== record.identity.familyName &&
        truth
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .replace(/ł/g, 'l') === record.identity.familyName
      );
    });
    expect(sikh.length + folded.length).toBeGreaterThan(0);
  });
});

const CLEAN_DIGEST = 'e424c7c2f92ef18c';
