/**
 * Which writes the parallel run mirrors, what it keeps of each (captured from the request and the
 * primary's answer when the answer is final), and how each is replayed on the candidate through
 * the public adapter interface. Ids the two adapters choose themselves (runs, link overrides,
 * flags) are translated: runs and overrides through the ids remembered when they were mirrored,
 * flags by what they are about (detector and evidence), which both adapters must agree on anyway.
 *
 * Replays are safe to repeat after a crash (an entry found `sending` at start-up): sources and
 * record batches are idempotent by contract, an erasure or deletion already done is not an error,
 * an override already present is recognised, a run already started is not started again.
 */
import type { PlumblineAdapterV1 } from '../adapter/adapter-v1.js';
import type { OperationContext } from '../adapter/context.js';
import { PlumblineError } from '../adapter/errors.js';
import { waitForRun } from '../adapter/wait-for-run.js';
import { setImmediate } from 'node:timers/promises';
import type { IndexedRecord } from '../adapter/sources-v1.js';
import { SourceRecord, type Flag, type LinkOverride, type LinkOverrideRequest, type RecordResult } from '../contract/index.js';
import type { MirrorOutbox, OutboxEntry, OutboxWrite } from './mirror-outbox.js';

/** The operations mirrored, by contract operation id. */
export const mirroredOperations = [
  'putSource',
  'ingestRecords',
  'eraseRecord',
  'startConsolidationRun',
  'startFlaggingRun',
  'startImport',
  'createLinkOverride',
  'deleteLinkOverride',
  'reviewFlag',
  'redactReviewRationale',
] as const;
export type MirroredOperation = (typeof mirroredOperations)[number];

export function isMirrored(operation: string): operation is MirroredOperation {
  return (mirroredOperations as readonly string[]).includes(operation);
}

/** What a request was, as the gateway saw it once the primary had answered. */
export interface AcceptedWrite {
  readonly operation: MirroredOperation;
  readonly params: Record<string, string>;
  readonly query: Record<string, unknown>;
  readonly body: unknown;
  /** The primary's answer (the object serialised), when it had one. */
  readonly answer: unknown;
  readonly context: OperationContext;
}

/** A flag as both adapters can name it: the detector and the records that made it hold. */
export interface FlagKey {
  readonly detectorId: string;
  readonly evidence: readonly string[];
}

export function flagKeyOf(flag: Pick<Flag, 'detectorId' | 'evidence'>): FlagKey {
  return { detectorId: flag.detectorId, evidence: flag.evidence.map((ref) => `${ref.sourceId}/${ref.recordId}`).sort() };
}

export function sameFlagKey(left: FlagKey, right: FlagKey): boolean {
  return (
    left.detectorId === right.detectorId && left.evidence.length === right.evidence.length && left.evidence.every((ref, index) => ref === right.evidence[index])
  );
}

/** The outbox entry for an accepted write: only what the replay needs. */
export function outboxWriteOf(write: AcceptedWrite): OutboxWrite {
  const { operation, params, body, answer, context } = write;
  const common = { context };
  switch (operation) {
    case 'putSource':
      return { operation, sourceId: params.sourceId, payload: { ...common, body } };
    case 'ingestRecords': {
      // Only what the primary accepted: a record it rejected is rejected, not mirrored.
      const rejected = new Set(
        ((answer as { results?: RecordResult[] })?.results ?? []).filter((result) => result.status === 'rejected').map((result) => result.index),
      );
      const records = ((body as { records?: unknown[] })?.records ?? [])
        .map((record, index) => ({ index, record }))
        .filter((item) => !rejected.has(item.index));
      return { operation, sourceId: params.sourceId, payload: { ...common, records } };
    }
    case 'eraseRecord':
      return { operation, sourceId: params.sourceId, payload: { ...common, recordId: params.recordId, reason: write.query.reason } };
    case 'startConsolidationRun':
    case 'startFlaggingRun':
    case 'startImport':
      return {
        operation,
        sourceId: null,
        payload: { ...common, body: operation === 'startImport' ? null : body, primaryRunId: (answer as { runId: string }).runId },
      };
    case 'createLinkOverride':
      return { operation, sourceId: null, payload: { ...common, body, primaryOverrideId: (answer as LinkOverride).overrideId } };
    case 'deleteLinkOverride':
      return { operation, sourceId: null, payload: { ...common, primaryOverrideId: params.overrideId } };
    case 'reviewFlag':
      return { operation, sourceId: null, payload: { ...common, flag: flagKeyOf(answer as Flag), body } };
    case 'redactReviewRationale': {
      const flag = answer as Flag;
      return {
        operation,
        sourceId: null,
        payload: { ...common, flag: flagKeyOf(flag), reviewIndex: flag.reviews.findIndex((review) => review.reviewId === params.reviewId), body },
      };
    }
  }
}

/** What a replay reports: the candidate's run started, when it started one. */
export interface ReplayOutcome {
  readonly candidateRunId?: string;
  readonly primaryRunId?: string;
  readonly kind?: 'consolidation' | 'flagging' | 'import';
}

function need<T>(concern: T | undefined, what: string, adapter: PlumblineAdapterV1): T {
  if (!concern) throw new PlumblineError('capability-unsupported', `The candidate "${adapter.identity.id}" has no ${what}.`, { retryable: false });
  return concern;
}

const isKind = (error: unknown, kind: string) => PlumblineError.isInstance(error) && error.kind === kind;

/** The candidate's flag with the same key, searched by detector. */
async function findCandidateFlag(candidate: PlumblineAdapterV1, key: FlagKey, context: OperationContext): Promise<Flag> {
  const flagging = need(candidate.flagging, 'flagging', candidate);
  let cursor: string | undefined;
  do {
    const page = await flagging.listFlags({ detectorId: key.detectorId }, { cursor, limit: 500 }, context);
    const found = page.items.find((flag) => sameFlagKey(flagKeyOf(flag), key));
    if (found) return found;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  throw new PlumblineError(
    'not-found',
    `The candidate raised no "${key.detectorId}" flag on the same evidence as the primary's, so the review cannot be mirrored.`,
    { retryable: false },
  );
}

/**
 * Replays one outbox entry on the candidate. `repeated` is true when the entry may already have
 * reached the candidate (it was being sent when the gateway stopped).
 */
export async function replayOnCandidate(
  entry: OutboxEntry,
  primary: PlumblineAdapterV1,
  candidate: PlumblineAdapterV1,
  outbox: MirrorOutbox,
  repeated: boolean,
): Promise<ReplayOutcome> {
  // The payload is what the primary accepted for this operation, stored as JSON; each case reads its own fields.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const payload = entry.payload as Record<string, any>;
  const context = payload.context as OperationContext;
  switch (entry.operation as MirroredOperation) {
    case 'putSource':
      await need(candidate.sources, 'sources', candidate).putSource(entry.sourceId!, payload.body, context);
      return {};
    case 'ingestRecords': {
      const records: IndexedRecord[] = [];
      for (const { index, record } of payload.records as { index: number; record: unknown }[]) {
        // A full batch takes tens of milliseconds to parse: the primary's clients get their turn between slices.
        if (records.length > 0 && records.length % 250 === 0) await setImmediate();
        records.push({ index, record: SourceRecord.parse(record) });
      }
      if (records.length) await need(candidate.sources, 'sources', candidate).ingestRecords(entry.sourceId!, records, context);
      return {};
    }
    case 'eraseRecord':
      try {
        await need(candidate.sources, 'sources', candidate).eraseRecord(entry.sourceId!, payload.recordId, payload.reason, context);
      } catch (error) {
        if (!(repeated && isKind(error, 'not-found'))) throw error;
      }
      return {};
    case 'startConsolidationRun':
    case 'startFlaggingRun':
    case 'startImport': {
      const kind = entry.operation === 'startConsolidationRun' ? 'consolidation' : entry.operation === 'startFlaggingRun' ? 'flagging' : 'import';
      const primaryRunId = payload.primaryRunId as string;
      const known = outbox.candidateId('run', primaryRunId);
      if (known) return { candidateRunId: known, primaryRunId, kind };
      let run;
      if (kind === 'consolidation') run = await need(candidate.consolidation, 'consolidation', candidate).startRun(payload.body, context);
      else if (kind === 'flagging') run = await need(candidate.flagging, 'flagging', candidate).startRun(payload.body, context);
      else {
        // An import needs an empty store on both sides: the candidate gets what the primary imported,
        // read back from the primary once its import has finished (the request body is not kept).
        const finished = await waitForRun(primary, primaryRunId, context);
        if (finished.status !== 'succeeded') return {};
        run = await need(candidate.portability, 'portability', candidate).startImport(
          need(primary.portability, 'portability', primary).exportAll(context),
          context,
        );
      }
      outbox.rememberId('run', primaryRunId, run.runId);
      return { candidateRunId: run.runId, primaryRunId, kind };
    }
    case 'createLinkOverride': {
      const consolidation = need(candidate.consolidation, 'consolidation', candidate);
      const primaryId = payload.primaryOverrideId as string;
      if (outbox.candidateId('override', primaryId)) return {};
      const request = payload.body as LinkOverrideRequest;
      if (repeated) {
        const existing = await findOverride(candidate, request, context);
        if (existing) {
          outbox.rememberId('override', primaryId, existing.overrideId);
          return {};
        }
      }
      const created = await consolidation.createOverride(request, context);
      outbox.rememberId('override', primaryId, created.overrideId);
      return {};
    }
    case 'deleteLinkOverride': {
      const candidateId = outbox.candidateId('override', payload.primaryOverrideId);
      if (!candidateId)
        throw new PlumblineError('not-found', 'The override was never mirrored to the candidate, so its deletion cannot be.', { retryable: false });
      try {
        await need(candidate.consolidation, 'consolidation', candidate).deleteOverride(candidateId, context);
      } catch (error) {
        if (!(repeated && isKind(error, 'not-found'))) throw error;
      }
      return {};
    }
    case 'reviewFlag': {
      const flag = await findCandidateFlag(candidate, payload.flag, context);
      try {
        await need(candidate.flagging, 'flagging', candidate).reviewFlag(flag.flagId, payload.body, context);
      } catch (error) {
        // Already moved on by the first attempt: the transition is no longer allowed.
        if (!(repeated && isKind(error, 'conflict'))) throw error;
      }
      return {};
    }
    case 'redactReviewRationale': {
      const flagging = need(candidate.flagging, 'flagging', candidate);
      const flag = await findCandidateFlag(candidate, payload.flag, context);
      const review = flag.reviews[payload.reviewIndex as number];
      if (!review || !flagging.redactReview) throw new PlumblineError('not-found', 'The candidate has no matching review to redact.', { retryable: false });
      await flagging.redactReview(flag.flagId, review.reviewId, payload.body, context);
      return {};
    }
  }
}

async function findOverride(candidate: PlumblineAdapterV1, request: LinkOverrideRequest, context: OperationContext): Promise<LinkOverride | undefined> {
  const consolidation = need(candidate.consolidation, 'consolidation', candidate);
  const same = (override: LinkOverride) =>
    JSON.stringify([override.kind, override.left, override.right]) === JSON.stringify([request.kind, request.left, request.right]);
  let cursor: string | undefined;
  do {
    const page = await consolidation.listOverrides({ cursor, limit: 500 }, context);
    const found = page.items.find(same);
    if (found) return found;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return undefined;
}
