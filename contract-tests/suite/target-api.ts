/**
 * The calls tests make again and again, through the typed client only, each checking the answer
 * as any client would rely on it. A setup step the target gets wrong fails the test (the target
 * broke the contract), naming the step.
 */
import type { PlumblineClient } from '../../src/client/index.js';
import {
  ExportLine,
  Flag,
  IngestResult,
  LinkExplanation,
  LinkOverride,
  Run,
  StoredRecord,
  Subject,
  type DetectorSelection,
  type FlagQuery,
  type LinkOverrideRequest,
  type RecordRef,
  type SourceKind,
  type SourceRecord,
} from '../../src/contract/index.js';
import { expectStatus, parseAs, type Answer } from './answers.js';
import { ConformanceFailure, check } from './failure.js';
import { allPages } from './pages.js';

/** A source registration tests use; only the kind and the name vary. */
export function sourceRegistration(kind: SourceKind, name = `Conformance ${kind}`) {
  return { kind, name, controller: 'Conformance suite', lawfulBasis: 'DPA 2018 s.35', purpose: 'Conformance testing', retentionPeriod: 'P6Y' } as const;
}

/** Export lines as an NDJSON body. */
export function ndjson(lines: readonly object[]): string {
  return lines.map((line) => JSON.stringify(line)).join('\n') + '\n';
}

/** Posts an NDJSON export to `/v1/imports`; the answer is checked by the caller. */
export function postImport(client: PlumblineClient, body: string) {
  return client.POST('/v1/imports', {
    body: body as never,
    bodySerializer: (text: unknown) => text as string,
    headers: { 'content-type': 'application/x-ndjson' },
  });
}

/** An NDJSON export as lines, each checked against the contract. */
export function parseExport(text: string): ExportLine[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => parseAs(ExportLine, JSON.parse(line), `export line ${index + 1}`));
}

const pollDelays = [5, 10, 20, 40, 80, 100];

export class TargetApi {
  constructor(
    readonly client: PlumblineClient,
    private readonly runTimeoutMs = 600_000,
  ) {}

  async putSource(sourceId: string, kind: SourceKind): Promise<void> {
    const answer = await this.client.PUT('/v1/sources/{sourceId}', { params: { path: { sourceId } }, body: sourceRegistration(kind) });
    expectStatus(answer, [200, 201], `registering source ${sourceId}`);
  }

  /** Ingests records that must all be accepted, in batches the target's limit allows. */
  async ingest(sourceId: string, records: readonly SourceRecord[], batchSize = 1000): Promise<IngestResult[]> {
    const results: IngestResult[] = [];
    for (let start = 0; start < records.length; start += batchSize) {
      const batch = records.slice(start, start + batchSize);
      const answer = await this.client.POST('/v1/sources/{sourceId}/records', { params: { path: { sourceId } }, body: { records: batch as never } });
      const result = parseAs(IngestResult, expectStatus(answer, 200, `ingesting ${batch.length} records into ${sourceId}`), 'IngestResult');
      const rejected = result.results.find((entry) => entry.status === 'rejected');
      if (rejected) throw new ConformanceFailure(`ingesting into ${sourceId}: a valid record was rejected`, rejected, 'every record accepted');
      results.push(result);
    }
    return results;
  }

  /** Polls a run until it has finished; a failed run fails the test. */
  async waitForRun(started: Run, what: string): Promise<Run> {
    const deadline = Date.now() + this.runTimeoutMs;
    for (let attempt = 0; ; attempt++) {
      const answer = await this.client.GET('/v1/runs/{runId}', { params: { path: { runId: started.runId } } });
      const run = parseAs(Run, expectStatus(answer, 200, `polling ${what} run ${started.runId}`), 'Run');
      if (run.status === 'succeeded') return run;
      if (run.status === 'failed') throw new ConformanceFailure(`the ${what} run failed`, run.error, 'status succeeded');
      if (Date.now() > deadline) throw new ConformanceFailure(`the ${what} run did not finish in time`, run.status, 'succeeded');
      await new Promise((resolve) => setTimeout(resolve, pollDelays[Math.min(attempt, pollDelays.length - 1)]));
    }
  }

  /**
   * Waits for a run the target started although it should have refused to (answering 202), so
   * that the stray run cannot disturb the tests after this one. Its outcome does not matter.
   */
  async settleStrayRun(answer: Answer): Promise<void> {
    const runId = (answer.data as { runId?: unknown } | undefined)?.runId;
    if (answer.response.status !== 202 || typeof runId !== 'string') return;
    await this.waitForRun(answer.data as Run, 'stray').catch(() => undefined);
  }

  async consolidate(mode: 'incremental' | 'full' = 'incremental'): Promise<Run> {
    const answer = await this.client.POST('/v1/consolidation-runs', { body: { mode } });
    return this.waitForRun(parseAs(Run, expectStatus(answer, 202, 'starting a consolidation run'), 'Run'), 'consolidation');
  }

  async flag(asOf: string, detectors?: DetectorSelection[]): Promise<Run> {
    const answer = await this.client.POST('/v1/flagging-runs', { body: { asOf, detectors } });
    return this.waitForRun(parseAs(Run, expectStatus(answer, 202, 'starting a flagging run'), 'Run'), 'flagging');
  }

  async record(reference: RecordRef): Promise<StoredRecord> {
    const answer = await this.client.GET('/v1/sources/{sourceId}/records/{recordId}', { params: { path: reference } });
    return parseAs(StoredRecord, expectStatus(answer, 200, `reading record ${reference.sourceId}/${reference.recordId}`), 'StoredRecord');
  }

  /** The subject a record is consolidated into; fails when it has none. */
  async subjectIdOf(reference: RecordRef): Promise<string> {
    const { subjectId } = await this.record(reference);
    check(subjectId, `record ${reference.sourceId}/${reference.recordId} is in no subject after consolidation`, subjectId, 'a subject id');
    return subjectId;
  }

  async subject(subjectId: string): Promise<Subject> {
    const answer = await this.client.GET('/v1/subjects/{subjectId}', { params: { path: { subjectId } } });
    return parseAs(Subject, expectStatus(answer, 200, `reading subject ${subjectId}`), 'Subject');
  }

  async subjectOf(reference: RecordRef): Promise<Subject> {
    return this.subject(await this.subjectIdOf(reference));
  }

  async links(subjectId: string): Promise<LinkExplanation[]> {
    const items = await allPages(
      (cursor) => this.client.GET('/v1/subjects/{subjectId}/links', { params: { path: { subjectId }, query: { cursor, limit: 500 } } }),
      `listing the links of ${subjectId}`,
    );
    return items.map((item) => parseAs(LinkExplanation, item, 'LinkExplanation'));
  }

  async flags(query: FlagQuery): Promise<Flag[]> {
    const items = await allPages((cursor) => this.client.GET('/v1/flags', { params: { query: { ...query, cursor, limit: 500 } } }), 'listing flags');
    return items.map((item) => parseAs(Flag, item, 'Flag'));
  }

  async createOverride(request: LinkOverrideRequest): Promise<LinkOverride> {
    const answer = await this.client.POST('/v1/link-overrides', { body: request });
    return parseAs(LinkOverride, expectStatus(answer, 201, `creating a ${request.kind} override`), 'LinkOverride');
  }

  /** The whole export as sent. */
  async exportText(): Promise<string> {
    const answer = await this.client.GET('/v1/export', { parseAs: 'text' });
    return expectStatus(answer, 200, 'exporting') as unknown as string;
  }

  /** The whole export, parsed line by line. */
  async exportLines(): Promise<ExportLine[]> {
    return parseExport(await this.exportText());
  }
}
