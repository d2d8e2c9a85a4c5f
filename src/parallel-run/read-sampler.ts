/**
 * Reads a sample of the primary's read answers again, from the primary (the noise floor) and from
 * the candidate, after the client has had its answer, and tallies where the candidate differs
 * (`read-diff.ts`). One sample at a time: a read arriving while one is being compared is counted
 * as skipped, so sampling never queues work behind the primary's clients.
 *
 * Only reads whose parameters mean the same to both adapters are sampled: records and sources by
 * the client's own ids, detectors, and subjects translated through their first record (the
 * candidate's subject holding that record is the one to compare).
 */
import type { PlumblineAdapterV1 } from '../adapter/adapter-v1.js';
import type { OperationContext } from '../adapter/context.js';
import type { Subject } from '../contract/index.js';
import type { AuditTrail } from '../gateway/audit/audit-trail.js';
import { LatencyTally } from './latency-tally.js';
import { PARALLEL_RUN_ACTOR } from './mirror-worker.js';
import { compareReads } from './read-diff.js';

/** Reads the sampler knows how to repeat on any adapter. */
const sampledOperations = ['getRecord', 'getSource', 'listDetectors', 'getSubject'] as const;
type SampledOperation = (typeof sampledOperations)[number];

export function isSampled(operation: string): operation is SampledOperation {
  return (sampledOperations as readonly string[]).includes(operation);
}

/** What the sampler has seen so far. */
export interface ReadSampleTally {
  readonly sampleEvery: number;
  readonly sampled: number;
  readonly agreed: number;
  /** Reads due for a sample while another was being compared. */
  readonly skipped: number;
  /** Samples the candidate (or the second primary read) failed to answer. */
  readonly failed: number;
  /** Field paths differing beyond the noise floor, most frequent first. */
  readonly fields: { operation: string; path: string; count: number }[];
  /** Field paths ignored because the primary's own two reads differed there. */
  readonly noise: { operation: string; path: string; count: number }[];
}

async function readOn(
  adapter: PlumblineAdapterV1,
  operation: SampledOperation,
  params: Record<string, string>,
  context: OperationContext,
  translate: boolean,
): Promise<unknown> {
  switch (operation) {
    case 'getRecord':
      return adapter.sources!.getRecord(params.sourceId, params.recordId, context);
    case 'getSource':
      return adapter.sources!.getSource(params.sourceId, context);
    case 'listDetectors':
      return adapter.flagging!.listDetectors(context);
    case 'getSubject': {
      if (!translate) return adapter.consolidation!.getSubject(params.subjectId, context);
      // The candidate names its subjects itself: find its subject through a record both hold.
      const stored = await adapter.sources!.getRecord(params.sourceId, params.recordId, context);
      return stored.subjectId === null ? null : adapter.consolidation!.getSubject(stored.subjectId, context);
    }
  }
}

export class ReadSampler {
  private seen = 0;
  private busy = false;
  private sampled = 0;
  private agreed = 0;
  private skipped = 0;
  private failed = 0;
  private readonly fields = new Map<string, number>();
  private readonly noise = new Map<string, number>();

  constructor(
    private readonly primary: PlumblineAdapterV1,
    private readonly candidate: PlumblineAdapterV1,
    private readonly trail: AuditTrail,
    private readonly candidateLatency: LatencyTally,
    readonly sampleEvery: number,
  ) {}

  /**
   * Offers a read the primary has answered; every `sampleEvery`-th is compared in the background.
   * Returns the comparison's promise when one was started (tests wait on it).
   */
  offer(operation: string, params: Record<string, string>, answer: unknown, context: OperationContext): Promise<void> | undefined {
    if (!isSampled(operation) || this.sampleEvery <= 0) return undefined;
    this.seen += 1;
    if (this.seen % this.sampleEvery !== 0) return undefined;
    if (this.busy) {
      this.skipped += 1;
      return undefined;
    }
    this.busy = true;
    return this.compare(operation, params, answer, context).finally(() => (this.busy = false));
  }

  private async compare(operation: SampledOperation, params: Record<string, string>, answer: unknown, context: OperationContext): Promise<void> {
    let candidateParams = params;
    if (operation === 'getSubject') {
      const first = (answer as Subject | undefined)?.records?.[0];
      if (!first) return;
      candidateParams = { sourceId: first.sourceId, recordId: first.recordId };
    }
    // The candidate is another processor: what it is asked is a disclosure, recorded before it is made.
    await this.trail.append({
      occurredAt: new Date().toISOString(),
      actor: PARALLEL_RUN_ACTOR,
      role: null,
      action: 'disclosure',
      operation: 'compareReadOnCandidate',
      targets: params.recordId
        ? [{ type: 'record', id: `${params.sourceId}/${params.recordId}` }]
        : params.subjectId
          ? [{ type: 'subject', id: params.subjectId }]
          : [],
      criteria: { recipient: this.candidate.identity.id, vendor: this.candidate.identity.vendor, compares: operation },
      justification: 'parallel run of a candidate supplier (PLUMBLINE_CANDIDATE_ADAPTER)',
      status: 200,
      requestId: `parallel-run-read-${this.sampled + this.failed + 1}`,
    });
    let primaryAgain: unknown;
    let candidateAnswer: unknown;
    try {
      primaryAgain = await readOn(this.primary, operation, params, context, false);
    } catch {
      this.failed += 1;
      return;
    }
    const started = performance.now();
    try {
      candidateAnswer = await readOn(this.candidate, operation, candidateParams, context, operation === 'getSubject');
      this.candidateLatency.add(performance.now() - started, false);
    } catch {
      // An error where the primary answered (a 404 for a record it holds, a 502) is a failure of the candidate.
      this.candidateLatency.add(performance.now() - started, true);
      this.failed += 1;
      return;
    }
    this.sampled += 1;
    const { differences, noise } = compareReads(answer, primaryAgain, candidateAnswer);
    if (differences.length === 0) this.agreed += 1;
    for (const path of differences) this.fields.set(`${operation} ${path}`, (this.fields.get(`${operation} ${path}`) ?? 0) + 1);
    for (const path of noise) this.noise.set(`${operation} ${path}`, (this.noise.get(`${operation} ${path}`) ?? 0) + 1);
  }

  tally(): ReadSampleTally {
    const list = (counts: Map<string, number>) =>
      [...counts]
        .map(([key, count]) => ({ operation: key.slice(0, key.indexOf(' ')), path: key.slice(key.indexOf(' ') + 1), count }))
        .sort((left, right) => right.count - left.count)
        .slice(0, 50);
    return {
      sampleEvery: this.sampleEvery,
      sampled: this.sampled,
      agreed: this.agreed,
      skipped: this.skipped,
      failed: this.failed,
      fields: list(this.fields),
      noise: list(this.noise),
    };
  }
}
