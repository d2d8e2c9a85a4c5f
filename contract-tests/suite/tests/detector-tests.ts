/** The detector catalogue, run parameters, and the exact semantics of every standard detector. */
import { standardDetectors } from '../../../src/detectors/index.js';
import { compareDetector, runDetectorCases } from '../../detector-cases/case-run.js';
import { detectorRequirementIds } from '../../requirements/index.js';
import { expectProblem, expectStatus } from '../answers.js';
import { check, checkEqual, ConformanceFailure } from '../failure.js';
import { conformanceTest, type TestGroup } from '../conformance-test.js';
import { loadDataset } from '../dataset.js';
import { ACCESS_AS_OF, accessDetector, officerWithAccesses } from '../scenarios.js';

const needed = ['sources', 'records.ingest', 'records.read', 'consolidation'] as const;

const semanticsTests = standardDetectors.map(({ definition }) =>
  conformanceTest(
    detectorRequirementIds[definition.detectorId],
    `${definition.detectorId}: both sides of every threshold and window edge`,
    async (context) => compareDetector(await context.fixture('detector-cases', runDetectorCases), definition.detectorId),
    needed,
  ),
);

export const detectorTests: TestGroup = {
  title: 'Standard detectors',
  tests: [
    conformanceTest('DET-001', 'the catalogue holds every standard detector as defined', async ({ client }) => {
      const listed = expectStatus(await client.GET('/v1/detectors'), 200, 'listing detectors').items;
      for (const { definition } of standardDetectors) {
        const found = listed.find((detector) => detector.detectorId === definition.detectorId);
        if (!found)
          throw new ConformanceFailure(
            `the standard detector ${definition.detectorId} is not listed`,
            listed.map((detector) => detector.detectorId),
            definition.detectorId,
          );
        checkEqual(
          {
            version: found.version,
            standard: found.standard,
            category: found.category,
            parameters: found.parameters.map(({ name, type, default: value }) => ({ name, type, default: value })),
          },
          {
            version: definition.version,
            standard: true,
            category: definition.category,
            parameters: definition.parameters.map(({ name, type, default: value }) => ({ name, type, default: value })),
          },
          `the listing of ${definition.detectorId}`,
        );
      }
      const strays = listed.filter((detector) => !detector.standard && !/^x-[a-z0-9]+-/.test(detector.detectorId));
      checkEqual(
        strays.map((detector) => detector.detectorId),
        [],
        'supplier detectors outside the x-<vendor>- namespace',
      );
    }),

    conformanceTest(
      'DET-002',
      'parameters set in a run replace the defaults',
      async (context) => {
        // Three accesses, 10 to 12 January: under the default threshold of 5, at a threshold of 3.
        const { records } = officerWithAccesses(context, 'officer', 3);
        const dataset = await loadDataset(context, records);
        await context.api.consolidate();
        const subjectId = await context.api.subjectIdOf(dataset.ref(records[0]));
        await context.api.flag(ACCESS_AS_OF, accessDetector);
        checkEqual(
          (await context.api.flags({ subjectId, detectorId: 'access-without-purpose' })).length,
          0,
          'flags for 3 accesses under the default threshold of 5',
        );
        await context.api.flag(ACCESS_AS_OF, [{ detectorId: 'access-without-purpose', parameters: { threshold: 3, windowDays: 22 } }]);
        const flags = await context.api.flags({ subjectId, detectorId: 'access-without-purpose' });
        checkEqual(flags.length, 1, 'flags for 3 accesses with the threshold set to 3');
        const { threshold, windowDays } = flags[0].measurements;
        checkEqual(
          { threshold, windowDays, window: flags[0].window },
          { threshold: 3, windowDays: 22, window: { start: '2026-01-10', end: ACCESS_AS_OF } },
          'the parameters and window the flag reports',
        );
      },
      needed,
    ),

    conformanceTest('DET-003', 'an unknown detector or parameter, or a value out of range, is refused naming it', async ({ client, api }) => {
      const attempts = [
        { name: 'x-nobody-no-such-detector', detectors: [{ detectorId: 'x-nobody-no-such-detector', parameters: {} }] },
        { name: 'shoeSize', detectors: [{ detectorId: 'repeated-allegations', parameters: { shoeSize: 3 } }] },
        { name: 'threshold', detectors: [{ detectorId: 'repeated-allegations', parameters: { threshold: 0 } }] },
      ];
      for (const { name, detectors } of attempts) {
        const answer = await client.POST('/v1/flagging-runs', { body: { asOf: '2026-01-31', detectors } });
        await api.settleStrayRun(answer);
        const problem = expectProblem(answer, 400, 'validation-failed', `a flagging run with ${JSON.stringify(detectors)}`);
        const said = `${problem.detail ?? ''} ${JSON.stringify(problem.errors ?? [])}`;
        check(said.includes(name), `the refusal of ${JSON.stringify(detectors)} does not name "${name}"`, problem, `a detail or error naming ${name}`);
      }
    }),

    ...semanticsTests,
  ],
};
