/**
 * A flag's review steps and the redaction of a review's rationale, as edits of the flag's body:
 * the one rule both engine stores (SQLite and PostgreSQL) apply before writing the body back.
 */
import { REDACTED_RATIONALE, type Flag, type RedactionRequest, type ReviewRequest } from '../../../src/contract/index.js';
import { errors } from '../../../src/adapter/errors.js';

const allowedTransitions: Record<Flag['status'], ReviewRequest['status'] | undefined> = { open: 'in_review', in_review: 'closed', closed: undefined };

/** Adds a review step to `flag`; only open → in_review and in_review → closed are allowed (409 otherwise). */
export function applyReview(flag: Flag, review: ReviewRequest, step: { reviewId: string; reviewer: string; reviewedAt: string }): Flag {
  const allowed = allowedTransitions[flag.status];
  if (allowed !== review.status) {
    throw errors.conflict(
      `The flag is ${flag.status}; it cannot move to ${review.status}.${allowed ? ` The next step is ${allowed}.` : ' A closed flag is final.'}`,
    );
  }
  flag.reviews.push({ ...step, status: review.status, outcome: review.outcome ?? null, rationale: review.rationale });
  flag.status = review.status;
  flag.outcome = review.outcome ?? null;
  return flag;
}

/** Redacts one review's rationale in `flag`; returns false when it was redacted already (nothing changes). 404 for an unknown review. */
export function applyRedaction(flag: Flag, reviewId: string, request: RedactionRequest, redactedBy: string, redactedAt: string): boolean {
  const review = flag.reviews.find((candidate) => candidate.reviewId === reviewId);
  if (!review) throw errors.notFound(`Flag "${flag.flagId}" has no review "${reviewId}".`);
  if (review.redaction) return false;
  review.rationale = REDACTED_RATIONALE;
  review.redaction = { reason: request.reason, redactedBy, redactedAt };
  return true;
}
