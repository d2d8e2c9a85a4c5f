/**
 * The worker side of pg-compute-thread.ts: computes one thing from what it was handed (plain
 * data, copied in) and posts the answer back. It touches no database.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ConsolidationRunRequest, FlaggingRunRequest, RecordType } from '../../../src/contract/index.js';
import { evaluateDetectors } from '../../../src/detectors/evaluation.js';
import type { DetectorRecord, SubjectIdentityFacts } from '../../../src/detectors/types.js';
import { resolveSnapshot, type RunSnapshot } from '../services/resolution-plan.js';

/** What to compute. */
export type ComputeRequest =
  | { readonly kind: 'resolve'; readonly snapshot: RunSnapshot; readonly mode: ConsolidationRunRequest['mode'] }
  | {
      readonly kind: 'detect';
      readonly request: FlaggingRunRequest;
      readonly identities: Map<string, SubjectIdentityFacts>;
      readonly records: Map<RecordType, Map<string, DetectorRecord[]>>;
    };

export type ComputeReply = { readonly answer: unknown } | { readonly error: string };

/** Detectors over records already loaded and filtered (the loader applied each type's lookback and readers). */
export function detectOver(
  request: FlaggingRunRequest,
  identities: Map<string, SubjectIdentityFacts>,
  records: Map<RecordType, Map<string, DetectorRecord[]>>,
) {
  return evaluateDetectors(request.detectors, request.asOf, {
    identities,
    loadRecords(type) {
      const loaded = records.get(type) ?? new Map<string, DetectorRecord[]>();
      // Handed over once: the evaluation drops it when its last reader is done.
      records.delete(type);
      return loaded;
    },
  });
}

if (parentPort && workerData) {
  const request = workerData as ComputeRequest;
  try {
    const answer =
      request.kind === 'resolve' ? resolveSnapshot(request.snapshot, request.mode) : detectOver(request.request, request.identities, request.records);
    parentPort.postMessage({ answer } satisfies ComputeReply);
  } catch (error) {
    parentPort.postMessage({ error: String(error) } satisfies ComputeReply);
  }
}
