/** Portability: the export's format and completeness, and imports into another adapter and into the target. */
import { exportOrder, Run, type ExportLine } from '../../../src/contract/index.js';
import { clientFor, type ConformanceTarget } from '../../harness/target.js';
import { referenceTarget } from '../../harness/reference-target.js';
import { expectRefusal, expectStatus, parseAs } from '../answers.js';
import { check, checkEqual, ConformanceFailure } from '../failure.js';
import { conformanceTest, type TestGroup } from '../conformance-test.js';
import { loadDataset } from '../dataset.js';
import { employment } from '../record-builders.js';
import { ndjson, postImport, sourceRegistration, TargetApi } from '../target-api.js';
import type { TestContext } from '../test-context.js';
import { countsOf, makePortableState, ownExport, type PortableState } from './portability-fixture.js';

const state = (context: TestContext) => context.fixture('portable-state', makePortableState);

/** Imports an export into a target and returns that target's export afterwards. */
async function importInto(target: ConformanceTarget, exportText: string): Promise<ExportLine[]> {
  const client = clientFor(target);
  const api = new TargetApi(client);
  const run = parseAs(Run, expectStatus(await postImport(client, exportText), 202, `importing into ${target.name}`), 'Run');
  await api.waitForRun(run, 'import');
  return api.exportLines();
}

/** Lines in a stable order, so that two exports of the same state compare equal. */
const sorted = (lines: readonly ExportLine[]) => lines.map((line) => JSON.stringify(line)).sort();

/** Compares two exports kind by kind, naming the first kind that differs. */
function checkSameState(observed: readonly ExportLine[], expected: readonly ExportLine[], what: string): void {
  for (const kind of exportOrder.filter((one) => one !== 'header' && one !== 'end')) {
    const [left, right] = [observed, expected].map((lines) => sorted(lines.filter((line) => line.kind === kind)));
    if (JSON.stringify(left) !== JSON.stringify(right)) {
      throw new ConformanceFailure(
        `${what}: the ${kind} lines differ`,
        left.filter((line) => !right.includes(line)).slice(0, 3),
        right.filter((line) => !left.includes(line)).slice(0, 3),
      );
    }
  }
}

/** Imports the state's own export into an empty target, checks it comes back the same, and closes the target. */
async function checkImportsInto(empty: ConformanceTarget, portable: PortableState, what: string): Promise<void> {
  try {
    const own = ownExport(portable);
    checkSameState(await importInto(empty, own.text), own.lines, what);
  } finally {
    await empty.close();
  }
}

function checkHolds(exported: readonly ExportLine[], state: PortableState): void {
  const find = <Kind extends ExportLine['kind']>(kind: Kind, match: (line: Extract<ExportLine, { kind: Kind }>) => boolean) =>
    exported.find((line): line is Extract<ExportLine, { kind: Kind }> => line.kind === kind && match(line as Extract<ExportLine, { kind: Kind }>));
  for (const source of state.sources)
    checkEqual(find('source', (line) => line.source.sourceId === source.sourceId)?.source, source, `the export of source ${source.sourceId}`);
  for (const { sourceId, record } of state.records) {
    checkEqual(
      find('record', (line) => line.sourceId === sourceId && line.record.recordId === record.recordId)?.record,
      record,
      `the export of record ${record.recordId}`,
    );
  }
  for (const override of state.overrides)
    checkEqual(find('override', (line) => line.override.overrideId === override.overrideId)?.override, override, 'the export of the override');
  for (const subject of state.subjects) {
    const line = find('subject', (candidate) => candidate.subject.subjectId === subject.subjectId);
    const members = (references: readonly { sourceId: string; recordId: string }[]) => references.map((one) => `${one.sourceId}/${one.recordId}`).sort();
    checkEqual(
      line && { formerIds: [...line.subject.formerIds].sort(), records: members(line.subject.records) },
      { formerIds: [...subject.formerIds].sort(), records: members(subject.records) },
      `the export of subject ${subject.subjectId}`,
    );
  }
  for (const flag of state.flags)
    checkEqual(find('flag', (line) => line.flag.flagId === flag.flagId)?.flag, flag, `the export of flag ${flag.flagId} with its reviews`);
}

export const portabilityTests: TestGroup = {
  title: 'Portability',
  tests: [
    conformanceTest(
      'POR-001',
      'the export is a header, the kinds in order, and an end line with matching counts',
      async (context) => {
        await loadDataset(context, [employment(context.ids.of('emp'), context.person('exported').identity)]);
        const lines = await context.api.exportLines();
        checkEqual(lines[0]?.kind, 'header', 'the first line’s kind');
        checkEqual(lines.at(-1)?.kind, 'end', 'the last line’s kind');
        const positions = lines.map((line) => exportOrder.indexOf(line.kind));
        const outOfOrder = positions.findIndex((position, index) => index > 0 && position < positions[index - 1]);
        check(outOfOrder < 0, `line ${outOfOrder + 1} comes out of order`, lines[outOfOrder]?.kind, `kinds in the order ${exportOrder.join(', ')}`);
        const end = lines.at(-1) as Extract<ExportLine, { kind: 'end' }>;
        checkEqual(end.counts, countsOf(lines), 'the end line’s counts');
      },
      ['sources', 'records.ingest'],
    ),

    conformanceTest(
      'POR-002',
      'the export holds everything, as the target shows it',
      async (context) => {
        const portable = await state(context);
        checkHolds(portable.exportLines, portable);
      },
      ['sources', 'records.ingest'],
    ),

    conformanceTest(
      'POR-003',
      'the export imports into a fresh reference engine with the same state',
      async (context) => {
        await checkImportsInto(await referenceTarget(), await state(context), 'the reference engine’s export after importing the target’s');
      },
      ['sources', 'records.ingest'],
    ),

    conformanceTest(
      'POR-004',
      'an export imported into an empty target comes back unchanged',
      async (context) => {
        const fresh = context.target.fresh;
        if (!fresh) return context.skip('The harness cannot make an empty twin of this target (only the in-process harness can).');
        await checkImportsInto(await fresh(), await state(context), 'the export of an empty target after importing');
      },
      ['sources', 'records.ingest', 'portability.export'],
    ),

    conformanceTest(
      'POR-005',
      'an import into a target holding data is refused with 409',
      async (context) => {
        await loadDataset(context, [employment(context.ids.of('emp'), context.person('holder').identity)]);
        const sourceId = context.ids.of('imported');
        const header = { kind: 'header', contractVersion: context.meta.contractVersion, exportedAt: new Date().toISOString(), adapter: context.meta.adapter };
        const source = { kind: 'source', source: { sourceId, ...sourceRegistration('hr'), createdAt: header.exportedAt, updatedAt: header.exportedAt } };
        const answer = await postImport(
          context.client,
          ndjson([header, source, { kind: 'end', counts: { source: 1, record: 0, override: 0, subject: 0, flag: 0 } }]),
        );
        await context.api.settleStrayRun(answer);
        expectRefusal(answer, 409, 'importing into a target that holds data');
        expectRefusal(
          await context.client.GET('/v1/sources/{sourceId}', { params: { path: { sourceId } } }),
          404,
          'reading the source the refused import carried',
        );
      },
      ['sources', 'records.ingest'],
    ),
  ],
};
