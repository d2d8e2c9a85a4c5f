/**
 * The parameters of each action type, as the platform declares them, and their translation into
 * the engine's inputs. A parameter of the wrong type or shape is refused with
 * `InvalidParameterValue`, as the platform does.
 */
import { z } from 'zod';
import { SourceRecord, type SourceRecord as SourceRecordType } from '../../../src/contract/index.js';
import { identityFromProperties } from '../model/identity.js';
import { jsonText } from '../model/json-text.js';
import { identityShape } from '../model/objects.js';
import { MAX_RECORDS_PER_INGEST_ACTION } from '../model/schema.js';
import { dispositions, erasureReasons, overrideTypes, recordClasses, reviewStates, runModes, sourceCategories } from '../model/vocabularies.js';
import { supplierErrors } from './supplier-errors.js';

const key = z.string().min(1).max(400);

/** Each action type’s parameter schema. */
export const actionParameters = {
  'upsert-data-source': z.object({
    sourceKey: key,
    displayName: z.string(),
    sourceCategory: z.enum(sourceCategories.supplierValues),
    dataController: z.string(),
    legalBasis: z.string(),
    processingPurpose: z.string(),
    retentionPeriod: z.string(),
    vendorExtensions: jsonText(z.record(z.string(), z.unknown())).optional(),
  }),
  'ingest-records': z.object({
    dataSource: key,
    batchKey: key,
    records: jsonText(
      z
        .array(
          z.object({
            externalId: z.string(),
            recordClass: z.enum(recordClasses.supplierValues),
            eventTime: z.string(),
            ...identityShape,
            attributes: z.record(z.string(), z.unknown()),
          }),
        )
        .min(1)
        .max(MAX_RECORDS_PER_INGEST_ACTION),
    ),
  }),
  'erase-source-record': z.object({ sourceRecord: key, erasureReason: z.enum(erasureReasons.supplierValues), noticeKey: key }),
  'run-consolidation': z.object({ runMode: z.enum(runModes.supplierValues), requestKey: key.optional() }),
  'create-link-override': z.object({
    overrideType: z.enum(overrideTypes.supplierValues),
    leftRecord: key,
    rightRecord: key,
    justification: z.string(),
    decidedBy: z.string().min(1),
    requestKey: key.optional(),
  }),
  'withdraw-link-override': z.object({ linkOverride: key }),
  'run-flagging': z.object({
    asOfDate: z.string(),
    detectorSelections: jsonText(z.array(z.object({ detector: z.string(), parameterOverrides: z.record(z.string(), z.unknown()).optional() }))).optional(),
    requestKey: key.optional(),
  }),
  'review-flag': z.object({
    flag: key,
    reviewState: z.enum(reviewStates.supplierValues),
    disposition: z.enum(dispositions.supplierValues).optional(),
    notes: z.string(),
    reviewer: z.string().min(1),
    requestKey: key.optional(),
  }),
  'import-plumbline-bundle': z.object({ bundle: key, requestKey: key.optional() }),
} as const;

/** Parsed parameters, per action type. */
export type ActionParameters = { [Action in keyof typeof actionParameters]: z.output<(typeof actionParameters)[Action]> };

const pointer = (path: readonly PropertyKey[]) => `/${path.map(String).join('/')}`;

/** Parses an action's parameters, or throws `ActionValidationFailed` naming each bad parameter. */
export function parseParameters<Action extends keyof typeof actionParameters>(action: Action, parameters: unknown): ActionParameters[Action] {
  const parsed = actionParameters[action].safeParse(parameters);
  if (parsed.success) return parsed.data as ActionParameters[Action];
  // A value of the wrong type or shape: the platform names the first such parameter.
  throw supplierErrors.invalidParameterValue(String(parsed.error.issues[0]?.path[0] ?? 'parameters'));
}

type IngestRecordParameter = ActionParameters['ingest-records']['records'][number];

/** A record parameter as a contract record, or the problems that keep it from being one. */
export function recordFromParameter(parameter: IngestRecordParameter): { record: SourceRecordType } | { problems: { path: string; message: string }[] } {
  const candidate = {
    ...parameter.attributes,
    type: recordClasses.toContract(parameter.recordClass),
    recordId: parameter.externalId,
    occurredAt: parameter.eventTime,
    identity: identityFromProperties(parameter),
  };
  const parsed = SourceRecord.safeParse(candidate);
  if (parsed.success) return { record: parsed.data };
  return { problems: parsed.error.issues.map((issue) => ({ path: pointer(issue.path), message: issue.message })) };
}
