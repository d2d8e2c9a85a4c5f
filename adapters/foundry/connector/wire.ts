/**
 * The Ontology v2 wire shapes the connector sends and reads, held to Palantir's published types
 * (`@osdk/foundry.ontologies`, types only: nothing of it runs). Requests are declared with the
 * published request types, so a body the real API would not accept fails to compile. Answers are
 * validated at run time with zod, and each schema is checked at compile time to accept every value
 * of the published answer type (`acceptsWire` below): a schema that demands a field the platform
 * may leave out, or that forgets a variant (`largeScaleEdits`, `addLink`), fails to compile.
 */
import { z } from 'zod';
import type {
  ActionResults,
  ApplyActionRequestV2,
  AttachmentV2,
  BatchActionResults,
  BatchApplyActionRequestV2,
  BatchApplyActionResponseV2,
  ListLinkedObjectsResponseV2,
  ListObjectsResponseV2,
  ObjectEdit as WireObjectEdit,
  OntologyFullMetadata,
  SearchJsonQueryV2,
  SearchObjectsRequestV2,
  SearchObjectsResponseV2,
  SyncApplyActionResponseV2,
  ValidateActionResponseV2,
} from '@osdk/foundry.ontologies';

export type { ApplyActionRequestV2, BatchApplyActionRequestV2, OntologyFullMetadata, SearchJsonQueryV2 };

/**
 * A search body. The published type lists `select` and `selectV2` as required, yet the endpoint
 * documents them as optional (absent: every property), which is what the connector wants.
 */
export type SearchRequest = Omit<SearchObjectsRequestV2, 'select' | 'selectV2'>;

/**
 * Compile-time proof that `Schema` accepts every value of the wire type `Wire`: use as
 * `acceptsWire<Wire>()(Schema)`; a mismatch is a type error at the call.
 */
export const acceptsWire =
  <Wire>() =>
  <Schema extends z.ZodType>(schema: [Wire] extends [z.input<Schema>] ? Schema : never): Schema =>
    schema;

const primaryKey = z.union([z.string(), z.number()]).transform(String);
const linkSide = z.object({ objectType: z.string(), primaryKey });

/** One edit an action reports: object edits name the object, link edits both sides of the link. */
export const ObjectEdit = acceptsWire<WireObjectEdit>()(
  z.discriminatedUnion('type', [
    z.object({ type: z.enum(['addObject', 'modifyObject', 'deleteObject']), objectType: z.string(), primaryKey }),
    z.object({
      type: z.enum(['addLink', 'deleteLink']),
      linkTypeApiNameAtoB: z.string(),
      linkTypeApiNameBtoA: z.string(),
      aSideObject: linkSide,
      bSideObject: linkSide,
    }),
  ]),
);
/** A parsed edit. */
export type ObjectEdit = z.output<typeof ObjectEdit>;

const editCounts = {
  addedObjectCount: z.number().optional(),
  modifiedObjectsCount: z.number().optional(),
  deletedObjectsCount: z.number().optional(),
  addedLinksCount: z.number().optional(),
  deletedLinksCount: z.number().optional(),
};

/**
 * What an action changed: each edit, or — past the platform's itemising limit — only the object
 * types it touched (`largeScaleEdits`), in which case the connector finds its results by key.
 */
export const ActionResultsSchema = acceptsWire<ActionResults | BatchActionResults>()(
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('edits'), edits: z.array(ObjectEdit), ...editCounts }),
    z.object({ type: z.literal('largeScaleEdits'), editedObjectTypes: z.array(z.string()) }),
  ]),
);

const ValidationResult = z.enum(['VALID', 'INVALID']);
const bound = z.unknown().optional();

/** One constraint the platform evaluated; what the connector needs to describe it to the client. */
const EvaluatedConstraint = z.object({
  type: z.string(),
  lt: bound,
  lte: bound,
  gt: bound,
  gte: bound,
  options: z.array(z.object({ displayName: z.string().optional(), value: z.unknown().optional() })).optional(),
  otherValuesAllowed: z.boolean().optional(),
  regex: z.string().optional(),
  configuredFailureMessage: z.string().optional(),
});

/** The platform's judgement of an action's parameters and submission criteria. */
export const ValidationSchema = acceptsWire<ValidateActionResponseV2>()(
  z.object({
    result: ValidationResult,
    submissionCriteria: z.array(z.object({ configuredFailureMessage: z.string().optional(), result: ValidationResult })).default([]),
    parameters: z
      .record(
        z.string(),
        z.object({
          result: ValidationResult,
          required: z.boolean().optional(),
          evaluatedConstraints: z.array(EvaluatedConstraint).default([]),
        }),
      )
      .default({}),
  }),
);
/** A parsed validation. */
export type Validation = z.output<typeof ValidationSchema>;

/** The answer to `apply`. */
export const ApplyAnswer = acceptsWire<SyncApplyActionResponseV2>()(
  z.object({ validation: ValidationSchema.optional(), edits: ActionResultsSchema.optional() }),
);

/** The answer to `applyBatch`. */
export const ApplyBatchAnswer = acceptsWire<BatchApplyActionResponseV2>()(z.object({ edits: ActionResultsSchema.optional() }));

/** The answer to an attachment upload: its rid is what the import action takes. */
export const AttachmentAnswer = acceptsWire<AttachmentV2>()(z.object({ rid: z.string().min(1) }));

/** What the readiness check reads of the ontology's full metadata. */
export const FullMetadataAnswer = acceptsWire<OntologyFullMetadata>()(
  z.object({
    ontology: z.object({ apiName: z.string() }),
    objectTypes: z.record(
      z.string(),
      z.object({
        objectType: z.object({
          apiName: z.string(),
          primaryKey: z.string(),
          properties: z.record(z.string(), z.object({ dataType: z.object({ type: z.string() }) })),
        }),
        linkTypes: z.array(z.object({ apiName: z.string(), objectTypeApiName: z.string() })),
      }),
    ),
    actionTypes: z.record(
      z.string(),
      z.object({ apiName: z.string(), parameters: z.record(z.string(), z.object({ required: z.boolean(), dataType: z.object({ type: z.string() }) })) }),
    ),
  }),
);

/** A page of objects, as listings, searches and link listings answer (`totalCount` is a decimal string). */
export const pageOf = <Item extends z.ZodType>(item: Item) =>
  z.object({ data: z.array(item), nextPageToken: z.string().optional(), totalCount: z.string().optional() });

// The page envelope against each published page type; each object is checked by its object-type schema (objects.ts),
// which the published `OntologyObjectV2` (any property, any value) cannot check.
acceptsWire<ListObjectsResponseV2>()(pageOf(z.unknown()));
acceptsWire<SearchObjectsResponseV2>()(pageOf(z.unknown()));
acceptsWire<ListLinkedObjectsResponseV2>()(pageOf(z.unknown()));
