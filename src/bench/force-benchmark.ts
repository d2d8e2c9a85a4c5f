/**
 * The whole-force benchmark: a synthetic force through an adapter, end to end, scored against the
 * ground truth. Everything goes through the public adapter interface (ingest, runs, export, flags),
 * so any adapter can be measured the same way; the reference engine is the default.
 */
import type { Run, SourceRecord } from '../contract/index.js';
import type { PlumblineAdapterV1 } from '../adapter/adapter-v1.js';
import type { IndexedRecord } from '../adapter/sources-v1.js';
import { systemContext, type OperationContext } from '../adapter/context.js';
import { waitForRun } from '../adapter/wait-for-run.js';
import { allFlags } from '../adapter/all-flags.js';
import { MAX_BATCH_RECORDS } from '../contract/meta.js';
import { pairwiseAccuracy } from '../metrics/pairwise-accuracy.js';
import { baselineScore, NaiveBaseline, type BaselineScore } from '../metrics/naive-baseline.js';
import { flagAccuracy, type ComparableFlag } from '../metrics/flag-accuracy.js';
import type { LabelledForce } from './labelled-dataset.js';
import { expectedFlagsOf } from './expected-flags.js';
import { RecordKeyIndex } from './record-key-index.js';
import { possibleMatchFigures, type PossibleMatchFigures } from './possible-match-share.js';
import { scoreHardNonMatches, type HardNonMatchScore, type LookalikePair } from './hard-non-matches.js';
import { ParseValidateFloor, ratiosToFloor } from './parse-validate-floor.js';
import { ProgressMeter } from '../progress/progress-meter.js';

export interface ForceResult {
  readonly records: number;
  readonly timings: {
    /** Time spent in the adapter's `ingestRecords` calls, all batches together. */
    ingestSeconds: number;
    /** Time spent generating the records fed to ingest (the synthetic source systems, not the engine). */
    generateSeconds: number;
    consolidateSeconds: number;
    flagSeconds: number;
    expectedFlagsSeconds: number;
    /**
     * The floor: JSON.parse and the contract's schema check of every record, timed alone (see
     * parse-validate-floor.ts). Optional for scores kept from before it was measured.
     */
    parseValidateSeconds?: number;
  };
  readonly ingestRecordsPerSecond: number;
  /** Each phase's time over the parse-and-validate floor, measured in the same run. */
  readonly floorRatios: { ingest: number; consolidate: number; flag: number; total: number };
  readonly consolidation: { precision: number; recall: number; f1: number; subjects: number; people: number };
  /** The naive exact-identifier join on the same records, scored the same way: what the engine must beat. */
  readonly baseline: BaselineScore;
  /** The possible-match queue's size; null when the adapter does not offer one. */
  readonly possibleMatches: PossibleMatchFigures | null;
  /** Planted look-alike pairs the engine merged (typical and hard forces; absent when none are planted). */
  readonly hardNonMatches?: HardNonMatchScore;
  readonly flags: {
    precision: number;
    recall: number;
    f1: number;
    expected: number;
    raised: number;
    byDetector: Record<string, unknown>;
    /** Up to 20 of each kind of disagreement, to see why a figure falls short. */
    mismatches: { missed: ComparableFlag[]; extra: ComparableFlag[] };
  };
}

type Progress = (message: string) => void;
const seconds = (since: number) => (performance.now() - since) / 1000;

/**
 * Runs the force through the adapter and scores it. `context` is who is asking and why: a remote
 * gateway with authentication on wants a justification for the reads that score the result.
 * The adapter may hold other data (a bidder's shared sandbox): only the force's records and the
 * flags on subjects holding them are scored.
 */
export async function benchmarkForce(
  force: LabelledForce,
  adapter: PlumblineAdapterV1,
  progress: Progress,
  context: OperationContext = systemContext('benchmark'),
  options: { expectedFlags?: (asOf: string) => Promise<ComparableFlag[]> } = {},
): Promise<ForceResult> {
  const asOf = force.manifest.asOf;
  progress('expected flags: the standard detectors over the true people');
  let started = performance.now();
  const expectedFlags = options.expectedFlags ? await options.expectedFlags(asOf) : expectedFlagsOf(force, asOf);
  const expectedFlagsSeconds = seconds(started);

  started = performance.now();
  const truth = await ingestForce(force, adapter, progress, context);
  const generateSeconds = seconds(started) - truth.ingestSeconds - truth.parseValidateSeconds;
  const { ingestSeconds } = truth;

  started = performance.now();
  await runAndWait(adapter, 'consolidation', progress, context);
  const consolidateSeconds = seconds(started);

  started = performance.now();
  await runAndWait(adapter, 'flagging', progress, context, asOf);
  const flagSeconds = seconds(started);

  progress('scoring consolidation against the truth');
  const { predicted, personOfSubject, subjects } = await membership(adapter, truth, context);
  const consolidation = pairwiseAccuracy({ predicted, truth: truth.personOfRecord });
  const baseline = baselineScore(truth.baseline.score(truth.personOfRecord));
  const possibleMatches = await possibleMatchFigures(adapter, (key) => truth.indexOf.get(key), truth.personOfRecord, context);
  const pairs = lookalikePairs(force);
  const hardNonMatches = pairs.length > 0 ? scoreHardNonMatches(pairs, predicted, truth.personOfRecord, truth.people) : undefined;

  progress('scoring flags against the expected flags');
  const raised = (await allFlags(adapter, context))
    .filter((flag) => flag.subjectIds.some((subjectId) => personOfSubject.has(subjectId)))
    .map((flag): ComparableFlag => ({
      detectorId: flag.detectorId,
      people: flag.subjectIds.map((subjectId) => personOfSubject.get(subjectId) ?? `unknown:${subjectId}`),
      evidence: flag.evidence.map((reference) => `${reference.sourceId}/${reference.recordId}`),
    }));
  const flags = flagAccuracy(expectedFlags, raised);

  return {
    records: truth.personOfRecord.length,
    timings: { ingestSeconds, generateSeconds, consolidateSeconds, flagSeconds, expectedFlagsSeconds, parseValidateSeconds: truth.parseValidateSeconds },
    ingestRecordsPerSecond: truth.personOfRecord.length / ingestSeconds,
    floorRatios: ratiosToFloor(truth.parseValidateSeconds, {
      ingest: ingestSeconds,
      consolidate: consolidateSeconds,
      flag: flagSeconds,
      total: ingestSeconds + consolidateSeconds + flagSeconds,
    }),
    consolidation: { precision: consolidation.precision, recall: consolidation.recall, f1: consolidation.f1, subjects, people: truth.people.length },
    baseline,
    possibleMatches,
    ...(hardNonMatches ? { hardNonMatches } : {}),
    flags: {
      precision: flags.precision,
      recall: flags.recall,
      f1: flags.f1,
      expected: flags.expected,
      raised: flags.actual,
      byDetector: flags.byDetector,
      mismatches: { missed: flags.mismatches.missed.slice(0, 20), extra: flags.mismatches.extra.slice(0, 20) },
    },
  };
}

/** The look-alike pairs a synthetic force planted (people.ndjson's `lookalike`); none for other forces. */
function lookalikePairs(force: LabelledForce): LookalikePair[] {
  if (!force.people) return [];
  const pairs: LookalikePair[] = [];
  for (const person of force.people())
    if (person.lookalike) pairs.push({ personId: person.personId, otherId: person.lookalike.personId, kind: person.lookalike.kind });
  return pairs;
}

interface Truth {
  /** Record key (`sourceId/recordId`) → record index. */
  readonly indexOf: RecordKeyIndex;
  /** Record index → person index. */
  readonly personOfRecord: Int32Array;
  /** Person index → person id. */
  readonly people: string[];
  /** Seconds spent inside the adapter's `ingestRecords`. */
  readonly ingestSeconds: number;
  /** Seconds the parse-and-validate floor took over the same records. */
  readonly parseValidateSeconds: number;
  /** The naive join over the same records, in the same order. */
  readonly baseline: NaiveBaseline;
}

/** Registers the sources and ingests every record in full batches, remembering whose each record is. */
async function ingestForce(force: LabelledForce, adapter: PlumblineAdapterV1, progress: Progress, context: OperationContext): Promise<Truth> {
  const sources = adapter.sources!;
  for (const source of force.sources) {
    const { sourceId, ...registration } = source;
    await sources.putSource(sourceId, registration, context);
  }
  const indexOf = new RecordKeyIndex();
  const baseline = new NaiveBaseline();
  const personIndex = new Map<string, number>();
  const people: string[] = [];
  let personOfRecord = new Int32Array(1 << 20);
  let batch: IndexedRecord[] = [];
  let batchSource = '';
  let ingestSeconds = 0;
  const floor = new ParseValidateFloor();
  // The rate includes generating the records (the synthetic sources), as the wall clock does: the
  // label says so, since `timings.ingestSeconds` (the adapter's share alone) reads higher.
  const meter = new ProgressMeter('generate and ingest', 'records', (message) => progress(message), undefined, { intervalMs: 10_000 });
  const flush = async () => {
    if (batch.length === 0) return;
    floor.measure(batch.map((item) => item.record));
    const started = performance.now();
    const { results } = await sources.ingestRecords(batchSource, batch, context);
    ingestSeconds += seconds(started);
    const rejected = results.filter((result) => result.status === 'rejected');
    if (rejected.length > 0) throw new Error(`${rejected.length} synthetic records were rejected, e.g. ${JSON.stringify(rejected[0])}`);
    batch = [];
  };
  for (const { sourceId, record, personId } of force.records() as Iterable<{ sourceId: string; record: SourceRecord; personId: string }>) {
    if (sourceId !== batchSource || batch.length === MAX_BATCH_RECORDS) {
      await flush();
      batchSource = sourceId;
    }
    batch.push({ index: batch.length, record });
    const index = indexOf.size;
    indexOf.set(`${sourceId}/${record.recordId}`, index);
    baseline.add(record.identity);
    let person = personIndex.get(personId);
    if (person === undefined) {
      person = people.length;
      people.push(personId);
      personIndex.set(personId, person);
    }
    if (index >= personOfRecord.length) {
      const grown = new Int32Array(personOfRecord.length * 2);
      grown.set(personOfRecord);
      personOfRecord = grown;
    }
    personOfRecord[index] = person;
    meter.update(index + 1);
  }
  await flush();
  meter.finish(indexOf.size);
  return { indexOf, personOfRecord: personOfRecord.slice(0, indexOf.size), people, ingestSeconds, parseValidateSeconds: floor.seconds, baseline };
}

async function runAndWait(
  adapter: PlumblineAdapterV1,
  kind: 'consolidation' | 'flagging',
  progress: Progress,
  context: OperationContext,
  asOf?: string,
): Promise<void> {
  progress(`${kind} run`);
  const run =
    kind === 'consolidation' ? await adapter.consolidation!.startRun({ mode: 'full' }, context) : await adapter.flagging!.startRun({ asOf: asOf! }, context);
  let meter: ProgressMeter | undefined;
  const onProgress = ({ progress: { done, total, unit } }: Run) => {
    meter ??= new ProgressMeter(`${kind} run`, unit, (message) => progress(message), total, { intervalMs: 10_000 });
    if (done > 0) meter.update(done, total);
  };
  const finished = await waitForRun(adapter, run.runId, context, { timeoutMs: 3_600_000, onProgress });
  if (finished.status !== 'succeeded') throw new Error(`${kind} run failed: ${JSON.stringify(finished.error)}`);
}

/** Which subject each record ended in, read from the adapter's own export (any adapter can give it). */
async function membership(adapter: PlumblineAdapterV1, truth: Truth, context: OperationContext) {
  const predicted = new Int32Array(truth.personOfRecord.length).map((_, index) => -1 - index);
  const personOfSubject = new Map<string, string>();
  let subjects = 0;
  for await (const line of adapter.portability!.exportAll(context)) {
    if (line.kind !== 'subject') continue;
    const votes = new Map<number, number>();
    for (const reference of line.subject.records) {
      const index = truth.indexOf.get(`${reference.sourceId}/${reference.recordId}`);
      if (index === undefined) continue;
      predicted[index] = subjects;
      const person = truth.personOfRecord[index];
      votes.set(person, (votes.get(person) ?? 0) + 1);
    }
    const [majority] = [...votes].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0] ?? [];
    // A subject holding none of the force's records is someone else's data: not counted.
    if (majority === undefined) continue;
    personOfSubject.set(line.subject.subjectId, truth.people[majority]);
    subjects += 1;
  }
  return { predicted, personOfSubject, subjects };
}
