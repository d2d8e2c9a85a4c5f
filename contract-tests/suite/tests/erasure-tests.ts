/** Erasure: the record goes, and so does everything derived from it. */
import { Erasure } from '../../../src/contract/index.js';
import { expectRefusal, expectStatus, parseAs } from '../answers.js';
import { check, checkEqual } from '../failure.js';
import { conformanceTest, type TestGroup } from '../conformance-test.js';
import { ACCESS_AS_OF, accessDetector, flaggedOfficer } from '../scenarios.js';
import { loadDataset } from '../dataset.js';
import { employment } from '../record-builders.js';

export const erasureTests: TestGroup = {
  title: 'Erasure',
  tests: [
    conformanceTest(
      'ERA-001',
      'an erased record reads 404; an unknown one cannot be erased',
      async (context) => {
        const person = context.person('erased');
        const record = employment(context.ids.of('emp'), person.identity);
        const dataset = await loadDataset(context, [record]);
        const reference = dataset.ref(record);
        const answer = await context.client.DELETE('/v1/sources/{sourceId}/records/{recordId}', {
          params: { path: reference, query: { reason: 'rectification' } },
        });
        const erasure = parseAs(Erasure, expectStatus(answer, 200, 'erasing a record'), 'Erasure');
        checkEqual(
          { sourceId: erasure.sourceId, recordId: erasure.recordId, reason: erasure.reason },
          { ...reference, reason: 'rectification' },
          'the erasure',
        );
        expectRefusal(await context.client.GET('/v1/sources/{sourceId}/records/{recordId}', { params: { path: reference } }), 404, 'reading the erased record');
        const unknown = { sourceId: reference.sourceId, recordId: context.ids.of('never') };
        expectRefusal(
          await context.client.DELETE('/v1/sources/{sourceId}/records/{recordId}', { params: { path: unknown } }),
          404,
          'erasing an unknown record',
        );
      },
      ['sources', 'records.ingest', 'records.read'],
    ),

    conformanceTest(
      'ERA-002',
      'an erased record leaves its subject and every flag’s evidence',
      async (context) => {
        const { subjectId, flag, accesses, dataset, records } = await flaggedOfficer(context);
        const erased = dataset.ref(accesses[0]);
        expectStatus(await context.client.DELETE('/v1/sources/{sourceId}/records/{recordId}', { params: { path: erased } }), 200, 'erasing an access');
        const same = (reference: { sourceId: string; recordId: string }) => reference.sourceId === erased.sourceId && reference.recordId === erased.recordId;
        const subject = await context.api.subject(subjectId);
        check(
          !subject.records.some(same),
          'the erased record is still in its subject',
          subject.records.map((one) => one.recordId),
          'the subject without it',
        );
        checkEqual(subject.recordCount, records.length - 1, 'the subject’s record count after erasure');
        const after = expectStatus(await context.client.GET('/v1/flags/{flagId}', { params: { path: { flagId: flag.flagId } } }), 200, 'reading the flag');
        check(!after.evidence.some(same), 'the erased record is still in the flag’s evidence', after.evidence, 'the evidence without it');
      },
      ['sources', 'records.ingest', 'records.read', 'consolidation', 'flagging'],
    ),

    conformanceTest(
      'ERA-003',
      're-running after an erasure raises no duplicate of a flag whose evidence shrank',
      async (context) => {
        const { subjectId, accesses, dataset } = await flaggedOfficer(context);
        expectStatus(
          await context.client.DELETE('/v1/sources/{sourceId}/records/{recordId}', { params: { path: dataset.ref(accesses[0]) } }),
          200,
          'erasing an access',
        );
        await context.api.flag(ACCESS_AS_OF, accessDetector);
        const flags = await context.api.flags({ subjectId, detectorId: 'access-without-purpose' });
        const evidence = flags.map((flag) =>
          flag.evidence
            .map((reference) => reference.recordId)
            .sort()
            .join(' '),
        );
        checkEqual(evidence.length, new Set(evidence).size, 'flags of the subject on the same evidence after erasing one access and re-running');
      },
      ['sources', 'records.ingest', 'records.read', 'consolidation', 'flagging'],
    ),
  ],
};
