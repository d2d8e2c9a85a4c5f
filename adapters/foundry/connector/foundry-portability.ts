/**
 * Portability through the platform. It has no bulk export, so the export is built by listing
 * every object type (sources, records, overrides, persons, flags with their reviews); subject
 * membership comes from each record's `personKey`, in ingestion order. Import uploads the bundle
 * as an attachment and applies `import-plumbline-bundle`, which the platform commits whole.
 */
import type { AdapterIdentity, OperationContext, PortabilityV1 } from '../../../src/adapter/index.js';
import { CONTRACT_VERSION, type ExportLine, type RecordRef } from '../../../src/contract/index.js';
import { readAllPages } from '../../../src/connectors/index.js';
import { DataSourceObject, FlagObject, FlagReviewObject, LinkOverrideObject, PlumblinePersonObject, SourceRecordObject } from '../model/objects.js';
import { MAX_PAGE_SIZE, type ObjectTypeName } from '../model/schema.js';
import { startRunAction } from './foundry-consolidation.js';
import type { FoundryContext } from './foundry-context.js';
import { overrideFrom } from './mapping/consolidation.js';
import { flagFrom } from './mapping/flagging.js';
import { FOUNDRY_ADAPTER_ID } from './mapping/known.js';
import { recordFrom, sourceFrom } from './mapping/sources-and-records.js';
import type { z } from 'zod';

/** The portability concern. */
export function foundryPortability(foundry: FoundryContext, identity: AdapterIdentity): PortabilityV1 {
  const { api } = foundry;
  // A snapshot keeps the export consistent however long it pages: no object seen twice or missed.
  const everyObject = <Schema extends z.ZodType>(objectType: ObjectTypeName, schema: Schema, context: OperationContext) =>
    readAllPages({ adapter: FOUNDRY_ADAPTER_ID, operation: `exporting ${objectType} objects` }, (token) =>
      api.listObjects(objectType, schema, token, MAX_PAGE_SIZE, context.signal, true),
    );

  async function* exportAll(context: OperationContext): AsyncGenerator<ExportLine> {
    const counts = { source: 0, record: 0, override: 0, subject: 0, flag: 0 };
    yield { kind: 'header', contractVersion: CONTRACT_VERSION, exportedAt: new Date().toISOString(), adapter: identity };
    for await (const object of everyObject('DataSource', DataSourceObject, context)) {
      counts.source += 1;
      yield { kind: 'source', source: sourceFrom(object) };
    }
    const members = new Map<string, RecordRef[]>();
    for await (const object of everyObject('SourceRecord', SourceRecordObject, context)) {
      counts.record += 1;
      if (object.personKey) {
        const refs = members.get(object.personKey) ?? [];
        refs.push({ sourceId: object.sourceKey, recordId: object.externalId });
        members.set(object.personKey, refs);
      }
      yield { kind: 'record', sourceId: object.sourceKey, ingestedAt: object.receivedAt, record: recordFrom(object) };
    }
    for await (const object of everyObject('LinkOverride', LinkOverrideObject, context)) {
      counts.override += 1;
      yield { kind: 'override', override: overrideFrom(object) };
    }
    for await (const person of everyObject('PlumblinePerson', PlumblinePersonObject, context)) {
      counts.subject += 1;
      yield { kind: 'subject', subject: { subjectId: person.personKey, formerIds: person.mergedKeys ?? [], records: members.get(person.personKey) ?? [] } };
    }
    const reviews = new Map<string, z.output<typeof FlagReviewObject>[]>();
    for await (const review of everyObject('FlagReview', FlagReviewObject, context))
      reviews.set(review.flagKey, [...(reviews.get(review.flagKey) ?? []), review]);
    for await (const object of everyObject('Flag', FlagObject, context)) {
      counts.flag += 1;
      yield { kind: 'flag', flag: flagFrom(object, reviews.get(object.flagKey) ?? []) };
    }
    yield { kind: 'end', counts };
  }

  return {
    exportAll,
    async startImport(lines, context) {
      // The whole stream is read before anything is sent, so a stream that fails part way applies nothing.
      const text: string[] = [];
      for await (const line of lines) text.push(JSON.stringify(line));
      const bundle = await api.uploadAttachment(`${text.join('\n')}\n`, 'plumbline-export.ndjson', context.signal);
      return startRunAction(foundry, (requestKey) => api.applyAction('import-plumbline-bundle', { bundle, requestKey }, { signal: context.signal }), context);
    },
  };
}
