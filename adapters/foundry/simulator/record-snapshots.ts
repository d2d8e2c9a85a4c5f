/**
 * Listing `SourceRecord` objects. The engine has no record listing, only its export, so the first
 * page of a listing reads the export once into a snapshot (records with their person) and later
 * pages slice it, by a token naming the snapshot and the offset. Like the platform it imitates, a
 * listing is not a consistent view: changes after the first page are not in it.
 */
import { randomUUID } from 'node:crypto';
import type { OperationContext } from '../../../src/adapter/context.js';
import type { ReferenceAdapter } from '../../reference/index.js';
import type { SourceRecordObject } from '../ontology/objects.js';
import { recordKey } from '../ontology/schema.js';
import { sourceRecordObject } from './object-views.js';
import { offsetPage, type ObjectPage } from './paging.js';
import { supplierErrors } from './supplier-errors.js';

/** Snapshots kept at once; older listings must start again. */
const KEPT_SNAPSHOTS = 8;

export class RecordSnapshots {
  private readonly snapshots = new Map<string, SourceRecordObject[]>();

  constructor(
    private readonly engine: ReferenceAdapter,
    private readonly context: OperationContext,
  ) {}

  /** One page of the record listing. */
  async page(pageToken: string | undefined, size: number): Promise<ObjectPage<SourceRecordObject>> {
    if (pageToken === undefined) {
      const id = randomUUID();
      this.snapshots.set(id, await this.take());
      if (this.snapshots.size > KEPT_SNAPSHOTS) this.snapshots.delete(this.snapshots.keys().next().value!);
      return this.slice(id, undefined, size);
    }
    const [id, offset] = pageToken.split(':');
    return this.slice(id ?? '', offset, size);
  }

  private slice(id: string, offset: string | undefined, size: number): ObjectPage<SourceRecordObject> {
    const snapshot = this.snapshots.get(id);
    if (!snapshot) throw supplierErrors.invalidPageToken();
    const page = offsetPage(snapshot, offset, size);
    return { data: page.data, nextPageToken: page.nextPageToken === undefined ? undefined : `${id}:${page.nextPageToken}` };
  }

  /** Every record with its person, from one pass over the engine's export. */
  private async take(): Promise<SourceRecordObject[]> {
    const records: { sourceId: string; ingestedAt: string; record: Parameters<typeof sourceRecordObject>[0]['record'] }[] = [];
    const personOf = new Map<string, string>();
    for await (const line of this.engine.portability.exportAll(this.context)) {
      if (line.kind === 'record') records.push(line);
      if (line.kind === 'subject') for (const ref of line.subject.records) personOf.set(recordKey(ref.sourceId, ref.recordId), line.subject.subjectId);
      if (line.kind === 'flag') break;
    }
    return records.map((line) =>
      sourceRecordObject({ sourceId: line.sourceId, ingestedAt: line.ingestedAt, subjectId: personOf.get(recordKey(line.sourceId, line.record.recordId)) ?? null, record: line.record }),
    );
  }
}
