/**
 * The whole chain on loopback: a client calls a first gateway, whose http adapter calls a second
 * gateway serving the reference engine.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../../src/adapter/context.js';
import { waitForRun as waitForAdapterRun } from '../../../src/adapter/wait-for-run.js';
import type { ExportLine } from '../../../src/contract/index.js';
import { buildGateway } from '../../../src/gateway/app.js';
import { accessRecords, complaintRecords, hrRecords, sources } from '../../reference/test/engine-fixture.js';
import { startRemoteGateway, type RemoteGateway } from './remote-gateway.js';

let remote: RemoteGateway;
let gateway: FastifyInstance;
const headers = { 'plumbline-justification': 'PSD-2026-0042' };
const context = { ...systemContext('tester'), justification: 'PSD-2026-0042' };

const call = async (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => gateway.inject({ method, url, headers, payload });

async function waitForRun(runId: string) {
  for (;;) {
    const run = (await call('GET', `/v1/runs/${runId}`)).json();
    if (run.status === 'succeeded' || run.status === 'failed') return run;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

beforeAll(async () => {
  remote = await startRemoteGateway();
  gateway = await buildGateway({ adapter: await remote.connect() });
});

afterAll(async () => {
  await gateway?.close();
  await remote?.close();
});

describe('a gateway in front of a gateway', () => {
  it('says it is the http adapter, with the remote’s capabilities', async () => {
    const meta = (await call('GET', '/v1/meta')).json();

    expect(meta.adapter).toMatchObject({ id: 'http', vendor: 'Plumbline' });
    expect(meta.adapter.name).toContain('Plumbline reference engine');
    expect(meta.capabilities).toContain('portability.import');
    expect(meta.capabilities).toContain('consolidation.candidates');
  });

  it('ingests, consolidates, and reads subjects and flags through the chain', async () => {
    for (const [sourceId, registration] of Object.entries(sources)) {
      expect((await call('PUT', `/v1/sources/${sourceId}`, registration)).statusCode).toBe(201);
    }
    const batches = { hr: hrRecords, complaints: complaintRecords, audit: accessRecords };
    for (const [sourceId, records] of Object.entries(batches)) {
      const ingest = await call('POST', `/v1/sources/${sourceId}/records`, { records });
      expect(ingest.statusCode).toBe(200);
      expect(ingest.json().counts.created).toBe(records.length);
    }
    const again = await call('POST', '/v1/sources/hr/records', { records: hrRecords });
    expect(again.json().counts.unchanged).toBe(hrRecords.length);

    const consolidation = await call('POST', '/v1/consolidation-runs', { mode: 'incremental' });
    expect(consolidation.statusCode).toBe(202);
    expect((await waitForRun(consolidation.json().runId)).status).toBe('succeeded');

    const found = (await call('GET', '/v1/subjects?identifier=214871')).json();
    expect(found.items).toHaveLength(1);
    const subjectId = found.items[0].subjectId;
    const subject = await call('GET', `/v1/subjects/${subjectId}`);
    expect(subject.statusCode).toBe(200);
    expect(subject.json().records.map((record: { recordId: string }) => record.recordId)).toEqual(expect.arrayContaining(['EMP-1', 'CMP-1', 'AUD-1']));
    expect((await call('GET', `/v1/subjects/${subjectId}/links`)).json().items.length).toBeGreaterThan(0);

    const flagging = await call('POST', '/v1/flagging-runs', { asOf: '2026-03-31' });
    expect((await waitForRun(flagging.json().runId)).status).toBe('succeeded');
    const flags = (await call('GET', `/v1/flags?subjectId=${subjectId}`)).json();
    expect(flags.items.length).toBeGreaterThan(0);
    const flag = await call('GET', `/v1/flags/${flags.items[0].flagId}`);
    expect(flag.json().subjectIds).toContain(subjectId);

    // The possible-match queue comes through as the remote answers it, page by page.
    const direct = await fetch(`${remote.baseUrl}/v1/link-candidates?limit=500`, { headers: { ...headers, authorization: `Bearer ${remote.token}` } });
    expect(direct.status).toBe(200);
    const queue = await call('GET', '/v1/link-candidates?limit=500');
    expect(queue.statusCode).toBe(200);
    expect(queue.json().items).toEqual(((await direct.json()) as { items: unknown[] }).items);
  });

  it('passes the remote’s problems through', async () => {
    const missing = await call('GET', '/v1/subjects/no-such-subject');

    expect(missing.statusCode).toBe(404);
    expect(missing.json().type).toBe('urn:plumbline:problem:not-found');
  });

  it('streams the export through, and an import up to another remote', async () => {
    const exported = await gateway.inject({ method: 'GET', url: '/v1/export', headers });
    const lines: ExportLine[] = exported.body
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines[0]).toMatchObject({ kind: 'header', adapter: { id: 'reference' } });
    expect(lines.at(-1)).toMatchObject({ kind: 'end', counts: { source: 3, record: 8 } });

    const empty = await startRemoteGateway();
    const adapter = await empty.connect();
    try {
      const run = await adapter.portability!.startImport(
        (async function* () {
          yield* lines;
        })(),
        context,
      );
      expect((await waitForAdapterRun(adapter, run.runId, context)).status).toBe('succeeded');
      const reexported: ExportLine[] = [];
      for await (const line of adapter.portability!.exportAll(context)) reexported.push(line);
      expect(reexported.at(-1)).toEqual(lines.at(-1));
    } finally {
      await adapter.close();
      await empty.close();
    }
  });
});
