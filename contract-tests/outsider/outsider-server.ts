/**
 * The outsider: a second implementation of part of the contract, written from the published
 * document alone with plain `node:http` (no Fastify, no zod, nothing from src/ or adapters/), the
 * way an outside bidder would. It offers `sources` and the three record capabilities honestly and
 * declines the rest with 501. The suite must pass it on everything it offers and fail it on
 * nothing else; with a planted defect, exactly the requirement naming the defect must catch it.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { canonicalJson, decodeCursor, OutsiderStore, type HeldRecord } from './outsider-store.js';
import { fieldErrors, findOperation, publishedDocument, validatorFor, type FieldError, type PublishedOperation } from '../published/published-contract.js';

/** Defects an outside server might have; each is planted on purpose by the suite's self-test. */
export interface OutsiderDefects {
  /** Reads timestamps back with their seconds and fraction cut off. */
  readonly truncatesSeconds?: boolean;
  /** Answers 404 for records as plain text instead of a problem. */
  readonly plainTextNotFound?: boolean;
  /** Answers a too-large batch with an HTML page instead of a problem. */
  readonly htmlTooLarge?: boolean;
  /** Answers the declined export with an empty 200 instead of 501. */
  readonly silentExport?: boolean;
  /** Skips the first item of every page after the first when listing sources. */
  readonly cursorSkipsItems?: boolean;
}

export interface OutsiderOptions {
  /** The bearer token it accepts; without one, requests need none. */
  readonly token?: string;
  readonly defects?: OutsiderDefects;
}

const offered = ['sources', 'records.ingest', 'records.read', 'records.erase'];
const MAX_BATCH = 5000;
const MAX_PAGE = 500;
const BODY_LIMIT = 32 * 1024 * 1024;

class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly kind: string,
    detail: string,
    readonly extras: Record<string, unknown> = {},
  ) {
    super(detail);
  }
}

const titles: Record<number, string> = {
  400: 'The request is not valid',
  401: 'Authentication is required',
  404: 'No such resource',
  413: 'The request is too large',
  415: 'Unsupported content type',
  500: 'Internal error',
  501: 'Not offered',
};

function send(response: ServerResponse, status: number, body: unknown, contentType = 'application/json'): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  response.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store' });
  response.end(text);
}

function sendRefusal(response: ServerResponse, refusal: Refusal, defects: OutsiderDefects): void {
  if (refusal.status === 404 && defects.plainTextNotFound && refusal.extras.record) return send(response, 404, 'Not Found', 'text/plain');
  if (refusal.status === 413 && defects.htmlTooLarge)
    return send(response, 413, '<html><body><h1>413 Request Entity Too Large</h1></body></html>', 'text/html');
  const { record: _record, ...extras } = refusal.extras;
  send(
    response,
    refusal.status,
    { type: `urn:plumbline:problem:${refusal.kind}`, title: titles[refusal.status], status: refusal.status, detail: refusal.message, ...extras },
    'application/problem+json',
  );
}

const invalid = (errors: FieldError[]) => new Refusal(400, 'validation-failed', `Invalid: ${errors[0]?.path} ${errors[0]?.message}`, { errors });

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > BODY_LIMIT) throw new Refusal(413, 'payload-too-large', 'The body is too large.');
    chunks.push(chunk);
  }
  if (size === 0) return undefined;
  if (!(request.headers['content-type'] ?? '').startsWith('application/json')) throw new Refusal(415, 'unsupported-media-type', 'Send JSON.');
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw invalid([{ path: '/body', message: 'not JSON' }]);
  }
}

/** Path and query parameters, checked and coerced as the document declares them. */
function parameters(operation: PublishedOperation, pathParameters: Record<string, string>, query: URLSearchParams): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  const errors: FieldError[] = [];
  for (const parameter of operation.parameters ?? []) {
    if (parameter.in === 'header') continue;
    let value: unknown = parameter.in === 'path' ? decodeURIComponent(pathParameters[parameter.name]) : (query.get(parameter.name) ?? undefined);
    if (value === undefined) {
      if (parameter.required) errors.push({ path: `/${parameter.in}/${parameter.name}`, message: 'required' });
      else if (parameter.schema.default !== undefined) values[parameter.name] = parameter.schema.default;
      continue;
    }
    if (parameter.schema.type === 'integer' && /^-?\d+$/.test(String(value))) value = Number(value);
    const validate = validatorFor(parameter.schema);
    if (!validate(value)) errors.push(...fieldErrors(validate.errors, `/${parameter.in}/${parameter.name}`));
    values[parameter.name] = value;
  }
  if (errors.length > 0) throw invalid(errors);
  return values;
}

const truncate = (timestamp: string) => timestamp.replace(/:\d\d(\.\d+)?(?=Z|[+-]\d\d:\d\d$)/, ':00');

export function createOutsider(options: OutsiderOptions = {}) {
  const defects = options.defects ?? {};
  const store = new OutsiderStore();
  const now = () => new Date().toISOString();

  function recordsOf(sourceId: string): Map<string, HeldRecord> {
    if (!store.sources.has(sourceId)) throw new Refusal(404, 'not-found', `No source "${sourceId}".`);
    return store.records.get(sourceId)!;
  }

  const handlers: Record<string, (values: Record<string, unknown>, body: unknown) => [number, unknown]> = {
    getMeta: () => [
      200,
      {
        contractVersion: publishedDocument.info.version,
        adapter: { id: 'outsider', name: 'Outsider (node:http)', version: '1.0.0', vendor: 'Conformance suite' },
        capabilities: offered,
        limits: { maxBatchRecords: MAX_BATCH, maxPageSize: MAX_PAGE },
      },
    ],
    getRun: ({ runId }) => {
      throw new Refusal(404, 'not-found', `No run "${runId}": this server starts none.`);
    },
    putSource: ({ sourceId }, body) => {
      const id = String(sourceId);
      const before = store.sources.get(id);
      const source = { ...(body as object), sourceId: id, createdAt: before?.createdAt ?? now(), updatedAt: now() };
      store.sources.set(id, source);
      if (!before) store.records.set(id, new Map());
      return [before ? 200 : 201, source];
    },
    getSource: ({ sourceId }) => {
      const source = store.sources.get(String(sourceId));
      if (!source) throw new Refusal(404, 'not-found', `No source "${sourceId}".`);
      return [200, source];
    },
    listSources: ({ cursor, limit }) => {
      const after = cursor === undefined ? undefined : decodeCursor(String(cursor));
      if (cursor !== undefined && after === undefined) throw invalid([{ path: '/query/cursor', message: 'not a cursor this server issued' }]);
      return [200, store.pageOfSources(after, Number(limit), defects.cursorSkipsItems && after !== undefined)];
    },
    ingestRecords: ({ sourceId }, body) => {
      const items = (body as { records: unknown[] }).records;
      const held = recordsOf(String(sourceId));
      const validate = validatorFor({ $ref: '#/components/schemas/RecordInput' });
      const results = items.map((item, index) => {
        const recordId = (item as { recordId?: unknown } | null)?.recordId;
        if (!validate(item))
          return {
            index,
            recordId: typeof recordId === 'string' ? recordId : null,
            status: 'rejected',
            errors: fieldErrors(validate.errors, `/records/${index}`),
          };
        const record = item as Record<string, unknown>;
        const canonical = canonicalJson(record);
        const before = held.get(String(recordId));
        const status = !before ? 'created' : before.canonical === canonical ? 'unchanged' : 'updated';
        if (status !== 'unchanged') held.set(String(recordId), { record, canonical, ingestedAt: now() });
        return { index, recordId, status };
      });
      const counts = { created: 0, updated: 0, unchanged: 0, rejected: 0 };
      for (const result of results) counts[result.status as keyof typeof counts] += 1;
      return [200, { sourceId, counts, results }];
    },
    getRecord: ({ sourceId, recordId }) => {
      const held = recordsOf(String(sourceId)).get(String(recordId));
      if (!held) throw new Refusal(404, 'not-found', `No record "${recordId}".`, { record: true });
      const record = defects.truncatesSeconds ? { ...held.record, occurredAt: truncate(String(held.record.occurredAt)) } : held.record;
      return [200, { sourceId, ingestedAt: held.ingestedAt, subjectId: null, record }];
    },
    eraseRecord: ({ sourceId, recordId, reason }) => {
      const records = recordsOf(String(sourceId));
      if (!records.delete(String(recordId))) throw new Refusal(404, 'not-found', `No record "${recordId}".`, { record: true });
      return [200, { sourceId, recordId, reason, erasedAt: now() }];
    },
  };

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://outsider');
    if (url.pathname === '/healthz' || url.pathname === '/readyz') return send(response, 200, { status: 'ok' });
    if (url.pathname === '/openapi.json') return send(response, 200, publishedDocument);
    const found = findOperation(request.method ?? 'GET', url.pathname);
    if (!found) throw new Refusal(404, 'not-found', `No route ${request.method} ${url.pathname}.`);
    if (options.token && request.headers.authorization !== `Bearer ${options.token}`) {
      response.setHeader('www-authenticate', 'Bearer');
      throw new Refusal(401, 'unauthenticated', 'Send a bearer token.');
    }
    const { operation, pathParameters } = found;
    const capability = operation['x-plumbline-capability'];
    if (capability && !offered.includes(capability)) {
      if (defects.silentExport && operation.operationId === 'exportAll') return send(response, 200, '', 'application/x-ndjson');
      throw new Refusal(501, 'capability-unsupported', `This server does not offer "${capability}".`, { capability });
    }
    const handler = handlers[operation.operationId];
    if (!handler) throw new Refusal(501, 'capability-unsupported', `${operation.operationId} is not implemented.`);
    const values = parameters(operation, pathParameters, url.searchParams);
    const body = await readBody(request);
    if (
      operation.operationId === 'ingestRecords' &&
      Array.isArray((body as { records?: unknown })?.records) &&
      (body as { records: unknown[] }).records.length > MAX_BATCH
    ) {
      throw new Refusal(413, 'payload-too-large', `At most ${MAX_BATCH} records a batch.`);
    }
    const schema = operation.requestBody?.content['application/json']?.schema;
    if (schema) {
      const validate = validatorFor(schema);
      if (!validate(body)) throw invalid(fieldErrors(validate.errors, '/body'));
    }
    const [status, answer] = handler(values, body);
    send(response, status, answer);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      const refusal =
        error instanceof Refusal
          ? error
          : error instanceof URIError
            ? invalid([{ path: '/path', message: 'not valid %-encoding' }])
            : new Refusal(500, 'internal', 'The server failed.');
      sendRefusal(response, refusal, defects);
    });
  });

  return {
    async listen(): Promise<string> {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
