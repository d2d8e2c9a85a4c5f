import nock from 'nock';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { PlumblineError } from '../../../src/adapter/errors.js';
import { exampleOf, Run, Source, type ExportLine } from '../../../src/contract/index.js';
import { context, failureOf, nockedAdapter, REMOTE, remoteMeta, useNock } from './nock-remote.js';

useNock();

const lines: ExportLine[] = [
  { kind: 'header', contractVersion: '1.0.0', exportedAt: '2026-03-01T08:00:00Z', adapter: remoteMeta.adapter },
  { kind: 'source', source: Source.parse(exampleOf(Source)) },
  { kind: 'end', counts: { source: 1 } },
];
const ndjson = lines.map((line) => JSON.stringify(line) + '\n').join('');

/** Splits a text into chunks of `size` characters, so lines straddle chunk boundaries. */
const chunked = (text: string, size: number) =>
  Readable.from(Array.from({ length: Math.ceil(text.length / size) }, (_, index) => text.slice(index * size, (index + 1) * size)));

const pause = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

async function collect(iterable: AsyncIterable<ExportLine>, into: ExportLine[] = []): Promise<ExportLine[]> {
  for await (const line of iterable) into.push(line);
  return into;
}

async function* linesOf(items: ExportLine[], failAfter?: number) {
  for (const [index, item] of items.entries()) {
    if (index === failAfter) throw new PlumblineError('validation-failed', `Line ${index + 1} is not a valid export line.`);
    yield item;
  }
}

describe('export', () => {
  it('parses the NDJSON stream line by line, across chunk boundaries', async () => {
    const { adapter } = await nockedAdapter();
    nock(REMOTE)
      .get('/v1/export')
      .reply(200, () => chunked(ndjson, 7), { 'content-type': 'application/x-ndjson' });

    expect(await collect(adapter.portability!.exportAll(context))).toEqual(lines);
  });

  it('fails a stream cut short, after handing on the lines it had', async () => {
    const { adapter } = await nockedAdapter();
    const cut = ndjson.slice(0, ndjson.lastIndexOf('{"kind":"end"') + 5);
    nock(REMOTE)
      .get('/v1/export')
      .reply(200, () => chunked(cut, 50), { 'content-type': 'application/x-ndjson' });

    const received: ExportLine[] = [];
    const error = await failureOf(collect(adapter.portability!.exportAll(context), received));

    expect(received.map((line) => line.kind)).toEqual(['header', 'source']);
    expect(error).toMatchObject({ kind: 'upstream-failure', status: 502 });
    expect(error.message).toContain('line 3 that is not JSON');
  });

  it('fails a stream without its end line', async () => {
    const { adapter } = await nockedAdapter();
    nock(REMOTE)
      .get('/v1/export')
      .reply(200, ndjson.split('\n').slice(0, 2).join('\n') + '\n');

    const error = await failureOf(collect(adapter.portability!.exportAll(context)));

    expect(error.message).toContain('cut short after 2 lines');
  });

  it('names the line and field that break the contract', async () => {
    const { adapter } = await nockedAdapter();
    nock(REMOTE).get('/v1/export').reply(200, ndjson.replace('"kind":"source"', '"kind":"spaceship"'));

    const error = await failureOf(collect(adapter.portability!.exportAll(context)));

    expect(error.errors[0].path).toBe('/lines/2/kind');
  });

  it('times out a stalled stream', async () => {
    const { adapter } = await nockedAdapter({ timeoutMs: 100 });
    const stalled = new Readable({ read() {} });
    stalled.push(ndjson.split('\n')[0] + '\n');
    nock(REMOTE)
      .get('/v1/export')
      .reply(200, () => stalled);

    const error = await failureOf(collect(adapter.portability!.exportAll(context)));

    expect(error).toMatchObject({ kind: 'upstream-timeout' });
    expect(error.message).toContain('after 1 lines');
  });
  it('does not time out a slow consumer: the deadline runs only while waiting for the remote', async () => {
    // The consumer dwells on each line longer than the whole deadline; the remote's gaps are well
    // inside it, with room for a busy machine: only a deadline that counted the consumer would fail.
    const { adapter } = await nockedAdapter({ timeoutMs: 500 });
    async function* everyThirtyMilliseconds() {
      for (const line of lines) {
        await pause(30);
        yield JSON.stringify(line) + '\n';
      }
    }
    nock(REMOTE)
      .get('/v1/export')
      .reply(200, () => Readable.from(everyThirtyMilliseconds()));

    const received: ExportLine[] = [];
    for await (const line of adapter.portability!.exportAll(context)) {
      received.push(line);
      await pause(600);
    }

    expect(received).toEqual(lines);
  });
});

describe('import', () => {
  it('does not time out a slow source of lines', async () => {
    // Each line takes longer than the whole deadline, and the deadline leaves room for a busy
    // machine to answer once the body is sent: only a deadline that counted the source would fail.
    const { adapter } = await nockedAdapter({ timeoutMs: 500 });
    nock(REMOTE)
      .post('/v1/imports')
      .reply(202, { ...exampleOf(Run), kind: 'import' });

    async function* slowly() {
      for (const line of lines) {
        await pause(600);
        yield line;
      }
    }

    expect(await adapter.portability!.startImport(slowly(), context)).toMatchObject({ kind: 'import' });
  });

  it('streams the lines up as an NDJSON body and is not repeated', async () => {
    const { adapter, waits } = await nockedAdapter();
    let received = '';
    nock(REMOTE, { reqheaders: { 'content-type': 'application/x-ndjson' } })
      .post('/v1/imports', (body) => {
        received = typeof body === 'string' ? body : JSON.stringify(body);
        return true;
      })
      .reply(202, { ...exampleOf(Run), kind: 'import', status: 'queued' });

    expect(await adapter.portability!.startImport(linesOf(lines), context)).toMatchObject({ kind: 'import' });
    expect(received).toBe(ndjson);
    expect(waits).toEqual([]);
  });

  it('reports the source’s own error when the lines fail part way', async () => {
    const { adapter } = await nockedAdapter();
    nock(REMOTE).post('/v1/imports').optionally().reply(202, exampleOf(Run));

    const error = await failureOf(adapter.portability!.startImport(linesOf(lines, 2), context));

    expect(error).toMatchObject({ kind: 'validation-failed', message: 'Line 3 is not a valid export line.' });
  });
});
