import type { Detector, Flag, FlagQuery, FlaggingRunRequest, Page, PageQuery, RedactionRequest, ReviewRequest, Run } from '../contract/index.js';
import type { OperationContext } from './context.js';

/**
 * Flagging (capabilities `flagging`, `flags.review`).
 */
export interface FlaggingV1 {
  /** The detectors this adapter evaluates: standard ones with their exact definitions, then its own. */
  listDetectors(context: OperationContext): Promise<Detector[]>;

  /**
   * Starts a flagging run and returns it at once. Throws `validation-failed` for an unknown
   * detector or a parameter out of range, naming it. Re-running on unchanged data raises no
   * duplicate flags.
   */
  startRun(request: FlaggingRunRequest, context: OperationContext): Promise<Run>;

  /** Lists flags matching every given filter, in a stable order. */
  listFlags(query: FlagQuery, page: PageQuery, context: OperationContext): Promise<Page<Flag>>;

  /** Reads a flag. Throws `not-found` for an unknown id. */
  getFlag(flagId: string, context: OperationContext): Promise<Flag>;

  /**
   * Records a review step by `context.actor`. Throws `conflict` for a transition the lifecycle does
   * not allow (only open → in_review and in_review → closed are allowed).
   */
  reviewFlag(flagId: string, review: ReviewRequest, context: OperationContext): Promise<Flag>;

  /**
   * Optional: replaces one review's rationale with `[redacted]` for good, recording the reason and
   * `context.actor`, and keeps nothing of the old text. Reviewers write rationales in their own
   * words, so one may name a person whose records were later erased. Throws `not-found` for an
   * unknown flag or review. An adapter without it answers 501 for this operation.
   */
  redactReview?(flagId: string, reviewId: string, request: RedactionRequest, context: OperationContext): Promise<Flag>;
}
