/**
 * Pagination, list by list. Each test adds items of its own and walks the whole list (the sandbox
 * may hold anyone's data), checking that its items appear exactly once and nothing appears twice.
 * Lists that may be long are walked with a limit that still gives several pages.
 */
import { expectProblem, expectStatus, type Answer } from '../answers.js';
import { checkEqual, ConformanceFailure } from '../failure.js';
import { conformanceTest, type TestGroup } from '../conformance-test.js';
import { walkPages } from '../pages.js';
import { employment, systemAccess } from '../record-builders.js';
import { loadDataset } from '../dataset.js';
import { ACCESS_AS_OF, accessDetector, officerWithAccesses } from '../scenarios.js';
import type { TestContext } from '../test-context.js';

type PageFetcher = (cursor: string | undefined, limit: number) => Promise<Answer<unknown>>;

/** A limit that walks the list in several pages: about eight when the list fits one largest page. */
async function walkingLimit(fetchPage: PageFetcher, maxPageSize: number, action: string): Promise<number> {
  const first = expectStatus(await fetchPage(undefined, maxPageSize), 200, action) as { items: unknown[]; nextCursor: string | null };
  return first.nextCursor !== null ? maxPageSize : Math.max(2, Math.ceil(first.items.length / 8));
}

/** Walks a whole list; fails when any item is listed twice or any of `ours` is missing. */
async function checkCompleteList(
  context: TestContext,
  fetchPage: PageFetcher,
  keyOf: (item: never) => string,
  ours: readonly string[],
  action: string,
  fixedLimit?: number,
) {
  const limit = fixedLimit ?? (await walkingLimit(fetchPage, context.meta.limits.maxPageSize, action));
  const pages = await walkPages((cursor) => fetchPage(cursor, limit), `${action} (limit ${limit})`, limit);
  const keys = pages.flatMap((page) => page.items.map((item) => keyOf(item as never)));
  const repeated = [...new Set(keys.filter((key, index) => keys.indexOf(key) !== index))];
  if (repeated.length > 0)
    throw new ConformanceFailure(`${action}: items listed more than once across ${pages.length} pages`, repeated.slice(0, 10), 'every item once');
  const missing = ours.filter((key) => !keys.includes(key));
  if (missing.length > 0) throw new ConformanceFailure(`${action}: items never listed`, missing, 'every item listed');
  checkEqual(pages.at(-1)?.nextCursor, null, `${action}: the last page's cursor is not null`);
}

async function registerSources(context: TestContext, count: number, label = 'src'): Promise<string[]> {
  const sourceIds = Array.from({ length: count }, (_, index) => context.ids.of(`${label}${index}`));
  for (const sourceId of sourceIds) await context.api.putSource(sourceId, 'hr');
  return sourceIds;
}

const listSources =
  (context: TestContext): PageFetcher =>
  (cursor, limit) =>
    context.client.GET('/v1/sources', { params: { query: { cursor, limit } } });

/** People, each with one HR record and `accesses` accesses without a recorded purpose. */
async function peopleWithAccesses(context: TestContext, count: number, accesses: number) {
  const records = Array.from({ length: count }, (_, index) => officerWithAccesses(context, `p${index}`, accesses).records).flat();
  const dataset = await loadDataset(context, records);
  return { records, dataset };
}

export const paginationTests: TestGroup = {
  title: 'Pagination',
  tests: [
    conformanceTest(
      'PAG-001',
      'sources are listed completely, each once',
      async (context) => {
        const ours = await registerSources(context, 5);
        await checkCompleteList(context, listSources(context), (source: { sourceId: string }) => source.sourceId, ours, 'listing sources', 2);
      },
      ['sources'],
    ),

    conformanceTest(
      'PAG-001',
      'subjects are listed completely, each once',
      async (context) => {
        const { records, dataset } = await peopleWithAccesses(context, 3, 0);
        await context.api.consolidate();
        const ours = await Promise.all(records.map((one) => context.api.subjectIdOf(dataset.ref(one))));
        const fetchPage: PageFetcher = (cursor, limit) => context.client.GET('/v1/subjects', { params: { query: { cursor, limit } } });
        await checkCompleteList(context, fetchPage, (subject: { subjectId: string }) => subject.subjectId, ours, 'listing subjects');
      },
      ['sources', 'records.ingest', 'records.read', 'consolidation'],
    ),

    conformanceTest(
      'PAG-001',
      'flags are listed completely, each once',
      async (context) => {
        const { records, dataset } = await peopleWithAccesses(context, 3, 5);
        await context.api.consolidate();
        const run = await context.api.flag(ACCESS_AS_OF, accessDetector);
        const subjects = await Promise.all(records.filter((one) => one.type === 'employment').map((one) => context.api.subjectIdOf(dataset.ref(one))));
        const ours = (await Promise.all(subjects.map((subjectId) => context.api.flags({ subjectId, detectorId: 'access-without-purpose' })))).flat();
        checkEqual(ours.length, 3, `the flagging run ${run.runId} did not raise one flag per person`);
        const fetchPage: PageFetcher = (cursor, limit) =>
          context.client.GET('/v1/flags', { params: { query: { cursor, limit, detectorId: 'access-without-purpose' } } });
        await checkCompleteList(
          context,
          fetchPage,
          (flag: { flagId: string }) => flag.flagId,
          ours.map((flag) => flag.flagId),
          'listing flags',
        );
      },
      ['sources', 'records.ingest', 'records.read', 'consolidation', 'flagging'],
    ),

    conformanceTest(
      'PAG-001',
      'link overrides are listed completely, each once',
      async (context) => {
        const { records, dataset } = await peopleWithAccesses(context, 4, 0);
        const ours: string[] = [];
        for (let index = 1; index < records.length; index++) {
          const override = await context.api.createOverride({
            kind: 'must_link',
            left: dataset.ref(records[0]),
            right: dataset.ref(records[index]),
            reason: 'Pagination test.',
          });
          ours.push(override.overrideId);
        }
        const fetchPage: PageFetcher = (cursor, limit) => context.client.GET('/v1/link-overrides', { params: { query: { cursor, limit } } });
        await checkCompleteList(context, fetchPage, (override: { overrideId: string }) => override.overrideId, ours, 'listing link overrides');
      },
      ['sources', 'records.ingest', 'consolidation.overrides'],
    ),

    conformanceTest(
      'PAG-001',
      'a subject’s links are listed completely, each once',
      async (context) => {
        const person = context.person('linked');
        const { staffNumber, username, givenName, familyName } = person.identity;
        const records = [
          employment(context.ids.of('emp'), person.identity),
          ...[1, 2, 3].map((index) => systemAccess(context.ids.of(`acc${index}`), { username }, '2026-01-30')),
          systemAccess(context.ids.of('acc4'), { staffNumber, givenName, familyName }, '2026-01-29'),
        ];
        const dataset = await loadDataset(context, records);
        await context.api.consolidate();
        const subject = await context.api.subjectOf(dataset.ref(records[0]));
        const fetchPage: PageFetcher = (cursor, limit) =>
          context.client.GET('/v1/subjects/{subjectId}/links', { params: { path: { subjectId: subject.subjectId }, query: { cursor, limit } } });
        const all = await context.api.links(subject.subjectId);
        const key = (link: { left: { sourceId: string; recordId: string }; right: { sourceId: string; recordId: string } }) =>
          `${link.left.sourceId}/${link.left.recordId}~${link.right.sourceId}/${link.right.recordId}`;
        await checkCompleteList(context, fetchPage, key, all.map(key), 'listing a subject’s links', 2);
      },
      ['sources', 'records.ingest', 'records.read', 'consolidation'],
    ),

    conformanceTest(
      'PAG-002',
      'the same cursor gives the same page',
      async (context) => {
        await registerSources(context, 3);
        const first = expectStatus(await listSources(context)(undefined, 2), 200, 'listing sources') as { nextCursor: string | null };
        if (first.nextCursor === null)
          throw new ConformanceFailure('listing sources with limit 2 gave one page although there are at least 3', first, 'a next cursor');
        const once = expectStatus(await listSources(context)(first.nextCursor, 2), 200, 'reading the second page');
        const twice = expectStatus(await listSources(context)(first.nextCursor, 2), 200, 'reading the second page again');
        checkEqual(twice, once, 'two reads of one cursor differ');
      },
      ['sources'],
    ),

    conformanceTest(
      'PAG-003',
      'adding items while paging causes no repeats or gaps',
      async (context) => {
        await registerSources(context, 4);
        const before = (await walkPages<{ sourceId: string }>((cursor) => listSources(context)(cursor, 500), 'listing sources')).flatMap((page) =>
          page.items.map((item) => item.sourceId),
        );
        const seen: string[] = [];
        let cursor: string | undefined;
        let addedDuringWalk = false;
        do {
          const page = expectStatus(await listSources(context)(cursor, 2), 200, 'listing sources') as {
            items: { sourceId: string }[];
            nextCursor: string | null;
          };
          seen.push(...page.items.map((item) => item.sourceId));
          if (!addedDuringWalk) await registerSources(context, 3, 'added');
          addedDuringWalk = true;
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
        const repeated = seen.filter((id, index) => seen.indexOf(id) !== index);
        const missing = before.filter((id) => !seen.includes(id));
        checkEqual({ repeated, missing }, { repeated: [], missing: [] }, 'sources registered while paging disturbed the walk');
      },
      ['sources'],
    ),

    conformanceTest(
      'PAG-004',
      'an out-of-range limit or a foreign cursor is refused with 400',
      async (context) => {
        const list = (query: { limit?: number; cursor?: string }) => context.client.GET('/v1/sources', { params: { query } });
        expectProblem(await list({ limit: 0 }), 400, 'validation-failed', 'listing with limit 0');
        expectProblem(
          await list({ limit: context.meta.limits.maxPageSize + 1 }),
          400,
          'validation-failed',
          `listing with limit ${context.meta.limits.maxPageSize + 1}`,
        );
        expectProblem(
          await list({ cursor: 'bm90LWEtY3Vyc29yLWZyb20tdGhpcy10YXJnZXQ' }),
          400,
          'validation-failed',
          'listing with a cursor the target never issued',
        );
      },
      ['sources'],
    ),
  ],
};
