/**
 * Record ingest and reading. Whether a record was committed is observed through ingest itself
 * where possible (sending it again answers `unchanged` only if it is held), so these tests need
 * nothing but `records.ingest`.
 */
import { IngestResult, StoredRecord, type SourceRecord } from '../../../src/contract/index.js';
import { expectRefusal, expectStatus, parseAs } from '../answers.js';
import { check, checkEqual } from '../failure.js';
import { conformanceTest, type TestGroup } from '../conformance-test.js';
import { allegation, employment, systemAccess } from '../record-builders.js';
import type { TestContext } from '../test-context.js';

async function post(context: TestContext, sourceId: string, records: readonly unknown[]) {
  return context.client.POST('/v1/sources/{sourceId}/records', { params: { path: { sourceId } }, body: { records: records as never } });
}

async function ingestAnswer(context: TestContext, sourceId: string, records: readonly unknown[], action: string): Promise<IngestResult> {
  return parseAs(IngestResult, expectStatus(await post(context, sourceId, records), 200, action), 'IngestResult');
}

/** The status of each record, in batch order. */
const statusesOf = (result: IngestResult) => result.results.map((entry) => entry.status);

function threeRecords(context: TestContext): SourceRecord[] {
  const person = context.person('ingested');
  return [
    employment(context.ids.of('emp'), person.identity),
    allegation(context.ids.of('cmp'), { staffNumber: person.identity.staffNumber }, '2025-06-01', context.ids.of('case')),
    systemAccess(context.ids.of('acc'), { username: person.identity.username }, '2025-06-02'),
  ];
}

const needed = ['sources'] as const;

export const recordTests: TestGroup = {
  title: 'Record ingest',
  tests: [
    conformanceTest(
      'REC-001',
      'a valid batch gets one result per record, in order',
      async (context) => {
        const sourceId = context.ids.of('src');
        await context.api.putSource(sourceId, 'hr');
        const records = threeRecords(context);
        const result = await ingestAnswer(context, sourceId, records, 'ingesting a valid batch');
        checkEqual(result.sourceId, sourceId, 'the result names another source');
        checkEqual(
          result.results.map(({ index, recordId, status }) => ({ index, recordId, status })),
          records.map((record, index) => ({ index, recordId: record.recordId, status: 'created' })),
          'the per-record results',
        );
        checkEqual(result.counts, { created: 3, updated: 0, unchanged: 0, rejected: 0 }, 'the counts');
      },
      needed,
    ),

    conformanceTest(
      'REC-002',
      'the same record again is unchanged; changed content is updated',
      async (context) => {
        const sourceId = context.ids.of('src');
        await context.api.putSource(sourceId, 'hr');
        const records = threeRecords(context);
        await ingestAnswer(context, sourceId, records, 'ingesting a batch');
        const repeated = await ingestAnswer(context, sourceId, records, 'ingesting the same batch again');
        checkEqual(statusesOf(repeated), ['unchanged', 'unchanged', 'unchanged'], 'a repeated batch');
        checkEqual(repeated.counts.unchanged, 3, 'the count of unchanged records');
        const changed = { ...records[0], role: 'Custody officer' } as SourceRecord;
        const update = await ingestAnswer(context, sourceId, [changed, records[1]], 'ingesting a changed record');
        checkEqual(statusesOf(update), ['updated', 'unchanged'], 'a changed record and an unchanged one');
        if (context.claims('records.read')) {
          const held = await context.api.record({ sourceId, recordId: changed.recordId });
          checkEqual(held.record, changed, 'the updated record as held');
        }
      },
      needed,
    ),

    conformanceTest(
      'REC-003',
      'an invalid record is rejected alone and the rest committed',
      async (context) => {
        const sourceId = context.ids.of('src');
        await context.api.putSource(sourceId, 'hr');
        const [first, second, third] = threeRecords(context);
        const invalid = { ...second, occurredAt: 'last Tuesday' };
        const result = await ingestAnswer(context, sourceId, [first, invalid, third], 'ingesting a batch with one invalid record');
        checkEqual(statusesOf(result), ['created', 'rejected', 'created'], 'the per-record results');
        const errors = result.results[1].errors ?? [];
        check(
          errors.some((error) => error.path.includes('occurredAt')),
          'the rejection does not name the invalid field',
          errors,
          'an error naming occurredAt',
        );
        checkEqual(result.results[1].recordId, second.recordId, 'the rejected record’s id');
        const again = await ingestAnswer(context, sourceId, [first, third], 'sending the accepted records again');
        checkEqual(statusesOf(again), ['unchanged', 'unchanged'], 'the accepted records, sent again (they must already be held)');
      },
      needed,
    ),

    conformanceTest(
      'REC-003',
      'a record with a field the contract does not define is rejected naming it, not stored without it',
      async (context) => {
        const sourceId = context.ids.of('src');
        await context.api.putSource(sourceId, 'hr');
        const [first, second] = threeRecords(context);
        const unknown = { ...second, middleName: 'Quentin', identity: { ...second.identity, shoeSize: '9' } };
        const result = await ingestAnswer(context, sourceId, [first, unknown], 'ingesting a batch with a record holding unknown fields');
        checkEqual(statusesOf(result), ['created', 'rejected'], 'the per-record results');
        const paths = (result.results[1].errors ?? []).map((error) => error.path).join(' ');
        check(
          paths.includes('middleName') && paths.includes('shoeSize'),
          'the rejection does not name each unknown field',
          result.results[1].errors,
          'errors naming middleName and identity/shoeSize',
        );
      },
      needed,
    ),

    conformanceTest(
      'REC-004',
      'a batch over the size limit is refused with 413 and nothing stored',
      async (context) => {
        const sourceId = context.ids.of('src');
        await context.api.putSource(sourceId, 'hr');
        const size = context.meta.limits.maxBatchRecords + 1;
        const person = context.person('bulk');
        const records = Array.from({ length: size }, (_, index) =>
          systemAccess(context.ids.of(`acc${index}`), { username: person.identity.username }, '2025-06-02'),
        );
        expectRefusal(await post(context, sourceId, records), 413, `ingesting ${size} records`);
        const probe = await ingestAnswer(context, sourceId, [records[0]], 'sending the first record of the refused batch alone');
        checkEqual(statusesOf(probe), ['created'], 'the first record of the refused batch (it must not be held)');
      },
      needed,
    ),

    conformanceTest(
      'REC-005',
      'a batch for an unregistered source is refused with 404 and nothing stored',
      async (context) => {
        const sourceId = context.ids.of('unregistered');
        const records = threeRecords(context);
        expectRefusal(await post(context, sourceId, records), 404, 'ingesting into an unregistered source');
        await context.api.putSource(sourceId, 'hr');
        const after = await ingestAnswer(context, sourceId, records, 'ingesting once the source is registered');
        checkEqual(statusesOf(after), ['created', 'created', 'created'], 'the records sent before the source existed (none may be held)');
      },
      needed,
    ),

    conformanceTest(
      'REC-007',
      'a record carrying a protected characteristic is rejected and not held',
      async (context) => {
        const sourceId = context.ids.of('src');
        await context.api.putSource(sourceId, 'hr');
        const [first, second, third] = threeRecords(context);
        const inIdentity = { ...first, identity: { ...first.identity, ethnicity: 'White' } };
        const asField = { ...second, protectedCharacteristics: { sex: 'female' } };
        const inTarget = { ...third, target: { kind: 'person', identity: { familyName: 'Okafor', religion: 'Christian' } } };
        const result = await ingestAnswer(context, sourceId, [inIdentity, asField, inTarget], 'ingesting records carrying protected characteristics');
        checkEqual(statusesOf(result), ['rejected', 'rejected', 'rejected'], 'the per-record results');
        const named = (index: number, field: string) => (result.results[index].errors ?? []).some((error) => error.path.includes(field));
        check(
          named(0, 'ethnicity') && named(1, 'protectedCharacteristics') && named(2, 'religion'),
          'a rejection does not name the protected field',
          result.results.map((entry) => entry.errors),
          'errors naming ethnicity, protectedCharacteristics and religion',
        );
        const clean = await ingestAnswer(context, sourceId, [first, second, third], 'sending the same records without them');
        checkEqual(statusesOf(clean), ['created', 'created', 'created'], 'the records sent without protected characteristics (none may already be held)');
      },
      needed,
    ),

    conformanceTest(
      'REC-006',
      'a record reads back exactly as sent, timestamps to the fraction and offset',
      async (context) => {
        const sourceId = context.ids.of('src');
        await context.api.putSource(sourceId, 'complaints');
        const person = context.person('read');
        const sent = allegation(
          context.ids.of('cmp'),
          { warrantNumber: person.identity.warrantNumber, givenName: 'Bob', familyName: person.identity.familyName },
          '2025-07-14',
          context.ids.of('case'),
          {
            category: 'honesty_and_integrity',
            origin: 'internal',
            outcome: 'misconduct',
            outcomeDate: '2025-11-30',
            extensions: { 'x-conformance-note': 'kept as sent' },
          },
        );
        // Seconds, fractions and offsets as sources write them: none may be rounded, truncated or normalised.
        const timestamps = ['2025-07-14T23:59:59Z', '2025-07-14T06:05:04.5-05:00', '2025-07-14T12:00:00.123456+05:30'];
        const others = timestamps.map((occurredAt, index) => ({
          ...systemAccess(context.ids.of(`acc${index}`), { username: person.identity.username }, '2025-07-14'),
          occurredAt,
        }));
        const before = Date.now();
        await context.api.ingest(sourceId, [sent, ...others]);
        const read = async (record: SourceRecord) => {
          const answer = await context.client.GET('/v1/sources/{sourceId}/records/{recordId}', { params: { path: { sourceId, recordId: record.recordId } } });
          return parseAs(StoredRecord, expectStatus(answer, 200, 'reading the record'), 'StoredRecord');
        };
        const held = await read(sent);
        checkEqual(held.record, sent, 'the record as held');
        checkEqual(held.sourceId, sourceId, 'the record’s source');
        const ingestedAt = Date.parse(held.ingestedAt);
        check(
          ingestedAt >= before - 300_000 && ingestedAt <= Date.now() + 300_000,
          'the ingestion time is not when it was ingested',
          held.ingestedAt,
          'about now',
        );
        for (const other of others) checkEqual((await read(other)).record.occurredAt, other.occurredAt, `the timestamp of ${other.recordId} as held`);
      },
      ['sources', 'records.ingest'],
    ),
  ],
};
