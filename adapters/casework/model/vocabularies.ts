/**
 * The casework platform's own enumerations, each as a complete two-way table with the contract's.
 * `satisfies Record<…>` makes a new contract value a compile error here until it has a casework
 * word; the tests check every table both ways.
 */
import type {
  ConsolidationRunRequest,
  DetectorParameter,
  FlagCategory,
  FlagStatus,
  RecordType,
  ReviewOutcome,
  RunStatus,
  Severity,
  SourceKind,
} from '../../../src/contract/index.js';
import type { comparisonLevels, ErasureReason, LinkBasis, OverrideKind, recordOutcomes, ReviewRequest, RunKind } from '../../../src/contract/index.js';
import type { z } from 'zod';
import { defineVocabulary } from '../../../src/connectors/index.js';

type Values<Schema extends z.ZodType> = z.output<Schema> & string;

/** Source kinds: casework calls a source a "system" and classifies it by `system_type`. */
export const systemTypes = defineVocabulary('system type', {
  hr: 'HR_CORE',
  complaints: 'PUBLIC_COMPLAINTS',
  conduct: 'CONDUCT_CASES',
  vetting: 'VETTING',
  interests: 'INTERESTS_REGISTER',
  access_audit: 'ACCESS_AUDIT_LOG',
  attendance: 'ABSENCE_MANAGEMENT',
  duty: 'ROSTERING',
  building_access: 'BUILDING_ACCESS',
  training: 'LEARNING',
  use_of_force: 'USE_OF_FORCE',
  intelligence: 'INTELLIGENCE',
} satisfies Record<SourceKind, string>);

/** Record types: casework calls a record an "entry". */
export const entryTypes = defineVocabulary('entry type', {
  employment: 'EMPLOYMENT',
  allegation: 'ALLEGATION',
  vetting: 'VETTING_DECISION',
  interest_declaration: 'DECLARATION',
  association_report: 'INTEL_ASSOCIATION',
  system_access: 'SYSTEM_ACCESS',
  absence_spell: 'ABSENCE',
  duty_week: 'DUTY_WEEK',
  building_attendance: 'OFFICE_ATTENDANCE',
  training: 'TRAINING_COMPLETION',
  use_of_force: 'USE_OF_FORCE',
} satisfies Record<RecordType, string>);

/** Per-row outcomes of an ingest job. */
export const rowOutcomes = defineVocabulary('row outcome', {
  created: 'INSERTED',
  updated: 'UPDATED',
  unchanged: 'NO_CHANGE',
  rejected: 'REJECTED',
} satisfies Record<(typeof recordOutcomes)[number], string>);

/** Why an entry is deleted. */
export const deletionReasons = defineVocabulary('deletion reason', {
  retention: 'RETENTION_EXPIRED',
  rectification: 'RECTIFICATION',
  erasure_request: 'SUBJECT_REQUEST',
} satisfies Record<Values<typeof ErasureReason>, string>);

/** Flag review status: casework works each flag as a case. */
export const caseStatuses = defineVocabulary('case status', {
  open: 'NEW',
  in_review: 'UNDER_REVIEW',
  closed: 'RESOLVED',
} satisfies Record<FlagStatus, string>);

/** The case actions that move a flag's case to a review status. */
export const caseActions = defineVocabulary('case action', {
  in_review: 'START_REVIEW',
  closed: 'RESOLVE',
} satisfies Record<ReviewRequest['status'], string>);

/** How a case was closed. */
export const dispositions = defineVocabulary('disposition', {
  no_further_action: 'NFA',
  management_action: 'MANAGEMENT_ACTION',
  welfare_support: 'WELFARE_REFERRAL',
  referred_to_professional_standards: 'PSD_REFERRAL',
  data_error: 'DATA_QUALITY',
} satisfies Record<ReviewOutcome, string>);

/** Severity is a queue priority in casework, P1 the most urgent. */
export const priorities = defineVocabulary('priority', {
  low: 'P3',
  medium: 'P2',
  high: 'P1',
} satisfies Record<Severity, string>);

/** Flag categories. */
export const concernAreas = defineVocabulary('concern area', {
  standards: 'CONDUCT',
  integrity: 'INTEGRITY',
  welfare: 'WELLBEING',
  culture: 'CULTURE',
} satisfies Record<FlagCategory, string>);

/** Rule (detector) parameter types. */
export const valueTypes = defineVocabulary('value type', {
  integer: 'INT',
  number: 'DECIMAL',
  boolean: 'BOOL',
  string: 'TEXT',
  'string-list': 'TEXT_LIST',
} satisfies Record<DetectorParameter['type'], string>);

/** Why two entries are in one person. */
export const matchBases = defineVocabulary('match basis', {
  identifier: 'SHARED_IDENTIFIER',
  probabilistic: 'SCORED',
  override: 'MANUAL',
  imported: 'MIGRATED',
} satisfies Record<Values<typeof LinkBasis>, string>);

/** Link overrides: casework calls them match rules. */
export const matchRuleTypes = defineVocabulary('match rule type', {
  must_link: 'ALWAYS_MATCH',
  cannot_link: 'NEVER_MATCH',
} satisfies Record<Values<typeof OverrideKind>, string>);

/** How one identity field compared. */
export const agreements = defineVocabulary('agreement', {
  exact: 'EXACT',
  close: 'CLOSE',
  similar: 'FUZZY',
  nickname: 'ALIAS',
  transposed: 'TRANSPOSED',
  different: 'DISAGREE',
  missing: 'NOT_COMPARED',
} satisfies Record<(typeof comparisonLevels)[number], string>);

/** Consolidation modes: casework's person resolution runs over changed entries or all of them. */
export const resolveScopes = defineVocabulary('resolve scope', {
  incremental: 'CHANGED_ONLY',
  full: 'ALL',
} satisfies Record<ConsolidationRunRequest['mode'], string>);

/** The job operations that are contract runs. `ingest` and `archive_export` jobs are not runs. */
export const runOperations = defineVocabulary('run operation', {
  consolidation: 'resolve_persons',
  flagging: 'evaluate_rules',
  import: 'archive_import',
} satisfies Record<Values<typeof RunKind>, string>);

/** Every job operation the platform offers. */
export const jobOperations = ['ingest', 'archive_export', ...runOperations.supplierValues] as const;
export type JobOperation = (typeof jobOperations)[number];

/** Job states, in the order a job goes through them. */
export const jobStates = ['open', 'queued', 'in_progress', 'complete', 'failed'] as const;
export type JobState = (typeof jobStates)[number];

/**
 * A job's state as a run status. Not one-to-one: a run job is never left `open` by the
 * connector, and an open job has not started, so both `open` and `queued` read as `queued`.
 */
export const runStatusOfJobState = {
  open: 'queued',
  queued: 'queued',
  in_progress: 'running',
  complete: 'succeeded',
  failed: 'failed',
} as const satisfies Record<JobState, RunStatus>;

/** A run status as the job state the platform reports for it (the simulator's direction). */
export const jobStateOfRunStatus = {
  queued: 'queued',
  running: 'in_progress',
  succeeded: 'complete',
  failed: 'failed',
} as const satisfies Record<RunStatus, JobState>;
