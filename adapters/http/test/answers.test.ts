import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { exampleOf, Flag, Source, Subject } from '../../../src/contract/index.js';
import { createHttpAdapter } from '../http-adapter.js';
import { remoteSettings } from '../settings.js';
import { sendThroughGlobalFetch } from '../transport.js';
import { context, failureOf, nockedAdapter, problemBody, problemHeaders, REMOTE, remoteMeta, useNock } from './nock-remote.js';

useNock();

describe('what the remote says about itself', () => {
  it('claims exactly the remote’s capabilities and names the remote without pretending to be it', async () => {
    const { adapter } = await nockedAdapter({}, { ...remoteMeta, capabilities: [...remoteMeta.capabilities, 'x-acme-teleport'] });

    expect([...adapter.capabilities].sort()).toEqual([...remoteMeta.capabilities].sort());
    expect(adapter.identity).toMatchObject({ id: 'http', vendor: 'Plumbline' });
    expect(adapter.identity.name).toContain('Acme Standards Platform');
    expect(adapter.identity.name).toContain('acme 4.2.0');
    expect(adapter.remote).toEqual(remoteMeta.adapter);
  });

  it('refuses a remote on another major version of the contract', async () => {
    nock(REMOTE)
      .get('/v1/meta')
      .reply(200, { ...remoteMeta, contractVersion: '2.0.0' });
    const settings = remoteSettings({ baseUrl: REMOTE });

    const error = await failureOf(createHttpAdapter({ settings, send: sendThroughGlobalFetch }));

    expect(error.message).toContain('contract 2.0.0');
  });

  it('names the field when the meta breaks the contract', async () => {
    nock(REMOTE)
      .get('/v1/meta')
      .reply(200, { ...remoteMeta, adapter: { id: 'acme' } });
    const settings = remoteSettings({ baseUrl: REMOTE });

    const error = await failureOf(createHttpAdapter({ settings, send: sendThroughGlobalFetch }));

    expect(error).toMatchObject({ kind: 'upstream-failure', status: 502 });
    expect(error.errors[0].path).toBe('/adapter/name');
  });
});

describe('requests', () => {
  it('sends the token, the justification and the actor', async () => {
    const { adapter } = await nockedAdapter();
    nock(REMOTE, {
      reqheaders: { authorization: 'Bearer service-token', 'plumbline-justification': 'PSD-2026-0042', 'plumbline-actor': 'alice' },
    })
      .get('/v1/flags/F1')
      .reply(200, exampleOf(Flag));

    expect(await adapter.flagging!.getFlag('F1', context)).toMatchObject({ flagId: exampleOf(Flag).flagId });
  });

  it('sends page and filter parameters as the query', async () => {
    const { adapter } = await nockedAdapter();
    nock(REMOTE).get('/v1/flags').query({ limit: '2', cursor: 'c1', status: 'open', severity: 'high' }).reply(200, { items: [], nextCursor: null });
    nock(REMOTE)
      .delete('/v1/sources/hr/records/E1')
      .query({ reason: 'rectification' })
      .reply(200, { sourceId: 'hr', recordId: 'E1', reason: 'rectification', erasedAt: '2026-03-01T08:00:00Z' });
    nock(REMOTE).delete('/v1/link-overrides/O1').reply(204);

    expect(await adapter.flagging!.listFlags({ status: 'open', severity: 'high' }, { limit: 2, cursor: 'c1' }, context)).toEqual({
      items: [],
      nextCursor: null,
    });
    expect(await adapter.sources!.eraseRecord('hr', 'E1', 'rectification', context)).toMatchObject({ recordId: 'E1' });
    await adapter.consolidation!.deleteOverride('O1', context);
  });

  it('asks for no more than the remote’s largest page', async () => {
    const { adapter } = await nockedAdapter({}, { ...remoteMeta, limits: { maxBatchRecords: 5000, maxPageSize: 100 } });
    nock(REMOTE).get('/v1/sources').query({ limit: '100' }).reply(200, { items: [], nextCursor: null });

    expect(await adapter.sources!.listSources({ limit: 500 }, context)).toEqual({ items: [], nextCursor: null });
  });

  it('moves each ingest result, and its error paths, back to the client’s batch position', async () => {
    const { adapter } = await nockedAdapter();
    nock(REMOTE)
      .post('/v1/sources/hr/records', { records: [{ recordId: 'E1' }, { recordId: 'E2' }] })
      .reply(200, {
        sourceId: 'hr',
        counts: { created: 1, updated: 0, unchanged: 0, rejected: 1 },
        results: [
          { index: 0, recordId: 'E1', status: 'created' },
          { index: 1, recordId: 'E2', status: 'rejected', errors: [{ path: '/records/1/occurredAt', message: 'in the future' }] },
        ],
      });

    const sent = [
      { index: 2, record: { recordId: 'E1' } },
      { index: 5, record: { recordId: 'E2' } },
    ] as never[];
    const { results } = await adapter.sources!.ingestRecords('hr', sent, context);

    expect(results).toEqual([
      { index: 2, recordId: 'E1', status: 'created' },
      { index: 5, recordId: 'E2', status: 'rejected', errors: [{ path: '/records/5/occurredAt', message: 'in the future' }] },
    ]);
  });

  it('sends no empty batch when the gateway rejected every record: it checks the source and answers no results', async () => {
    const { adapter } = await nockedAdapter();
    nock(REMOTE).get('/v1/sources/hr').reply(200, exampleOf(Source));
    nock(REMOTE).get('/v1/sources/nowhere').reply(404, problemBody('not-found', 404), problemHeaders);

    expect(await adapter.sources!.ingestRecords('hr', [], context)).toEqual({ results: [] });
    expect(await failureOf(adapter.sources!.ingestRecords('nowhere', [], context))).toMatchObject({ kind: 'not-found' });
    // No POST was made: nock would have answered it with no interceptor, and every interceptor was used.
    expect(nock.isDone()).toBe(true);
  });

  it('refuses ingest results that do not answer for every record once', async () => {
    const { adapter } = await nockedAdapter();
    nock(REMOTE)
      .post('/v1/sources/hr/records')
      .reply(200, {
        sourceId: 'hr',
        counts: { created: 1, updated: 0, unchanged: 0, rejected: 0 },
        results: [{ index: 0, recordId: 'E1', status: 'created' }],
      });

    const sent = [
      { index: 0, record: { recordId: 'E1' } },
      { index: 1, record: { recordId: 'E2' } },
    ] as never[];
    const error = await failureOf(adapter.sources!.ingestRecords('hr', sent, context));

    expect(error).toMatchObject({ kind: 'upstream-failure', status: 502 });
    expect(error.message).toContain('1 results for 2 records');
  });
});

describe('answers', () => {
  it('gives a 502 for a body that is not JSON', async () => {
    const { adapter, waits } = await nockedAdapter();
    nock(REMOTE).get('/v1/sources/hr').reply(200, '{"sourceId": "hr",', { 'content-type': 'application/json' });

    const error = await failureOf(adapter.sources!.getSource('hr', context));

    expect(error).toMatchObject({ kind: 'upstream-failure', status: 502, retryable: false });
    expect(error.message).toContain('not JSON');
    expect(waits).toEqual([]);
  });

  it('gives a 502 naming the field that breaks the contract', async () => {
    const { adapter } = await nockedAdapter();
    nock(REMOTE)
      .get('/v1/sources/hr')
      .reply(200, { ...exampleOf(Source), kind: 'spaceship' });

    const error = await failureOf(adapter.sources!.getSource('hr', context));

    expect(error).toMatchObject({ kind: 'upstream-failure', status: 502 });
    expect(error.message).toContain('/kind');
    expect(error.errors).toEqual([expect.objectContaining({ path: '/kind' })]);
  });

  it('maps a 308 for a merged subject to redirectTo, without following it', async () => {
    const { adapter } = await nockedAdapter();
    nock(REMOTE).get('/v1/subjects/S1').reply(308, { redirectTo: 'S2' }, { location: '/v1/subjects/S2' });
    nock(REMOTE).get('/v1/subjects/S3').reply(308, '', { location: '/v1/subjects/S4' });

    expect(await adapter.consolidation!.getSubject('S1', context)).toEqual({ redirectTo: 'S2' });
    expect(await adapter.consolidation!.getSubject('S3', context)).toEqual({ redirectTo: 'S4' });
  });

  it('reads a subject', async () => {
    const { adapter } = await nockedAdapter();
    nock(REMOTE).get('/v1/subjects/S1').reply(200, exampleOf(Subject));

    expect(await adapter.consolidation!.getSubject('S1', context)).toEqual({ subject: Subject.parse(exampleOf(Subject)) });
  });
});
