/**
 * Every object type of the simulated ontology, backed by the reference engine: how to read one
 * object, list a type page by page, and search it. The engine is reached only through its public
 * adapter interface, as a supplier's platform would hold its own state.
 */
import { systemContext } from '../../../src/adapter/context.js';
import type { SubjectLookup } from '../../../src/adapter/index.js';
import type { Flag, FlagQuery, SubjectQuery } from '../../../src/contract/index.js';
import type { Page } from '../../../src/contract/primitives.js';
import type { ReferenceAdapter } from '../../reference/index.js';
import { splitRecordKey } from '../model/schema.js';
import { flagCategories, reviewStates, severities } from '../model/vocabularies.js';
import type { SimulatorLedger } from './ledger.js';
import {
  detectorObject,
  flagObject,
  flagReviewObject,
  dataSourceObject,
  linkOverrideObject,
  personObject,
  pipelineRunObject,
  sourceRecordObject,
} from './object-views.js';
import { engineBackedPage, offsetPage, type ObjectPage } from './paging.js';
import { searchableValues, type Condition } from './search-query.js';
import { RecordSnapshots } from './record-snapshots.js';
import { TotalCounts } from './total-counts.js';
import { SupplierError, supplierErrors } from './supplier-errors.js';

/** The operation context of the platform’s own engine calls. */
export const simulatorContext = systemContext('foundry-simulator');

/** A page of a listing or search, which always says how many objects there are in all (the published `totalCount`). */
export type CountedPage = ObjectPage<object> & { readonly totalCount: string };

/** What the simulator can do with one object type. */
export interface ObjectTypeBackend {
  get(primaryKey: string): Promise<object>;
  list?(pageToken: string | undefined, size: number): Promise<CountedPage>;
  search?(conditions: Condition[], pageToken: string | undefined, size: number): Promise<CountedPage>;
}

const context = simulatorContext;

/** Reads a record object by key. */
export async function readRecordObject(engine: ReferenceAdapter, key: string): Promise<object> {
  const parts = splitRecordKey(key);
  if (!parts) throw supplierErrors.objectNotFound('SourceRecord', key);
  return sourceRecordObject(await engine.sources.getRecord(parts.sourceKey, parts.externalId, context));
}

async function allFlags(engine: ReferenceAdapter): Promise<Flag[]> {
  const flags: Flag[] = [];
  let cursor: string | undefined;
  do {
    const page = await engine.flagging.listFlags({}, { cursor, limit: 500 }, context);
    flags.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return flags;
}

/** A person object; the platform has no redirects, so a merged-away person is simply gone (findable through `mergedKeys`). */
function objectOfPerson(lookup: SubjectLookup, personKey: string): object {
  if ('redirectTo' in lookup) throw supplierErrors.objectNotFound('PlumblinePerson', personKey);
  return personObject(lookup.subject);
}

/** A search that may only look a created object up by the request key its action carried. */
function byRequestKey(objectType: string, ledger: SimulatorLedger, get: (primaryKey: string) => Promise<object>) {
  return async (conditions: Condition[]): Promise<CountedPage> => {
    const { requestKey } = searchableValues(objectType, conditions, { requestKey: 'eq' });
    const primaryKey = requestKey === undefined ? undefined : ledger.primaryKeyFor(objectType, requestKey);
    const data = primaryKey === undefined ? [] : [await get(primaryKey)];
    return { data, totalCount: String(data.length) };
  };
}

function flagQueryFrom(conditions: Condition[]): FlagQuery {
  const values = searchableValues('Flag', conditions, { reviewState: 'eq', detectorKey: 'eq', flagCategory: 'eq', severity: 'eq', personKeys: 'contains' });
  const unknownValue = (field: string) => new SupplierError(400, 'INVALID_ARGUMENT', 'InvalidPropertyValue', { property: field });
  const translate = <Value>(field: string, toContract: (value: string) => Value | undefined): Value | undefined => {
    if (values[field] === undefined) return undefined;
    const value = toContract(values[field]);
    if (value === undefined) throw unknownValue(field);
    return value;
  };
  return {
    status: translate('reviewState', reviewStates.lookup),
    detectorId: values.detectorKey,
    subjectId: values.personKeys,
    category: translate('flagCategory', flagCategories.lookup),
    severity: translate('severity', severities.lookup),
  };
}

/** The backends of every object type. */
export function objectDirectory(engine: ReferenceAdapter, ledger: SimulatorLedger): Record<string, ObjectTypeBackend> {
  const recordSnapshots = new RecordSnapshots(engine, context, ledger);
  const totals = new TotalCounts(engine, ledger);
  /** A listing paged from the engine, with its total counted once per settled state. */
  const counted = <Item, Shown>(
    key: string,
    read: (cursor: string | undefined, limit: number) => Promise<Page<Item>>,
    show: (item: Item) => Shown,
    token: string | undefined,
    size: number,
  ) => engineBackedPage(read, show, token, size, () => totals.of(key, read)) as Promise<ObjectPage<Shown> & { readonly totalCount: string }>;
  const getRun = async (runKey: string) => pipelineRunObject(await engine.runs.getRun(runKey, context), ledger.requestKeyOf('PipelineRun', runKey));
  const getOverride = async (overrideKey: string) => {
    for (let cursor: string | undefined, first = true; first || cursor; first = false) {
      const page = await engine.consolidation.listOverrides({ cursor, limit: 500 }, context);
      const found = page.items.find((override) => override.overrideId === overrideKey);
      if (found) return linkOverrideObject(found, ledger.requestKeyOf('LinkOverride', overrideKey));
      cursor = page.nextCursor ?? undefined;
    }
    throw supplierErrors.objectNotFound('LinkOverride', overrideKey);
  };
  const getReview = async (reviewKey: string) => {
    const flagKey = ledger.reviewFlags.get(reviewKey);
    const review = flagKey ? (await engine.flagging.getFlag(flagKey, context)).reviews.find((candidate) => candidate.reviewId === reviewKey) : undefined;
    if (!flagKey || !review) throw supplierErrors.objectNotFound('FlagReview', reviewKey);
    return flagReviewObject(flagKey, review, ledger.requestKeyOf('FlagReview', reviewKey));
  };
  // Listings show persons whole (with `mergedKeys`), as every other read does.
  const personPage = async (query: SubjectQuery, token: string | undefined, size: number) => {
    const read = (cursor: string | undefined, limit: number) => engine.consolidation.listSubjects(query, { cursor, limit }, context);
    const page = await counted(`PlumblinePerson ${JSON.stringify(query)}`, read, (summary) => summary.subjectId, token, size);
    const data = await Promise.all(page.data.map(async (subjectId) => objectOfPerson(await engine.consolidation.getSubject(subjectId, context), subjectId)));
    return { data, nextPageToken: page.nextPageToken, totalCount: page.totalCount };
  };
  const fromLedger =
    <Value extends object>(objectType: string, map: Map<string, Value>) =>
    async (primaryKey: string) => {
      const found = map.get(primaryKey);
      if (!found) throw supplierErrors.objectNotFound(objectType, primaryKey);
      return found;
    };

  return {
    DataSource: {
      get: async (key) => dataSourceObject(await engine.sources.getSource(key, context)),
      list: (token, size) => counted('DataSource', (cursor, limit) => engine.sources.listSources({ cursor, limit }, context), dataSourceObject, token, size),
    },
    SourceRecord: {
      get: (key) => readRecordObject(engine, key),
      list: (token, size) => recordSnapshots.page(token, size),
    },
    IngestBatch: { get: fromLedger('IngestBatch', ledger.ingestBatches) },
    ErasureNotice: { get: fromLedger('ErasureNotice', ledger.erasureNotices) },
    PlumblinePerson: {
      get: async (key) => objectOfPerson(await engine.consolidation.getSubject(key, context), key),
      list: (token, size) => personPage({}, token, size),
      search: async (conditions, token, size) => {
        const values = searchableValues('PlumblinePerson', conditions, {
          knownNames: 'containsAllTermsInOrderPrefixLastTerm',
          knownIdentifiers: 'contains',
          mergedKeys: 'contains',
        });
        if (values.mergedKeys !== undefined) {
          const lookup = await engine.consolidation.getSubject(values.mergedKeys, context).catch(() => undefined);
          if (!lookup || !('redirectTo' in lookup)) return { data: [], totalCount: '0' };
          const survivor = await engine.consolidation.getSubject(lookup.redirectTo, context);
          const data = 'subject' in survivor ? [personObject(survivor.subject)] : [];
          return { data, totalCount: String(data.length) };
        }
        const query = { name: values.knownNames, identifier: values.knownIdentifiers };
        return personPage(query, token, size);
      },
    },
    LinkOverride: {
      get: getOverride,
      list: (token, size) =>
        counted(
          'LinkOverride',
          (cursor, limit) => engine.consolidation.listOverrides({ cursor, limit }, context),
          (override) => linkOverrideObject(override, ledger.requestKeyOf('LinkOverride', override.overrideId)),
          token,
          size,
        ),
      search: byRequestKey('LinkOverride', ledger, getOverride),
    },
    Detector: {
      get: async (key) => {
        const detector = (await engine.flagging.listDetectors(context)).find((candidate) => candidate.detectorId === key);
        if (!detector) throw supplierErrors.objectNotFound('Detector', key);
        return detectorObject(detector);
      },
      list: async (token, size) => offsetPage((await engine.flagging.listDetectors(context)).map(detectorObject), token, size),
    },
    Flag: {
      get: async (key) => flagObject(await engine.flagging.getFlag(key, context)),
      list: (token, size) => counted('Flag {}', (cursor, limit) => engine.flagging.listFlags({}, { cursor, limit }, context), flagObject, token, size),
      search: (conditions, token, size) => {
        const query = flagQueryFrom(conditions);
        return counted(
          `Flag ${JSON.stringify(query)}`,
          (cursor, limit) => engine.flagging.listFlags(query, { cursor, limit }, context),
          flagObject,
          token,
          size,
        );
      },
    },
    FlagReview: {
      get: getReview,
      list: async (token, size) => {
        const reviews = (await allFlags(engine)).flatMap((flag) =>
          flag.reviews.map((review) => flagReviewObject(flag.flagId, review, ledger.requestKeyOf('FlagReview', review.reviewId))),
        );
        return offsetPage(reviews, token, size);
      },
      search: byRequestKey('FlagReview', ledger, getReview),
    },
    PipelineRun: { get: getRun, search: byRequestKey('PipelineRun', ledger, getRun) },
  };
}
