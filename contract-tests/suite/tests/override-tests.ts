/** Link overrides: humans correcting the machine, obeyed on every run. */
import { LinkOverride, type LinkOverrideRequest, type SourceRecord } from '../../../src/contract/index.js';
import { expectRefusal, expectStatus, parseAs } from '../answers.js';
import { check, checkEqual } from '../failure.js';
import { conformanceTest, type TestGroup } from '../conformance-test.js';
import { loadDataset, type LoadedDataset } from '../dataset.js';
import { allegation, employment } from '../record-builders.js';
import { strangers, subjectsOf } from '../scenarios.js';
import { allPages } from '../pages.js';
import type { TestContext } from '../test-context.js';

const request = (
  dataset: LoadedDataset,
  kind: LinkOverrideRequest['kind'],
  left: SourceRecord,
  right: SourceRecord,
  reason = 'Checked with HR.',
): LinkOverrideRequest => ({
  kind,
  left: dataset.ref(left),
  right: dataset.ref(right),
  reason,
});

async function listedOverrides(context: TestContext): Promise<LinkOverride[]> {
  const items = await allPages(
    (cursor) => context.client.GET('/v1/link-overrides', { params: { query: { cursor, limit: context.meta.limits.maxPageSize } } }),
    'listing overrides',
  );
  return items.map((item) => parseAs(LinkOverride, item, 'LinkOverride'));
}

const needed = ['sources', 'records.ingest', 'records.read', 'consolidation'] as const;

export const overrideTests: TestGroup = {
  title: 'Link overrides',
  tests: [
    conformanceTest(
      'OVR-001',
      'a must-link joins two people at the next run, explained by the override',
      async (context) => {
        const { records, dataset } = await strangers(context, ['hal', 'ida']);
        const override = await context.api.createOverride(request(dataset, 'must_link', records[0], records[1]));
        await context.api.consolidate();
        const [left, right] = await subjectsOf(context, dataset, records);
        checkEqual(right, left, 'the must-linked records’ subjects');
        const links = await context.api.links(left);
        check(
          links.some((link) => link.basis === 'override' && link.overrideId === override.overrideId),
          'no link of the merged subject is explained by the must-link',
          links.map((link) => ({ basis: link.basis, overrideId: link.overrideId })),
          { basis: 'override', overrideId: override.overrideId },
        );
      },
      needed,
    ),

    conformanceTest(
      'OVR-002',
      'a cannot-link keeps apart two records that share an identifier',
      async (context) => {
        const person = context.person('jo');
        const hr = employment(context.ids.of('emp'), person.identity);
        const complaint = allegation(
          context.ids.of('cmp'),
          { staffNumber: person.identity.staffNumber, familyName: person.identity.familyName },
          '2025-08-01',
          context.ids.of('case'),
        );
        const dataset = await loadDataset(context, [hr, complaint]);
        await context.api.consolidate();
        checkEqual(
          await context.api.subjectIdOf(dataset.ref(complaint)),
          await context.api.subjectIdOf(dataset.ref(hr)),
          'records sharing a staff number before any override',
        );
        await context.api.createOverride(request(dataset, 'cannot_link', hr, complaint, 'The complaint misquotes the staff number.'));
        await context.api.consolidate();
        const [left, right] = [await context.api.subjectIdOf(dataset.ref(hr)), await context.api.subjectIdOf(dataset.ref(complaint))];
        check(left !== right, 'the cannot-linked records are still in one subject', { hr: left, complaint: right }, 'two subjects');
      },
      needed,
    ),

    conformanceTest(
      'OVR-003',
      'contradictory overrides are refused with 409',
      async (context) => {
        const { records, dataset } = await strangers(context, ['kit', 'lev', 'max']);
        const [kit, lev, max] = records;
        await context.api.createOverride(request(dataset, 'must_link', kit, lev));
        expectRefusal(
          await context.client.POST('/v1/link-overrides', { body: request(dataset, 'cannot_link', kit, lev) }),
          409,
          'a cannot-link against a must-link of the same records',
        );
        await context.api.createOverride(request(dataset, 'must_link', lev, max));
        expectRefusal(
          await context.client.POST('/v1/link-overrides', { body: request(dataset, 'cannot_link', kit, max) }),
          409,
          'a cannot-link between records a chain of must-links joins',
        );
        const ours = (await listedOverrides(context)).filter((override) => override.left.sourceId === dataset.sourceIdOf('hr'));
        checkEqual(
          ours.map((override) => override.kind),
          ['must_link', 'must_link'],
          'the overrides held after the refusals',
        );
      },
      needed,
    ),

    conformanceTest(
      'OVR-004',
      'an override naming an unknown record is refused with 404',
      async (context) => {
        const { records, dataset } = await strangers(context, ['ned']);
        const unknown = { ...dataset.ref(records[0]), recordId: context.ids.of('never') };
        const answer = await context.client.POST('/v1/link-overrides', {
          body: { kind: 'must_link', left: dataset.ref(records[0]), right: unknown, reason: 'Unknown record.' },
        });
        expectRefusal(answer, 404, 'a must-link to an unknown record');
      },
      ['sources', 'records.ingest'],
    ),

    conformanceTest(
      'OVR-005',
      'overrides are listed in full; a withdrawn one stops applying',
      async (context) => {
        const { records, dataset } = await strangers(context, ['ola', 'pip']);
        const created = await context.api.createOverride(request(dataset, 'must_link', records[0], records[1], 'Same person, confirmed by PSD.'));
        checkEqual(
          { kind: created.kind, left: created.left, right: created.right, reason: created.reason },
          { kind: 'must_link', left: dataset.ref(records[0]), right: dataset.ref(records[1]), reason: 'Same person, confirmed by PSD.' },
          'the created override',
        );
        check(
          created.createdBy.length > 0 && !Number.isNaN(Date.parse(created.createdAt)),
          'the override does not say who made it and when',
          created,
          'createdBy and createdAt',
        );
        checkEqual(
          (await listedOverrides(context)).find((override) => override.overrideId === created.overrideId),
          created,
          'the override as listed',
        );
        await context.api.consolidate();
        const merged = await subjectsOf(context, dataset, records);
        checkEqual(merged[1], merged[0], 'the must-linked records before the override is withdrawn');
        expectStatus(
          await context.client.DELETE('/v1/link-overrides/{overrideId}', { params: { path: { overrideId: created.overrideId } } }),
          204,
          'withdrawing the override',
        );
        check(
          !(await listedOverrides(context)).some((override) => override.overrideId === created.overrideId),
          'the withdrawn override is still listed',
          created.overrideId,
          'not listed',
        );
        await context.api.consolidate();
        const apart = await subjectsOf(context, dataset, records);
        check(apart[0] !== apart[1], 'the records stay together after the only reason to join them was withdrawn', apart, 'two subjects');
      },
      needed,
    ),
  ],
};
