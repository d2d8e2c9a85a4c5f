/** The same seed and parameters give the same bytes; another seed gives another force. */
import { describe, expect, it } from 'vitest';
import { synthesizeForce } from '../index.js';
import { filesOf, writeSmallForce } from './fixtures.js';

describe('determinism', () => {
  it('writes byte-identical output for the same seed and parameters', async () => {
    const first = filesOf(await writeSmallForce({ people: 400, months: 12, seed: 11 }));
    const second = filesOf(await writeSmallForce({ people: 400, months: 12, seed: 11 }));
    expect([...first.keys()].sort()).toEqual([...second.keys()].sort());
    expect(first.size).toBe(6 + 12);
    for (const [path, contents] of first) expect(contents.equals(second.get(path)!), path).toBe(true);
  });

  it('writes a different force for a different seed', async () => {
    const first = filesOf(await writeSmallForce({ people: 400, months: 12, seed: 11 }));
    const other = filesOf(await writeSmallForce({ people: 400, months: 12, seed: 12 }));
    for (const path of ['people.ndjson', 'truth.ndjson', 'records/duty-roster.ndjson', 'planted.ndjson']) {
      expect(first.get(path)!.equals(other.get(path)!), path).toBe(false);
    }
  });

  it('regenerates the same record sequence on every call of records()', () => {
    const force = synthesizeForce({ people: 300, months: 6, seed: 3 });
    const once = [...force.records()].map((entry) => JSON.stringify(entry));
    const twice = [...force.records()].map((entry) => JSON.stringify(entry));
    expect(once.length).toBeGreaterThan(10_000);
    expect(twice).toEqual(once);
  });

  it('fills the manifest’s record counts once records() has been read to the end', () => {
    const force = synthesizeForce({ people: 300, months: 3, seed: 3 });
    expect(force.manifest.records).toBeUndefined();
    let total = 0;
    for (const _ of force.records()) total++;
    expect(force.manifest.records?.total).toBe(total);
  });
});
