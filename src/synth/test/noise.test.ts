/** Identity noise measured in the output matches the configured rates, and noise 0 is clean. */
import { describe, expect, it } from 'vitest';
import { defaultNoise, synthesizeForce, type NoiseKind, type SyntheticPerson } from '../index.js';
import { sourceDefinitions } from '../sources.js';
import { scaledNoise } from '../noise.js';
import { emptyTally, measureRecord, oneEditApart, type Tally } from './noise-measure.js';

function measure(people: number, noise: number): Map<string, Tally> {
  const force = synthesizeForce({ people, months: 12, seed: 8, noise });
  const truth = new Map<string, SyntheticPerson>([...force.people()].map((person) => [person.personId, person]));
  const tallies = new Map(sourceDefinitions.map((definition) => [definition.sourceId, emptyTally()]));
  const fields = new Map(sourceDefinitions.map((definition) => [definition.sourceId, definition.fields]));
  for (const { sourceId, record, personId } of force.records()) {
    measureRecord(tallies.get(sourceId)!, record.identity, truth.get(personId)!, record.occurredAt, fields.get(sourceId)!);
  }
  return tallies;
}

describe('identity noise', () => {
  it('measures every configured rate within four standard errors', () => {
    const multiplier = 1.5;
    const tallies = measure(2500, multiplier);
    let compared = 0;
    for (const definition of sourceDefinitions) {
      const rates = scaledNoise(definition.noise, multiplier);
      for (const [kind, { eligible, events }] of Object.entries(tallies.get(definition.sourceId)!) as [NoiseKind, { eligible: number; events: number }][]) {
        const rate = rates[kind];
        if (rate === 0) {
          expect(events, `${definition.sourceId} ${kind}: none configured`).toBe(0);
          continue;
        }
        if (eligible < 40) continue;
        const measured = events / eligible;
        const tolerance = 4 * Math.sqrt((rate * (1 - rate)) / eligible) + 0.01;
        expect(
          Math.abs(measured - rate),
          `${definition.sourceId} ${kind}: measured ${measured.toFixed(4)} of ${eligible}, configured ${rate}`,
        ).toBeLessThanOrEqual(tolerance);
        compared++;
      }
    }
    expect(compared).toBeGreaterThanOrEqual(20);
  });

  it('records every identity exactly at noise 0', () => {
    for (const [sourceId, tally] of measure(500, 0)) {
      for (const [kind, { events }] of Object.entries(tally)) expect(events, `${sourceId} ${kind}`).toBe(0);
    }
  });

  it('keeps HR, duty, building access and the audit log clean by default', () => {
    for (const key of ['hr', 'duty', 'building', 'access'] as const) expect(Object.values(defaultNoise[key]).every((rate) => rate === 0)).toBe(true);
  });

  it('recognises one edit and nothing more', () => {
    expect(oneEditApart('Okafor', 'Okfaor')).toBe(true);
    expect(oneEditApart('Okafor', 'Okafr')).toBe(true);
    expect(oneEditApart('Okafor', 'Okafor')).toBe(false);
    expect(oneEditApart('Okafor', 'Okfar')).toBe(false);
  });
});
