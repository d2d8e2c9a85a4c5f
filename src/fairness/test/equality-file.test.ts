/**
 * The equality file (CSV and NDJSON) reads as documented and refuses what it cannot read, naming
 * the line; the synthetic force writes one beside its records, and its records carry no protected
 * characteristic anywhere.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { protectedCharacteristicFields, SourceRecord, type EqualityPerson } from '../../contract/index.js';
import { filesOf, ndjson, writeSmallForce } from '../../synth/test/fixtures.js';
import type { SyntheticPerson } from '../../synth/index.js';
import { equalityCsv, parseEqualityFile } from '../equality-file.js';
import { ageBandOf } from '../synthetic-equality.js';

describe('reading an equality file', () => {
  it('reads CSV: record keys separated by spaces, quoted groups, "not recorded" as an empty group', () => {
    const text =
      '\uFEFFrecords,sex,ethnicity,ageBand\r\nhr-core/HR-1 hr-core/HR-2,female,"Black, Black British, Caribbean or African",35-44\r\n\r\nhr-core/HR-3,male,,55+\r\n';
    expect(parseEqualityFile(text)).toEqual([
      {
        records: [
          { sourceId: 'hr-core', recordId: 'HR-1' },
          { sourceId: 'hr-core', recordId: 'HR-2' },
        ],
        attributes: { sex: 'female', ethnicity: 'Black, Black British, Caribbean or African', ageBand: '35-44' },
      },
      { records: [{ sourceId: 'hr-core', recordId: 'HR-3' }], attributes: { sex: 'male', ethnicity: '', ageBand: '55+' } },
    ]);
  });

  it('reads CSV keyed by subject ids, and NDJSON', () => {
    expect(parseEqualityFile('subjectIds,sex\nsubj-1 subj-2,female\n')).toEqual([{ subjectIds: ['subj-1', 'subj-2'], attributes: { sex: 'female' } }]);
    const lines =
      '{"records":[{"sourceId":"hr-core","recordId":"HR-1"}],"attributes":{"sex":"female"}}\n\n{"subjectIds":["subj-9"],"attributes":{"sex":"male"}}\n';
    expect(parseEqualityFile(lines)).toEqual([
      { records: [{ sourceId: 'hr-core', recordId: 'HR-1' }], attributes: { sex: 'female' } },
      { subjectIds: ['subj-9'], attributes: { sex: 'male' } },
    ]);
  });

  it.each([
    ['', 'the file is empty'],
    ['sex,ethnicity\nfemale,White\n', 'line 1: the header needs a `records` or a `subjectIds` column'],
    ['records,sex,sex\nhr/1,a,b\n', 'line 1: a column is named twice'],
    ['records,sex\nhr-core,female\n', 'line 2: "hr-core" is not a record key'],
    ['records,sex\nhr/1,female,extra\n', 'line 2: 3 cells for 2 columns'],
    ['records,sex\nhr/1,female\n,male\n', 'line 3: records: a person needs at least one record or subject id'],
    ['records,1st\nhr/1,x\n', 'line 1: column "1st" is not an attribute name'],
    ['records,sex\nhr/has#hash,female\n', 'line 2: records.0.recordId'],
    ['{"records":[]\n', 'line 1: not JSON'],
    ['records\nhr/1\n', 'line 2: attributes: from 1 to 12 attributes'],
  ])('refuses %j: %s', (text, message) => {
    expect(() => parseEqualityFile(text)).toThrow(message);
  });

  it('writes what it reads', () => {
    const people: EqualityPerson[] = [
      { records: [{ sourceId: 'hr-core', recordId: 'HR-1' }], attributes: { sex: 'female', ethnicity: 'Asian, "other"' } },
      {
        records: [
          { sourceId: 'hr-core', recordId: 'HR-2' },
          { sourceId: 'hr-core', recordId: 'HR-3' },
        ],
        attributes: { sex: 'male', ethnicity: '' },
      },
    ];
    expect(parseEqualityFile(equalityCsv(people, ['sex', 'ethnicity']))).toEqual(people);
  });

  it('bands ages on the as-of date', () => {
    expect(ageBandOf('2001-03-29', '2026-03-29')).toBe('25-34');
    expect(ageBandOf('2001-03-30', '2026-03-29')).toBe('18-24');
    expect(ageBandOf('1971-01-01', '2026-03-29')).toBe('55+');
    expect(ageBandOf('1981-06-15', '2026-03-29')).toBe('35-44');
  });
});

describe('the synthetic force’s equality file', () => {
  let directory: string;
  beforeAll(async () => {
    directory = await writeSmallForce({ people: 300, months: 12, seed: 8 });
  }, 60_000);

  it('keys each person by their HR records, with the sex and ethnicity the force gave them', () => {
    const people = parseEqualityFile(readFileSync(join(directory, 'equality.csv'), 'utf8'));
    const truth = new Map(
      ndjson<{ sourceId: string; recordId: string; personId: string }>(directory, 'truth.ndjson').map((entry) => [
        `${entry.sourceId}/${entry.recordId}`,
        entry.personId,
      ]),
    );
    const synthetic = new Map(ndjson<SyntheticPerson>(directory, 'people.ndjson').map((person) => [person.personId, person]));
    expect(people.length).toBeGreaterThan(280);
    for (const person of people) {
      const owners = new Set(person.records!.map((reference) => truth.get(`${reference.sourceId}/${reference.recordId}`)));
      expect(owners.size).toBe(1);
      expect(person.records!.every((reference) => reference.sourceId === 'hr-core')).toBe(true);
      const owner = synthetic.get([...owners][0]!)!;
      expect(person.attributes).toEqual({ sex: owner.sex, ethnicity: owner.ethnicity, ageBand: ageBandOf(owner.dateOfBirth, '2026-03-29') });
    }
  });

  it('leaves no protected characteristic in any record, and every record valid against the contract', () => {
    const forbidden = new Set<string>(protectedCharacteristicFields);
    const keysOf = (value: unknown): string[] =>
      value !== null && typeof value === 'object' ? Object.entries(value).flatMap(([key, inner]) => [key, ...keysOf(inner)]) : [];
    for (const [path, contents] of filesOf(directory)) {
      if (!path.startsWith('records')) continue;
      for (const line of contents.toString('utf8').split('\n').filter(Boolean)) {
        const record = JSON.parse(line);
        expect(
          keysOf(record).filter((key) => forbidden.has(key)),
          path,
        ).toEqual([]);
        expect(SourceRecord.safeParse(record).success).toBe(true);
      }
    }
  });
});

describe('the contract refuses protected characteristics', () => {
  const record = {
    type: 'use_of_force',
    recordId: 'UOF-1',
    occurredAt: '2026-02-28T01:40:00Z',
    identity: { warrantNumber: '214871' },
    incidentReference: 'CAD-1',
    tactic: 'handcuffing',
  };

  it.each(protectedCharacteristicFields.map((field) => [field]))('%s, in an identity or as a field of the record', (field) => {
    for (const candidate of [
      { ...record, identity: { ...record.identity, [field]: 'x' } },
      { ...record, [field]: 'x' },
    ]) {
      const parsed = SourceRecord.safeParse(candidate);
      expect(parsed.success).toBe(false);
      expect(parsed.error!.issues[0].path.at(-1)).toBe(field);
      expect(parsed.error!.issues[0].message).toContain('fairness audit');
    }
    expect(SourceRecord.safeParse(record).success).toBe(true);
  });
});
