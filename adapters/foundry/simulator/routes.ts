/**
 * The platform's REST surface, after the public shape of the Foundry Ontology v2 API: objects
 * (get, list, search), links, actions (`apply`, `applyBatch`) and attachments.
 */
import type { ActionResults, BatchApplyActionResponseV2, ObjectEdit, SyncApplyActionResponseV2, ValidateActionResponseV2 } from '@osdk/foundry.ontologies';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ReferenceAdapter } from '../../reference/index.js';
import { actionTypes, hasLinkType, type ActionTypeName } from '../model/schema.js';
import { applyActions, attachmentRid } from './actions.js';
import type { SimulatorLedger } from './ledger.js';
import { linkDirectory } from './object-links.js';
import { fullMetadata } from './metadata.js';
import { objectDirectory } from './object-directory.js';
import { servedPageSize, type PagingOptions } from './paging.js';
import { SearchRequest, conditionsOf } from './search-query.js';
import { SupplierError, supplierErrorFrom, supplierErrors } from './supplier-errors.js';

/** What the routes work on. */
export interface RouteOptions {
  readonly engine: ReferenceAdapter;
  readonly ledger: SimulatorLedger;
  readonly ontology: string;
  readonly paging: PagingOptions;
  /** Edits itemised in an action's answer; above this many, only the edited object types (`largeScaleEdits`). */
  readonly itemiseEditsUpTo: number;
  /** Answer a refused `apply` with 200 and the validation in the body, as some stacks do, instead of 400 `ActionValidationFailed`. */
  readonly refusalsInBody: boolean;
}

const valid: ValidateActionResponseV2 = { result: 'VALID', submissionCriteria: [], parameters: {} };

const PageParameters = z.object({ pageSize: z.coerce.number().int().positive().optional(), pageToken: z.string().optional() });
const ApplyBody = z.object({
  parameters: z.record(z.string(), z.unknown()),
  options: z.object({ mode: z.enum(['VALIDATE_ONLY', 'VALIDATE_AND_EXECUTE']).optional(), returnEdits: z.enum(['ALL', 'NONE']).optional() }).optional(),
});
const ApplyBatchBody = z.object({
  requests: z
    .array(z.object({ parameters: z.record(z.string(), z.unknown()) }))
    .min(1)
    .max(20),
  options: z.object({ returnEdits: z.enum(['ALL', 'NONE']).optional() }).optional(),
});

function parseBody<Schema extends z.ZodType>(schema: Schema, body: unknown): z.output<Schema> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new SupplierError(400, 'INVALID_ARGUMENT', 'InvalidRequestBody', { problems: parsed.error.issues.map((issue) => issue.message) });
  return parsed.data;
}

/** An action's edits as the platform reports them: itemised up to a limit, past it only the object types edited. */
function editsBody(edits: ObjectEdit[], itemiseUpTo: number): ActionResults {
  if (edits.length > itemiseUpTo) {
    const editedObjectTypes = [
      ...new Set(edits.flatMap((edit) => ('objectType' in edit ? [edit.objectType] : [edit.aSideObject.objectType, edit.bSideObject.objectType]))),
    ];
    return { type: 'largeScaleEdits', editedObjectTypes };
  }
  const count = (type: ObjectEdit['type']) => edits.filter((edit) => edit.type === type).length;
  return {
    type: 'edits',
    edits,
    addedObjectCount: count('addObject'),
    modifiedObjectsCount: count('modifyObject'),
    deletedObjectsCount: count('deleteObject'),
    addedLinksCount: count('addLink'),
    deletedLinksCount: count('deleteLink'),
  };
}

/** Registers the ontology API routes. */
export async function ontologyRoutes(app: FastifyInstance, options: RouteOptions): Promise<void> {
  const objects = objectDirectory(options.engine, options.ledger);
  const links = linkDirectory(options.engine, options.ledger);
  const base = '/api/v2/ontologies/:ontology';
  type Params = { ontology: string; objectType: string; primaryKey: string; linkType: string; action: string };

  app.addHook('preHandler', async (request) => {
    const ontology = (request.params as Partial<Params>).ontology;
    if (ontology !== undefined && ontology !== options.ontology) throw supplierErrors.ontologyNotFound(ontology);
  });
  const backendOf = (objectType: string) => {
    const backend = objects[objectType];
    if (!backend) throw supplierErrors.objectTypeNotFound(objectType);
    return backend;
  };
  // Engine errors become platform errors; a missing object names its type and key.
  const reading = async <Result>(objectType: string, primaryKey: string | undefined, read: () => Promise<Result>) => {
    try {
      return await read();
    } catch (error) {
      const translated = supplierErrorFrom(error);
      throw translated.errorName === 'ObjectNotFound' && primaryKey !== undefined ? supplierErrors.objectNotFound(objectType, primaryKey) : translated;
    }
  };

  app.get(base, async () => fullMetadata(options.ontology).ontology);
  app.get(`${base}/fullMetadata`, async () => fullMetadata(options.ontology));

  app.get<{ Params: Params }>(`${base}/objects/:objectType`, async (request) => {
    const backend = backendOf(request.params.objectType);
    if (!backend.list) throw new SupplierError(400, 'INVALID_ARGUMENT', 'ObjectTypeNotListable', { objectType: request.params.objectType });
    const page = parseBody(PageParameters, request.query);
    return reading(request.params.objectType, undefined, () => backend.list!(page.pageToken, servedPageSize(page.pageSize, page.pageToken, options.paging)));
  });

  app.get<{ Params: Params }>(`${base}/objects/:objectType/:primaryKey`, async (request) => {
    const { objectType, primaryKey } = request.params;
    return reading(objectType, primaryKey, () => backendOf(objectType).get(primaryKey));
  });

  app.post<{ Params: Params }>(`${base}/objects/:objectType/search`, async (request) => {
    const backend = backendOf(request.params.objectType);
    const search = parseBody(SearchRequest, request.body);
    if (!backend.search) throw supplierErrors.invalidQuery(`${request.params.objectType} is not searchable`);
    return reading(request.params.objectType, undefined, () =>
      backend.search!(conditionsOf(search.where), search.pageToken, servedPageSize(search.pageSize, search.pageToken, options.paging)),
    );
  });

  app.get<{ Params: Params }>(`${base}/objects/:objectType/:primaryKey/links/:linkType`, async (request) => {
    const { objectType, primaryKey, linkType } = request.params;
    backendOf(objectType);
    const list = links[objectType]?.[linkType];
    if (!list || !hasLinkType(objectType, linkType)) throw supplierErrors.linkTypeNotFound(objectType, linkType);
    const page = parseBody(PageParameters, request.query);
    return reading(objectType, primaryKey, () => list(primaryKey, page.pageToken, servedPageSize(page.pageSize, page.pageToken, options.paging)));
  });

  const actionOf = (action: string): ActionTypeName => {
    if (!(actionTypes as readonly string[]).includes(action)) throw supplierErrors.actionTypeNotFound(action);
    return action as ActionTypeName;
  };

  /** Applies; a refusal is remembered for `VALIDATE_ONLY` to explain, and answered as the platform does. */
  const applying = async (action: ActionTypeName, parameterSets: Record<string, unknown>[]): Promise<ObjectEdit[] | ValidateActionResponseV2> => {
    try {
      return await applyActions(options.engine, options.ledger, action, parameterSets);
    } catch (error) {
      if (!(error instanceof SupplierError) || !error.validation) throw error;
      options.ledger.rememberRefusal(action, error.refusedParameters, error.validation);
      if (options.refusalsInBody && parameterSets.length === 1) return error.validation;
      throw error;
    } finally {
      // Bumped after the action, so a listing snapshot taken during it is not reused afterwards.
      options.ledger.generation += 1;
    }
  };

  app.post<{ Params: Params }>(`${base}/actions/:action/apply`, async (request): Promise<SyncApplyActionResponseV2> => {
    const action = actionOf(request.params.action);
    const body = parseBody(ApplyBody, request.body);
    if (body.options?.mode === 'VALIDATE_ONLY') return { validation: options.ledger.refusalOf(action, body.parameters) ?? valid };
    const outcome = await applying(action, [body.parameters]);
    if (!Array.isArray(outcome)) return { validation: outcome };
    return { validation: valid, ...(body.options?.returnEdits === 'ALL' ? { edits: editsBody(outcome, options.itemiseEditsUpTo) } : {}) };
  });

  app.post<{ Params: Params }>(`${base}/actions/:action/applyBatch`, async (request): Promise<BatchApplyActionResponseV2> => {
    const action = actionOf(request.params.action);
    const body = parseBody(ApplyBatchBody, request.body);
    const outcome = await applying(
      action,
      body.requests.map((entry) => entry.parameters),
    );
    if (!Array.isArray(outcome)) throw new SupplierError(500, 'INTERNAL', 'Default');
    // A batch answers only object and link additions and modifications (the published `BatchActionObjectEdit`).
    const reported = outcome.filter((edit) => edit.type !== 'deleteObject' && edit.type !== 'deleteLink');
    return body.options?.returnEdits === 'ALL' ? { edits: editsBody(reported, options.itemiseEditsUpTo) as BatchApplyActionResponseV2['edits'] } : {};
  });

  app.post<{ Querystring: { filename?: string } }>('/api/v2/ontologies/attachments/upload', async (request) => {
    if (!Buffer.isBuffer(request.body)) throw new SupplierError(400, 'INVALID_ARGUMENT', 'InvalidAttachment');
    const rid = attachmentRid();
    options.ledger.attachments.set(rid, request.body);
    return {
      rid,
      filename: request.query.filename ?? 'upload',
      sizeBytes: request.body.length,
      mediaType: request.headers['content-type'] ?? 'application/octet-stream',
    };
  });
}
