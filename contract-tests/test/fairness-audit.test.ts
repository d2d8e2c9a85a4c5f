/**
 * The fairness audit on a synthetic force, through the real reference engine:
 *
 * - nothing protected reaches a detector: give every person other protected characteristics (the
 *   synthetic force's demographics stream, which also reshapes the names they go with) and the
 *   engine raises exactly the same flags on the same people, with the same evidence and values;
 * - a planted proxy bias is caught: an engine that never sees equality data but applies a stricter
 *   rule to West African family names shows a disparity for Black officers and staff outside the
 *   band, beyond chance; the fair engine on the same force shows none.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PlumblineAdapterV1 } from '../../src/adapter/adapter-v1.js';
import { allFlags } from '../../src/adapter/all-flags.js';
import type { FairnessGroup, FairnessReport } from '../../src/contract/index.js';
import { loadAndAuditSyntheticForce } from '../../src/fairness/synthetic-audit.js';
import { synthesizeForce, type SyntheticForce } from '../../src/synth/index.js';
import type { ReferenceAdapter } from '../../adapters/reference/index.js';
import { biasedFlagging, biasedSelection } from '../broken-adapters/biased-flagging.js';
import { temporaryReferenceAdapter } from '../harness/reference-target.js';

// 800 people: enough West African family names (about 30) for the planted bias to show beyond chance.
const options = { people: 800, months: 12, seed: 1 };
const context = { actor: 'fairness-test' };
const black = 'Black, Black British, Caribbean or African';

interface EngineRun {
  readonly report: FairnessReport;
  /** Every flag as `detector people measurements evidence`, people by their true person id. */
  readonly flags: string[];
}

/** The force through an engine (ingest, consolidate, flag), then its flags by true person and its fairness audit. */
async function run(force: SyntheticForce, make: (engine: ReferenceAdapter) => PlumblineAdapterV1): Promise<EngineRun> {
  const engine = temporaryReferenceAdapter();
  try {
    const adapter = make(engine);
    const { report } = await loadAndAuditSyntheticForce(adapter, force, undefined, context);
    const owner = new Map<string, string>();
    for (const { sourceId, record, personId } of force.records()) owner.set(`${sourceId}/${record.recordId}`, personId);
    const personOf = async (subjectId: string) => {
      const lookup = await adapter.consolidation!.getSubject(subjectId, context);
      const votes = new Map<string, number>();
      if ('subject' in lookup)
        for (const { sourceId, recordId } of lookup.subject.records)
          votes.set(owner.get(`${sourceId}/${recordId}`)!, (votes.get(owner.get(`${sourceId}/${recordId}`)!) ?? 0) + 1);
      return [...votes].sort((left, right) => right[1] - left[1])[0][0];
    };
    const flags: string[] = [];
    for (const flag of await allFlags(adapter, context)) {
      const people = (await Promise.all(flag.subjectIds.map(personOf))).sort().join(',');
      flags.push(
        `${flag.detectorId} ${people} ${JSON.stringify(flag.measurements)} ${flag.evidence.map((reference) => `${reference.sourceId}/${reference.recordId}`).join(',')}`,
      );
    }
    return { report, flags: flags.sort() };
  } finally {
    await engine.close();
  }
}

const ethnicityOf = (report: FairnessReport, detectorId: string, group: string): FairnessGroup =>
  report.detectors
    .find((detector) => detector.detectorId === detectorId)!
    .attributes.find((attribute) => attribute.attribute === 'ethnicity')!
    .groups.find((one) => one.group === group)!;

const force = synthesizeForce(options);
let fair: EngineRun;
let reshuffled: EngineRun;
let biased: EngineRun;

beforeAll(async () => {
  fair = await run(force, (engine) => engine);
  reshuffled = await run(synthesizeForce({ ...options, demographicsSeed: 4242 }), (engine) => engine);
  biased = await run(force, biasedFlagging);
}, 600_000);

describe('nothing protected reaches a detector', () => {
  it('changes every person’s protected characteristics, and the same flags fall on the same people', () => {
    const groups = (report: FairnessReport) =>
      report.detectors[0].attributes.map((attribute) => attribute.groups.map((group) => `${group.group}:${group.people}`).join(' '));
    // The groups really are different people…
    expect(groups(reshuffled.report)).not.toEqual(groups(fair.report));
    // …and the engine raised exactly the same flags, on the same people, with the same evidence and values.
    expect(fair.flags.length).toBeGreaterThan(20);
    expect(reshuffled.flags).toEqual(fair.flags);
  });
});

describe('a planted proxy bias', () => {
  it('is caught: Black officers and staff flagged for access without purpose far outside the band, beyond chance', () => {
    const finding = biased.report.findings.find(
      (candidate) => candidate.detectorId === biasedSelection.detectorId && candidate.group === black && candidate.measure === 'flagRate',
    );
    expect(finding?.assessment).toBe('outside-band');
    expect(finding!.interval.lower).toBeGreaterThan(biased.report.method.band.upper);
    // The extra flags are false positives against the truth, and raise the group's rate across all detectors too.
    expect(ethnicityOf(biased.report, biasedSelection.detectorId, black).falsePositiveRate?.disparity.assessment).toBe('outside-band');
    expect(ethnicityOf(biased.report, '*', black).flagRate.disparity).toMatchObject({ assessment: 'outside-band' });
  });

  it('is not there in the fair engine on the same force', () => {
    expect(fair.report.findings.filter((finding) => finding.assessment === 'outside-band')).toEqual([]);
    expect(ethnicityOf(fair.report, biasedSelection.detectorId, black).flagRate.disparity.assessment).not.toBe('outside-band');
    expect(biased.report.population.flaggedPeople).toBeGreaterThan(fair.report.population.flaggedPeople);
    // Against the truth, the fair engine raises no false positive in any group shown.
    for (const group of fair.report.detectors[0].attributes.flatMap((attribute) => attribute.groups)) {
      if (group.falsePositiveRate?.rate) expect(group.falsePositiveRate.rate.events, group.group).toBe(0);
    }
  });
});
