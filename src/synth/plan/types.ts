/**
 * The plan: what planting decided before any record is written. Planters describe scenarios as
 * directives (symbolic where they concern identity, such as "a relative at the person's address"),
 * and the source generators render them with the person's real identity when they write records.
 * Keeping names out of the plan is what keeps demographics out of planting.
 */
import type { professionalStandards, allegationOutcomes, VettingLevel } from '../../contract/index.js';

export type StandardsCategory = (typeof professionalStandards)[number];
export type AllegationOutcome = (typeof allegationOutcomes)[number];

/** One planted pattern or near-miss, as written to planted.ndjson. */
export interface PlantedPattern {
  readonly detectorId: string;
  /** `pattern`: the detector must flag exactly these people; `near-miss`: just below the threshold, it must not. */
  readonly kind: 'pattern' | 'near-miss';
  /** Which construction: names the threshold or rule detail the scenario sits on. */
  readonly variant: string;
  /** Sorted. A co-allegation group lists every member. */
  readonly personIds: string[];
  /** The as-of date the scenario is built for (the last day of the period). */
  readonly asOf: string;
  readonly description: string;
  /** The values the detector should measure, as designed. */
  readonly measurements: Record<string, number>;
}

export interface AllegationParty {
  readonly personIndex: number;
  readonly category: StandardsCategory;
  readonly outcome: AllegationOutcome;
  readonly outcomeDay?: number;
  /** When this allegation was added to the case, if later than the case itself. */
  readonly day?: number;
}

export interface AllegationCase {
  readonly origin: 'public' | 'internal';
  readonly day: number;
  readonly parties: AllegationParty[];
  /** Assigned once every case is known, in date order per origin and year. */
  reference?: string;
}

export interface SpellDraft {
  readonly start: number;
  readonly workingDays: number;
  readonly reason: 'sickness' | 'injury_on_duty' | 'compassionate' | 'unauthorised' | 'other';
}

export interface WeekDraft {
  readonly planned: number;
  readonly worked: number;
  readonly overtime: number;
}

export interface DutyDirective {
  /** Weeks (by Monday) whose records the scenario dictates; an empty list means no record that week. */
  readonly weeks?: Map<number, WeekDraft[]>;
  /** Self-edits that added overtime, to place in the week of each shift. */
  readonly overtimeEdits?: { shiftDay: number; hours: number }[];
  /** Self-edits that added no overtime (shift swaps). */
  readonly swapEdits?: number[];
  /** Background self-edits adding overtime on or after this day are turned into swaps. */
  readonly quietEditsFrom?: number;
}

/** A system access the scenario adds; the target is rendered from the person's identity at write time. */
export interface AccessDraft {
  readonly day: number;
  readonly withPurpose: boolean;
  readonly target:
    | { readonly kind: 'public' }
    | { readonly kind: 'relative'; readonly address: 'current' | 'former' | 'elsewhere' }
    | { readonly kind: 'colleague'; readonly personIndex: number };
}

export interface AccessDirective {
  readonly extra: AccessDraft[];
  /** Background accesses on or after this day all record a purpose, so only the scenario's count. */
  readonly purposefulFrom: number;
}

export interface TrainingDraft {
  readonly course: string;
  readonly mandatory: boolean;
  readonly completed: number;
  readonly expiry?: number;
}

export interface TrainingDirective {
  /** Background completions of this course are replaced by the scenario's. */
  readonly replaceCourse?: string;
  readonly completions: TrainingDraft[];
}

export interface VettingDraft {
  readonly day: number;
  readonly level: VettingLevel;
  readonly status: 'granted' | 'refused' | 'withdrawn' | 'pending';
  readonly granted?: number;
  readonly expiry?: number;
}

export interface DeclarationDraft {
  readonly day: number;
  readonly kind: 'business_interest' | 'association' | 'membership';
  readonly counterparty: string;
  readonly status: 'submitted' | 'approved' | 'rejected' | 'withdrawn';
}

export interface ReportDraft {
  readonly day: number;
  readonly kind: 'business' | 'association' | 'membership';
  readonly counterparty: string;
}

export interface InterestDirective {
  readonly declarations: DeclarationDraft[];
  /** Replace the background's reports (background declarations stay). */
  readonly reports: ReportDraft[];
}

/** What the scenarios dictate for one person, per source. */
export interface Directives {
  absence?: SpellDraft[];
  duty?: DutyDirective;
  building?: Map<number, { expected: number; attended: number }>;
  access?: AccessDirective;
  training?: TrainingDirective;
  vetting?: VettingDraft[];
  interests?: InterestDirective;
}

export interface Plan {
  readonly directives: ReadonlyMap<number, Directives>;
  /** Every allegation case, background and planted, in date order with references assigned. */
  readonly cases: readonly AllegationCase[];
  /** Uses of force per person dated in the 365 days ending on the as-of date. */
  readonly useOfForceCounts: Int32Array;
  readonly planted: readonly PlantedPattern[];
}
