import type {
  ConsolidationRunRequest,
  LinkCandidate,
  LinkExplanation,
  LinkOverride,
  LinkOverrideRequest,
  Page,
  PageQuery,
  Run,
  Subject,
  SubjectQuery,
  SubjectSummary,
} from '../contract/index.js';
import type { OperationContext } from './context.js';

/** A subject read: the subject itself, or the id of the subject it was merged into. */
export type SubjectLookup = { subject: Subject } | { redirectTo: string };

/**
 * Consolidation (capabilities `consolidation`, `consolidation.overrides`, `consolidation.candidates`,
 * `subjects.search`).
 */
export interface ConsolidationV1 {
  /**
   * Starts a consolidation run and returns it at once (queued or running). Subject ids must be
   * stable: a run that changes nothing changes no id; on a merge the survivor keeps one of the old
   * ids and the others redirect to it; on a split the larger part keeps the id.
   */
  startRun(request: ConsolidationRunRequest, context: OperationContext): Promise<Run>;

  /**
   * Lists subjects in a stable order, filtered by `name` and/or `identifier` when given (an
   * adapter without `subjects.search` is only asked for unfiltered pages).
   */
  listSubjects(query: SubjectQuery, page: PageQuery, context: OperationContext): Promise<Page<SubjectSummary>>;

  /** Reads a subject, or says which subject an old id now redirects to. Throws `not-found` otherwise. */
  getSubject(subjectId: string, context: OperationContext): Promise<SubjectLookup>;

  /** Lists the links that explain a subject's membership. Throws `not-found` for an unknown subject. */
  listLinks(subjectId: string, page: PageQuery, context: OperationContext): Promise<Page<LinkExplanation>>;

  /**
   * Records a link override. Throws `not-found` when either record is unknown and `conflict` when it
   * contradicts existing overrides (a cannot-link between records that must-links join, or the reverse).
   */
  createOverride(input: LinkOverrideRequest, context: OperationContext): Promise<LinkOverride>;

  /** Lists overrides, oldest first. */
  listOverrides(page: PageQuery, context: OperationContext): Promise<Page<LinkOverride>>;

  /**
   * Lists the possible-match queue (capability `consolidation.candidates`; required when claimed):
   * pairs of records in different subjects that may be one person, with their evidence, in a stable
   * order. A pair leaves the queue when a run merges its subjects or a cannot-link separates them.
   */
  listLinkCandidates?(page: PageQuery, context: OperationContext): Promise<Page<LinkCandidate>>;

  /** Withdraws an override; it stops applying at the next run. Throws `not-found` for an unknown id. */
  deleteOverride(overrideId: string, context: OperationContext): Promise<void>;
}
