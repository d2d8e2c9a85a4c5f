/**
 * What each action does to the engine, and the edits it reports (Palantir's published
 * `ObjectEdit`: object additions, modifications and deletions, and link additions). `ingest-records` requests of one `applyBatch` that target one data source are
 * committed in a single engine call, so the batch is all-or-nothing as the platform promises.
 */
import { randomUUID } from 'node:crypto';
import type { ObjectEdit } from '@osdk/foundry.ontologies';
import { ExportLine, type ExportLine as ExportLineType } from '../../../src/contract/index.js';
import type { IndexedRecord } from '../../../src/adapter/index.js';
import type { ReferenceAdapter } from '../../reference/index.js';
import type { IngestBatchObject } from '../model/objects.js';
import { ontologyDefinition } from '../model/definition.js';
import { recordKey, splitRecordKey, type ActionTypeName } from '../model/schema.js';
import { dispositions, erasureReasons, ingestOutcomes, overrideTypes, reviewStates, runModes, sourceCategories } from '../model/vocabularies.js';
import { parseParameters, recordFromParameter, type ActionParameters } from './action-parameters.js';
import type { SimulatorLedger } from './ledger.js';
import { simulatorContext as context } from './object-directory.js';
import { SupplierError, supplierErrorFrom, supplierErrors } from './supplier-errors.js';

const add = (objectType: string, primaryKey: string): ObjectEdit => ({ type: 'addObject', objectType, primaryKey });
const modify = (objectType: string, primaryKey: string): ObjectEdit => ({ type: 'modifyObject', objectType, primaryKey });

function recordRef(key: string, parameter: string) {
  const parts = splitRecordKey(key);
  if (!parts) throw supplierErrors.parameterObjectNotFound(parameter);
  return { sourceId: parts.sourceKey, recordId: parts.externalId };
}

/** Applies `ingest-records` requests for one data source as one engine commit. */
async function ingestTogether(engine: ReferenceAdapter, ledger: SimulatorLedger, requests: ActionParameters['ingest-records'][]): Promise<ObjectEdit[]> {
  const dataSource = requests[0]!.dataSource;
  const indexed: IndexedRecord[] = [];
  const outcomes = requests.map((request) => {
    if (ledger.ingestBatches.has(request.batchKey)) throw supplierErrors.alreadyExists('IngestBatch', request.batchKey);
    return request.records.map((parameter, position) => {
      const converted = recordFromParameter(parameter);
      if ('problems' in converted) {
        return {
          position,
          externalId: parameter.externalId,
          outcome: ingestOutcomes.toSupplier('rejected'),
          problems: converted.problems.map((problem) => ({ ...problem, path: `/records/${position}${problem.path}` })),
        };
      }
      indexed.push({ index: indexed.length, record: converted.record });
      return { position, externalId: parameter.externalId, engineIndex: indexed.length - 1 };
    });
  });
  const results = indexed.length > 0 ? (await engine.sources.ingestRecords(dataSource, indexed, context)).results : [];
  const resultOf = new Map(results.map((result) => [result.index, result]));
  const edits: ObjectEdit[] = [];
  const appliedAt = new Date().toISOString();
  requests.forEach((request, requestIndex) => {
    const batch: IngestBatchObject = {
      __apiName: 'IngestBatch',
      __primaryKey: request.batchKey,
      batchKey: request.batchKey,
      sourceKey: dataSource,
      appliedAt,
      outcomes: JSON.stringify(
        outcomes[requestIndex]!.map((outcome) => {
          if (!('engineIndex' in outcome)) return outcome;
          const result = resultOf.get(outcome.engineIndex as number)!;
          const problems = result.errors?.map((problem) => ({ ...problem, path: problem.path.replace(/^\/records\/\d+/, `/records/${outcome.position}`) }));
          if (result.status === 'created') edits.push(add('SourceRecord', recordKey(dataSource, outcome.externalId)));
          if (result.status === 'updated') edits.push(modify('SourceRecord', recordKey(dataSource, outcome.externalId)));
          return {
            position: outcome.position,
            externalId: outcome.externalId,
            outcome: ingestOutcomes.toSupplier(result.status),
            ...(problems ? { problems } : {}),
          };
        }),
      ),
    };
    ledger.ingestBatches.set(request.batchKey, batch);
    edits.push(add('IngestBatch', request.batchKey));
  });
  return edits;
}

async function* bundleLines(bundle: Buffer): AsyncGenerator<ExportLineType> {
  let lineNumber = 0;
  for (const text of bundle.toString('utf8').split('\n')) {
    lineNumber += 1;
    if (text.trim() === '') continue;
    let parsed: ReturnType<typeof ExportLine.safeParse>;
    try {
      parsed = ExportLine.safeParse(JSON.parse(text));
    } catch {
      throw supplierErrors.functionUserFacingError('import-plumbline-bundle', `Line ${lineNumber} of the bundle is not JSON.`);
    }
    if (!parsed.success)
      throw supplierErrors.functionUserFacingError('import-plumbline-bundle', `Line ${lineNumber} of the bundle is not a Plumbline export line.`);
    yield parsed.data;
  }
}

/** Runs one action (or several `ingest-records` at once) against the engine; returns its edits. */
export async function applyActions(engine: ReferenceAdapter, ledger: SimulatorLedger, action: ActionTypeName, parameterSets: unknown[]): Promise<ObjectEdit[]> {
  // The request a refusal concerns, so that `VALIDATE_ONLY` on it explains the refusal.
  let current: unknown = parameterSets[0];
  try {
    if (action === 'ingest-records') {
      const requests = parameterSets.map((parameters) => parseParameters(action, (current = parameters)));
      current = parameterSets[0];
      const bySource = new Map<string, typeof requests>();
      for (const request of requests) bySource.set(request.dataSource, [...(bySource.get(request.dataSource) ?? []), request]);
      const edits: ObjectEdit[] = [];
      for (const group of bySource.values()) edits.push(...(await ingestTogether(engine, ledger, group)));
      return edits;
    }
    const edits: ObjectEdit[] = [];
    for (const parameters of parameterSets) edits.push(...(await applyOne(engine, ledger, action, (current = parameters))));
    return edits;
  } catch (error) {
    const failure = supplierErrorFrom(error, action);
    failure.refusedParameters = current;
    throw failure;
  }
}

async function applyOne(
  engine: ReferenceAdapter,
  ledger: SimulatorLedger,
  action: Exclude<ActionTypeName, 'ingest-records'>,
  raw: unknown,
): Promise<ObjectEdit[]> {
  switch (action) {
    case 'upsert-data-source': {
      const parameters = parseParameters(action, raw);
      const { created } = await engine.sources.putSource(
        parameters.sourceKey,
        {
          kind: sourceCategories.toContract(parameters.sourceCategory)!,
          name: parameters.displayName,
          controller: parameters.dataController,
          lawfulBasis: parameters.legalBasis,
          purpose: parameters.processingPurpose,
          retentionPeriod: parameters.retentionPeriod,
          extensions: parameters.vendorExtensions,
        },
        context,
      );
      return [(created ? add : modify)('DataSource', parameters.sourceKey)];
    }
    case 'erase-source-record': {
      const parameters = parseParameters(action, raw);
      if (ledger.erasureNotices.has(parameters.noticeKey)) throw supplierErrors.alreadyExists('ErasureNotice', parameters.noticeKey);
      const ref = recordRef(parameters.sourceRecord, 'sourceRecord');
      const erasure = await engine.sources.eraseRecord(ref.sourceId, ref.recordId, erasureReasons.toContract(parameters.erasureReason)!, context);
      ledger.erasureNotices.set(parameters.noticeKey, {
        __apiName: 'ErasureNotice',
        __primaryKey: parameters.noticeKey,
        noticeKey: parameters.noticeKey,
        sourceKey: erasure.sourceId,
        externalId: erasure.recordId,
        erasureReason: parameters.erasureReason,
        erasedAt: erasure.erasedAt,
      });
      return [{ type: 'deleteObject', objectType: 'SourceRecord', primaryKey: parameters.sourceRecord }, add('ErasureNotice', parameters.noticeKey)];
    }
    case 'run-consolidation': {
      const parameters = parseParameters(action, raw);
      const run = await engine.consolidation.startRun({ mode: runModes.toContract(parameters.runMode)! }, context);
      ledger.remember('PipelineRun', parameters.requestKey, run.runId);
      return [add('PipelineRun', run.runId)];
    }
    case 'create-link-override': {
      const parameters = parseParameters(action, raw);
      const override = await engine.consolidation.createOverride(
        {
          kind: overrideTypes.toContract(parameters.overrideType)!,
          left: recordRef(parameters.leftRecord, 'leftRecord'),
          right: recordRef(parameters.rightRecord, 'rightRecord'),
          reason: parameters.justification,
        },
        { actor: parameters.decidedBy },
      );
      ledger.remember('LinkOverride', parameters.requestKey, override.overrideId);
      return [add('LinkOverride', override.overrideId)];
    }
    case 'withdraw-link-override': {
      const parameters = parseParameters(action, raw);
      await engine.consolidation.deleteOverride(parameters.linkOverride, context);
      return [{ type: 'deleteObject', objectType: 'LinkOverride', primaryKey: parameters.linkOverride }];
    }
    case 'run-flagging': {
      const parameters = parseParameters(action, raw);
      const detectors = parameters.detectorSelections?.map((selection) => ({ detectorId: selection.detector, parameters: selection.parameterOverrides ?? {} }));
      const run = await engine.flagging.startRun({ asOf: parameters.asOfDate, detectors }, context);
      ledger.remember('PipelineRun', parameters.requestKey, run.runId);
      return [add('PipelineRun', run.runId)];
    }
    case 'review-flag': {
      const parameters = parseParameters(action, raw);
      const status = reviewStates.toContract(parameters.reviewState);
      const steps = ontologyDefinition.actionTypes['review-flag'].parameters.reviewState.oneOf.map((value) => ({ displayName: value, value }));
      if (status === 'open')
        throw supplierErrors.invalidParameters(action, [
          { path: '/reviewState', message: 'not a review step', constraint: { type: 'oneOf', options: steps, otherValuesAllowed: false } },
        ]);
      // A conditional override: required when resolving, and allowed no value otherwise.
      if (status === 'closed' && parameters.disposition === undefined)
        throw supplierErrors.invalidParameters(action, [{ path: '/disposition', message: 'required' }]);
      if (status !== 'closed' && parameters.disposition !== undefined) {
        throw supplierErrors.invalidParameters(action, [
          { path: '/disposition', message: 'not allowed', constraint: { type: 'oneOf', options: [], otherValuesAllowed: false } },
        ]);
      }
      const outcome = parameters.disposition ? dispositions.toContract(parameters.disposition) : undefined;
      const flag = await engine.flagging.reviewFlag(parameters.flag, { status: status!, outcome, rationale: parameters.notes }, { actor: parameters.reviewer });
      const review = flag.reviews.at(-1)!;
      ledger.reviewFlags.set(review.reviewId, flag.flagId);
      ledger.remember('FlagReview', parameters.requestKey, review.reviewId);
      const link: ObjectEdit = {
        type: 'addLink',
        linkTypeApiNameAtoB: 'reviews',
        linkTypeApiNameBtoA: 'flag',
        aSideObject: { objectType: 'Flag', primaryKey: flag.flagId },
        bSideObject: { objectType: 'FlagReview', primaryKey: review.reviewId },
      };
      return [modify('Flag', flag.flagId), add('FlagReview', review.reviewId), link];
    }
    case 'import-plumbline-bundle': {
      const parameters = parseParameters(action, raw);
      const bundle = ledger.attachments.get(parameters.bundle);
      if (!bundle) throw new SupplierError(404, 'NOT_FOUND', 'AttachmentNotFound', { attachmentRid: parameters.bundle });
      const run = await engine.portability.startImport(bundleLines(bundle), context);
      ledger.remember('PipelineRun', parameters.requestKey, run.runId);
      return [add('PipelineRun', run.runId)];
    }
  }
}

/** A fresh attachment rid, in the platform's style. */
export const attachmentRid = () => `ri.attachments.main.attachment.${randomUUID()}`;
