/** Sources: registering, replacing, reading, and refusing invalid registrations. */
import { Source } from '../../../src/contract/index.js';
import { expectProblem, expectStatus, parseAs } from '../answers.js';
import { check, checkEqual } from '../failure.js';
import { conformanceTest, type TestGroup } from '../conformance-test.js';
import { sourceRegistration } from '../target-api.js';

export const sourceTests: TestGroup = {
  title: 'Sources',
  tests: [
    conformanceTest('SRC-001', 'a new source is created with 201 and reads back the same', async ({ client, ids }) => {
      const sourceId = ids.of('hr');
      const registration = { ...sourceRegistration('complaints', 'Professional Standards case system'), extensions: { 'x-conformance-region': 'south' } };
      const created = parseAs(
        Source,
        expectStatus(await client.PUT('/v1/sources/{sourceId}', { params: { path: { sourceId } }, body: registration }), 201, 'registering a new source'),
        'Source',
      );
      const { createdAt, updatedAt, ...held } = created;
      checkEqual(held, { sourceId, ...registration }, 'the created source differs from the registration');
      check(createdAt <= updatedAt, 'the source was updated before it was created', { createdAt, updatedAt }, 'createdAt ≤ updatedAt');
      const read = expectStatus(await client.GET('/v1/sources/{sourceId}', { params: { path: { sourceId } } }), 200, 'reading the source');
      checkEqual(read, created, 'the source reads back differently from how it was created');
    }),

    conformanceTest('SRC-002', 'registering again replaces with 200 and keeps the creation time', async ({ client, ids }) => {
      const sourceId = ids.of('hr');
      const first = expectStatus(
        await client.PUT('/v1/sources/{sourceId}', { params: { path: { sourceId } }, body: sourceRegistration('hr') }),
        201,
        'registering a new source',
      );
      const changed = { ...sourceRegistration('hr', 'HR (renamed)'), retentionPeriod: 'P7Y' };
      const second = expectStatus(
        await client.PUT('/v1/sources/{sourceId}', { params: { path: { sourceId } }, body: changed }),
        200,
        'registering the source again',
      );
      checkEqual(
        { name: second.name, retentionPeriod: second.retentionPeriod, createdAt: second.createdAt },
        { name: changed.name, retentionPeriod: 'P7Y', createdAt: first.createdAt },
        'the replaced registration',
      );
      const read = expectStatus(await client.GET('/v1/sources/{sourceId}', { params: { path: { sourceId } } }), 200, 'reading the source');
      checkEqual(read.name, changed.name, 'the source does not read back with its new name');
    }),

    conformanceTest('SRC-003', 'an invalid registration is refused naming each invalid field', async ({ client, ids }) => {
      const sourceId = ids.of('hr');
      const invalid = { ...sourceRegistration('hr'), kind: 'payroll', retentionPeriod: 'six years' };
      const problem = expectProblem(
        await client.PUT('/v1/sources/{sourceId}', { params: { path: { sourceId } }, body: invalid as never }),
        400,
        'validation-failed',
        'registering an invalid source',
      );
      const paths = (problem.errors ?? []).map((error) => error.path).join(' ');
      check(
        paths.includes('kind') && paths.includes('retentionPeriod'),
        'the problem does not name both invalid fields',
        problem.errors,
        'errors naming kind and retentionPeriod',
      );
      const after = await client.GET('/v1/sources/{sourceId}', { params: { path: { sourceId } } });
      checkEqual(after.response.status, 404, 'the refused source was registered anyway');
    }),
  ],
};
