/**
 * The connector against the real Ontology v2 API's shapes, each body typed with Palantir's
 * published types (`@osdk/foundry.ontologies`) so a body here cannot drift from the real one:
 * refusals that need a `VALIDATE_ONLY` call, a 200 whose validation is INVALID, `largeScaleEdits`,
 * link edits, error names, search operators, the V1 listing cap, snapshots, deadlines and
 * patient receipt checks. A MockAgent plays the platform.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MockAgent, type MockPool } from 'undici';
import type {
  ActionParameterObjectNotFound,
  ActionTypeNotFound,
  ActionValidationFailed,
  FunctionEncounteredUserFacingError,
  FunctionExecutionFailed,
  InvalidParameterValue,
  ObjectsExceededLimit,
  ObjectTypeNotFound,
  OntologyEditsExceededLimit,
  ParametersNotFound,
  SyncApplyActionResponseV2,
  BatchApplyActionResponseV2,
  SearchObjectsResponseV2,
} from '@osdk/foundry.ontologies';
import { systemContext } from '../../../src/adapter/context.js';
import type { PlumblineAdapterV1 } from '../../../src/adapter/adapter-v1.js';
import { createFoundryAdapter } from '../connector/foundry-adapter.js';
import { fullMetadata } from '../simulator/metadata.js';
import { hrRecords } from '../../reference/test/engine-fixture.js';

const ORIGIN = 'https://platform.test';
const api = '/api/v2/ontologies/plumbline';
const json = { headers: { 'content-type': 'application/json' } };
const context = systemContext('reviewer-7');
const instance = '3f6a1c2e-0b7d-4d59-9d0e-6a1f2b3c4d5e';

let agent: MockAgent;
let platform: MockPool;
let adapter: PlumblineAdapterV1;

const makeAdapter = (options: { timeoutMs?: number; actionTimeoutMs?: number } = {}) =>
  createFoundryAdapter({
    baseUrl: ORIGIN,
    clientId: 'id',
    clientSecret: 'secret',
    ontology: 'plumbline',
    dispatcher: agent,
    retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 1, maxRetryAfterMs: 0 },
    receiptChecks: { attempts: 4, firstPauseMs: 1 },
    ...options,
  });

beforeEach(() => {
  agent = new MockAgent();
  agent.disableNetConnect();
  platform = agent.get(ORIGIN);
  platform
    .intercept({ path: '/multipass/api/oauth2/token', method: 'POST' })
    .reply(200, { access_token: 'token-1', token_type: 'bearer', expires_in: 3600 }, json)
    .persist();
  adapter = makeAdapter();
});
afterEach(() => agent.close());

const flag = (reviewState = 'UNDER_REVIEW') => ({
  __apiName: 'Flag',
  __primaryKey: 'f1',
  flagKey: 'f1',
  detectorKey: 'repeated-allegations',
  detectorVersion: '1.0.0',
  flagCategory: 'PROFESSIONAL_STANDARDS',
  severity: 'P2',
  personKeys: ['p1'],
  summary: 'Three allegations in 90 days.',
  evidenceRecordKeys: ['complaints|C-1'],
  metrics: '{"count":3}',
  windowStart: '2026-01-01',
  windowEnd: '2026-01-31',
  asOfDate: '2026-01-31',
  raisedAt: '2026-01-31T00:00:00Z',
  runKey: 'run-1',
  reviewState,
  reviewCount: 0,
});
const run = (runKey: string) => ({
  __apiName: 'PipelineRun',
  __primaryKey: runKey,
  runKey,
  runType: 'ENTITY_RESOLUTION',
  runState: 'PENDING',
  createdAt: '2026-01-31T00:00:00Z',
  progressDone: 0,
  progressTotal: 0,
  progressUnit: 'records',
  runStatistics: '{}',
});
const applied: SyncApplyActionResponseV2 = { validation: { result: 'VALID', submissionCriteria: [], parameters: {} } };
const review = { status: 'closed', outcome: 'no_further_action', rationale: 'Seen.' } as const;

describe('refusals', () => {
  const actionValidationFailed: ActionValidationFailed = {
    errorCode: 'INVALID_ARGUMENT',
    errorName: 'ActionValidationFailed',
    errorDescription: 'The validation failed for the given action parameters. Please use the validateAction endpoint for more details.',
    errorInstanceId: instance,
    parameters: { actionType: 'review-flag' },
  };

  it('asks again in VALIDATE_ONLY mode and maps failed submission criteria to 409', async () => {
    const modes: string[] = [];
    const record = (options: { body?: unknown }) => modes.push(JSON.parse(String(options.body)).options.mode);
    platform.intercept({ path: `${api}/actions/review-flag/apply`, method: 'POST' }).reply(400, (options) => (record(options), actionValidationFailed), json);
    const why: SyncApplyActionResponseV2 = {
      validation: {
        result: 'INVALID',
        submissionCriteria: [{ configuredFailureMessage: 'The flag’s review state does not allow this step.', result: 'INVALID' }],
        parameters: {},
      },
    };
    platform.intercept({ path: `${api}/actions/review-flag/apply`, method: 'POST' }).reply(200, (options) => (record(options), why), json);
    await expect(adapter.flagging!.reviewFlag('f1', review, context)).rejects.toMatchObject({
      kind: 'conflict',
      status: 409,
      message: 'The flag’s review state does not allow this step.',
    });
    expect(modes).toEqual(['VALIDATE_AND_EXECUTE', 'VALIDATE_ONLY']);
  });

  it('maps invalid parameters from the VALIDATE_ONLY answer to 400 naming the contract fields', async () => {
    platform.intercept({ path: `${api}/actions/review-flag/apply`, method: 'POST' }).reply(400, actionValidationFailed, json);
    const why: SyncApplyActionResponseV2 = {
      validation: {
        result: 'INVALID',
        submissionCriteria: [],
        parameters: {
          disposition: { result: 'INVALID', evaluatedConstraints: [], required: true },
          notes: { result: 'INVALID', evaluatedConstraints: [{ type: 'stringLength', lte: 4000 }], required: true },
          flag: { result: 'VALID', evaluatedConstraints: [], required: true },
        },
      },
    };
    platform.intercept({ path: `${api}/actions/review-flag/apply`, method: 'POST' }).reply(200, why, json);
    await expect(adapter.flagging!.reviewFlag('f1', review, context)).rejects.toMatchObject({
      kind: 'validation-failed',
      errors: [
        { path: '/outcome', message: 'is required' },
        { path: '/rationale', message: 'must have a length of at most 4000' },
      ],
    });
  });

  it('answers 502 when the VALIDATE_ONLY call is refused too, never the internal asking-why error', async () => {
    platform
      .intercept({ path: `${api}/actions/review-flag/apply`, method: 'POST' })
      .reply(400, actionValidationFailed, json)
      .times(2);
    await expect(adapter.flagging!.reviewFlag('f1', review, context)).rejects.toMatchObject({
      kind: 'upstream-failure',
      status: 502,
      message: expect.stringContaining('without saying why'),
    });
  });

  it('takes a 200 whose validation is INVALID as a refusal, not as recorded', async () => {
    const refusedInBody: SyncApplyActionResponseV2 = {
      validation: {
        result: 'INVALID',
        submissionCriteria: [{ configuredFailureMessage: 'The flag’s review state does not allow this step.', result: 'INVALID' }],
        parameters: {},
      },
    };
    platform.intercept({ path: `${api}/actions/review-flag/apply`, method: 'POST' }).reply(200, refusedInBody, json);
    await expect(adapter.flagging!.reviewFlag('f1', review, context)).rejects.toMatchObject({ kind: 'conflict', status: 409 });
  });

  it('maps the action errors by name: user-facing Function errors and invalid values to 400, the edit limit on ingest to 413, the rest to 502', async () => {
    const userFacing: FunctionEncounteredUserFacingError = {
      errorCode: 'INVALID_ARGUMENT',
      errorName: 'FunctionEncounteredUserFacingError',
      errorDescription: 'The authored function failed to execute because of a user induced error. The message argument is meant to be displayed to the user.',
      errorInstanceId: instance,
      parameters: { functionRid: 'ri.function-registry.main.function.1', functionVersion: '1.0.0', message: 'unknown detector "x-nobody"' },
    };
    platform.intercept({ path: `${api}/actions/run-flagging/apply`, method: 'POST' }).reply(400, userFacing, json);
    await expect(adapter.flagging!.startRun({ asOf: '2026-01-31' }, context)).rejects.toMatchObject({
      kind: 'validation-failed',
      message: 'unknown detector "x-nobody"',
    });

    const invalidValue: InvalidParameterValue = {
      errorCode: 'INVALID_ARGUMENT',
      errorName: 'InvalidParameterValue',
      errorDescription: 'The value of the given parameter is invalid. See the documentation of DataValue for details on how parameters are represented.',
      errorInstanceId: instance,
      parameters: { parameterBaseType: 'string', parameterDataType: 'string', parameterId: 'notes', parameterValue: null },
    };
    platform.intercept({ path: `${api}/actions/review-flag/apply`, method: 'POST' }).reply(400, invalidValue, json);
    await expect(adapter.flagging!.reviewFlag('f1', review, context)).rejects.toMatchObject({ kind: 'validation-failed', errors: [{ path: '/rationale' }] });

    const tooMany: OntologyEditsExceededLimit = {
      errorCode: 'INVALID_ARGUMENT',
      errorName: 'OntologyEditsExceededLimit',
      errorDescription:
        'The number of edits to the Ontology exceeded the allowed limit. This may happen because of the request or because the Action is modifying too many objects. Please change the size of your request or contact the Ontology administrator.',
      errorInstanceId: instance,
      parameters: { editsCount: 12000, editsLimit: 10000 },
    };
    platform.intercept({ path: `${api}/actions/ingest-records/apply`, method: 'POST' }).reply(400, tooMany, json);
    await expect(adapter.sources!.ingestRecords('hr', [{ index: 0, record: hrRecords[0]! }], context)).rejects.toMatchObject({
      kind: 'payload-too-large',
      status: 413,
    });

    const functionFailed: FunctionExecutionFailed = {
      errorCode: 'INVALID_ARGUMENT',
      errorName: 'FunctionExecutionFailed',
      errorDescription: '',
      errorInstanceId: instance,
      parameters: { functionRid: 'ri.function-registry.main.function.1', functionVersion: '1.0.0', message: 'TypeError', stacktrace: '' },
    };
    const unknownParameters: ParametersNotFound = {
      errorCode: 'INVALID_ARGUMENT',
      errorName: 'ParametersNotFound',
      errorDescription:
        'The provided parameter ID was not found for the action. Please look at the configuredParameterIds field to see which ones are available.',
      errorInstanceId: instance,
      parameters: { actionType: 'run-consolidation', unknownParameterIds: ['requestKey'], configuredParameterIds: ['runMode'] },
    };
    platform.intercept({ path: `${api}/actions/run-consolidation/apply`, method: 'POST' }).reply(400, functionFailed, json);
    await expect(adapter.consolidation!.startRun({ mode: 'incremental' }, context)).rejects.toMatchObject({
      kind: 'upstream-failure',
      status: 502,
      message: expect.stringContaining('Function'),
    });
    platform.intercept({ path: `${api}/actions/run-consolidation/apply`, method: 'POST' }).reply(400, unknownParameters, json);
    await expect(adapter.consolidation!.startRun({ mode: 'incremental' }, context)).rejects.toMatchObject({
      kind: 'upstream-failure',
      message: expect.stringContaining('["requestKey"]'),
    });
  });

  it('reads a 404 by its error name: a missing object is not-found, a missing type is the platform’s setup fault (502)', async () => {
    const parameterObject: ActionParameterObjectNotFound = {
      errorCode: 'NOT_FOUND',
      errorName: 'ActionParameterObjectNotFound',
      errorDescription: 'The parameter object reference or parameter default value is not found, or the client token does not have access to it.',
      errorInstanceId: instance,
      parameters: { parameterId: 'flag' },
    };
    platform.intercept({ path: `${api}/actions/review-flag/apply`, method: 'POST' }).reply(404, parameterObject, json);
    await expect(adapter.flagging!.reviewFlag('f1', review, context)).rejects.toMatchObject({ kind: 'not-found', message: 'No flag "f1".' });

    const actionType: ActionTypeNotFound = {
      errorCode: 'NOT_FOUND',
      errorName: 'ActionTypeNotFound',
      errorDescription: 'The action type is not found, or the user does not have access to it.',
      errorInstanceId: instance,
      parameters: { actionType: 'review-flag', rid: null },
    };
    platform.intercept({ path: `${api}/actions/review-flag/apply`, method: 'POST' }).reply(404, actionType, json);
    await expect(adapter.flagging!.reviewFlag('f1', review, context)).rejects.toMatchObject({
      kind: 'upstream-failure',
      status: 502,
      message: expect.stringContaining('ActionTypeNotFound'),
    });

    const objectType: ObjectTypeNotFound = {
      errorCode: 'NOT_FOUND',
      errorName: 'ObjectTypeNotFound',
      errorDescription: 'The requested object type is not found, or the client token does not have access to it.',
      errorInstanceId: instance,
      parameters: { objectType: 'DataSource', objectTypeRid: null },
    };
    platform.intercept({ path: `${api}/objects/DataSource/hr`, method: 'GET' }).reply(404, objectType, json);
    await expect(adapter.sources!.getSource('hr', context)).rejects.toMatchObject({ kind: 'upstream-failure', status: 502 });
  });
});

describe('edits', () => {
  it('reads addLink edits in an answer', async () => {
    const withLink: SyncApplyActionResponseV2 = {
      ...applied,
      edits: {
        type: 'edits',
        edits: [
          { type: 'modifyObject', objectType: 'Flag', primaryKey: 'f1' },
          { type: 'addObject', objectType: 'FlagReview', primaryKey: 'rev-1' },
          {
            type: 'addLink',
            linkTypeApiNameAtoB: 'reviews',
            linkTypeApiNameBtoA: 'flag',
            aSideObject: { objectType: 'Flag', primaryKey: 'f1' },
            bSideObject: { objectType: 'FlagReview', primaryKey: 'rev-1' },
          },
        ],
        addedObjectCount: 1,
        modifiedObjectsCount: 1,
        deletedObjectsCount: 0,
        addedLinksCount: 1,
        deletedLinksCount: 0,
      },
    };
    platform.intercept({ path: `${api}/actions/review-flag/apply`, method: 'POST' }).reply(200, withLink, json);
    platform.intercept({ path: `${api}/objects/Flag/f1`, method: 'GET' }).reply(200, flag(), json);
    expect((await adapter.flagging!.reviewFlag('f1', { status: 'in_review', rationale: 'Looking.' }, context)).flagId).toBe('f1');
  });

  it('finds the run a largeScaleEdits answer did not itemise by the request key it sent', async () => {
    let requestKey = '';
    const largeScale: SyncApplyActionResponseV2 = { ...applied, edits: { type: 'largeScaleEdits', editedObjectTypes: ['PipelineRun', 'PlumblinePerson'] } };
    platform
      .intercept({
        path: `${api}/actions/run-consolidation/apply`,
        method: 'POST',
        body: (body) => ((requestKey = JSON.parse(body).parameters.requestKey), true),
      })
      .reply(200, largeScale, json);
    const found: SearchObjectsResponseV2 = { data: [run('run-9')], totalCount: '1' };
    platform
      .intercept({ path: `${api}/objects/PipelineRun/search`, method: 'POST', body: (body) => JSON.parse(body).where.value === requestKey })
      .reply(200, found, json);
    expect((await adapter.consolidation!.startRun({ mode: 'incremental' }, context)).runId).toBe('run-9');
  });

  it('answers an ingest whose batch came back as largeScaleEdits from its receipts', async () => {
    const largeScale: BatchApplyActionResponseV2 = { edits: { type: 'largeScaleEdits', editedObjectTypes: ['SourceRecord', 'IngestBatch'] } };
    platform.intercept({ path: `${api}/actions/ingest-records/apply`, method: 'POST' }).reply(200, largeScale, json);
    platform.intercept({ path: new RegExp(`^${api}/objects/IngestBatch/`), method: 'GET' }).reply(
      200,
      (options) => {
        const batchKey = decodeURIComponent(String(options.path).split('/').at(-1)!);
        return {
          __apiName: 'IngestBatch',
          __primaryKey: batchKey,
          batchKey,
          sourceKey: 'hr',
          appliedAt: '2026-01-01T00:00:00Z',
          outcomes: JSON.stringify([{ position: 0, externalId: 'EMP-1', outcome: 'INSERTED' }]),
        };
      },
      json,
    );
    const { results } = await adapter.sources!.ingestRecords('hr', [{ index: 0, record: hrRecords[0]! }], context);
    expect(results).toEqual([{ index: 0, recordId: 'EMP-1', status: 'created' }]);
  });
});

describe('reading', () => {
  it('searches array properties with contains and names with containsAllTermsInOrderPrefixLastTerm', async () => {
    const sent: unknown[] = [];
    platform
      .intercept({ path: `${api}/objects/PlumblinePerson/search`, method: 'POST', body: (body) => (sent.push(JSON.parse(body).where), true) })
      .reply(200, { data: [], totalCount: '0' }, json);
    await adapter.consolidation!.listSubjects({ name: 'okafor ad', identifier: 'N-1' }, { limit: 10 }, context);
    expect(sent[0]).toEqual({
      type: 'and',
      value: [
        { type: 'containsAllTermsInOrderPrefixLastTerm', field: 'knownNames', value: 'okafor ad' },
        { type: 'contains', field: 'knownIdentifiers', value: 'N-1' },
      ],
    });
  });

  it('reports Object Storage V1’s 10,000-object cap as a platform the connector cannot use, not as a stale cursor', async () => {
    const capped: ObjectsExceededLimit = {
      errorCode: 'INVALID_ARGUMENT',
      errorName: 'ObjectsExceededLimit',
      errorDescription:
        'There are more objects, but they cannot be returned by this API. Only 10,000 objects are available through this API for a given request.',
      errorInstanceId: instance,
      parameters: {},
    };
    platform.intercept({ path: new RegExp(`^${api}/objects/DataSource\\?`), method: 'GET' }).reply(400, capped, json);
    await expect(
      adapter.sources!.listSources({ limit: 10, cursor: Buffer.from(JSON.stringify(['t9', 0, 10])).toString('base64url') }, context),
    ).rejects.toMatchObject({
      kind: 'upstream-failure',
      message: expect.stringContaining('Object Storage V2'),
    });
  });

  it('exports with snapshot paging at the platform’s page size of 1,000', async () => {
    const paths: string[] = [];
    platform
      .intercept({ path: (path) => path.startsWith(`${api}/objects/`) && (paths.push(path), true), method: 'GET' })
      .reply(200, { data: [], totalCount: '0' }, json)
      .persist();
    for await (const line of adapter.portability!.exportAll(context)) if (line.kind === 'end') break;
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths)
      expect(new URL(path, ORIGIN).searchParams.get('snapshot') === 'true' && new URL(path, ORIGIN).searchParams.get('pageSize')).toBe('1000');
  });

  it('fails the readiness check naming what the ontology lacks', async () => {
    const metadata = fullMetadata('plumbline');
    delete metadata.actionTypes['review-flag'];
    delete metadata.objectTypes.Flag!.objectType.properties.reviewCount;
    platform.intercept({ path: `${api}/fullMetadata`, method: 'GET' }).reply(200, metadata, json);
    await expect(adapter.checkReady()).rejects.toMatchObject({ message: expect.stringMatching(/property Flag\.reviewCount.*action type review-flag/) });
    platform.intercept({ path: `${api}/fullMetadata`, method: 'GET' }).reply(200, fullMetadata('plumbline'), json);
    await expect(adapter.checkReady()).resolves.toBeUndefined();
  });
});

describe('deadlines and receipts', () => {
  it('gives an action longer than a read before giving up on it', async () => {
    const patient = makeAdapter({ timeoutMs: 50, actionTimeoutMs: 5_000 });
    platform
      .intercept({ path: `${api}/actions/review-flag/apply`, method: 'POST' })
      .reply(200, applied, json)
      .delay(300);
    platform.intercept({ path: `${api}/objects/Flag/f1`, method: 'GET' }).reply(200, flag(), json);
    expect((await patient.flagging!.reviewFlag('f1', { status: 'in_review', rationale: 'Looking.' }, context)).flagId).toBe('f1');
  });

  it('looks for a lost review’s receipt more than once before reporting it not applied', async () => {
    platform
      .intercept({ path: `${api}/actions/review-flag/apply`, method: 'POST' })
      .reply(500, { errorCode: 'INTERNAL', errorName: 'Default', errorInstanceId: instance, parameters: {} }, json);
    const empty: SearchObjectsResponseV2 = { data: [], totalCount: '0' };
    platform
      .intercept({ path: `${api}/objects/FlagReview/search`, method: 'POST' })
      .reply(200, empty, json)
      .times(2);
    const receipt = {
      __apiName: 'FlagReview',
      __primaryKey: 'rev-1',
      reviewKey: 'rev-1',
      flagKey: 'f1',
      reviewState: 'UNDER_REVIEW',
      notes: 'Looking.',
      reviewedBy: 'reviewer-7',
      reviewedAt: '2026-01-31T00:00:00Z',
    };
    platform.intercept({ path: `${api}/objects/FlagReview/search`, method: 'POST' }).reply(200, { data: [receipt], totalCount: '1' }, json);
    platform.intercept({ path: `${api}/objects/Flag/f1`, method: 'GET' }).reply(200, flag(), json);
    expect((await adapter.flagging!.reviewFlag('f1', { status: 'in_review', rationale: 'Looking.' }, context)).flagId).toBe('f1');
  });
});
