/**
 * The fairness audit from end to end: equality data in, the adapter's flags read through the
 * adapter interface, the measures computed, a `FairnessReport` out. The equality data lives in the
 * caller's memory for the length of the call and goes nowhere else: not to the adapter (which is
 * only read), not to a log, not to a store.
 */
import type { PlumblineAdapterV1 } from '../adapter/adapter-v1.js';
import type { OperationContext } from '../adapter/context.js';
import { FairnessOptions, type EqualityPerson, type FairnessOptionsInput, type FairnessReport } from '../contract/index.js';
import { collectFlags, unfoundedOutcomes, type CollectedFlags } from './collect-flags.js';
import { ANY_DETECTOR, computeMeasures, type Measures } from './measures.js';

/** Below this many flagged people, a detector's disparities can hardly be told from chance. */
const FEW_FLAGGED = 30;

export interface AuditOptions {
  /** Who combines the data: the gateway's route or a client. */
  readonly computedBy: FairnessReport['computedBy'];
  /** Known truth (a synthetic force): for each person, the detectors that should flag them. */
  readonly expected?: readonly ReadonlySet<string>[];
}

export async function auditFairness(
  adapter: PlumblineAdapterV1,
  people: readonly EqualityPerson[],
  optionsInput: FairnessOptionsInput | undefined,
  context: OperationContext,
  audit: AuditOptions,
): Promise<FairnessReport> {
  const options = FairnessOptions.parse(optionsInput ?? {});
  const collected = await collectFlags(adapter, people, options, context);
  const measures = computeMeasures({ people, flags: collected.flags, detectorIds: collected.detectorIds, expected: audit.expected }, options);
  return fairnessReport(adapter, people.length, collected, measures, options, audit);
}

export function fairnessReport(
  adapter: PlumblineAdapterV1 | null,
  people: number,
  collected: CollectedFlags,
  measures: Measures,
  options: FairnessOptions,
  audit: AuditOptions,
): FairnessReport {
  const any = measures.detectors.find((detector) => detector.detectorId === ANY_DETECTOR)!;
  return {
    generatedAt: new Date().toISOString(),
    computedBy: audit.computedBy,
    adapter: adapter && { ...adapter.identity },
    method: {
      band: options.band,
      minimumGroupSize: options.minimumGroupSize,
      confidenceLevel: options.confidenceLevel,
      rateInterval: 'wilson',
      ratioInterval: 'katz-log',
      zeroCellCorrection: 0.5,
      multipleComparisons: 'benjamini-hochberg',
      falseDiscoveryRate: Math.round((1 - options.confidenceLevel) * 1e6) / 1e6,
      unfoundedOutcomes: [...unfoundedOutcomes],
      truth: audit.expected !== undefined,
      raisedFrom: options.raisedFrom ?? null,
      raisedTo: options.raisedTo ?? null,
    },
    population: {
      people,
      flaggedPeople: any.flaggedPeople,
      flagsRead: collected.flagsRead,
      flagsMatched: collected.flags.filter((flag) => flag.people.length > 0).length,
      sharedSubjects: collected.sharedSubjects,
      coverage: collected.coverage,
    },
    detectors: measures.detectors,
    findings: measures.findings,
    notes: notesOn(collected, measures, options),
  };
}

const percent = (value: number) => `${Math.round(value * 100)}%`;

/** What limits the reading of the figures, in plain words. */
function notesOn(collected: CollectedFlags, measures: Measures, options: FairnessOptions): string[] {
  const notes = [
    'A disparity is a prompt for inquiry, not proof of bias. These figures do not control for rank, role, unit, shift pattern or length of service, which differ between groups and drive exposure to most detectors.',
  ];
  const chance = 1 - options.confidenceLevel;
  if (measures.comparisons > 0) {
    notes.push(
      `${measures.comparisons} comparisons were made. Each interval excludes 1 by chance alone about ${percent(chance)} of the time, so a disparity is called outside the band only when it survives the Benjamini–Hochberg procedure across all of them (false discovery rate ${percent(chance)}); the rest are “uncertain”.`,
    );
  }
  const sparse = measures.detectors.filter((detector) => detector.detectorId !== ANY_DETECTOR && detector.flaggedPeople < FEW_FLAGGED);
  if (sparse.length > 0) {
    notes.push(
      `${sparse.length} of ${measures.detectors.length - 1} detectors flagged fewer than ${FEW_FLAGGED} people: their intervals are wide and most of their groups cannot show a disparity either way.`,
    );
  }
  const suppressed =
    measures.detectors[0]?.attributes.filter((attribute) => attribute.groups.some((group) => group.suppressed)).map((attribute) => attribute.attribute) ?? [];
  if (suppressed.length > 0) {
    notes.push(
      `Groups under ${options.minimumGroupSize} people (and, where only one was, the next smallest) are suppressed in ${suppressed.join(', ')}: their figures are neither shown nor compared.`,
    );
  }
  if (collected.coverage && collected.coverage.found < collected.coverage.checked) {
    const { found, checked } = collected.coverage;
    notes.push(
      `Only ${found} of ${checked} people sampled have their first record held by the adapter: people it does not hold count as unflagged and dilute their group’s rate.`,
    );
  }
  if (collected.sharedSubjects > 0) {
    notes.push(
      `${collected.sharedSubjects} flagged subjects hold records of more than one person of the equality data (a merge, or shared records): their flags count for each of those people.`,
    );
  }
  if (collected.flagsRead > 0 && collected.flags.every((flag) => flag.people.length === 0)) {
    notes.push('No flag concerns anyone in the equality data: check that its record keys are the ones the adapter holds.');
  }
  return notes;
}
