/**
 * The labelled data-set reader: a written synthetic force reads back as a data set (the format is
 * the same), and every way a hand-made data set can be wrong is refused with the file and line.
 */
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { synthesizeForce, writeForce } from '../../synth/index.js';
import { readLabelledDataset } from '../labelled-dataset.js';

const root = mkdtempSync(join(tmpdir(), 'plumbline-dataset-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A hand-made data set of two sources and three records belonging to two people. */
function handMade(name: string): string {
  const directory = join(root, name);
  const registration = {
    kind: 'hr',
    name: 'HR',
    controller: 'Chief Constable',
    lawfulBasis: 'UK GDPR 6(1)(c)',
    purpose: 'Consolidation',
    retentionPeriod: 'P6Y',
  };
  const employment = (recordId: string, identity: object) =>
    JSON.stringify({
      type: 'employment',
      recordId,
      occurredAt: '2026-01-05T09:00:00Z',
      identity,
      employeeCategory: 'officer',
      role: 'Response officer',
      unit: 'Response 1',
      status: 'active',
      startDate: '2015-04-01',
    });
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(join(directory, 'records'), { recursive: true });
  writeFileSync(
    join(directory, 'sources.json'),
    JSON.stringify([
      { sourceId: 'hr-core', ...registration },
      { sourceId: 'hr-legacy', ...registration },
    ]),
  );
  writeFileSync(
    join(directory, 'records', 'hr-core.ndjson'),
    `${employment('A1', { staffNumber: '004967', givenName: 'Ann', familyName: 'Okafor' })}\n${employment('A2', { staffNumber: '001234', givenName: 'Tom', familyName: 'Hale' })}\n`,
  );
  writeFileSync(join(directory, 'records', 'hr-legacy.ndjson'), `${employment('L1', { staffNumber: '4967', givenName: 'Ann', familyName: 'OKAFOR' })}\n`);
  writeFileSync(
    join(directory, 'truth.ndjson'),
    [
      '{"sourceId":"hr-core","recordId":"A1","personId":"ann"}',
      '{"sourceId":"hr-core","recordId":"A2","personId":"tom"}',
      '{"sourceId":"hr-legacy","recordId":"L1","personId":"ann"}',
      '',
    ].join('\n'),
  );
  return directory;
}

describe('readLabelledDataset', () => {
  let written: string;
  beforeAll(async () => {
    written = join(root, 'synthetic');
    await writeForce(synthesizeForce({ people: 100, months: 2, seed: 3, profile: 'typical' }), written);
  }, 60_000);

  it('reads a written synthetic force as a data set, records paired with their people', () => {
    const dataset = readLabelledDataset(written);
    const truth = readFileSync(join(written, 'truth.ndjson'), 'utf8').trim().split('\n');
    const records = [...dataset.records()];
    expect(records).toHaveLength(truth.length);
    expect(dataset.peopleCount).toBe(100);
    expect(dataset.manifest.asOf).toBe('2026-03-29');
    expect(dataset.sources.map((source) => source.sourceId)).toContain('hr-core');
    expect(JSON.parse(truth[0])).toEqual({ sourceId: records[0].sourceId, recordId: records[0].record.recordId, personId: records[0].personId });
  });

  it('reads a hand-made data set, with the as-of date from its latest record', () => {
    const dataset = readLabelledDataset(handMade('small'));
    expect([...dataset.records()].map((entry) => entry.personId)).toEqual(['ann', 'tom', 'ann']);
    expect(dataset).toMatchObject({ name: 'small', peopleCount: 2, manifest: { asOf: '2026-01-05' } });
    writeFileSync(join(root, 'small', 'dataset.json'), JSON.stringify({ asOf: '2026-02-01', description: 'Sample labelled by two reviewers' }));
    expect(readLabelledDataset(join(root, 'small'))).toMatchObject({ manifest: { asOf: '2026-02-01' }, description: 'Sample labelled by two reviewers' });
  });

  it.each([
    [
      'a record without a label',
      (directory: string) =>
        appendFileSync(
          join(directory, 'records', 'hr-legacy.ndjson'),
          readFileSync(join(directory, 'records', 'hr-legacy.ndjson'), 'utf8').replace('"L1"', '"L2"'),
        ),
      /hr-legacy\.ndjson:2: record L2 has no line in truth\.ndjson/,
    ],
    [
      'a label for no record',
      (directory: string) => appendFileSync(join(directory, 'truth.ndjson'), '{"sourceId":"hr-core","recordId":"Z9","personId":"x"}\n'),
      /labels hr-core\/Z9, which no records file holds/,
    ],
    [
      'a record the contract refuses',
      (directory: string) => writeFileSync(join(directory, 'records', 'hr-core.ndjson'), '{"type":"employment","recordId":"A1"}\n'),
      /hr-core\.ndjson:1: not a record the contract accepts/,
    ],
    ['a line that is not JSON', (directory: string) => appendFileSync(join(directory, 'truth.ndjson'), '{oops\n'), /truth\.ndjson:4: /],
    ['a missing records file', (directory: string) => rmSync(join(directory, 'records', 'hr-legacy.ndjson')), /hr-legacy\.ndjson: missing/],
    [
      'a record labelled twice',
      (directory: string) => appendFileSync(join(directory, 'truth.ndjson'), '{"sourceId":"hr-core","recordId":"A1","personId":"tom"}\n'),
      /truth\.ndjson:4: hr-core\/A1 is labelled twice/,
    ],
  ])('refuses %s, naming where', (name, spoil, message) => {
    const directory = handMade(name.replace(/\W+/g, '-'));
    spoil(directory);
    expect(() => readLabelledDataset(directory)).toThrow(message);
  });
});
