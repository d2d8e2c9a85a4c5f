/**
 * How the simulated platform shows the reference engine's state: every engine resource as an
 * object of the platform's own type, with its property names and enumerations. This is the
 * supplier side of the translation; the connector's mapping is the inverse, written separately.
 */
import { createHash } from 'node:crypto';
import type { Detector, Flag, LinkExplanation, LinkOverride, Review, Run, Source, StoredRecord, Subject, SubjectSummary } from '../../../src/contract/index.js';
import { identityToProperties } from '../model/identity.js';
import type {
  DataSourceObject,
  DetectorObject,
  FlagObject,
  FlagReviewObject,
  LinkOverrideObject,
  MatchEvidenceObject,
  PipelineRunObject,
  PlumblinePersonObject,
  SourceRecordObject,
} from '../model/objects.js';
import { recordKey } from '../model/schema.js';
import {
  agreementLevels,
  dispositions,
  flagCategories,
  identityProperties,
  matchBases,
  overrideTypes,
  parameterTypes,
  recordClasses,
  reviewStates,
  runStates,
  runTypes,
  severities,
  sourceCategories,
} from '../model/vocabularies.js';
import type { IdentityField } from '../../../src/contract/identity.js';

/** The platform leaves null and undefined properties out of objects. */
function compact<Shape extends object>(object: Shape): Shape {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined && value !== null)) as Shape;
}

const base = (apiName: string, primaryKey: string) => ({ __apiName: apiName, __primaryKey: primaryKey });

/** A JSON-holding property (the ontology has no map type), left out when there is nothing to hold. */
const jsonOrAbsent = (value: unknown): string | undefined => (value === undefined || value === null ? undefined : JSON.stringify(value));

/** A source as a `DataSource` object. */
export function dataSourceObject(source: Source): DataSourceObject {
  return compact({
    ...base('DataSource', source.sourceId),
    sourceKey: source.sourceId,
    displayName: source.name,
    sourceCategory: sourceCategories.toSupplier(source.kind),
    dataController: source.controller,
    legalBasis: source.lawfulBasis,
    processingPurpose: source.purpose,
    retentionPeriod: source.retentionPeriod,
    registeredAt: source.createdAt,
    modifiedAt: source.updatedAt,
    vendorExtensions: jsonOrAbsent(source.extensions),
  });
}

/** A stored record as a `SourceRecord` object: shared fields and identity renamed, the rest in `attributes`. */
export function sourceRecordObject(stored: StoredRecord): SourceRecordObject {
  const { type, recordId, occurredAt, identity, ...attributes } = stored.record;
  const key = recordKey(stored.sourceId, recordId);
  return compact({
    ...base('SourceRecord', key),
    recordKey: key,
    sourceKey: stored.sourceId,
    externalId: recordId,
    recordClass: recordClasses.toSupplier(type),
    eventTime: occurredAt,
    receivedAt: stored.ingestedAt,
    personKey: stored.subjectId ?? undefined,
    ...identityToProperties(identity),
    attributes: JSON.stringify(attributes),
  });
}

/** A subject as a `PlumblinePerson` object (`mergedKeys` only from a full subject). */
export function personObject(subject: Subject | SubjectSummary): PlumblinePersonObject {
  return compact({
    ...base('PlumblinePerson', subject.subjectId),
    personKey: subject.subjectId,
    mergedKeys: 'formerIds' in subject && subject.formerIds.length > 0 ? subject.formerIds : undefined,
    recordTotal: subject.recordCount,
    lastChanged: subject.updatedAt,
    ...identityToProperties(subject.canonicalIdentity),
  });
}

/** A link explanation as a `MatchEvidence` object. */
export function matchEvidenceObject(link: LinkExplanation): MatchEvidenceObject {
  const left = recordKey(link.left.sourceId, link.left.recordId);
  const right = recordKey(link.right.sourceId, link.right.recordId);
  // Explanations have no id of their own; a digest of what they join is stable across reads.
  const evidenceKey = `ev-${createHash('sha256').update(`${link.subjectId}\n${left}\n${right}`).digest('hex').slice(0, 20)}`;
  return compact({
    ...base('MatchEvidence', evidenceKey),
    evidenceKey,
    personKey: link.subjectId,
    leftRecordKey: left,
    rightRecordKey: right,
    matchBasis: matchBases.toSupplier(link.basis),
    sharedIdentifierProperty: link.identifier ? (identityProperties.toSupplier(link.identifier.field as IdentityField) ?? link.identifier.field) : undefined,
    sharedIdentifierValue: link.identifier?.value,
    matchWeight: link.score,
    matchCutoff: link.threshold,
    fieldScores: jsonOrAbsent(
      link.comparisons?.map((comparison) =>
        compact({
          propertyName: identityProperties.toSupplier(comparison.field as IdentityField) ?? comparison.field,
          agreement: agreementLevels.toSupplier(comparison.level),
          weight: comparison.weight,
          similarity: comparison.similarity,
        }),
      ),
    ),
    overrideKey: link.overrideId,
    decidedAt: link.decidedAt,
  });
}

/** An override as a `LinkOverride` object, with the request key its action carried. */
export function linkOverrideObject(override: LinkOverride, requestKey?: string): LinkOverrideObject {
  return compact({
    ...base('LinkOverride', override.overrideId),
    overrideKey: override.overrideId,
    overrideType: overrideTypes.toSupplier(override.kind),
    leftRecordKey: recordKey(override.left.sourceId, override.left.recordId),
    rightRecordKey: recordKey(override.right.sourceId, override.right.recordId),
    justification: override.reason,
    decidedBy: override.createdBy,
    decidedAt: override.createdAt,
    requestKey,
  });
}

/** A detector as a `Detector` object. */
export function detectorObject(detector: Detector): DetectorObject {
  return {
    ...base('Detector', detector.detectorId),
    detectorKey: detector.detectorId,
    detectorVersion: detector.version,
    isStandard: detector.standard,
    flagCategory: flagCategories.toSupplier(detector.category),
    title: detector.title,
    definition: detector.description,
    parameterSpecs: JSON.stringify(
      detector.parameters.map((parameter) =>
        compact({
          parameterName: parameter.name,
          valueType: parameterTypes.toSupplier(parameter.type),
          defaultValue: parameter.default,
          minValue: parameter.minimum,
          maxValue: parameter.maximum,
          explanation: parameter.description,
        }),
      ),
    ),
  };
}

/** A flag as a `Flag` object; its reviews are linked, counted in `reviewCount`. */
export function flagObject(flag: Flag): FlagObject {
  return compact({
    ...base('Flag', flag.flagId),
    flagKey: flag.flagId,
    detectorKey: flag.detectorId,
    detectorVersion: flag.detectorVersion,
    flagCategory: flagCategories.toSupplier(flag.category),
    severity: severities.toSupplier(flag.severity),
    personKeys: flag.subjectIds,
    summary: flag.rationale,
    evidenceRecordKeys: flag.evidence.map((reference) => recordKey(reference.sourceId, reference.recordId)),
    metrics: JSON.stringify(flag.measurements),
    windowStart: flag.window.start,
    windowEnd: flag.window.end,
    asOfDate: flag.asOf,
    raisedAt: flag.raisedAt,
    runKey: flag.runId,
    reviewState: reviewStates.toSupplier(flag.status),
    disposition: flag.outcome ? dispositions.toSupplier(flag.outcome) : undefined,
    reviewCount: flag.reviews.length,
    vendorExtensions: jsonOrAbsent(flag.extensions),
  });
}

/** One review step as a `FlagReview` object. */
export function flagReviewObject(flagId: string, review: Review, requestKey?: string): FlagReviewObject {
  return compact({
    ...base('FlagReview', review.reviewId),
    reviewKey: review.reviewId,
    flagKey: flagId,
    reviewState: reviewStates.toSupplier(review.status),
    disposition: review.outcome ? dispositions.toSupplier(review.outcome) : undefined,
    notes: review.rationale,
    reviewedBy: review.reviewer,
    reviewedAt: review.reviewedAt,
    requestKey,
  });
}

/** A run as a `PipelineRun` object. */
export function pipelineRunObject(run: Run, requestKey?: string): PipelineRunObject {
  return compact({
    ...base('PipelineRun', run.runId),
    runKey: run.runId,
    runType: runTypes.toSupplier(run.kind),
    runState: runStates.toSupplier(run.status),
    createdAt: run.createdAt,
    startedAt: run.startedAt ?? undefined,
    finishedAt: run.finishedAt ?? undefined,
    progressDone: run.progress.done,
    progressTotal: run.progress.total,
    progressUnit: run.progress.unit,
    runStatistics: JSON.stringify(run.statistics),
    failure: run.error
      ? compact({ problemKind: run.error.type.replace('urn:plumbline:problem:', ''), title: run.error.title, detail: run.error.detail })
      : undefined,
    requestKey,
  });
}
