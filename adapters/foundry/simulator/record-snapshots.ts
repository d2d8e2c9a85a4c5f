/**
 * Listing `SourceRecord` objects. The engine has no record listing, only its export, so a listing
 * reads the export once into a snapshot (records with their person) and pages slice it, by a
 * token naming the snapshot and the offset. Building one is the expensive part (one pass over
 * every record), so it is done at most once per settled state of the platform (`state-version.ts`):
 * a listing started while nothing changed — a retried first page, an export after another, a
 * build still running — shares the same snapshot. That keeps a
 * retry after a timed-out first page from starting a second full pass. Every page names how many
 * objects the listing holds (`totalCount`).
 */
import { randomUUID } from 'node:crypto';
import type { OperationContext } from '../../../src/adapter/context.js';
import type { ReferenceAdapter } from '../../reference/index.js';
import type { SourceRecordObject } from '../model/objects.js';
import { recordKey } from '../model/schema.js';
import type { SimulatorLedger } from './ledger.js';
import { settledGeneration } from './state-version.js';
import { sourceRecordObject } from './object-views.js';
import { offsetPage, type ObjectPage } from './paging.js';
import { supplierErrors } from './supplier-errors.js';

/** Snapshots kept at once; older listings must start again. */
const KEPT_SNAPSHOTS = 8;

type RecordLine = { sourceId: string; ingestedAt: string; record: Parameters<typeof sourceRecordObject>[0]['record'] };

/** The records of one state, with each record's person; objects are made per page, so the first page does not wait for them all. */
interface Taken {
  readonly records: RecordLine[];
  readonly personOf: Map<string, string>;
}

interface Snapshot {
  readonly id: string;
  /** The settled state it shows; `undefined` (never shared) when built while the engine ran something. */
  readonly generation: number | undefined;
  readonly objects: Promise<Taken>;
}

export class RecordSnapshots {
  private readonly snapshots = new Map<string, Snapshot>();
  private latest: Snapshot | undefined;

  constructor(
    private readonly engine: ReferenceAdapter,
    private readonly context: OperationContext,
    private readonly ledger: SimulatorLedger,
  ) {}

  /** One page of the record listing. */
  async page(pageToken: string | undefined, size: number): Promise<ObjectPage<SourceRecordObject> & { readonly totalCount: string }> {
    if (pageToken === undefined) return this.slice(this.current(await settledGeneration(this.engine, this.ledger)), undefined, size);
    const [id, offset] = pageToken.split(':');
    const snapshot = this.snapshots.get(id ?? '');
    if (!snapshot) throw supplierErrors.invalidPageToken();
    return this.slice(snapshot, offset, size);
  }

  /** The snapshot of the current state, building it only when the state changed since the last one. */
  private current(generation: number | undefined): Snapshot {
    if (generation !== undefined && this.latest?.generation === generation) return this.latest;
    const snapshot: Snapshot = { id: randomUUID(), generation, objects: this.take() };
    // A failed build is not kept, so the next listing tries again.
    snapshot.objects.catch(() => {
      if (this.latest === snapshot) this.latest = undefined;
      this.snapshots.delete(snapshot.id);
    });
    this.latest = snapshot;
    this.snapshots.set(snapshot.id, snapshot);
    if (this.snapshots.size > KEPT_SNAPSHOTS) this.snapshots.delete(this.snapshots.keys().next().value!);
    return snapshot;
  }

  private async slice(snapshot: Snapshot, offset: string | undefined, size: number): Promise<ObjectPage<SourceRecordObject> & { readonly totalCount: string }> {
    const { records, personOf } = await snapshot.objects;
    const page = offsetPage(records, offset, size);
    const data = page.data.map((line) =>
      sourceRecordObject({
        sourceId: line.sourceId,
        ingestedAt: line.ingestedAt,
        subjectId: personOf.get(recordKey(line.sourceId, line.record.recordId)) ?? null,
        record: line.record,
      }),
    );
    return { ...page, data, nextPageToken: page.nextPageToken === undefined ? undefined : `${snapshot.id}:${page.nextPageToken}` };
  }

  /** Every record with its person, from one pass over the engine's export. */
  private async take(): Promise<Taken> {
    this.ledger.snapshotBuilds += 1;
    const records: RecordLine[] = [];
    const personOf = new Map<string, string>();
    for await (const line of this.engine.portability.exportAll(this.context)) {
      if (line.kind === 'record') records.push(line);
      if (line.kind === 'subject') for (const ref of line.subject.records) personOf.set(recordKey(ref.sourceId, ref.recordId), line.subject.subjectId);
      if (line.kind === 'flag') break;
    }
    return { records, personOf };
  }
}
