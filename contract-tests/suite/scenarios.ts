/**
 * Small stories several tests tell: strangers with one HR record each, and an officer whose
 * system accesses without a recorded purpose raise an `access-without-purpose` flag (the detector
 * with the most margin, so tests of flags in general do not hang on one detector's edge).
 */
import type { DetectorSelection, Flag, Run, SourceRecord } from '../../src/contract/index.js';
import { loadDataset, type LoadedDataset } from './dataset.js';
import { checkEqual } from './failure.js';
import { employment, systemAccess } from './record-builders.js';
import type { TestContext } from './test-context.js';
import type { Person } from './unique.js';

/** The as-of date of the access stories: their accesses fall from 10 January 2026 on. */
export const ACCESS_AS_OF = '2026-01-31';
export const accessDetector: DetectorSelection[] = [{ detectorId: 'access-without-purpose', parameters: {} }];

/** An officer's HR record and `count` (at most 20) accesses without purpose, one a day from 10 January 2026. */
export function officerWithAccesses(context: TestContext, label: string, count: number): { person: Person; records: SourceRecord[]; accesses: SourceRecord[] } {
  const person = context.person(label);
  const accesses = Array.from({ length: count }, (_, index) =>
    systemAccess(context.ids.of(`${label}-acc${index}`), { username: person.identity.username }, `2026-01-${String(10 + index).padStart(2, '0')}`),
  );
  return { person, records: [employment(context.ids.of(`${label}-emp`), person.identity), ...accesses], accesses };
}

/** One HR record for each label, loaded and consolidated. */
export async function strangers(context: TestContext, labels: readonly string[]): Promise<{ records: SourceRecord[]; dataset: LoadedDataset }> {
  const records = labels.map((label) => employment(context.ids.of(label), context.person(label).identity));
  const dataset = await loadDataset(context, records);
  await context.api.consolidate();
  return { records, dataset };
}

/** The subject of each record, in order. */
export function subjectsOf(context: TestContext, dataset: LoadedDataset, records: readonly SourceRecord[]): Promise<string[]> {
  return Promise.all(records.map((record) => context.api.subjectIdOf(dataset.ref(record))));
}

export interface FlaggedOfficer {
  readonly flag: Flag;
  readonly subjectId: string;
  readonly run: Run;
  readonly records: SourceRecord[];
  readonly accesses: SourceRecord[];
  readonly dataset: LoadedDataset;
}

/** An officer with `count` accesses without purpose (5 or more raise a flag), loaded, consolidated and flagged. */
export async function flaggedOfficer(context: TestContext, count = 6, label = 'officer'): Promise<FlaggedOfficer> {
  const { records, accesses } = officerWithAccesses(context, label, count);
  const dataset = await loadDataset(context, records);
  await context.api.consolidate();
  const run = await context.api.flag(ACCESS_AS_OF, accessDetector);
  const subjectId = await context.api.subjectIdOf(dataset.ref(records[0]));
  const flags = await context.api.flags({ subjectId, detectorId: 'access-without-purpose' });
  checkEqual(flags.length, 1, `precondition: flags for ${count} accesses without purpose`);
  return { flag: flags[0], subjectId, run, records, accesses, dataset };
}
