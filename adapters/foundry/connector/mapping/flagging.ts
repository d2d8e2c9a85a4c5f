/**
 * Flagging between the contract and the platform: `Detector`, `Flag`, `FlagReview` and
 * `PipelineRun` objects to detectors, flags, reviews and runs, and contract requests to action
 * parameters.
 */
import { problemKinds, problemType, type ProblemKind } from '../../../../src/contract/problem.js';
import type { Detector, Flag, FlaggingRunRequest, Review, ReviewRequest, Run } from '../../../../src/contract/index.js';
import type { ObjectRead } from '../../model/objects.js';
import { dispositions, flagCategories, parameterTypes, reviewStates, runStates, runTypes, severities } from '../../model/vocabularies.js';
import { defined, known, recordRefFrom } from './known.js';

type Parsed<Shape> = Shape & { [key: string]: unknown };

/** A `Detector` object as a detector. */
export function detectorFrom(object: Parsed<ObjectRead['Detector']>): Detector {
  return {
    detectorId: object.detectorKey,
    version: object.detectorVersion,
    standard: object.isStandard,
    category: known(flagCategories, object.flagCategory),
    title: object.title,
    description: object.definition,
    parameters: object.parameterSpecs.map((spec) =>
      defined({
        name: spec.parameterName,
        type: known(parameterTypes, spec.valueType),
        default: spec.defaultValue,
        minimum: spec.minValue,
        maximum: spec.maxValue,
        description: spec.explanation,
      }),
    ),
  };
}

/** A `FlagReview` object as a review step. */
export function reviewFrom(object: Parsed<ObjectRead['FlagReview']>): Review {
  const status = known(reviewStates, object.reviewState);
  return {
    reviewId: object.reviewKey,
    status: status === 'open' ? 'in_review' : status,
    outcome: object.disposition ? known(dispositions, object.disposition) : null,
    rationale: object.notes,
    reviewer: object.reviewedBy,
    reviewedAt: object.reviewedAt,
  };
}

/** A `Flag` object and its linked reviews as a flag. */
export function flagFrom(object: Parsed<ObjectRead['Flag']>, reviews: readonly Parsed<ObjectRead['FlagReview']>[]): Flag {
  return defined({
    flagId: object.flagKey,
    detectorId: object.detectorKey,
    detectorVersion: object.detectorVersion,
    category: known(flagCategories, object.flagCategory),
    severity: known(severities, object.severity),
    subjectIds: object.personKeys,
    rationale: object.summary,
    evidence: object.evidenceRecordKeys.map(recordRefFrom),
    measurements: object.metrics,
    window: { start: object.windowStart, end: object.windowEnd },
    asOf: object.asOfDate,
    raisedAt: object.raisedAt,
    runId: object.runKey,
    status: known(reviewStates, object.reviewState),
    outcome: object.disposition ? known(dispositions, object.disposition) : null,
    reviews: reviews.map(reviewFrom).sort((left, right) => Date.parse(left.reviewedAt) - Date.parse(right.reviewedAt)),
    extensions: object.vendorExtensions,
  });
}

/** A review request as `review-flag` parameters, made by `actor`. */
export function reviewParameters(flagId: string, review: ReviewRequest, actor: string, requestKey: string): Record<string, unknown> {
  return defined({
    flag: flagId,
    reviewState: reviewStates.toSupplier(review.status),
    disposition: review.outcome ? dispositions.toSupplier(review.outcome) : undefined,
    notes: review.rationale,
    reviewer: actor,
    requestKey,
  });
}

/** A flagging-run request as `run-flagging` parameters. */
export function flaggingRunParameters(request: FlaggingRunRequest, requestKey: string): Record<string, unknown> {
  return defined({
    asOfDate: request.asOf,
    detectorSelections:
      request.detectors && JSON.stringify(request.detectors.map((selection) => ({ detector: selection.detectorId, parameterOverrides: selection.parameters }))),
    requestKey,
  });
}

/** `run-flagging` parameter paths back to the contract's request paths. */
export function flaggingRequestPath(parameterPath: string): string {
  return parameterPath
    .replace(/^\/detectorSelections/, '/detectors')
    .replace('/parameterOverrides', '/parameters')
    .replace(/\/detector$/, '/detectorId');
}

/** A `PipelineRun` object as a run. */
export function runFrom(object: Parsed<ObjectRead['PipelineRun']>): Run {
  const failureKind = object.failure?.problemKind as ProblemKind | undefined;
  return {
    runId: object.runKey,
    kind: known(runTypes, object.runType),
    status: known(runStates, object.runState),
    createdAt: object.createdAt,
    startedAt: object.startedAt ?? null,
    finishedAt: object.finishedAt ?? null,
    progress: { done: object.progressDone, total: object.progressTotal, unit: object.progressUnit },
    statistics: object.runStatistics,
    error: object.failure
      ? defined({
          type: problemType(failureKind && failureKind in problemKinds ? failureKind : 'internal'),
          title: object.failure.title,
          status: failureKind && failureKind in problemKinds ? problemKinds[failureKind].status : 500,
          detail: object.failure.detail,
        })
      : null,
  };
}
