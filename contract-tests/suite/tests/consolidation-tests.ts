/** Consolidation: runs, identifier links, subjects, explanations, stable ids, redirects, search. */
import { Run, SubjectSummary, type LinkExplanation, type RecordRef, type SourceRecord } from '../../../src/contract/index.js';
import { expectStatus, parseAs } from '../answers.js';
import { check, checkEqual } from '../failure.js';
import { conformanceTest, type TestGroup } from '../conformance-test.js';
import { loadDataset } from '../dataset.js';
import { strangers, subjectsOf } from '../scenarios.js';
import { allegation, employment, systemAccess } from '../record-builders.js';
import type { TestContext } from '../test-context.js';
import { allPages } from '../pages.js';
import { checkLinksExplain } from './link-checks.js';

const key = (reference: RecordRef) => `${reference.sourceId}/${reference.recordId}`;

/** Alice's records share identifiers; Bob shares nothing with her; Carol's complaint has no identifier, only her name, birth date and postcode. */
async function consolidatedPeople(context: TestContext) {
  const [alice, bob, carol] = ['alice', 'bob', 'carol'].map((label) => context.person(label));
  const aliceRecords: SourceRecord[] = [
    employment(context.ids.of('alice-emp'), alice.identity),
    allegation(
      context.ids.of('alice-cmp'),
      { staffNumber: alice.identity.staffNumber, givenName: alice.identity.givenName, familyName: alice.identity.familyName },
      '2025-05-01',
      context.ids.of('case1'),
    ),
    systemAccess(context.ids.of('alice-acc'), { username: alice.identity.username }, '2025-05-02'),
  ];
  const bobRecords = [employment(context.ids.of('bob-emp'), bob.identity)];
  const { givenName, familyName, dateOfBirth, postcode } = carol.identity;
  const carolRecords = [
    employment(context.ids.of('carol-emp'), carol.identity),
    allegation(context.ids.of('carol-cmp'), { givenName, familyName, dateOfBirth, postcode }, '2025-05-03', context.ids.of('case2')),
  ];
  const dataset = await loadDataset(context, [...aliceRecords, ...bobRecords, ...carolRecords]);
  await context.api.consolidate();
  return { dataset, aliceRecords, bobRecords, carolRecords };
}

const people = (context: TestContext) => context.fixture('consolidated-people', consolidatedPeople);

const needed = ['sources', 'records.ingest', 'records.read'] as const;

export const consolidationTests: TestGroup = {
  title: 'Consolidation',
  tests: [
    conformanceTest(
      'CON-001',
      'a run answers 202 and can be polled until it succeeds',
      async (context) => {
        await loadDataset(context, [employment(context.ids.of('emp'), context.person('run').identity)]);
        const started = parseAs(
          Run,
          expectStatus(await context.client.POST('/v1/consolidation-runs', { body: { mode: 'incremental' } }), 202, 'starting a run'),
          'Run',
        );
        checkEqual(started.kind, 'consolidation', 'the started run’s kind');
        check(
          ['queued', 'running', 'succeeded'].includes(started.status),
          'a run that just started is neither queued, running nor finished',
          started.status,
          'queued, running or succeeded',
        );
        const finished = await context.api.waitForRun(started, 'consolidation');
        checkEqual(
          { runId: finished.runId, kind: finished.kind, error: finished.error },
          { runId: started.runId, kind: 'consolidation', error: null },
          'the finished run',
        );
        check(
          finished.finishedAt !== null && finished.progress.done <= finished.progress.total,
          'the finished run reports no finish time or an impossible progress',
          finished,
          'finishedAt set, done ≤ total',
        );
      },
      ['sources', 'records.ingest'],
    ),

    conformanceTest(
      'CON-002',
      'records sharing identifiers are one subject; strangers are not',
      async (context) => {
        const { dataset, aliceRecords, bobRecords } = await people(context);
        const alice = await subjectsOf(context, dataset, aliceRecords);
        checkEqual(new Set(alice).size, 1, 'records sharing a staff number or username are in different subjects');
        const [bob] = await subjectsOf(context, dataset, bobRecords);
        check(bob !== alice[0], 'two people sharing nothing are in one subject', bob, 'different subjects');
      },
      needed,
    ),

    conformanceTest(
      'CON-003',
      'a subject lists its records with provenance',
      async (context) => {
        const { dataset, aliceRecords } = await people(context);
        const subject = await context.api.subjectOf(dataset.ref(aliceRecords[0]));
        // Timestamps are compared as instants: `09:00:00Z` and `09:00:00.000Z` are the same time.
        const provenance = (reference: RecordRef, type: string, occurredAt: string) => ({ ...reference, type, occurredAt: Date.parse(occurredAt) });
        const byKey = (a: RecordRef, b: RecordRef) => key(a).localeCompare(key(b));
        const expected = aliceRecords.map((record) => provenance(dataset.ref(record), record.type, record.occurredAt)).sort(byKey);
        const listed = subject.records.map(({ sourceId, recordId, type, occurredAt }) => provenance({ sourceId, recordId }, type, occurredAt)).sort(byKey);
        checkEqual(listed, expected, 'the subject’s records');
        checkEqual(subject.recordCount, aliceRecords.length, 'the subject’s record count');
        const recorded = aliceRecords.map((record) => record.identity as Record<string, string>);
        for (const [field, value] of Object.entries(subject.canonicalIdentity)) {
          check(
            recorded.some((identity) => identity[field] === value),
            `the canonical ${field} is not drawn from any of the subject’s records`,
            value,
            recorded.map((identity) => identity[field]),
          );
        }
      },
      needed,
    ),

    conformanceTest(
      'CON-004',
      'every link is explained and the links connect the subject',
      async (context) => {
        const { dataset, aliceRecords } = await people(context);
        const subject = await context.api.subjectOf(dataset.ref(aliceRecords[0]));
        const links = await context.api.links(subject.subjectId);
        checkLinksExplain(subject, links, new Map(aliceRecords.map((record) => [key(dataset.ref(record)), record])));
      },
      needed,
    ),

    conformanceTest(
      'CON-005',
      'runs that change nothing change no subject id',
      async (context) => {
        const { records, dataset } = await strangers(context, ['dana', 'eli']);
        const before = await subjectsOf(context, dataset, records);
        for (const mode of ['incremental', 'full'] as const) {
          await context.api.consolidate(mode);
          checkEqual(await subjectsOf(context, dataset, records), before, `subject ids after an ${mode} run that changed nothing`);
        }
      },
      needed,
    ),

    conformanceTest(
      'CON-006',
      'merged subjects keep one id and redirect the others',
      async (context) => {
        const { records, dataset } = await strangers(context, ['fay', 'gus']);
        const before = await subjectsOf(context, dataset, records);
        await context.api.createOverride({
          kind: 'must_link',
          left: dataset.ref(records[0]),
          right: dataset.ref(records[1]),
          reason: 'Same officer, two HR entries.',
        });
        await context.api.consolidate();
        const after = await subjectsOf(context, dataset, records);
        check(after[0] === after[1], 'the must-linked records were not merged', after, 'one subject');
        const survivor = after[0];
        check(before.includes(survivor), 'the merged subject took a new id instead of keeping one of the old ones', survivor, before);
        const former = before.find((subjectId) => subjectId !== survivor)!;
        const merged = await context.api.subject(survivor);
        check(merged.formerIds.includes(former), 'the survivor does not list the merged id among its former ids', merged.formerIds, [former]);
        const redirect = await context.client.GET('/v1/subjects/{subjectId}', { params: { path: { subjectId: former } } });
        checkEqual(redirect.response.status, 308, `reading the merged id ${former}`);
        checkEqual((redirect.error as { redirectTo?: string } | undefined)?.redirectTo, survivor, 'the redirect’s target');
        const location = redirect.response.headers.get('location') ?? '';
        check(
          location.endsWith(`/v1/subjects/${encodeURIComponent(survivor)}`),
          'the Location header does not point at the survivor',
          location,
          `…/v1/subjects/${survivor}`,
        );
        // The merged id's links answer as the merged id does, rather than 404 for an id the client was given.
        const links = await context.client.GET('/v1/subjects/{subjectId}/links', { params: { path: { subjectId: former } } });
        checkEqual(links.response.status, 308, `listing the links of the merged id ${former}`);
        const linksLocation = links.response.headers.get('location') ?? '';
        check(
          linksLocation.includes(`/v1/subjects/${encodeURIComponent(survivor)}/links`),
          'the Location header does not point at the survivor’s links',
          linksLocation,
          `…/v1/subjects/${survivor}/links`,
        );
      },
      [...needed, 'consolidation.overrides'],
    ),

    conformanceTest(
      'CON-007',
      'records agreeing on name, birth date and postcode are linked, with evidence',
      async (context) => {
        const { dataset, carolRecords } = await people(context);
        const [hr, complaint] = await subjectsOf(context, dataset, carolRecords);
        checkEqual(complaint, hr, 'the complaint naming Carol by name, birth date and postcode is not in her subject');
        const links = await context.api.links(hr);
        const probabilistic = links.find((link: LinkExplanation) => link.basis === 'probabilistic');
        check(
          probabilistic?.comparisons?.length,
          'no probabilistic link with per-field comparisons explains the match',
          links,
          'a probabilistic link with comparisons',
        );
      },
      needed,
    ),

    conformanceTest(
      'SRCH-001',
      'search by name prefix and by exact identifier',
      async (context) => {
        const person = context.person('searched');
        const record = employment(context.ids.of('emp'), person.identity);
        const dataset = await loadDataset(context, [record]);
        await context.api.consolidate();
        const subjectId = await context.api.subjectIdOf(dataset.ref(record));
        const search = async (query: { name?: string; identifier?: string }) =>
          (
            await allPages(
              (cursor) => context.client.GET('/v1/subjects', { params: { query: { ...query, cursor, limit: 100 } } }),
              `searching ${JSON.stringify(query)}`,
            )
          ).map((item) => parseAs(SubjectSummary, item, 'SubjectSummary').subjectId);
        const { familyName, staffNumber } = person.identity;
        checkEqual(
          await search({ name: familyName.slice(0, 7).toLowerCase() }),
          [subjectId],
          'subjects found by the start of a unique family name, in lower case',
        );
        checkEqual(await search({ identifier: staffNumber }), [subjectId], 'subjects found by a unique staff number');
        checkEqual(await search({ identifier: staffNumber.slice(0, -1) }), [], 'subjects found by part of a staff number (identifiers match exactly)');
        checkEqual(await search({ name: `${familyName.slice(1)}` }), [], 'subjects found by the middle of a family name (names match from their start)');
      },
      needed,
    ),
  ],
};
