/**
 * Builds a `StandardDetector` from its rule: the parts every detector shares (version, parameter
 * validation and publication, lookbacks per record type, flag assembly and a deterministic order)
 * live here once, so each detector file holds only its definition and its rule.
 */
import type { FlagCategory, RecordOf, RecordRef, RecordType, Severity, SourceRecord } from '../contract/index.js';
import { compareRecordRefs, compareText, sortedEvidence } from './evidence.js';
import { defineParameters, type ParameterSpecs, type ParameterValues } from './parameters.js';
import type { DetectorInput, RaisedFlag, StandardDetector } from './types.js';
import type { DateWindow } from './windows.js';

/** Every standard detector of contract v1 is at this version (docs/detector-semantics.md). */
export const standardDetectorVersion = '1.0.0';

/** What a rule says about one flag; the rest of the `RaisedFlag` comes from the detector. */
export interface FlagDraft {
  readonly subjectIds: readonly string[];
  readonly severity: Severity;
  readonly rationale: string;
  /** Records the rule names first, in this order (for example the finding before what followed it). */
  readonly leadingEvidence?: readonly RecordRef[];
  /** The other evidence: sorted by source id then record id, each record once. */
  readonly evidence: Iterable<RecordRef>;
  readonly measurements: Readonly<Record<string, number>>;
  readonly window: DateWindow;
}

/**
 * The exact definition of a rule for a reviewer and an integrator, in fixed sections so that every
 * published description answers the same questions in the same order.
 */
export interface RuleDescription {
  /** The record types and fields read, and the date each is judged by. */
  readonly inputs: string;
  /** The period looked at, when there is one. */
  readonly window?: string;
  /** Definitions the rule relies on (a finding, a peer group, a connected access, …). */
  readonly whatCounts?: string;
  readonly rule: string;
  /** How many flags, their evidence, measurements and window. */
  readonly flag: string;
  readonly severity: string;
  /** Numbers on both sides of the threshold, starting with the parameters and as-of date used. */
  readonly example: string;
}

/** The window most rules use, worded once. */
export const trailingWindowText =
  'the `windowDays` days ending on the as-of date A, both ends inclusive (A − (windowDays − 1) to A). Records dated after A are ignored.';

const sectionTitles: Record<keyof RuleDescription, string> = {
  inputs: 'Inputs: ',
  window: 'Window: ',
  whatCounts: 'What counts: ',
  rule: 'Rule: ',
  flag: 'Flag: ',
  severity: 'Severity: ',
  example: 'Worked example ',
};

function describeRule(description: RuleDescription): string {
  return (Object.keys(sectionTitles) as (keyof RuleDescription)[])
    .filter((section) => description[section] !== undefined)
    .map((section) => `${sectionTitles[section]}${description[section]}`)
    .join('\n');
}

/** A rule's whole description: the detector's resource, its parameters and its evaluation. */
export interface StandardDetectorSpec<Specs extends ParameterSpecs, Types extends RecordType> {
  readonly detectorId: string;
  readonly category: FlagCategory;
  readonly title: string;
  /** The exact definition with a worked example; `GET /v1/detectors` publishes it as one text. */
  readonly description: RuleDescription;
  readonly parameters: Specs;
  readonly recordTypes: readonly Types[];
  /** Days of history each record type needs (null: all of it). */
  lookback(parameters: ParameterValues<Specs>): Record<Types, number | null>;
  /**
   * The records of a type the rule can read at all, when not every one (see `StandardDetector.reads`);
   * the rule must still ignore the others itself, since an adapter need not drop them.
   */
  readonly reads?: { readonly [Type in Types]?: (record: RecordOf<Type>) => boolean };
  /** Applies the rule, calling `raise` once per flag, in any order. */
  evaluate(input: DetectorInput, parameters: ParameterValues<Specs>, raise: (flag: FlagDraft) => void): void;
}

/** A standard detector from its rule. */
export function defineStandardDetector<Specs extends ParameterSpecs, Types extends RecordType>(
  spec: StandardDetectorSpec<Specs, Types>,
): StandardDetector<ParameterValues<Specs>> {
  const { schema, definitions } = defineParameters(spec.parameters);
  const definition = {
    detectorId: spec.detectorId,
    version: standardDetectorVersion,
    standard: true,
    category: spec.category,
    title: spec.title,
    description: describeRule(spec.description),
    parameters: definitions,
  };
  return {
    definition,
    parameters: schema,
    recordTypes: spec.recordTypes,
    lookbackDays(parameters, recordType) {
      const lookbacks: Partial<Record<RecordType, number | null>> = spec.lookback(parameters);
      // `null` means the whole history, so only a missing type (one the detector does not read) is 0.
      const daysFor = (type: RecordType) => (lookbacks[type] === undefined ? 0 : lookbacks[type]);
      if (recordType !== undefined) return daysFor(recordType);
      let widest: number | null = 0;
      for (const type of spec.recordTypes) {
        const days = daysFor(type);
        widest = widest === null || days === null ? null : Math.max(widest, days);
      }
      return widest;
    },
    reads(record) {
      const reads = spec.reads?.[record.type as Types] as ((record: SourceRecord) => boolean) | undefined;
      return reads === undefined ? true : reads(record);
    },
    evaluate(input, parameters) {
      const flags: RaisedFlag[] = [];
      spec.evaluate(input, parameters, (draft) => flags.push(assemble(definition, draft)));
      return sortFlags(flags);
    },
  };
}

function assemble(definition: { detectorId: string; version: string; category: FlagCategory }, draft: FlagDraft): RaisedFlag {
  const leading = draft.leadingEvidence ?? [];
  const rest = sortedEvidence(draft.evidence).filter((reference) => !leading.some((first) => compareRecordRefs(first, reference) === 0));
  return {
    detectorId: definition.detectorId,
    detectorVersion: definition.version,
    category: definition.category,
    severity: draft.severity,
    subjectIds: [...draft.subjectIds].sort(compareText),
    rationale: draft.rationale,
    evidence: [...leading, ...rest],
    measurements: { ...draft.measurements },
    window: { start: draft.window.start, end: draft.window.end },
  };
}

/** Orders flags by subjects, then evidence, then window: independent of the input order. */
function sortFlags(flags: RaisedFlag[]): RaisedFlag[] {
  const keyed = flags.map((flag) => ({
    flag,
    key: [
      flag.subjectIds.join('\u0001'),
      flag.evidence.map((ref) => `${ref.sourceId}\u0001${ref.recordId}`).join('\u0002'),
      flag.window.start,
      flag.window.end,
    ].join('\u0003'),
  }));
  return keyed.sort((first, second) => compareText(first.key, second.key)).map((entry) => entry.flag);
}
