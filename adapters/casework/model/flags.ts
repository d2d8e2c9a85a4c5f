/**
 * Flags ↔ casework flags. Casework works every flag as a case: the flag's review status is the
 * case status, its outcome the disposition, and each review step an entry of the case history.
 * Measurements keep their keys (they are the detector's own names); evidence points at entries.
 */
import { z } from 'zod';
import type { Flag, FlagQuery, Review, ReviewRequest } from '../../../src/contract/index.js';
import { caseActions, caseStatuses, concernAreas, dispositions, priorities } from './vocabularies.js';

const CaseHistoryEntry = z.object({
  action_ref: z.string(),
  case_status: caseStatuses.supplierSchema,
  disposition: dispositions.supplierSchema.nullable(),
  notes: z.string(),
  officer: z.string(),
  recorded_at: z.string(),
});

export const CaseworkFlag = z.object({
  flag_ref: z.string(),
  rule_code: z.string(),
  rule_version: z.string(),
  concern_area: concernAreas.supplierSchema,
  priority: priorities.supplierSchema,
  person_refs: z.array(z.string()),
  summary: z.string(),
  evidence: z.array(z.object({ system_ref: z.string(), entry_ref: z.string() })),
  measures: z.record(z.string(), z.number()),
  period: z.object({ from: z.string(), to: z.string() }),
  as_of_date: z.string(),
  raised_at: z.string(),
  job_id: z.string(),
  case: z.object({ case_status: caseStatuses.supplierSchema, disposition: dispositions.supplierSchema.nullable(), history: z.array(CaseHistoryEntry) }),
  custom_fields: z.record(z.string(), z.unknown()).optional(),
});
export type CaseworkFlag = z.output<typeof CaseworkFlag>;

/** The body of `POST /api/v3/flags/{flag_ref}/case/actions`. */
export const CaseworkCaseAction = z.object({
  action: caseActions.supplierSchema,
  disposition: dispositions.supplierSchema.optional(),
  notes: z.string(),
  officer: z.string(),
});
export type CaseworkCaseAction = z.output<typeof CaseworkCaseAction>;

function historyEntryFromReview(review: Review): CaseworkFlag['case']['history'][number] {
  return {
    action_ref: review.reviewId,
    case_status: caseStatuses.toSupplier(review.status),
    disposition: review.outcome === null ? null : dispositions.toSupplier(review.outcome),
    notes: review.rationale,
    officer: review.reviewer,
    recorded_at: review.reviewedAt,
  };
}

function reviewFromHistoryEntry(entry: CaseworkFlag['case']['history'][number]): Review {
  const status = caseStatuses.toContract(entry.case_status);
  return {
    reviewId: entry.action_ref,
    // A history entry never returns a case to NEW; if one did, the contract's review check says so.
    status: status as Review['status'],
    outcome: entry.disposition === null ? null : dispositions.toContract(entry.disposition),
    rationale: entry.notes,
    reviewer: entry.officer,
    reviewedAt: entry.recorded_at,
  };
}

export function caseworkFlagFromFlag(flag: Flag): CaseworkFlag {
  return {
    flag_ref: flag.flagId,
    rule_code: flag.detectorId,
    rule_version: flag.detectorVersion,
    concern_area: concernAreas.toSupplier(flag.category),
    priority: priorities.toSupplier(flag.severity),
    person_refs: flag.subjectIds,
    summary: flag.rationale,
    evidence: flag.evidence.map((ref) => ({ system_ref: ref.sourceId, entry_ref: ref.recordId })),
    measures: flag.measurements,
    period: { from: flag.window.start, to: flag.window.end },
    as_of_date: flag.asOf,
    raised_at: flag.raisedAt,
    job_id: flag.runId,
    case: {
      case_status: caseStatuses.toSupplier(flag.status),
      disposition: flag.outcome === null ? null : dispositions.toSupplier(flag.outcome),
      history: flag.reviews.map(historyEntryFromReview),
    },
    ...(flag.extensions ? { custom_fields: flag.extensions } : {}),
  };
}

export function flagFromCaseworkFlag(flag: CaseworkFlag): Flag {
  return {
    flagId: flag.flag_ref,
    detectorId: flag.rule_code,
    detectorVersion: flag.rule_version,
    category: concernAreas.toContract(flag.concern_area),
    severity: priorities.toContract(flag.priority),
    subjectIds: flag.person_refs,
    rationale: flag.summary,
    evidence: flag.evidence.map((entry) => ({ sourceId: entry.system_ref, recordId: entry.entry_ref })),
    measurements: flag.measures,
    window: { start: flag.period.from, end: flag.period.to },
    asOf: flag.as_of_date,
    raisedAt: flag.raised_at,
    runId: flag.job_id,
    status: caseStatuses.toContract(flag.case.case_status),
    outcome: flag.case.disposition === null ? null : dispositions.toContract(flag.case.disposition),
    reviews: flag.case.history.map(reviewFromHistoryEntry),
    ...(flag.custom_fields ? { extensions: flag.custom_fields } : {}),
  };
}

export function caseActionFromReview(review: ReviewRequest, officer: string): CaseworkCaseAction {
  return {
    action: caseActions.toSupplier(review.status),
    ...(review.outcome ? { disposition: dispositions.toSupplier(review.outcome) } : {}),
    notes: review.rationale,
    officer,
  };
}

export function reviewFromCaseAction(action: CaseworkCaseAction): ReviewRequest {
  return {
    status: caseActions.toContract(action.action),
    ...(action.disposition ? { outcome: dispositions.toContract(action.disposition) } : {}),
    rationale: action.notes,
  };
}

/** The query string of `GET /api/v3/flags` for a contract flag filter. */
export function flagFilterFromQuery(query: FlagQuery): Record<string, string> {
  const filter: Record<string, string> = {};
  if (query.status) filter.case_status = caseStatuses.toSupplier(query.status);
  if (query.detectorId) filter.rule_code = query.detectorId;
  if (query.subjectId) filter.person_ref = query.subjectId;
  if (query.category) filter.concern_area = concernAreas.toSupplier(query.category);
  if (query.severity) filter.priority = priorities.toSupplier(query.severity);
  return filter;
}

/** The contract flag filter of a `GET /api/v3/flags` query string (the simulator's direction). */
export function queryFromFlagFilter(filter: Record<string, string | undefined>): FlagQuery {
  const parse = <Value extends string>(schema: z.ZodType<Value>, value: string | undefined) => (value === undefined ? undefined : schema.parse(value));
  const status = parse(caseStatuses.supplierSchema, filter.case_status);
  const category = parse(concernAreas.supplierSchema, filter.concern_area);
  const severity = parse(priorities.supplierSchema, filter.priority);
  return {
    ...(status ? { status: caseStatuses.toContract(status) } : {}),
    ...(filter.rule_code ? { detectorId: filter.rule_code } : {}),
    ...(filter.person_ref ? { subjectId: filter.person_ref } : {}),
    ...(category ? { category: concernAreas.toContract(category) } : {}),
    ...(severity ? { severity: priorities.toContract(severity) } : {}),
  };
}
