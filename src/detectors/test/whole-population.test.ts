/**
 * Every detector over one seeded population: the same flags whatever the input order, and fast
 * enough for a whole force. (Protected characteristics cannot reach a detector at all: the contract
 * refuses them in records; src/fairness/test/protected-inputs.test.ts proves it end to end.)
 */
import { describe, expect, it } from 'vitest';
import { resolveDetectorSelections } from '../index.js';
import type { DetectorSubject, RaisedFlag } from '../types.js';
import { population, shuffled } from './population.js';

const asOf = '2026-03-31';
const subjects = population(400);

function allFlags(input: readonly DetectorSubject[]): Record<string, RaisedFlag[]> {
  return Object.fromEntries(
    resolveDetectorSelections(undefined).map(({ detector, parameters }) => [
      detector.definition.detectorId,
      detector.evaluate({ asOf, subjects: input }, parameters),
    ]),
  );
}

const original = allFlags(subjects);

describe('the catalogue over a population', () => {
  it('raises flags of every detector on the seeded population (so the checks below mean something)', () => {
    const empty = Object.entries(original)
      .filter(([, flags]) => flags.length === 0)
      .map(([detectorId]) => detectorId);
    expect(empty).toEqual([]);
  });

  it('gives the same flags in the same order when subjects and records are shuffled', () => {
    expect(allFlags(shuffled(subjects, 11))).toEqual(original);
    expect(allFlags(shuffled(subjects, 12))).toEqual(original);
  });

  it('writes rationales with numbers and no word that asserts wrongdoing', () => {
    for (const flags of Object.values(original)) {
      for (const flag of flags) {
        expect(flag.rationale).toMatch(/\d/);
        expect(flag.rationale).not.toMatch(/\b(guilty|corrupt|misused|abused|dishonest|proves?)\b/i);
      }
    }
  });

  it('evaluates the whole catalogue over 2,000 subjects (about 100,000 records) quickly', () => {
    const large = Array.from({ length: 5 }, (_, copy) => subjects.map((entry) => ({ ...entry, subjectId: `${entry.subjectId}-${copy}` }))).flat();
    const started = performance.now();
    for (const { detector, parameters } of resolveDetectorSelections(undefined)) detector.evaluate({ asOf, subjects: large }, parameters);
    // About 0.4 s on an idle two-core machine; the margin is for a loaded one.
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
