/**
 * The properties of each object type, as zod schemas: the platform's published object model. The
 * simulator builds objects of these shapes; the connector validates every object it receives
 * against them, so a malformed one becomes a 502 naming the property. Null properties are left
 * out of objects, as the platform does, hence the many `optional()`s. Open maps and lists of
 * records are strings holding JSON (`jsonText`), as the ontology declares them (`definition.ts`).
 */
import { z } from 'zod';
import { jsonText } from './json-text.js';
import {
  agreementLevels,
  dispositions,
  erasureReasons,
  flagCategories,
  ingestOutcomes,
  matchBases,
  overrideTypes,
  parameterTypes,
  recordClasses,
  reviewStates,
  runStates,
  runTypes,
  severities,
  sourceCategories,
} from './vocabularies.js';

const text = z.string().min(1);
const timestamp = z.string().min(1);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Identity properties, shared by records and persons (the platform's names). */
export const identityShape = {
  staffNo: text.optional(),
  collarNo: text.optional(),
  payrollRef: text.optional(),
  nino: text.optional(),
  loginId: text.optional(),
  forename: text.optional(),
  surname: text.optional(),
  birthDate: text.optional(),
  postalCode: text.optional(),
  emailAddress: text.optional(),
};

/** Properties every object carries. */
const objectBase = { __apiName: text, __primaryKey: text };

/** A registered source. */
export const DataSourceObject = z.object({
  ...objectBase,
  sourceKey: text,
  displayName: text,
  sourceCategory: z.enum(sourceCategories.supplierValues),
  dataController: text,
  legalBasis: text,
  processingPurpose: text,
  retentionPeriod: text,
  registeredAt: timestamp,
  modifiedAt: timestamp,
  vendorExtensions: jsonText(z.record(z.string(), z.unknown())).optional(),
});

/** A record as its source said it. */
export const SourceRecordObject = z.object({
  ...objectBase,
  recordKey: text,
  sourceKey: text,
  externalId: text,
  recordClass: z.enum(recordClasses.supplierValues),
  eventTime: timestamp,
  receivedAt: timestamp,
  personKey: text.optional(),
  ...identityShape,
  /** The record's class-specific attributes, as the source integration wrote them. */
  attributes: jsonText(z.record(z.string(), z.unknown())),
});

const RecordProblem = z.object({ path: z.string(), message: z.string() });

/** The receipt of one `ingest-records` request: each record’s outcome. */
export const IngestBatchObject = z.object({
  ...objectBase,
  batchKey: text,
  sourceKey: text,
  appliedAt: timestamp,
  outcomes: jsonText(
    z.array(
      z.object({
        position: z.number().int().min(0),
        externalId: z.string().optional(),
        outcome: z.enum(ingestOutcomes.supplierValues),
        problems: z.array(RecordProblem).optional(),
      }),
    ),
  ),
});

/** The receipt of one erasure. */
export const ErasureNoticeObject = z.object({
  ...objectBase,
  noticeKey: text,
  sourceKey: text,
  externalId: text,
  erasureReason: z.enum(erasureReasons.supplierValues),
  erasedAt: timestamp,
});

/** A consolidated person (a subject). */
export const PlumblinePersonObject = z.object({
  ...objectBase,
  personKey: text,
  mergedKeys: z.array(text).optional(),
  recordTotal: z.number().int().min(0),
  lastChanged: timestamp,
  ...identityShape,
});

/** Why two records are one person. */
export const MatchEvidenceObject = z.object({
  ...objectBase,
  evidenceKey: text,
  personKey: text,
  leftRecordKey: text,
  rightRecordKey: text,
  matchBasis: z.enum(matchBases.supplierValues),
  sharedIdentifierProperty: text.optional(),
  sharedIdentifierValue: text.optional(),
  matchWeight: z.number().optional(),
  matchCutoff: z.number().optional(),
  fieldScores: jsonText(
    z.array(z.object({ propertyName: text, agreement: z.enum(agreementLevels.supplierValues), weight: z.number(), similarity: z.number().optional() })),
  ).optional(),
  overrideKey: text.optional(),
  decidedAt: timestamp,
});

/** A person’s decision that two records are (not) one person. */
export const LinkOverrideObject = z.object({
  ...objectBase,
  overrideKey: text,
  overrideType: z.enum(overrideTypes.supplierValues),
  leftRecordKey: text,
  rightRecordKey: text,
  justification: text,
  decidedBy: text,
  decidedAt: timestamp,
  requestKey: text.optional(),
});

/** A rule that raises flags. */
export const DetectorObject = z.object({
  ...objectBase,
  detectorKey: text,
  detectorVersion: text,
  isStandard: z.boolean(),
  flagCategory: z.enum(flagCategories.supplierValues),
  title: text,
  definition: text,
  parameterSpecs: jsonText(
    z.array(
      z.object({
        parameterName: text,
        valueType: z.enum(parameterTypes.supplierValues),
        defaultValue: z.unknown(),
        minValue: z.number().optional(),
        maxValue: z.number().optional(),
        explanation: z.string(),
      }),
    ),
  ),
});

/** A prompt for human review. */
export const FlagObject = z.object({
  ...objectBase,
  flagKey: text,
  detectorKey: text,
  detectorVersion: text,
  flagCategory: z.enum(flagCategories.supplierValues),
  severity: z.enum(severities.supplierValues),
  personKeys: z.array(text).min(1),
  summary: z.string(),
  evidenceRecordKeys: z.array(text),
  metrics: jsonText(z.record(z.string(), z.number())),
  windowStart: day,
  windowEnd: day,
  asOfDate: day,
  raisedAt: timestamp,
  runKey: text,
  reviewState: z.enum(reviewStates.supplierValues),
  disposition: z.enum(dispositions.supplierValues).optional(),
  /** Reviews linked through `reviews`; lets a reader skip the link call for unreviewed flags. */
  reviewCount: z.number().int().min(0),
  vendorExtensions: jsonText(z.record(z.string(), z.unknown())).optional(),
});

/** One review step of a flag. */
export const FlagReviewObject = z.object({
  ...objectBase,
  reviewKey: text,
  flagKey: text,
  reviewState: z.enum(reviewStates.supplierValues),
  disposition: z.enum(dispositions.supplierValues).optional(),
  notes: z.string(),
  reviewedBy: text,
  reviewedAt: timestamp,
  requestKey: text.optional(),
});

/** A consolidation, flagging or import run. */
export const PipelineRunObject = z.object({
  ...objectBase,
  runKey: text,
  runType: z.enum(runTypes.supplierValues),
  runState: z.enum(runStates.supplierValues),
  createdAt: timestamp,
  startedAt: timestamp.optional(),
  finishedAt: timestamp.optional(),
  progressDone: z.number().int().min(0),
  progressTotal: z.number().int().min(0),
  progressUnit: text,
  runStatistics: jsonText(z.record(z.string(), z.number())),
  failure: z.object({ problemKind: text, title: z.string(), detail: z.string().optional() }).optional(),
  requestKey: text.optional(),
});

/** Object shapes as the platform sends them (for the simulator to build). */
export type DataSourceObject = z.input<typeof DataSourceObject>;
export type SourceRecordObject = z.input<typeof SourceRecordObject>;
export type IngestBatchObject = z.input<typeof IngestBatchObject>;
export type ErasureNoticeObject = z.input<typeof ErasureNoticeObject>;
export type PlumblinePersonObject = z.input<typeof PlumblinePersonObject>;
export type MatchEvidenceObject = z.input<typeof MatchEvidenceObject>;
export type LinkOverrideObject = z.input<typeof LinkOverrideObject>;
export type DetectorObject = z.input<typeof DetectorObject>;
export type FlagObject = z.input<typeof FlagObject>;
export type FlagReviewObject = z.input<typeof FlagReviewObject>;
export type PipelineRunObject = z.input<typeof PipelineRunObject>;

/** Object shapes as the connector reads them (JSON-holding properties parsed), by object type. */
export interface ObjectRead {
  DataSource: z.output<typeof DataSourceObject>;
  SourceRecord: z.output<typeof SourceRecordObject>;
  IngestBatch: z.output<typeof IngestBatchObject>;
  ErasureNotice: z.output<typeof ErasureNoticeObject>;
  PlumblinePerson: z.output<typeof PlumblinePersonObject>;
  MatchEvidence: z.output<typeof MatchEvidenceObject>;
  LinkOverride: z.output<typeof LinkOverrideObject>;
  Detector: z.output<typeof DetectorObject>;
  Flag: z.output<typeof FlagObject>;
  FlagReview: z.output<typeof FlagReviewObject>;
  PipelineRun: z.output<typeof PipelineRunObject>;
}
