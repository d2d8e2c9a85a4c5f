/**
 * The simulator answers in the real Ontology v2 shapes (checked over HTTP, not through the
 * connector): a refusal is `400 ActionValidationFailed` naming only the action type, explained by
 * `VALIDATE_ONLY`, or a 200 with an INVALID validation when so configured; past the itemising
 * limit edits come as `largeScaleEdits`; pages differ from the size asked, carry `totalCount`, and
 * a record listing reuses its snapshot until an action changes the state. The published ontology
 * definition and the object schemas the connector validates with name the same properties.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { ListObjectsResponseV2, SyncApplyActionResponseV2 } from '@osdk/foundry.ontologies';
import { ontologyDefinition } from '../model/definition.js';
import { withSetupGuide } from '../model/setup-guide.js';
import * as objects from '../model/objects.js';
import { startFoundrySimulator, type RunningSimulator, type StartSimulatorOptions } from '../simulator/start.js';
import { sources } from '../../reference/test/engine-fixture.js';
import { sourceParameters, recordParameter } from '../connector/mapping/sources-and-records.js';
import { hrRecords } from '../../reference/test/engine-fixture.js';

const api = '/api/v2/ontologies/plumbline';
let simulator: RunningSimulator | undefined;
let directory: string | undefined;

afterEach(async () => {
  await simulator?.close();
  if (directory) rmSync(directory, { recursive: true, force: true });
  simulator = undefined;
});

async function start(options: Omit<StartSimulatorOptions, 'databasePath'> = {}) {
  directory = mkdtempSync(join(tmpdir(), 'plumbline-foundry-shapes-'));
  simulator = await startFoundrySimulator({ ...options, databasePath: join(directory, 'engine.db') });
  const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: simulator.client.clientId, client_secret: simulator.client.clientSecret });
  const token = (await (await fetch(`${simulator.baseUrl}/multipass/api/oauth2/token`, { method: 'POST', body: form })).json()) as { access_token: string };
  const call = async (method: string, path: string, body?: unknown) => {
    const answer = await fetch(`${simulator!.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token.access_token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: answer.status, body: (await answer.json()) as Record<string, unknown> };
  };
  return call;
}

const refusedReview = { flag: 'flag-x', reviewState: 'NEW', notes: 'Reopening.', reviewer: 'reviewer-7', requestKey: 'k-1' };

describe('simulator shapes', () => {
  it('refuses with ActionValidationFailed naming only the action type, and explains on VALIDATE_ONLY', async () => {
    const call = await start();
    const refused = await call('POST', `${api}/actions/review-flag/apply`, {
      parameters: refusedReview,
      options: { mode: 'VALIDATE_AND_EXECUTE', returnEdits: 'ALL' },
    });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ errorCode: 'INVALID_ARGUMENT', errorName: 'ActionValidationFailed', parameters: { actionType: 'review-flag' } });
    expect(Object.keys(refused.body.parameters as object)).toEqual(['actionType']);
    const why = await call('POST', `${api}/actions/review-flag/apply`, { parameters: refusedReview, options: { mode: 'VALIDATE_ONLY' } });
    expect(why.status).toBe(200);
    expect((why.body as SyncApplyActionResponseV2).validation).toMatchObject({
      result: 'INVALID',
      parameters: { reviewState: { result: 'INVALID', evaluatedConstraints: [{ type: 'oneOf' }] } },
    });
  });

  it('answers a refusal with 200 and an INVALID validation when configured as such stacks do', async () => {
    const call = await start({ refusalsInBody: true });
    const refused = await call('POST', `${api}/actions/review-flag/apply`, {
      parameters: refusedReview,
      options: { mode: 'VALIDATE_AND_EXECUTE', returnEdits: 'ALL' },
    });
    expect(refused.status).toBe(200);
    expect(refused.body).toMatchObject({ validation: { result: 'INVALID' } });
    expect(refused.body.edits).toBeUndefined();
  });

  it('itemises edits up to its limit and reports largeScaleEdits past it; pages vary in size, carry totalCount and share a snapshot', async () => {
    const call = await start({ itemiseEditsUpTo: 2, varyPageSizes: true });
    const registered = await call('POST', `${api}/actions/upsert-data-source/apply`, {
      parameters: sourceParameters('hr', sources.hr!),
      options: { returnEdits: 'ALL' },
    });
    expect(registered.body.edits).toMatchObject({
      type: 'edits',
      edits: [{ type: 'addObject', objectType: 'DataSource', primaryKey: 'hr' }],
      addedObjectCount: 1,
    });
    const records = Array.from({ length: 12 }, (_, index) => recordParameter({ ...hrRecords[0]!, recordId: `EMP-${index}` }));
    const ingested = await call('POST', `${api}/actions/ingest-records/apply`, {
      parameters: { dataSource: 'hr', batchKey: 'b-1', records: JSON.stringify(records) },
      options: { returnEdits: 'ALL' },
    });
    expect(ingested.body.edits).toEqual({ type: 'largeScaleEdits', editedObjectTypes: ['SourceRecord', 'IngestBatch'] });

    const sizes: number[] = [];
    const keys: string[] = [];
    let token: string | undefined;
    do {
      const page = (await call('GET', `${api}/objects/SourceRecord?pageSize=5${token ? `&pageToken=${encodeURIComponent(token)}` : ''}`))
        .body as unknown as ListObjectsResponseV2;
      expect(page.totalCount).toBe('12');
      sizes.push(page.data.length);
      keys.push(...page.data.map((object) => String(object.__primaryKey)));
      token = page.nextPageToken;
    } while (token);
    expect(new Set(keys).size).toBe(12);
    expect(sizes.some((size) => size !== 5)).toBe(true);

    expect((await call('GET', `${api}/objects/DataSource?pageSize=5`)).body).toMatchObject({ totalCount: '1' });
    expect((await call('POST', `${api}/objects/PipelineRun/search`, { where: { type: 'eq', field: 'requestKey', value: 'none' } })).body).toEqual({
      data: [],
      totalCount: '0',
    });

    const first = (await call('GET', `${api}/objects/SourceRecord?pageSize=5`)).body as unknown as ListObjectsResponseV2;
    const again = (await call('GET', `${api}/objects/SourceRecord?pageSize=5`)).body as unknown as ListObjectsResponseV2;
    expect(again.nextPageToken?.split(':')[0]).toBe(first.nextPageToken?.split(':')[0]);
    await call('POST', `${api}/actions/upsert-data-source/apply`, { parameters: sourceParameters('hr', { ...sources.hr!, name: 'HR (renamed)' }) });
    const after = (await call('GET', `${api}/objects/SourceRecord?pageSize=5`)).body as unknown as ListObjectsResponseV2;
    expect(after.nextPageToken?.split(':')[0]).not.toBe(first.nextPageToken?.split(':')[0]);
  });
});

describe('the published ontology definition', () => {
  const schemas: Record<string, z.ZodObject> = {
    DataSource: objects.DataSourceObject,
    SourceRecord: objects.SourceRecordObject,
    IngestBatch: objects.IngestBatchObject,
    ErasureNotice: objects.ErasureNoticeObject,
    PlumblinePerson: objects.PlumblinePersonObject,
    MatchEvidence: objects.MatchEvidenceObject,
    LinkOverride: objects.LinkOverrideObject,
    Detector: objects.DetectorObject,
    Flag: objects.FlagObject,
    FlagReview: objects.FlagReviewObject,
    PipelineRun: objects.PipelineRunObject,
  };

  it('declares exactly the properties the connector reads, required where the connector requires them', () => {
    expect(Object.keys(schemas).sort()).toEqual(Object.keys(ontologyDefinition.objectTypes).sort());
    for (const [apiName, definition] of Object.entries(ontologyDefinition.objectTypes)) {
      const shape = schemas[apiName]!.shape as Record<string, z.ZodType>;
      const read = Object.keys(shape).filter((name) => !name.startsWith('__'));
      const declared = Object.entries(definition.properties as Record<string, { searchOnly?: true; required?: true }>);
      expect(
        declared
          .filter(([, property]) => !property.searchOnly)
          .map(([name]) => name)
          .sort(),
        apiName,
      ).toEqual(read.sort());
      for (const [name, property] of declared)
        if (!property.searchOnly) expect(shape[name]!.safeParse(undefined).success, `${apiName}.${name}`).toBe(!property.required);
    }
  });
});

describe('the admin guide', () => {
  it('holds the setup tables rendered from the definition (refresh: npx tsx adapters/foundry/model/setup-guide.ts --write)', () => {
    const docs = readFileSync('docs/connectors.md', 'utf8');
    expect(withSetupGuide(docs)).toBe(docs);
    expect(docs).toContain('`review-flag`');
  });
});
