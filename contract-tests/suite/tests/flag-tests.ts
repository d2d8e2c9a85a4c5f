/** Flags: what they say, raising them once, filtering them, and their review lifecycle. */
import { Flag, type FlagQuery, type ReviewRequest } from '../../../src/contract/index.js';
import { standardDetectors } from '../../../src/detectors/index.js';
import { expectRefusal, expectStatus, parseAs } from '../answers.js';
import { check, checkEqual } from '../failure.js';
import { conformanceTest, type TestGroup } from '../conformance-test.js';
import { loadDataset } from '../dataset.js';
import { employment, record } from '../record-builders.js';
import { ACCESS_AS_OF, accessDetector, flaggedOfficer } from '../scenarios.js';
import type { TestContext } from '../test-context.js';

async function review(context: TestContext, flagId: string, step: ReviewRequest) {
  return context.client.POST('/v1/flags/{flagId}/reviews', { params: { path: { flagId } }, body: step });
}

async function readFlag(context: TestContext, flagId: string): Promise<Flag> {
  return parseAs(Flag, expectStatus(await context.client.GET('/v1/flags/{flagId}', { params: { path: { flagId } } }), 200, `reading flag ${flagId}`), 'Flag');
}

const needed = ['sources', 'records.ingest', 'records.read', 'consolidation'] as const;
const accessDefinition = standardDetectors.find(({ definition }) => definition.detectorId === 'access-without-purpose')!.definition;

export const flagTests: TestGroup = {
  title: 'Flags and reviews',
  tests: [
    conformanceTest(
      'FLG-001',
      'a flag says what, who, why, on what evidence, and starts open',
      async (context) => {
        const { flag, subjectId, run, accesses, dataset } = await flaggedOfficer(context);
        const key = (reference: { sourceId: string; recordId: string }) => `${reference.sourceId}/${reference.recordId}`;
        checkEqual(
          {
            detectorId: flag.detectorId,
            detectorVersion: flag.detectorVersion,
            category: flag.category,
            subjectIds: flag.subjectIds,
            asOf: flag.asOf,
            runId: flag.runId,
          },
          {
            detectorId: 'access-without-purpose',
            detectorVersion: accessDefinition.version,
            category: 'integrity',
            subjectIds: [subjectId],
            asOf: ACCESS_AS_OF,
            runId: run.runId,
          },
          'what the flag names',
        );
        checkEqual(flag.evidence.map(key).sort(), accesses.map((access) => key(dataset.ref(access))).sort(), 'the flag’s evidence');
        checkEqual(
          { status: flag.status, outcome: flag.outcome, reviews: flag.reviews },
          { status: 'open', outcome: null, reviews: [] },
          'a new flag’s review state',
        );
        check(flag.rationale.trim().length > 0, 'the flag gives no rationale', flag.rationale, 'a plain-language rationale');
        check(
          typeof flag.measurements.threshold === 'number' && Object.keys(flag.measurements).length > 1,
          'the flag reports no measurements with its threshold',
          flag.measurements,
          'measurements',
        );
        checkEqual(flag.window, { start: '2026-01-02', end: ACCESS_AS_OF }, 'the flag’s window (30 days ending on the as-of date)');
        checkEqual(await readFlag(context, flag.flagId), flag, 'the flag read on its own');
      },
      needed,
    ),

    conformanceTest(
      'FLG-002',
      're-running on unchanged data raises no duplicates',
      async (context) => {
        const { subjectId } = await flaggedOfficer(context);
        const before = (await context.api.flags({ subjectId })).map((flag) => flag.flagId).sort();
        await context.api.flag(ACCESS_AS_OF, accessDetector);
        await context.api.flag(ACCESS_AS_OF);
        const after = (await context.api.flags({ subjectId })).map((flag) => flag.flagId).sort();
        checkEqual(after, before, 'the subject’s flags after running the detectors twice more on unchanged data');
      },
      needed,
    ),

    conformanceTest(
      'FLG-003',
      'filters answer exactly the matching flags',
      async (context) => {
        const high = await flaggedOfficer(context, 10, 'high');
        const medium = await flaggedOfficer(context, 5, 'medium');
        const sick = context.person('sick');
        // Five two-day spells from March to July 2025: 5² × 10 = 250, exactly the threshold.
        const spells = [3, 4, 5, 6, 7].map((month) => {
          const start = `2025-0${month}-05`;
          return record('absence_spell', context.ids.of(`abs${month}`), { staffNumber: sick.identity.staffNumber }, start, {
            reason: 'sickness',
            startDate: start,
            endDate: `2025-0${month}-06`,
            workingDaysLost: 2,
          });
        });
        const sickData = await loadDataset(context, [employment(context.ids.of('sick-emp'), sick.identity), ...spells]);
        await context.api.consolidate();
        await context.api.flag(ACCESS_AS_OF, [{ detectorId: 'bradford-factor', parameters: {} }]);
        const sickSubject = await context.api.subjectIdOf(sickData.ref(spells[0]));
        // Each filter must answer exactly what filtering the subject's whole list by hand gives.
        type FieldQuery = Pick<FlagQuery, 'severity' | 'detectorId' | 'category' | 'status'>;
        const matches = (flag: Flag, query: FieldQuery) => Object.entries(query).every(([field, value]) => flag[field as keyof FieldQuery] === value);
        const cases: [string, FieldQuery][] = [
          [high.subjectId, { severity: 'high' }],
          [medium.subjectId, { severity: 'high' }],
          [medium.subjectId, { severity: 'medium', detectorId: 'access-without-purpose' }],
          [sickSubject, { category: 'welfare' }],
          [sickSubject, { detectorId: 'bradford-factor' }],
          [sickSubject, { category: 'integrity' }],
          [high.subjectId, { status: 'in_review' }],
          [high.subjectId, { status: 'open', category: 'integrity' }],
        ];
        let matched = 0;
        for (const [subjectId, query] of cases) {
          const everything = await context.api.flags({ subjectId });
          const expected = everything.filter((flag) => matches(flag, query)).map((flag) => flag.flagId);
          const answered = (await context.api.flags({ subjectId, ...query })).map((flag) => flag.flagId);
          checkEqual(answered.sort(), expected.sort(), `flags of one subject listed with ${JSON.stringify(query)}`);
          matched += expected.length;
        }
        check(matched >= 4, 'precondition: too few flags were raised for the filters to be tested', matched, 'at least 4 matches');
        for (const query of [{ category: 'welfare' }, { severity: 'high' }, { status: 'open' }] as const) {
          const wrong = (await context.api.flags(query)).filter((flag) => !matches(flag, query));
          checkEqual(
            wrong.map((flag) => flag.flagId),
            [],
            `flags listed for ${JSON.stringify(query)} that do not match it`,
          );
        }
      },
      needed,
    ),

    conformanceTest(
      'FLG-004',
      'a flag moves open → in review → closed, every step recorded',
      async (context) => {
        const { flag } = await flaggedOfficer(context);
        const picked = parseAs(
          Flag,
          expectStatus(await review(context, flag.flagId, { status: 'in_review', rationale: 'Picked up by PSD.' }), 201, 'starting the review'),
          'Flag',
        );
        checkEqual(
          { status: picked.status, outcome: picked.outcome, steps: picked.reviews.length },
          { status: 'in_review', outcome: null, steps: 1 },
          'the flag in review',
        );
        const closing = { status: 'closed', outcome: 'welfare_support', rationale: 'Accesses explained; welfare referral made.' } as const;
        const closed = parseAs(Flag, expectStatus(await review(context, flag.flagId, closing), 201, 'closing the flag'), 'Flag');
        checkEqual(
          closed.reviews.map(({ status, outcome, rationale }) => ({ status, outcome, rationale })),
          [
            { status: 'in_review', outcome: null, rationale: 'Picked up by PSD.' },
            { status: 'closed', outcome: 'welfare_support', rationale: closing.rationale },
          ],
          'the recorded review steps',
        );
        check(
          closed.reviews.every((step) => step.reviewer.length > 0 && !Number.isNaN(Date.parse(step.reviewedAt))),
          'a review step does not say who made it and when',
          closed.reviews,
          'reviewer and reviewedAt',
        );
        checkEqual({ status: closed.status, outcome: closed.outcome }, { status: 'closed', outcome: 'welfare_support' }, 'the closed flag');
        checkEqual(await readFlag(context, flag.flagId), closed, 'the closed flag read back');
      },
      needed,
    ),

    conformanceTest(
      'FLG-005',
      'any other transition is refused with 409 and changes nothing',
      async (context) => {
        const { flag } = await flaggedOfficer(context);
        const close = { status: 'closed', outcome: 'no_further_action', rationale: 'Nothing to see.' } as const;
        const pick = { status: 'in_review', rationale: 'Looking.' } as const;
        expectRefusal(await review(context, flag.flagId, close), 409, 'closing an open flag without review');
        checkEqual(await readFlag(context, flag.flagId), flag, 'the flag after a refused transition');
        expectStatus(await review(context, flag.flagId, pick), 201, 'starting the review');
        expectRefusal(await review(context, flag.flagId, pick), 409, 'starting the review of a flag already in review');
        expectStatus(await review(context, flag.flagId, close), 201, 'closing the flag');
        const closed = await readFlag(context, flag.flagId);
        expectRefusal(await review(context, flag.flagId, pick), 409, 'reopening a closed flag');
        expectRefusal(await review(context, flag.flagId, close), 409, 'closing a closed flag again');
        checkEqual(await readFlag(context, flag.flagId), closed, 'the closed flag after refused transitions');
      },
      needed,
    ),

    conformanceTest('FLG-006', 'a close without an outcome, or an outcome before closing, is refused with 400', async (context) => {
      const flagId = context.ids.of('flag');
      const noOutcome = await context.client.POST('/v1/flags/{flagId}/reviews', {
        params: { path: { flagId } },
        body: { status: 'closed', rationale: 'Done.' },
      });
      expectRefusal(noOutcome, 400, 'closing without an outcome');
      const early = await context.client.POST('/v1/flags/{flagId}/reviews', {
        params: { path: { flagId } },
        body: { status: 'in_review', outcome: 'data_error', rationale: 'Early.' },
      });
      expectRefusal(early, 400, 'giving an outcome when starting a review');
    }),
  ],
};
