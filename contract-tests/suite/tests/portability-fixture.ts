/**
 * A little of everything an export must carry, made once for the portability tests: sources,
 * records, an override, subjects (one merged, so with a former id) and a reviewed flag, plus what
 * the target says about each of them when asked directly.
 */
import { exportOrder, type ExportLine, type Flag, type LinkOverride, type Source, type SourceRecord, type Subject } from '../../../src/contract/index.js';
import { expectStatus } from '../answers.js';
import { loadDataset } from '../dataset.js';
import { employment } from '../record-builders.js';
import { ACCESS_AS_OF, accessDetector, officerWithAccesses } from '../scenarios.js';
import type { TestContext } from '../test-context.js';
import { ndjson } from '../target-api.js';

export interface PortableState {
  readonly prefix: string;
  readonly sources: Source[];
  readonly records: { sourceId: string; record: SourceRecord }[];
  readonly overrides: LinkOverride[];
  readonly subjects: Subject[];
  readonly flags: Flag[];
  /** The export taken once all of it existed. */
  readonly exportLines: ExportLine[];
}

export async function makePortableState(context: TestContext): Promise<PortableState> {
  const officer = officerWithAccesses(context, 'officer', 6);
  const hr = [officer.records[0], ...['first', 'second'].map((label) => employment(context.ids.of(`${label}-emp`), context.person(label).identity))];
  const accesses = officer.accesses;
  const dataset = await loadDataset(context, [...hr, ...accesses]);
  const overrides: LinkOverride[] = [];
  if (context.claims('consolidation')) await context.api.consolidate();
  if (context.claims('consolidation.overrides')) {
    overrides.push(
      await context.api.createOverride({ kind: 'must_link', left: dataset.ref(hr[1]), right: dataset.ref(hr[2]), reason: 'One officer, two HR entries.' }),
    );
    if (context.claims('consolidation')) await context.api.consolidate();
  }
  const flags: Flag[] = [];
  const subjects: Subject[] = [];
  if (context.claims('consolidation') && context.claims('records.read')) {
    const subjectIds = new Set(await Promise.all(hr.map((record) => context.api.subjectIdOf(dataset.ref(record)))));
    for (const subjectId of subjectIds) subjects.push(await context.api.subject(subjectId));
    if (context.claims('flagging')) {
      await context.api.flag(ACCESS_AS_OF, accessDetector);
      for (const subject of subjects) flags.push(...(await context.api.flags({ subjectId: subject.subjectId })));
      if (context.claims('flags.review') && flags[0]) {
        const reviewed = await context.client.POST('/v1/flags/{flagId}/reviews', {
          params: { path: { flagId: flags[0].flagId } },
          body: { status: 'in_review', rationale: 'Export test.' },
        });
        flags[0] = expectStatus(reviewed, 201, 'reviewing the flag') as Flag;
      }
    }
  }
  const sources = [];
  for (const kind of ['hr', 'access_audit'] as const) {
    const answer = await context.client.GET('/v1/sources/{sourceId}', { params: { path: { sourceId: dataset.sourceIdOf(kind) } } });
    sources.push(expectStatus(answer, 200, 'reading a source') as Source);
  }
  return {
    prefix: context.ids.prefix,
    sources,
    records: [...hr, ...accesses].map((record) => ({ sourceId: dataset.ref(record).sourceId, record })),
    overrides,
    subjects,
    flags,
    exportLines: await context.api.exportLines(),
  };
}

/** How many lines of each kind (header and end aside): what an end line must say. */
export function countsOf(lines: readonly ExportLine[]): Record<string, number> {
  return Object.fromEntries(
    exportOrder.filter((kind) => kind !== 'header' && kind !== 'end').map((kind) => [kind, lines.filter((line) => line.kind === kind).length]),
  );
}

/**
 * The state's own part of an export, as an importable export: the header, its own lines, and an
 * end line counting them. Tests import this rather than the whole sandbox, so that what other
 * tests (or evaluators) left there cannot decide their outcome.
 */
export function ownExport(state: PortableState): { text: string; lines: ExportLine[] } {
  const own = linesOf(state, state.exportLines);
  const lines: ExportLine[] = [state.exportLines[0], ...own, { kind: 'end', counts: countsOf(own) }];
  return { text: ndjson(lines), lines };
}

/** The lines of an export that concern the state's own data (the sandbox may hold anyone's). */
export function linesOf(state: Pick<PortableState, 'prefix'>, lines: readonly ExportLine[]): ExportLine[] {
  const ours = (sourceId: string) => sourceId.startsWith(`${state.prefix}-`);
  return lines.filter((line) => {
    switch (line.kind) {
      case 'source':
        return ours(line.source.sourceId);
      case 'record':
        return ours(line.sourceId);
      case 'override':
        return ours(line.override.left.sourceId);
      case 'subject':
        return line.subject.records.some((reference) => ours(reference.sourceId));
      case 'flag':
        return line.flag.evidence.some((reference) => ours(reference.sourceId));
      default:
        return false;
    }
  });
}
