/**
 * Unit tests of the connector's mappings and edge cases against a MockAgent platform (no
 * simulator): what it sends, how it reads answers, and how it maps refusals.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MockAgent, type MockPool } from 'undici';
import { systemContext } from '../../../src/adapter/context.js';
import type { PlumblineAdapterV1 } from '../../../src/adapter/adapter-v1.js';
import type { SourceRecord } from '../../../src/contract/index.js';
import { createFoundryAdapter } from '../connector/foundry-adapter.js';
import { hrRecords } from '../../reference/test/engine-fixture.js';

const ORIGIN = 'https://platform.test';
const api = '/api/v2/ontologies/plumbline';
const json = { headers: { 'content-type': 'application/json' } };
const context = systemContext('reviewer-7');

let agent: MockAgent;
let platform: MockPool;
let adapter: PlumblineAdapterV1;

const dataSource = (sourceKey: string) => ({
  __apiName: 'DataSource',
  __primaryKey: sourceKey,
  sourceKey,
  displayName: 'HR',
  sourceCategory: 'HUMAN_RESOURCES',
  dataController: 'Commissioner',
  legalBasis: 'DPA 2018 s.35',
  processingPurpose: 'Standards',
  retentionPeriod: 'P6Y',
  registeredAt: '2026-01-01T00:00:00Z',
  modifiedAt: '2026-01-02T00:00:00Z',
});

beforeEach(() => {
  agent = new MockAgent();
  agent.disableNetConnect();
  platform = agent.get(ORIGIN);
  platform
    .intercept({ path: '/multipass/api/oauth2/token', method: 'POST' })
    .reply(200, { access_token: 'token-1', token_type: 'bearer', expires_in: 3600 }, json)
    .persist();
  adapter = createFoundryAdapter({
    baseUrl: ORIGIN,
    clientId: 'id',
    clientSecret: 'secret',
    ontology: 'plumbline',
    dispatcher: agent,
    retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 1, maxRetryAfterMs: 0 },
  });
});
afterEach(() => agent.close());

describe('reading', () => {
  it('maps a DataSource object to a source, sending the bearer token', async () => {
    platform
      .intercept({ path: `${api}/objects/DataSource/hr`, method: 'GET', headers: { authorization: 'Bearer token-1' } })
      .reply(200, dataSource('hr'), json);
    expect(await adapter.sources!.getSource('hr', context)).toEqual({
      sourceId: 'hr',
      kind: 'hr',
      name: 'HR',
      controller: 'Commissioner',
      lawfulBasis: 'DPA 2018 s.35',
      purpose: 'Standards',
      retentionPeriod: 'P6Y',
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-02T00:00:00Z',
    });
  });

  it('refuses an enumeration value the platform does not publish with a 502 naming the property', async () => {
    platform.intercept({ path: `${api}/objects/DataSource/hr`, method: 'GET' }).reply(200, { ...dataSource('hr'), sourceCategory: 'hr' }, json);
    await expect(adapter.sources!.getSource('hr', context)).rejects.toMatchObject({ status: 502, adapter: 'foundry', errors: [{ path: '/sourceCategory' }] });
  });

  it('fills a contract page from platform pages shorter than asked', async () => {
    platform
      .intercept({ path: `${api}/objects/DataSource?pageSize=3`, method: 'GET' })
      .reply(200, { data: [dataSource('a'), dataSource('b')], nextPageToken: 't2' }, json);
    platform
      .intercept({ path: `${api}/objects/DataSource?pageSize=1&pageToken=t2`, method: 'GET' })
      .reply(200, { data: [dataSource('c')], nextPageToken: 't3' }, json);
    const page = await adapter.sources!.listSources({ limit: 3 }, context);
    expect(page.items.map((source) => source.sourceId)).toEqual(['a', 'b', 'c']);
    expect(page.nextCursor).not.toBeNull();
  });

  it('follows a merged-away person to its survivor, and answers not-found when there is none', async () => {
    platform
      .intercept({ path: `${api}/objects/PlumblinePerson/old`, method: 'GET' })
      .reply(404, { errorCode: 'NOT_FOUND', errorName: 'ObjectNotFound' }, json)
      .times(2);
    const survivor = {
      __apiName: 'PlumblinePerson',
      __primaryKey: 'new',
      personKey: 'new',
      mergedKeys: ['old'],
      recordTotal: 1,
      lastChanged: '2026-01-01T00:00:00Z',
      surname: 'Okafor',
    };
    platform
      .intercept({ path: `${api}/objects/PlumblinePerson/search`, method: 'POST', body: (body) => JSON.parse(body).where.field === 'mergedKeys' })
      .reply(200, { data: [survivor] }, json);
    platform.intercept({ path: `${api}/objects/PlumblinePerson/search`, method: 'POST' }).reply(200, { data: [] }, json);
    expect(await adapter.consolidation!.getSubject('old', context)).toEqual({ redirectTo: 'new' });
    await expect(adapter.consolidation!.getSubject('old', context)).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('searches flags with the platform’s property names and enumerations', async () => {
    const sent: unknown[] = [];
    platform
      .intercept({ path: `${api}/objects/Flag/search`, method: 'POST', body: (body) => (sent.push(JSON.parse(body)), true) })
      .reply(200, { data: [] }, json);
    await adapter.flagging!.listFlags({ status: 'in_review', severity: 'high', subjectId: 'subj-1' }, { limit: 10 }, context);
    expect(sent[0]).toEqual({
      where: {
        type: 'and',
        value: [
          { type: 'eq', field: 'reviewState', value: 'UNDER_REVIEW' },
          { type: 'contains', field: 'personKeys', value: 'subj-1' },
          { type: 'eq', field: 'severity', value: 'P1' },
        ],
      },
      pageSize: 10,
    });
  });
});

describe('writing', () => {
  it('answers another 400 to an action as the connector’s own fault (502), and a 404 as not-found', async () => {
    platform.intercept({ path: `${api}/actions/review-flag/apply`, method: 'POST' }).reply(400, { errorName: 'InvalidRequestBody' }, json);
    await expect(adapter.flagging!.reviewFlag('f1', { status: 'in_review', rationale: 'x' }, context)).rejects.toMatchObject({
      kind: 'upstream-failure',
      status: 502,
    });
    platform.intercept({ path: `${api}/actions/review-flag/apply`, method: 'POST' }).reply(404, { errorName: 'ObjectNotFound' }, json);
    await expect(adapter.flagging!.reviewFlag('f1', { status: 'in_review', rationale: 'x' }, context)).rejects.toMatchObject({
      kind: 'not-found',
      message: 'No flag "f1".',
    });
  });

  it('sends the reviewer and the platform’s enumerations', async () => {
    let parameters: Record<string, unknown> = {};
    platform
      .intercept({ path: `${api}/actions/review-flag/apply`, method: 'POST', body: (body) => ((parameters = JSON.parse(body).parameters), true) })
      .reply(404, { errorName: 'ObjectNotFound' }, json);
    await adapter
      .flagging!.reviewFlag('f1', { status: 'closed', outcome: 'referred_to_professional_standards', rationale: 'Serious.' }, context)
      .catch(() => undefined);
    expect(parameters).toMatchObject({ flag: 'f1', reviewState: 'RESOLVED', disposition: 'REFERRED_TO_PSD', notes: 'Serious.', reviewer: 'reviewer-7' });
    expect(parameters.requestKey).toMatch(/^plumbline-/);
  });

  it('splits a batch over the action’s record limit into one applyBatch, and maps outcomes back to batch positions', async () => {
    const records: SourceRecord[] = Array.from({ length: 1001 }, (_, index) => ({ ...hrRecords[0]!, recordId: `EMP-${index}` }));
    let requests: { parameters: { batchKey: string; records: string } }[] = [];
    platform
      .intercept({ path: `${api}/actions/ingest-records/applyBatch`, method: 'POST', body: (body) => ((requests = JSON.parse(body).requests), true) })
      .reply(200, { edits: { type: 'edits', edits: [] } }, json);
    platform
      .intercept({ path: new RegExp(`^${api}/objects/IngestBatch/`), method: 'GET' })
      .reply(
        200,
        (options) => {
          const batchKey = decodeURIComponent(String(options.path).split('/').at(-1)!);
          const chunk = requests.find((request) => request.parameters.batchKey === batchKey)!.parameters;
          const outcomes = (JSON.parse(chunk.records) as unknown[]).map((_, position) =>
            position === 0
              ? { position, externalId: 'x', outcome: 'REFUSED', problems: [{ path: `/records/${position}/identity`, message: 'bad' }] }
              : { position, externalId: 'x', outcome: 'INSERTED' },
          );
          return {
            __apiName: 'IngestBatch',
            __primaryKey: batchKey,
            batchKey,
            sourceKey: 'hr',
            appliedAt: '2026-01-01T00:00:00Z',
            outcomes: JSON.stringify(outcomes),
          };
        },
        json,
      )
      .times(2);
    const { results } = await adapter.sources!.ingestRecords(
      'hr',
      records.map((record, index) => ({ index: index + 10, record })),
      context,
    );
    // The records travel as a string holding JSON: the ontology has no list-of-structs parameter.
    expect(requests.map((request) => (JSON.parse(request.parameters.records) as unknown[]).length)).toEqual([1000, 1]);
    expect(results).toHaveLength(1001);
    expect(results[1000]).toEqual({ index: 1010, recordId: 'x', status: 'rejected', errors: [{ path: '/records/1010/identity', message: 'bad' }] });
    expect(results[1]).toEqual({ index: 11, recordId: 'x', status: 'created' });
  });
});
