/**
 * The platform's Ontology v2 REST API as the connector uses it: objects (get, list, search),
 * links, actions (`apply`, `applyBatch`) and attachments. Bodies follow Palantir's published
 * types (`wire.ts`); every answer is validated against them and the published object schemas
 * before use. Error answers are mapped by their `errorName` (`action-refusal.ts`).
 */
import { z } from 'zod';
import { PlumblineError } from '../../../src/adapter/errors.js';
import { ConnectorCallError, failMalformed, type ClientFaults, type SupplierPage, type UpstreamClient } from '../../../src/connectors/index.js';
import { FOUNDRY_ADAPTER_ID } from './mapping/known.js';
import type { ActionTypeName, ObjectTypeName } from '../model/schema.js';
import { actionErrorFrom, notFoundFrom, refusalFromValidation, ValidationDetailsNeeded, type RefusalOptions } from './action-refusal.js';
import {
  ApplyAnswer,
  ApplyBatchAnswer,
  AttachmentAnswer,
  FullMetadataAnswer,
  pageOf,
  type ApplyActionRequestV2,
  type BatchApplyActionRequestV2,
  type ObjectEdit,
  type SearchJsonQueryV2,
  type SearchRequest,
} from './wire.js';

export type { ObjectEdit };

/** A search condition in the platform's query language. */
export type WhereClause = SearchJsonQueryV2;

/**
 * What an action changed: its edits, or `undefined` when the platform did not itemise them
 * (`largeScaleEdits`), in which case callers find what the action made by the keys they sent.
 */
export type ActionEdits = ObjectEdit[] | undefined;

/** How an action call maps the platform's refusals. */
export interface ActionOptions extends RefusalOptions {
  /** The contract's not-found message when an object the action names does not exist. */
  readonly notFound?: string;
  readonly signal?: AbortSignal;
}

/** Deadlines of the calls that take long on the platform. */
export interface OntologyClientOptions {
  /** Deadline of one action attempt in ms: an action may run a Function, which takes far longer than a read. */
  readonly actionTimeoutMs?: number;
}

/** The default deadline of an action attempt: a Function-backed action may run for a minute and more. */
export const DEFAULT_ACTION_TIMEOUT_MS = 120_000;

/** A client of one ontology, over an `UpstreamClient` that holds the credentials. */
export class OntologyClient {
  constructor(
    private readonly client: UpstreamClient,
    private readonly ontology: string,
    private readonly options: OntologyClientOptions = {},
  ) {}

  private get base(): string {
    return `/api/v2/ontologies/${encodeURIComponent(this.ontology)}`;
  }

  private get adapter(): string {
    return this.client.adapter;
  }

  /** 404s mapped by error name: `notFound` only for a missing object, a 502 for a missing type. */
  private notFoundFaults(operation: string, notFound: string | undefined): ClientFaults {
    return { 404: (body) => notFoundFrom(this.adapter, operation, body, notFound) };
  }

  /** Reads one object; a missing object becomes `not-found` with `notFound` as message when given, else a 502. */
  async getObject<Item extends z.ZodType>(
    objectType: ObjectTypeName,
    primaryKey: string,
    schema: Item,
    notFound?: string,
    signal?: AbortSignal,
  ): Promise<z.output<Item>> {
    const operation = `reading ${objectType} objects`;
    const answer = await this.client.request({
      method: 'GET',
      path: `${this.base}/objects/${objectType}/${encodeURIComponent(primaryKey)}`,
      operation,
      schema: schema as z.ZodType<z.output<Item>>,
      clientFaults: this.notFoundFaults(operation, notFound),
      signal,
    });
    return answer.body;
  }

  /** Reads one object, or `undefined` when the platform has none with that key. */
  async findObject<Item extends z.ZodType>(
    objectType: ObjectTypeName,
    primaryKey: string,
    schema: Item,
    signal?: AbortSignal,
  ): Promise<z.output<Item> | undefined> {
    try {
      return await this.getObject(objectType, primaryKey, schema, `No ${objectType} "${primaryKey}".`, signal);
    } catch (error) {
      if (error instanceof PlumblineError && error.kind === 'not-found') return undefined;
      throw error;
    }
  }

  /**
   * One page of a type's objects. `snapshot` asks for a consistent view from the first page on
   * (the export wants it; a client's listing wants the latest objects).
   */
  async listObjects<Item extends z.ZodType>(
    objectType: ObjectTypeName,
    schema: Item,
    pageToken: string | undefined,
    pageSize: number,
    signal?: AbortSignal,
    snapshot?: boolean,
  ): Promise<SupplierPage<z.output<Item>>> {
    const operation = `listing ${objectType} objects`;
    const answer = await this.client.request({
      method: 'GET',
      path: `${this.base}/objects/${objectType}`,
      query: { pageSize, pageToken, snapshot },
      operation,
      schema: pageOf(schema),
      clientFaults: { ...this.notFoundFaults(operation, undefined), 400: (body) => listingRefusal(this.adapter, operation, body, pageToken) },
      signal,
    });
    return { items: answer.body.data, nextPageToken: answer.body.nextPageToken };
  }

  /** One page of a search. Searching changes nothing, so it is safe to repeat. */
  async searchObjects<Item extends z.ZodType>(
    objectType: ObjectTypeName,
    where: WhereClause,
    schema: Item,
    pageToken: string | undefined,
    pageSize: number,
    signal?: AbortSignal,
  ): Promise<SupplierPage<z.output<Item>>> {
    const operation = `searching ${objectType} objects`;
    const body: SearchRequest = { where, pageSize, pageToken };
    const answer = await this.client.request({
      method: 'POST',
      path: `${this.base}/objects/${objectType}/search`,
      json: body,
      idempotent: true,
      operation,
      schema: pageOf(schema),
      clientFaults: { ...this.notFoundFaults(operation, undefined), 400: (answerBody) => listingRefusal(this.adapter, operation, answerBody, pageToken) },
      signal,
    });
    return { items: answer.body.data, nextPageToken: answer.body.nextPageToken };
  }

  /** One page of the objects linked to an object; a missing object becomes `not-found` with `notFound`. */
  async listLinkedObjects<Item extends z.ZodType>(
    objectType: ObjectTypeName,
    primaryKey: string,
    linkType: string,
    schema: Item,
    page: { pageToken: string | undefined; pageSize: number; notFound: string; signal?: AbortSignal },
  ): Promise<SupplierPage<z.output<Item>>> {
    const operation = `listing ${objectType} ${linkType} links`;
    const answer = await this.client.request({
      method: 'GET',
      path: `${this.base}/objects/${objectType}/${encodeURIComponent(primaryKey)}/links/${linkType}`,
      query: { pageSize: page.pageSize, pageToken: page.pageToken },
      operation,
      schema: pageOf(schema),
      clientFaults: this.notFoundFaults(operation, page.notFound),
      signal: page.signal,
    });
    return { items: answer.body.data, nextPageToken: answer.body.nextPageToken };
  }

  /** Applies one action and returns its edits. Never repeated after an unknown outcome: see `writeOnce`. */
  async applyAction(action: ActionTypeName, parameters: Record<string, unknown>, options: ActionOptions = {}): Promise<ActionEdits> {
    const body: ApplyActionRequestV2 = { parameters, options: { mode: 'VALIDATE_AND_EXECUTE', returnEdits: 'ALL' } };
    const answer = await this.act(`${this.base}/actions/${action}/apply`, action, body, ApplyAnswer, [parameters], options);
    // Some stacks answer a refusal with 200 and the validation in the body: nothing was applied.
    if (answer.validation?.result === 'INVALID') throw refusalFromValidation(this.adapter, action, answer.validation, options.renamePath);
    return editsOf(answer.edits);
  }

  /**
   * Applies several requests of one action together and returns their edits. The platform applies
   * a batch all or nothing: one refused request refuses the whole batch, and nothing of it is applied.
   */
  async applyActionBatch(action: ActionTypeName, parameterSets: Record<string, unknown>[], options: ActionOptions = {}): Promise<ActionEdits> {
    const body: BatchApplyActionRequestV2 = { requests: parameterSets.map((parameters) => ({ parameters })), options: { returnEdits: 'ALL' } };
    return editsOf((await this.act(`${this.base}/actions/${action}/applyBatch`, action, body, ApplyBatchAnswer, parameterSets, options)).edits);
  }

  private async act<Answer extends z.ZodType>(
    path: string,
    action: ActionTypeName,
    body: object,
    schema: Answer,
    parameterSets: Record<string, unknown>[],
    options: ActionOptions,
  ): Promise<z.output<Answer>> {
    const operation = `applying ${action}`;
    try {
      const answer = await this.client.request({
        method: 'POST',
        path,
        json: body,
        operation,
        schema: schema as z.ZodType<z.output<Answer>>,
        timeoutMs: this.options.actionTimeoutMs ?? DEFAULT_ACTION_TIMEOUT_MS,
        clientFaults: { 400: (refusal) => actionErrorFrom(this.adapter, action, refusal, options), ...this.notFoundFaults(operation, options.notFound) },
        signal: options.signal,
      });
      return answer.body;
    } catch (error) {
      if (error instanceof ValidationDetailsNeeded) throw await this.explainRefusal(action, parameterSets, options);
      throw error;
    }
  }

  /**
   * Why the platform refused: each request asked again in `VALIDATE_ONLY` mode (which changes
   * nothing) until one is judged invalid. A batch has no validate mode, so its requests are asked one by one.
   */
  private async explainRefusal(action: ActionTypeName, parameterSets: Record<string, unknown>[], options: ActionOptions): Promise<PlumblineError> {
    let last: PlumblineError | undefined;
    for (const parameters of parameterSets) {
      const body: ApplyActionRequestV2 = { parameters, options: { mode: 'VALIDATE_ONLY' } };
      const answer = await this.client
        .request({
          method: 'POST',
          path: `${this.base}/actions/${action}/apply`,
          json: body,
          // Validation applies nothing, so repeating it after a lost answer is harmless.
          idempotent: true,
          operation: `asking why ${action} was refused`,
          schema: ApplyAnswer,
          timeoutMs: this.options.actionTimeoutMs ?? DEFAULT_ACTION_TIMEOUT_MS,
          clientFaults: {
            400: (refusal) => actionErrorFrom(this.adapter, action, refusal, options),
            ...this.notFoundFaults(`validating ${action}`, options.notFound),
          },
          signal: options.signal,
        })
        .catch((error: unknown) => {
          // Refused again instead of explained: the platform did not say why, which is its fault, not the client's.
          if (error instanceof ValidationDetailsNeeded) {
            throw new ConnectorCallError('upstream-failure', `${this.adapter}: applying ${action} failed: the platform refused it without saying why.`, {
              adapter: this.adapter,
              delivery: 'answered',
              upstreamStatus: 400,
            });
          }
          throw error;
        });
      const validation = answer.body.validation ?? { result: 'VALID' as const, submissionCriteria: [], parameters: {} };
      last = refusalFromValidation(this.adapter, action, validation, options.renamePath);
      if (validation.result === 'INVALID') return last;
    }
    return last ?? refusalFromValidation(this.adapter, action, { result: 'VALID', submissionCriteria: [], parameters: {} });
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

  /** The ontology's full metadata: its object types with their link types, and its action types. */
  async readFullMetadata(signal?: AbortSignal): Promise<z.output<typeof FullMetadataAnswer>> {
    const operation = 'reading the ontology';
    const answer = await this.client.request({
      method: 'GET',
      path: `${this.base}/fullMetadata`,
      operation,
      schema: FullMetadataAnswer,
      clientFaults: this.notFoundFaults(operation, undefined),
      signal,
    });
    return answer.body;
  }
}

function editsOf(results: z.output<typeof ApplyAnswer>['edits']): ActionEdits {
  if (results === undefined || results.type === 'largeScaleEdits') return undefined;
  return results.edits;
}

/**
 * A 400 to a listing: Object Storage V1's 10,000-object cap (`ObjectsExceededLimit`) is a platform
 * the connector cannot work with (it needs V2); another refusal of a later page is a page token the
 * platform no longer honours; a refusal of a first page is a query the connector built wrongly.
 */
function listingRefusal(adapter: string, operation: string, body: unknown, pageToken: string | undefined): PlumblineError {
  const errorName = typeof body === 'object' && body !== null ? (body as { errorName?: unknown }).errorName : undefined;
  if (errorName === 'ObjectsExceededLimit') {
    return new ConnectorCallError(
      'upstream-failure',
      `${adapter}: ${operation} failed: the platform lists at most 10,000 objects of this type (Object Storage V1); the connector needs the object types in Object Storage V2.`,
      { adapter, delivery: 'answered', upstreamStatus: 400 },
    );
  }
  if (pageToken === undefined) {
    const named = typeof errorName === 'string' ? ` (${errorName})` : '';
    return new ConnectorCallError('upstream-failure', `${adapter}: ${operation} failed: the platform refused the query the connector built${named}.`, {
      adapter,
      delivery: 'answered',
      upstreamStatus: 400,
    });
  }
  return new PlumblineError('validation-failed', 'The cursor is no longer valid; start again without a cursor.', {
    adapter,
    errors: [{ path: '/cursor', message: 'no longer valid' }],
  });
}

/** The primary key of the object of `objectType` an action added, or `undefined` when its edits were not itemised. */
export function addedKey(edits: ActionEdits, objectType: ObjectTypeName): string | undefined {
  if (edits === undefined) return undefined;
  const edit = edits.find((candidate) => candidate.type === 'addObject' && candidate.objectType === objectType);
  if (edit === undefined || !('primaryKey' in edit))
    failMalformed({ adapter: FOUNDRY_ADAPTER_ID, operation: 'reading action edits' }, `the platform reported no added ${objectType}`);
  return edit.primaryKey;
}
