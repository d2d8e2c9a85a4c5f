/**
 * What the platform holds besides the engine's state: action receipts (ingest batches, erasure
 * notices), the request keys callers attach to the objects their actions create, and uploaded
 * attachments. Kept in memory: the simulator is a test double, and a restart forgets them (the
 * engine's own data survives in its store).
 */
import type { ValidateActionResponseV2 } from '@osdk/foundry.ontologies';
import type { ErasureNoticeObject, IngestBatchObject } from '../model/objects.js';

/** The platform-side state that the engine does not hold. */
export class SimulatorLedger {
  /** `IngestBatch` objects by batch key. */
  readonly ingestBatches = new Map<string, IngestBatchObject>();
  /** `ErasureNotice` objects by notice key. */
  readonly erasureNotices = new Map<string, ErasureNoticeObject>();
  /** Uploaded attachments by rid. */
  readonly attachments = new Map<string, Buffer>();
  /** Flag of each review created through `review-flag`. */
  readonly reviewFlags = new Map<string, string>();
  private readonly byRequestKey = new Map<string, string>();
  private readonly refusals = new Map<string, ValidateActionResponseV2>();
  /** Bumped by every action applied (or attempted): listings snapshot the state of one generation. */
  generation = 0;
  /** Full passes over the engine's export made to list records (for tests and the benchmark). */
  snapshotBuilds = 0;

  /**
   * Remembers why an action was refused, for a `VALIDATE_ONLY` call with the same parameters to
   * explain. The platform evaluates afresh; the simulator cannot without applying, and between the
   * two calls nothing else changes in a test. Only the latest refusals are kept.
   */
  rememberRefusal(action: string, parameters: unknown, validation: ValidateActionResponseV2): void {
    this.refusals.set(`${action}\n${JSON.stringify(parameters)}`, validation);
    if (this.refusals.size > 100) this.refusals.delete(this.refusals.keys().next().value!);
  }

  /** Why an action with these parameters was refused, if it was. */
  refusalOf(action: string, parameters: unknown): ValidateActionResponseV2 | undefined {
    return this.refusals.get(`${action}\n${JSON.stringify(parameters)}`);
  }
  private readonly requestKeyByObject = new Map<string, string>();

  /** Records that an action with `requestKey` created object `primaryKey` of `objectType`. */
  remember(objectType: string, requestKey: string | undefined, primaryKey: string): void {
    if (!requestKey) return;
    this.byRequestKey.set(`${objectType}\n${requestKey}`, primaryKey);
    this.requestKeyByObject.set(`${objectType}\n${primaryKey}`, requestKey);
  }

  /** The object an action with `requestKey` created, if any. */
  primaryKeyFor(objectType: string, requestKey: string): string | undefined {
    return this.byRequestKey.get(`${objectType}\n${requestKey}`);
  }

  /** The request key an object was created with, if any. */
  requestKeyOf(objectType: string, primaryKey: string): string | undefined {
    return this.requestKeyByObject.get(`${objectType}\n${primaryKey}`);
  }
}
