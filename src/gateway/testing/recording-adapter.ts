/**
 * A test adapter that records every call and answers with the contract's own examples. Any
 * answer can be replaced per test, which is how tests make an adapter misbehave. Ids starting with
 * `missing` are unknown, so every route's 404 path can be exercised.
 */
import type { PlumblineAdapterV1 } from '../../adapter/adapter-v1.js';
import { errors } from '../../adapter/errors.js';
import {
  capabilities as allCapabilities,
  Detector,
  Erasure,
  exampleOf,
  Flag,
  LinkExplanation,
  LinkCandidate,
  LinkOverride,
  Run,
  Source,
  StoredRecord,
  Subject,
  SubjectSummary,
  type Capability,
  type ExportLine,
} from '../../contract/index.js';

export interface RecordedCall {
  method: string;
  args: unknown[];
}

type Answer = (...args: any[]) => unknown;

export interface RecordingAdapter extends PlumblineAdapterV1 {
  /** Every call, in order. */
  readonly calls: RecordedCall[];
}

function unknownId(id: string) {
  if (id.startsWith('missing')) throw errors.notFound(`No resource with id "${id}".`);
}

const defaultAnswers: Record<string, Answer> = {
  putSource: (sourceId: string) => ({ source: { ...exampleOf(Source), sourceId }, created: sourceId !== 'existing' }),
  getSource: (sourceId: string) => (unknownId(sourceId), { ...exampleOf(Source), sourceId }),
  listSources: () => ({ items: [exampleOf(Source)], nextCursor: null }),
  ingestRecords: (sourceId: string, records: { index: number; record: { recordId: string } }[]) => {
    unknownId(sourceId);
    return { results: records.map(({ index, record }) => ({ index, recordId: record.recordId, status: 'created' })) };
  },
  getRecord: (_sourceId: string, recordId: string) => (unknownId(recordId), exampleOf(StoredRecord)),
  eraseRecord: (sourceId: string, recordId: string, reason: string) => (unknownId(recordId), { ...exampleOf(Erasure), sourceId, recordId, reason }),
  startConsolidationRun: () => ({ ...exampleOf(Run), status: 'queued', finishedAt: null }),
  listSubjects: () => ({ items: [exampleOf(SubjectSummary)], nextCursor: null }),
  getSubject: (subjectId: string) => {
    unknownId(subjectId);
    return subjectId.startsWith('merged') ? { redirectTo: 'subj-7f3a' } : { subject: { ...exampleOf(Subject), subjectId } };
  },
  listLinks: (subjectId: string) => (unknownId(subjectId), { items: [exampleOf(LinkExplanation)], nextCursor: null }),
  createOverride: (input: object) => ({ ...exampleOf(LinkOverride), ...input }),
  listOverrides: () => ({ items: [exampleOf(LinkOverride)], nextCursor: null }),
  listLinkCandidates: () => ({ items: [exampleOf(LinkCandidate)], nextCursor: null }),
  deleteOverride: (overrideId: string) => unknownId(overrideId),
  listDetectors: () => [exampleOf(Detector)],
  startFlaggingRun: () => ({ ...exampleOf(Run), kind: 'flagging', status: 'queued', finishedAt: null }),
  listFlags: () => ({ items: [exampleOf(Flag)], nextCursor: null }),
  getFlag: (flagId: string) => (unknownId(flagId), { ...exampleOf(Flag), flagId }),
  reviewFlag: (flagId: string) => (unknownId(flagId), { ...exampleOf(Flag), flagId, status: 'in_review' }),
  redactReview: (flagId: string) => (unknownId(flagId), { ...exampleOf(Flag), flagId }),
  getRun: (runId: string) => (unknownId(runId), { ...exampleOf(Run), runId }),
  exportAll: async function* (): AsyncGenerator<ExportLine> {
    yield {
      kind: 'header',
      contractVersion: '1.0.0',
      exportedAt: '2026-03-01T08:00:00Z',
      adapter: { id: 'recording', name: 'Recording', version: '0', vendor: 'tests' },
    };
    yield { kind: 'source', source: exampleOf(Source) as never };
    yield { kind: 'end', counts: { source: 1 } };
  },
  startImport: async (lines: AsyncIterable<ExportLine>) => {
    let count = 0;
    for await (const _line of lines) count += 1;
    return { ...exampleOf(Run), kind: 'import', statistics: { lines: count } };
  },
};

/**
 * Makes a recording adapter. `answers` replaces answers by method name (for `startRun`, use
 * `startConsolidationRun` or `startFlaggingRun`).
 */
export function createRecordingAdapter(options: { capabilities?: readonly Capability[]; answers?: Record<string, Answer> } = {}): RecordingAdapter {
  const calls: RecordedCall[] = [];
  const answers = { ...defaultAnswers, ...options.answers };
  const call =
    (name: string, recordedAs = name) =>
    async (...args: unknown[]) => {
      calls.push({ method: recordedAs, args });
      return answers[name](...args);
    };
  const stream =
    (name: string) =>
    (...args: unknown[]) => {
      calls.push({ method: name, args });
      return answers[name](...args);
    };

  return {
    specificationVersion: 'v1',
    identity: { id: 'recording', name: 'Recording test adapter', version: '0.0.0', vendor: 'Plumbline tests' },
    capabilities: options.capabilities ?? allCapabilities,
    calls,
    sources: {
      putSource: call('putSource'),
      getSource: call('getSource'),
      listSources: call('listSources'),
      ingestRecords: call('ingestRecords'),
      getRecord: call('getRecord'),
      eraseRecord: call('eraseRecord'),
    } as never,
    consolidation: {
      startRun: call('startConsolidationRun'),
      listSubjects: call('listSubjects'),
      getSubject: call('getSubject'),
      listLinks: call('listLinks'),
      createOverride: call('createOverride'),
      listOverrides: call('listOverrides'),
      deleteOverride: call('deleteOverride'),
      listLinkCandidates: call('listLinkCandidates'),
    } as never,
    flagging: {
      listDetectors: call('listDetectors'),
      startRun: call('startFlaggingRun'),
      listFlags: call('listFlags'),
      getFlag: call('getFlag'),
      reviewFlag: call('reviewFlag'),
      redactReview: call('redactReview'),
    } as never,
    runs: { getRun: call('getRun') } as never,
    portability: { exportAll: stream('exportAll'), startImport: call('startImport') } as never,
    checkReady: async () => {},
    close: async () => {},
  };
}
