/** Problem details, unknown ids and malformed requests, across every resource the target offers. */
import type { Capability, ProblemKind } from '../../../src/contract/index.js';
import { expectProblem, expectStatus, type Answer } from '../answers.js';
import { check, ConformanceFailure } from '../failure.js';
import { conformanceTest, type TestGroup } from '../conformance-test.js';
import type { TestContext } from '../test-context.js';
import { employment } from '../record-builders.js';
import { ACCESS_AS_OF, accessDetector, officerWithAccesses } from '../scenarios.js';
import { loadDataset } from '../dataset.js';

interface Probe {
  readonly action: string;
  /** The capability the call needs; without it the target should answer 501 instead. */
  readonly capability: Capability | null;
  call(context: TestContext): Promise<Answer>;
}

const unknownSource: Probe = {
  action: 'reading an unknown source',
  capability: 'sources',
  call: ({ client, ids }) => client.GET('/v1/sources/{sourceId}', { params: { path: { sourceId: ids.of('nowhere') } } }),
};
const unknownRun: Probe = {
  action: 'reading an unknown run',
  capability: null,
  call: ({ client, ids }) => client.GET('/v1/runs/{runId}', { params: { path: { runId: ids.of('run') } } }),
};

const unknownIdProbes: Probe[] = [
  unknownSource,
  {
    action: 'reading an unknown record of a known source',
    capability: 'records.read',
    async call({ client, api, ids }) {
      await api.putSource(ids.of('hr'), 'hr');
      return client.GET('/v1/sources/{sourceId}/records/{recordId}', { params: { path: { sourceId: ids.of('hr'), recordId: ids.of('missing') } } });
    },
  },
  {
    action: 'reading an unknown subject',
    capability: 'consolidation',
    call: ({ client, ids }) => client.GET('/v1/subjects/{subjectId}', { params: { path: { subjectId: ids.of('subject') } } }),
  },
  {
    action: 'listing the links of an unknown subject',
    capability: 'consolidation',
    call: ({ client, ids }) => client.GET('/v1/subjects/{subjectId}/links', { params: { path: { subjectId: ids.of('subject') } } }),
  },
  unknownRun,
  {
    action: 'reading an unknown flag',
    capability: 'flagging',
    call: ({ client, ids }) => client.GET('/v1/flags/{flagId}', { params: { path: { flagId: ids.of('flag') } } }),
  },
  {
    action: 'reviewing an unknown flag',
    capability: 'flags.review',
    call: ({ client, ids }) =>
      client.POST('/v1/flags/{flagId}/reviews', { params: { path: { flagId: ids.of('flag') } }, body: { status: 'in_review', rationale: 'Unknown flag.' } }),
  },
  {
    action: 'withdrawing an unknown override',
    capability: 'consolidation.overrides',
    call: ({ client, ids }) => client.DELETE('/v1/link-overrides/{overrideId}', { params: { path: { overrideId: ids.of('override') } } }),
  },
];

const malformedProbes: (Probe & { fields: string[] })[] = [
  {
    action: 'registering a source with its fields missing',
    capability: 'sources',
    fields: ['name', 'controller', 'lawfulBasis', 'purpose', 'retentionPeriod'],
    call: ({ client, ids }) => client.PUT('/v1/sources/{sourceId}', { params: { path: { sourceId: ids.of('hr') } }, body: { kind: 'hr' } as never }),
  },
  {
    action: 'starting a consolidation run in an unknown mode',
    capability: 'consolidation',
    fields: ['mode'],
    call: ({ client }) => client.POST('/v1/consolidation-runs', { body: { mode: 'sideways' } as never }),
  },
  {
    action: 'listing flags with an unknown status',
    capability: 'flagging',
    fields: ['status'],
    call: ({ client }) => client.GET('/v1/flags', { params: { query: { status: 'pending' as never } } }),
  },
];

/**
 * Gives the target a subject, a flag and a run of its own, so that an adapter answering unknown
 * ids with whatever it holds has something to answer with, and is caught.
 */
async function holdSomething(context: TestContext): Promise<void> {
  if (!['sources', 'records.ingest', 'consolidation'].every((capability) => context.claims(capability as Capability))) return;
  await loadDataset(context, officerWithAccesses(context, 'held', 5).records);
  await context.api.consolidate();
  if (context.claims('flagging')) await context.api.flag(ACCESS_AS_OF, accessDetector);
}

/** The probes the target can be asked, given what it claims. */
const offered = <Kind extends Probe>(context: TestContext, probes: readonly Kind[]) =>
  probes.filter((probe) => probe.capability === null || context.claims(probe.capability));

export const errorTests: TestGroup = {
  title: 'Problem details and status codes',
  tests: [
    conformanceTest('ERR-001', 'refusals are complete problem details', async (context) => {
      const samples: [Probe, number, ProblemKind][] = [
        [unknownRun, 404, 'not-found'],
        ...offered(context, [unknownSource]).map((probe): [Probe, number, ProblemKind] => [probe, 404, 'not-found']),
        ...offered(context, malformedProbes).map((probe): [Probe, number, ProblemKind] => [probe, 400, 'validation-failed']),
      ];
      for (const [probe, status, kind] of samples) expectProblem(await probe.call(context), status, kind, probe.action);
    }),

    conformanceTest('ERR-002', 'unknown ids answer 404, never a success', async (context) => {
      await holdSomething(context);
      for (const probe of offered(context, unknownIdProbes)) expectProblem(await probe.call(context), 404, 'not-found', probe.action);
    }),

    conformanceTest('ERR-003', 'malformed requests are refused with 400 naming every invalid field', async (context) => {
      for (const probe of offered(context, malformedProbes)) {
        const answer = await probe.call(context);
        await context.api.settleStrayRun(answer);
        const problem = expectProblem(answer, 400, 'validation-failed', probe.action);
        const paths = (problem.errors ?? []).map((error) => error.path).join(' ');
        const unnamed = probe.fields.filter((field) => !paths.includes(field));
        if (unnamed.length > 0)
          throw new ConformanceFailure(
            `${probe.action}: the problem does not name every invalid field`,
            problem.errors ?? [],
            `errors naming ${probe.fields.join(', ')}`,
          );
      }
      if (context.claims('records.ingest') && context.claims('sources')) {
        await context.api.putSource(context.ids.of('hr'), 'hr');
        const empty = await context.client.POST('/v1/sources/{sourceId}/records', {
          params: { path: { sourceId: context.ids.of('hr') } },
          body: { records: [] },
        });
        expectProblem(empty, 400, 'validation-failed', 'ingesting an empty batch');
        const notABatch = await context.client.POST('/v1/sources/{sourceId}/records', {
          params: { path: { sourceId: context.ids.of('hr') } },
          body: employment(context.ids.of('rec'), { staffNumber: 'X' }) as never,
        });
        check(notABatch.response.status === 400, 'ingesting a record that is not wrapped in a batch was not refused with 400', notABatch.response.status, 400);
      }
    }),

    conformanceTest('ERR-004', 'ids of 200 characters work; longer ones are refused as problems', async (context) => {
      // OpaqueId allows 200 characters: servers often cap path parameters lower by default.
      const longest = `run-${'x'.repeat(196)}`;
      expectProblem(
        await context.client.GET('/v1/runs/{runId}', { params: { path: { runId: longest } } }),
        404,
        'not-found',
        'reading an unknown run by an id of 200 characters',
      );
      if (context.claims('sources')) {
        const sourceId = `${context.ids.of('src')}-${'y'.repeat(200 - context.ids.of('src').length - 1)}`;
        await context.api.putSource(sourceId, 'hr');
        expectStatus(
          await context.client.GET('/v1/sources/{sourceId}', { params: { path: { sourceId } } }),
          200,
          'reading a source registered with an id of 200 characters',
        );
      }
      const tooLong = await context.client.GET('/v1/runs/{runId}', { params: { path: { runId: 'x'.repeat(201) } } });
      expectProblem(tooLong, 400, 'validation-failed', 'reading a run by an id of 201 characters, longer than ids may be');
    }),
  ],
};
