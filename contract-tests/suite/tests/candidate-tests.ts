/**
 * The possible-match queue: what it lists must be true of the target's own subjects, and a person's
 * decision (a link override) must take a pair off it. Which pairs a target is unsure of is its own
 * judgement, so the scenario is one every careful engine should doubt — two people of the same
 * name and date of birth, and a complaint naming just that — and a target that queues none of it
 * is skipped for CAND-001/002 rather than failed (CAND-003 says it should have).
 */
import { LinkCandidate, identityFields, type SourceRecord } from '../../../src/contract/index.js';
import { parseAs } from '../answers.js';
import { check, checkEqual } from '../failure.js';
import { conformanceTest, type TestGroup } from '../conformance-test.js';
import { loadDataset, type LoadedDataset } from '../dataset.js';
import { allPages } from '../pages.js';
import { allegation, employment } from '../record-builders.js';
import type { TestContext } from '../test-context.js';

const needed = ['sources', 'records.ingest', 'records.read', 'consolidation'] as const;

interface Namesakes {
  readonly first: SourceRecord;
  readonly second: SourceRecord;
  readonly complaint: SourceRecord;
  readonly dataset: LoadedDataset;
}

/** Two HR records of people sharing a name and date of birth, and a complaint naming only those; consolidated. */
async function namesakes(context: TestContext, label: string): Promise<Namesakes> {
  const one = context.person(`${label}-one`).identity;
  const other = context.person(`${label}-two`).identity;
  const shared = { givenName: one.givenName, familyName: one.familyName, dateOfBirth: one.dateOfBirth };
  const first = employment(context.ids.of(`${label}-emp1`), one);
  const second = employment(context.ids.of(`${label}-emp2`), { ...other, ...shared });
  const complaint = allegation(context.ids.of(`${label}-cmp`), shared, '2025-09-01', context.ids.of(`${label}-case`));
  const dataset = await loadDataset(context, [first, second, complaint]);
  await context.api.consolidate();
  return { first, second, complaint, dataset };
}

async function queue(context: TestContext): Promise<LinkCandidate[]> {
  const items = await allPages(
    (cursor) => context.client.GET('/v1/link-candidates', { params: { query: { cursor, limit: context.meta.limits.maxPageSize } } }),
    'listing possible matches',
  );
  return items.map((item) => parseAs(LinkCandidate, item, 'LinkCandidate'));
}

const sameRecord = (left: { sourceId: string; recordId: string }, right: { sourceId: string; recordId: string }) =>
  left.sourceId === right.sourceId && left.recordId === right.recordId;
const involves = (candidate: LinkCandidate, reference: { sourceId: string; recordId: string }) =>
  sameRecord(candidate.left, reference) || sameRecord(candidate.right, reference);
const pairOf = (candidate: LinkCandidate) => [candidate.left, candidate.right];
const samePair = (candidate: LinkCandidate, left: { sourceId: string; recordId: string }, right: { sourceId: string; recordId: string }) =>
  (sameRecord(candidate.left, left) && sameRecord(candidate.right, right)) || (sameRecord(candidate.left, right) && sameRecord(candidate.right, left));

/** Items to check: the scenario's first, then others, up to a handful (each costs two record reads). */
const checkedAtMost = 12;
const knownFields = new Set<string>(identityFields);

export const candidateTests: TestGroup = {
  title: 'Possible matches',
  tests: [
    conformanceTest(
      'CAND-001',
      'each possible match names two records in different subjects, as their record reads report, with its evidence',
      async (context) => {
        const { complaint, dataset } = await namesakes(context, 'candlist');
        const items = await queue(context);
        if (items.length === 0) context.skip('the target listed no possible match to check');
        const ours = items.filter((item) => involves(item, dataset.ref(complaint)));
        for (const item of [...ours, ...items.filter((item) => !ours.includes(item))].slice(0, checkedAtMost)) {
          const [left, right] = [await context.api.subjectIdOf(item.left), await context.api.subjectIdOf(item.right)];
          checkEqual({ left: item.leftSubjectId, right: item.rightSubjectId }, { left, right }, `the subjects of possible match ${item.candidateId}`);
          check(
            left !== right,
            `possible match ${item.candidateId} pairs two records of one subject`,
            { leftSubjectId: left, rightSubjectId: right },
            'two subjects',
          );
          check(item.comparisons.length > 0, `possible match ${item.candidateId} shows no comparison`, item.comparisons, 'at least one field compared');
          const unknown = item.comparisons.filter((comparison) => !knownFields.has(comparison.field)).map((comparison) => comparison.field);
          checkEqual(unknown, [], `fields compared in possible match ${item.candidateId} that are not identity fields`);
        }
      },
      needed,
    ),

    conformanceTest(
      'CAND-002',
      'a possible match decided by a person leaves the queue: apart on a cannot-link, together on a must-link',
      async (context) => {
        const { complaint, dataset } = await namesakes(context, 'canddecide');
        const ours = (await queue(context)).filter((item) => involves(item, dataset.ref(complaint)));
        if (ours.length === 0) context.skip('the target listed no possible match for the scenario’s complaint');
        const [refused, ...others] = ours;
        await context.api.createOverride({ kind: 'cannot_link', left: refused.left, right: refused.right, reason: 'Checked: two people.' });
        await context.api.consolidate();
        const [left, right] = [await context.api.subjectIdOf(refused.left), await context.api.subjectIdOf(refused.right)];
        check(left !== right, 'the cannot-linked pair is in one subject', { left, right }, 'two subjects');
        const after = await queue(context);
        check(!after.some((item) => samePair(item, refused.left, refused.right)), 'the cannot-linked pair is still listed', pairOf(refused), 'not listed');
        const accepted =
          others.find((item) => !sameRecord(item.left, refused.left) || !sameRecord(item.right, refused.right)) ??
          after.find((item) => involves(item, dataset.ref(complaint)));
        if (!accepted) return;
        await context.api.createOverride({ kind: 'must_link', left: accepted.left, right: accepted.right, reason: 'Checked: one person.' });
        await context.api.consolidate();
        checkEqual(await context.api.subjectIdOf(accepted.right), await context.api.subjectIdOf(accepted.left), 'the subjects of the must-linked pair');
        const last = await queue(context);
        check(!last.some((item) => samePair(item, accepted.left, accepted.right)), 'the must-linked pair is still listed', pairOf(accepted), 'not listed');
      },
      [...needed, 'consolidation.overrides'],
    ),

    conformanceTest(
      'CAND-003',
      'a complaint that fits two namesakes equally is merged into neither and offered as a possible match',
      async (context) => {
        const { first, second, complaint, dataset } = await namesakes(context, 'candfit');
        const [one, two, filed] = await Promise.all([first, second, complaint].map((record) => context.api.subjectIdOf(dataset.ref(record))));
        check(one !== two, 'the two namesakes’ HR records are in one subject', { first: one, second: two }, 'two subjects');
        check(
          filed !== one && filed !== two,
          'the complaint was merged into one of two people it fits equally',
          { complaint: filed, first: one, second: two },
          'a subject of its own',
        );
        const offered = (await queue(context)).filter((item) => involves(item, dataset.ref(complaint)));
        check(offered.length > 0, 'the complaint is not listed as a possible match of either namesake', [], 'at least one possible match');
      },
      needed,
    ),
  ],
};
