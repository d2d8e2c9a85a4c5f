/**
 * The fairness measures, modelled on Aequitas: for each detector (and for any detector), each
 * characteristic and each group, the flag rate (Aequitas's "predicted prevalence") and its ratio to
 * a reference group's; with known truth, the false-positive and false-negative rates; and, from the
 * reviews, the share of closed flags closed with no case to answer. Every rate has a Wilson
 * interval, every ratio a Katz log interval, and a ratio is assessed against the fairness band:
 * outside it, the disparity is firm only when it survives the Benjamini–Hochberg procedure across
 * every comparison of the report, so that chance alone seldom makes a finding.
 *
 * The unit is the person of the equality data: a person is flagged by a detector when any flag of
 * it names a subject holding their records. Pure: the collecting is done elsewhere.
 */
import type {
  EqualityPerson,
  FairnessAttribute,
  FairnessDetector,
  FairnessDisparity,
  FairnessFinding,
  FairnessGroup,
  FairnessMeasure,
  FairnessOptions,
  FairnessRate,
} from '../contract/index.js';
import { benjaminiHochberg, rateRatio, wilsonInterval } from './statistics.js';

/** Stands for "any detector". */
export const ANY_DETECTOR = '*';

/** One flag, reduced to what the measures need. */
export interface FlagOutcome {
  readonly detectorId: string;
  /** Indices of the people (in the equality data) it concerns; empty when it concerns none. */
  readonly people: readonly number[];
  readonly closed: boolean;
  /** Closed with an outcome counted as "no case to answer". */
  readonly unfounded: boolean;
}

export interface MeasureInput {
  readonly people: readonly EqualityPerson[];
  readonly flags: readonly FlagOutcome[];
  /** The detectors to report on, besides `*`. */
  readonly detectorIds: readonly string[];
  /** Known truth: for each person, the detectors that should flag them. */
  readonly expected?: readonly ReadonlySet<string>[];
}

export interface Measures {
  readonly detectors: FairnessDetector[];
  readonly findings: FairnessFinding[];
  /** Comparisons made (group against reference, any measure) that were not suppressed. */
  readonly comparisons: number;
}

/** A group of one characteristic: its members and whether it is shown. */
interface GroupPlan {
  readonly name: string;
  readonly members: readonly number[];
  readonly suppressed: boolean;
}

interface AttributePlan {
  readonly attribute: string;
  readonly reference: string | null;
  readonly groups: readonly GroupPlan[];
}

/** The characteristics named in the equality data, in order of first appearance. */
function attributeNames(people: readonly EqualityPerson[]): string[] {
  const names = new Set<string>();
  for (const person of people) for (const name of Object.keys(person.attributes)) names.add(name);
  return [...names];
}

/**
 * Groups a characteristic and decides which groups are shown. A group under the minimum size is
 * suppressed; when that leaves exactly one suppressed, the next smallest is suppressed too, so its
 * counts cannot be worked out from the total and the others (secondary suppression).
 */
export function planAttribute(people: readonly EqualityPerson[], attribute: string, options: FairnessOptions): AttributePlan {
  const byGroup = new Map<string, number[]>();
  people.forEach((person, index) => {
    const group = person.attributes[attribute] ?? '';
    const members = byGroup.get(group);
    if (members) members.push(index);
    else byGroup.set(group, [index]);
  });
  const ordered = [...byGroup].sort(([leftName, left], [rightName, right]) => right.length - left.length || leftName.localeCompare(rightName));
  const chosen = options.referenceGroups?.[attribute];
  if (chosen !== undefined && !byGroup.has(chosen)) {
    throw new RangeError(
      `referenceGroups.${attribute}: no one in the equality data is in group "${chosen}" (groups: ${ordered.map(([name]) => `"${name}"`).join(', ')})`,
    );
  }
  const reference = chosen ?? ordered[0]?.[0] ?? null;
  const suppressed = new Set(ordered.filter(([, members]) => members.length < options.minimumGroupSize).map(([name]) => name));
  if (suppressed.size === 1 && ordered.length > 1) {
    const shown = ordered.filter(([name]) => !suppressed.has(name));
    const nextSmallest = [...shown].reverse().find(([name]) => name !== reference) ?? shown[shown.length - 1];
    suppressed.add(nextSmallest[0]);
  }
  return {
    attribute,
    reference: reference !== null && !suppressed.has(reference) ? reference : null,
    groups: ordered.map(([name, members]) => ({ name, members, suppressed: suppressed.has(name) })),
  };
}

/** Counts of one measure in one group: events out of a total. */
interface Count {
  readonly events: number;
  readonly total: number;
}

function rateOf(count: Count, options: FairnessOptions): FairnessRate | null {
  if (count.total < options.minimumGroupSize) return null;
  const interval = wilsonInterval(count.events, count.total, options.confidenceLevel)!;
  return { events: count.events, total: count.total, rate: count.events / count.total, interval };
}

/** A disparity whose assessment is settled once every comparison's p-value is known. */
type Draft = { -readonly [Key in keyof FairnessDisparity]: FairnessDisparity[Key] };

const suppressed = (): Draft => ({ ratio: null, interval: null, corrected: false, pValue: null, assessment: 'suppressed' });

/** The ratio against the reference; outside the band it is provisionally uncertain, until `settle`. */
function disparityOf(count: Count, reference: Count | null, isReference: boolean, shown: boolean, options: FairnessOptions): Draft {
  if (!shown || !reference || count.total < options.minimumGroupSize || reference.total < options.minimumGroupSize) return suppressed();
  if (isReference) return { ratio: 1, interval: null, corrected: false, pValue: null, assessment: 'reference' };
  const estimate = rateRatio(count.events, count.total, reference.events, reference.total, options.confidenceLevel);
  if (estimate.interval === null) return { ratio: null, interval: null, corrected: false, pValue: null, assessment: 'not-estimable' };
  // An unbounded ratio (no events in the reference) is above any band.
  const within = estimate.ratio !== null && estimate.ratio >= options.band.lower && estimate.ratio <= options.band.upper;
  return { ...estimate, assessment: within ? 'within-band' : 'outside-band-uncertain' };
}

/**
 * Makes firm the disparities outside the band that are discoveries under Benjamini–Hochberg at a
 * false discovery rate of 1 − confidence, over every comparison made. Returns how many there were.
 */
function settle(drafts: readonly Draft[], options: FairnessOptions): number {
  const compared = drafts.filter((draft) => draft.pValue !== null);
  const discoveries = benjaminiHochberg(
    compared.map((draft) => draft.pValue!),
    1 - options.confidenceLevel,
  );
  compared.forEach((draft, index) => {
    if (draft.assessment === 'outside-band-uncertain' && discoveries[index]) draft.assessment = 'outside-band';
  });
  return compared.length;
}

/** What one detector did to each person, and the truth about them. */
interface DetectorView {
  readonly flagged: Uint8Array;
  readonly expected?: Uint8Array;
  /** Flags of the detector with their people, for the review measure. */
  readonly flags: readonly FlagOutcome[];
}

function viewOf(detectorId: string, input: MeasureInput): DetectorView {
  const flags = detectorId === ANY_DETECTOR ? input.flags : input.flags.filter((flag) => flag.detectorId === detectorId);
  const flagged = new Uint8Array(input.people.length);
  for (const flag of flags) for (const person of flag.people) flagged[person] = 1;
  const expected = input.expected?.map((detectors) => ((detectorId === ANY_DETECTOR ? detectors.size > 0 : detectors.has(detectorId)) ? 1 : 0));
  return { flagged, expected: expected && Uint8Array.from(expected), flags };
}

/** The counts behind each measure, for a set of people. */
function countsOf(view: DetectorView, members: readonly number[]): Partial<Record<FairnessMeasure, Count>> {
  const inGroup = new Set(members);
  let flagged = 0;
  let negatives = 0;
  let falsePositives = 0;
  let positives = 0;
  let falseNegatives = 0;
  for (const person of members) {
    flagged += view.flagged[person];
    if (!view.expected) continue;
    if (view.expected[person]) {
      positives += 1;
      falseNegatives += 1 - view.flagged[person];
    } else {
      negatives += 1;
      falsePositives += view.flagged[person];
    }
  }
  let closed = 0;
  let unfounded = 0;
  for (const flag of view.flags) {
    if (!flag.closed || !flag.people.some((person) => inGroup.has(person))) continue;
    closed += 1;
    if (flag.unfounded) unfounded += 1;
  }
  return {
    flagRate: { events: flagged, total: members.length },
    unfoundedShare: { events: unfounded, total: closed },
    ...(view.expected
      ? { falsePositiveRate: { events: falsePositives, total: negatives }, falseNegativeRate: { events: falseNegatives, total: positives } }
      : {}),
  };
}

function measureAttribute(view: DetectorView, plan: AttributePlan, options: FairnessOptions, drafts: Draft[]): FairnessAttribute {
  const referencePlan = plan.groups.find((group) => group.name === plan.reference);
  const referenceCounts = referencePlan ? countsOf(view, referencePlan.members) : undefined;
  const groups = plan.groups.map((group): FairnessGroup => {
    const counts = countsOf(view, group.members);
    const cell = (measure: FairnessMeasure) => {
      const count = counts[measure]!;
      const disparity = disparityOf(count, referenceCounts?.[measure] ?? null, group.name === plan.reference, !group.suppressed, options);
      drafts.push(disparity);
      return { rate: group.suppressed ? null : rateOf(count, options), disparity };
    };
    return {
      group: group.name,
      people: group.members.length,
      suppressed: group.suppressed,
      flagRate: cell('flagRate'),
      ...(view.expected ? { falsePositiveRate: cell('falsePositiveRate'), falseNegativeRate: cell('falseNegativeRate') } : {}),
      unfoundedShare: cell('unfoundedShare'),
    };
  });
  return { attribute: plan.attribute, referenceGroup: plan.reference, groups };
}

const measuresOfGroup = (group: FairnessGroup) =>
  (['flagRate', 'falsePositiveRate', 'falseNegativeRate', 'unfoundedShare'] as const).flatMap((measure) => {
    const cell = group[measure];
    return cell ? [{ measure, disparity: cell.disparity }] : [];
  });

/** Every measure of every group of every characteristic, per detector and for any detector. */
export function computeMeasures(input: MeasureInput, options: FairnessOptions): Measures {
  const plans = attributeNames(input.people).map((attribute) => planAttribute(input.people, attribute, options));
  const drafts: Draft[] = [];
  const detectors = [ANY_DETECTOR, ...input.detectorIds].map((detectorId): FairnessDetector => {
    const view = viewOf(detectorId, input);
    const attributes = plans.map((plan) => measureAttribute(view, plan, options, drafts));
    return {
      detectorId,
      flaggedPeople: view.flagged.reduce((sum, value) => sum + value, 0),
      flags: view.flags.filter((flag) => flag.people.length > 0).length,
      attributes,
    };
  });
  const comparisons = settle(drafts, options);

  const findings: FairnessFinding[] = [];
  for (const detector of detectors) {
    for (const attribute of detector.attributes) {
      for (const group of attribute.groups) {
        for (const { measure, disparity } of measuresOfGroup(group)) {
          if (disparity.assessment !== 'outside-band' && disparity.assessment !== 'outside-band-uncertain') continue;
          findings.push({
            detectorId: detector.detectorId,
            attribute: attribute.attribute,
            group: group.group,
            referenceGroup: attribute.referenceGroup!,
            measure,
            ratio: disparity.ratio,
            interval: disparity.interval!,
            pValue: disparity.pValue!,
            assessment: disparity.assessment,
          });
        }
      }
    }
  }
  findings.sort((left, right) => Number(right.assessment === 'outside-band') - Number(left.assessment === 'outside-band') || left.pValue - right.pValue);
  return { detectors, findings, comparisons };
}
