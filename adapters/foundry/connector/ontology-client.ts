/**
 * The platform's Ontology v2 REST API as the connector uses it: objects (get, list, search),
 * links, actions (`apply`, `applyBatch`) and attachments. Every answer is validated against the
 * published object schemas before use; paths follow the public Foundry API shape.
 */
import { z } from 'zod';
import { PlumblineError } from '../../../src/adapter/errors.js';
import { failMalformed, type ClientFaults, type SupplierPage, type UpstreamClient } from '../../../src/connectors/index.js';
import { FOUNDRY_ADAPTER_ID } from './mapping/known.js';
import type { ActionTypeName, ObjectTypeName } from '../ontology/schema.js';
import { actionRefusal, type PathRenamer } from './action-refusal.js';

/** One change an action reports. */
export interface ObjectEdit {
  readonly type: 'addObject' | 'modifyObject' | 'deleteObject' | string;
  readonly objectType: string;
  readonly primaryKey: string;
}

/** A search condition in the platform's query language. */
export type WhereClause = { type: 'eq' | 'startsWith' | 'contains'; field: string; value: string } | { type: 'and'; value: WhereClause[] };

const EditsAnswer = z.object({
  edits: z.object({ edits: z.array(z.object({ type: z.string(), objectType: z.string(), primaryKey: z.string() })) }).optional(),
});
const AttachmentAnswer = z.object({ rid: z.string().min(1) });

const pageOf = <Item extends z.ZodType>(item: Item) => z.object({ data: z.array(item), nextPageToken: z.string().optional() });

/** How an action call maps the platform's refusals. */
export interface ActionOptions {
  /** The contract's not-found message when an object the action names does not exist. */
  readonly notFound?: string;
  /** Parameter paths back to contract paths, for validation errors. */
  readonly renamePath?: PathRenamer;
  readonly signal?: AbortSignal;
}

/** A client of one ontology, over an `UpstreamClient` that holds the credentials. */
export class OntologyClient {
  constructor(
    private readonly client: UpstreamClient,
    private readonly ontology: string,
  ) {}

  private get base(): string {
    return `/api/v2/ontologies/${encodeURIComponent(this.ontology)}`;
  }

  /** Reads one object; a 404 becomes `not-found` with `notFound` as message when given, else a 502. */
  async getObject<Item extends z.ZodType>(objectType: ObjectTypeName, primaryKey: string, schema: Item, notFound?: string, signal?: AbortSignal): Promise<z.output<Item>> {
    const clientFaults: ClientFaults = notFound ? { 404: notFound } : {};
    const answer = await this.client.request({
      method: 'GET',
      path: `${this.base}/objects/${objectType}/${encodeURIComponent(primaryKey)}`,
      operation: `reading ${objectType} objects`,
      schema: schema as z.ZodType<z.output<Item>>,
      clientFaults,
      signal,
    });
    return answer.body;
  }

  /** Reads one object, or `undefined` when the platform has none with that key. */
  async findObject<Item extends z.ZodType>(objectType: ObjectTypeName, primaryKey: string, schema: Item, signal?: AbortSignal): Promise<z.output<Item> | undefined> {
    try {
      return await this.getObject(objectType, primaryKey, schema, `No ${objectType} "${primaryKey}".`, signal);
    } catch (error) {
      if (error instanceof PlumblineError && error.kind === 'not-found') return undefined;
      throw error;
    }
  }

  /** One page of a type's objects. */
  async listObjects<Item extends z.ZodType>(objectType: ObjectTypeName, schema: Item, pageToken: string | undefined, pageSize: number, signal?: AbortSignal): Promise<SupplierPage<z.output<Item>>> {
    const answer = await this.client.request({
      method: 'GET',
      path: `${this.base}/objects/${objectType}`,
      query: { pageSize, pageToken },
      operation: `listing ${objectType} objects`,
      schema: pageOf(schema),
      clientFaults: { 400: 'The cursor is no longer valid; start again without a cursor.' },
      signal,
    });
    return { items: answer.body.data, nextPageToken: answer.body.nextPageToken };
  }

  /** One page of a search. Searching changes nothing, so it is safe to repeat. */
  async searchObjects<Item extends z.ZodType>(objectType: ObjectTypeName, where: WhereClause, schema: Item, pageToken: string | undefined, pageSize: number, signal?: AbortSignal): Promise<SupplierPage<z.output<Item>>> {
    const answer = await this.client.request({
      method: 'POST',
      path: `${this.base}/objects/${objectType}/search`,
      json: { where, pageSize, pageToken },
      idempotent: true,
      operation: `searching ${objectType} objects`,
      schema: pageOf(schema),
      signal,
    });
    return { items: answer.body.data, nextPageToken: answer.body.nextPageToken };
  }

  /** One page of the objects linked to an object; a 404 for the object becomes `not-found` with `notFound`. */
  async listLinkedObjects<Item extends z.ZodType>(
    objectType: ObjectTypeName,
    primaryKey: string,
    linkType: string,
    schema: Item,
    page: { pageToken: string | undefined; pageSize: number; notFound: string; signal?: AbortSignal },
  ): Promise<SupplierPage<z.output<Item>>> {
    const answer = await this.client.request({
      method: 'GET',
      path: `${this.base}/objects/${objectType}/${encodeURIComponent(primaryKey)}/links/${linkType}`,
      query: { pageSize: page.pageSize, pageToken: page.pageToken },
      operation: `listing ${objectType} ${linkType} links`,
      schema: pageOf(schema),
      clientFaults: { 404: page.notFound },
      signal: page.signal,
    });
    return { items: answer.body.data, nextPageToken: answer.body.nextPageToken };
  }

  /** Applies one action and returns its edits. Never repeated after an unknown outcome: see `writeOnce`. */
  async applyAction(action: ActionTypeName, parameters: Record<string, unknown>, options: ActionOptions = {}): Promise<ObjectEdit[]> {
    return this.act(`${this.base}/actions/${action}/apply`, action, { parameters, options: { mode: 'VALIDATE_AND_EXECUTE', returnEdits: 'ALL' } }, options);
  }

  /** Applies several requests of one action together (all or none) and returns their edits. */
  async applyActionBatch(action: ActionTypeName, parameterSets: Record<string, unknown>[], options: ActionOptions = {}): Promise<ObjectEdit[]> {
    const body = { requests: parameterSets.map((parameters) => ({ parameters })), options: { returnEdits: 'ALL' } };
    return this.act(`${this.base}/actions/${action}/applyBatch`, action, body, options);
  }

  private async act(path: string, action: ActionTypeName, body: object, options: ActionOptions): Promise<ObjectEdit[]> {
    const adapter = this.client.adapter;
    const answer = await this.client.request({
      method: 'POST',
      path,
      json: body,
      operation: `applying ${action}`,
      schema: EditsAnswer,
      clientFaults: {
        400: (refusal) => actionRefusal(adapter, action, refusal, options.renamePath),
        ...(options.notFound ? { 404: options.notFound } : {}),
      },
      signal: options.signal,
    });
    return answer.body.edits?.edits ?? [];
  }

  /** Uploads an attachment (content never read back) and returns its rid. */
  async uploadAttachment(content: string, filename: string, signal?: AbortSignal): Promise<string> {
    const answer = await this.client.request({
      method: 'POST',
      path: '/api/v2/ontologies/attachments/upload',
      query: { filename },
      raw: { content, contentType: 'application/octet-stream' },
      operation: 'uploading an attachment',
      schema: AttachmentAnswer,
      signal,
    });
    return answer.body.rid;
  }

  /** Reads the ontology's description: the cheapest call that proves the platform answers and accepts the connector. */
  async checkOntology(signal?: AbortSignal): Promise<void> {
    await this.client.request({ method: 'GET', path: this.base, operation: 'reading the ontology', schema: z.object({ apiName: z.string() }), signal });
  }
}

/** The primary key of the object of `objectType` an action added; its absence is the platform's fault (502). */
export function addedKey(edits: readonly ObjectEdit[], objectType: ObjectTypeName): string {
  const key = edits.find((edit) => edit.type === 'addObject' && edit.objectType === objectType)?.primaryKey;
  if (key === undefined) failMalformed({ adapter: FOUNDRY_ADAPTER_ID, operation: 'reading action edits' }, `the platform reported no added ${objectType}`);
  return key;
}
