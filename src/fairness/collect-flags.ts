/**
 * Reads an adapter's flags and works out whom of the equality data each one concerns, through the
 * public adapter interface only, so the same audit runs in the gateway (any adapter behind it) and
 * in a client (the http adapter pointed at a bidder's sandbox).
 *
 * Only flagged subjects are resolved: a subject's records are read and matched against the
 * people's record keys, so the cost grows with the flags, not with the force. What the adapter
 * answers is validated against the contract before it is counted.
 */
import type { PlumblineAdapterV1 } from '../adapter/adapter-v1.js';
import { allFlags } from '../adapter/all-flags.js';
import type { OperationContext } from '../adapter/context.js';
import { errors, PlumblineError } from '../adapter/errors.js';
import type { z } from 'zod';
import { Detector, Flag, jsonPointer, StoredRecord, Subject, type EqualityPerson, type FairnessOptions, type ReviewOutcome } from '../contract/index.js';
import { recordKey } from './equality-file.js';
import type { FlagOutcome } from './measures.js';

/** Outcomes counted as "closed with no case to answer". */
export const unfoundedOutcomes: readonly ReviewOutcome[] = ['no_further_action', 'data_error'];

/** People whose first record is looked up to measure coverage. */
const COVERAGE_SAMPLE = 200;
/** Subject reads in flight at once: enough to hide a remote's latency, few enough to be polite. */
const CONCURRENCY = 8;

export interface CollectedFlags {
  readonly flags: FlagOutcome[];
  /** Every detector the adapter lists, then any other flagged, within the options' choice. */
  readonly detectorIds: string[];
  readonly flagsRead: number;
  readonly sharedSubjects: number;
  readonly coverage: { checked: number; found: number } | null;
}

/** An adapter's answer, valid against the contract, or a 502 naming the adapter and the field (never the value). */
function answerOf<Schema extends z.ZodType>(adapter: PlumblineAdapterV1, schema: Schema, value: unknown, what: string): z.output<Schema> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const fieldErrors = parsed.error.issues.slice(0, 20).map((issue) => ({ path: jsonPointer(issue.path), message: issue.message }));
  throw new PlumblineError(
    'adapter-contract-violation',
    `The "${adapter.identity.id}" adapter answered ${what} that breaks the contract at ${fieldErrors[0]?.path}.`,
    {
      adapter: adapter.identity.id,
      errors: fieldErrors,
    },
  );
}

/** Which people (by index) hold each record key and each subject id. */
function indexPeople(people: readonly EqualityPerson[]) {
  const byRecord = new Map<string, number[]>();
  const bySubject = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, person: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [person]);
    else if (!list.includes(person)) list.push(person);
  };
  people.forEach((person, index) => {
    for (const reference of person.records ?? []) add(byRecord, recordKey(reference), index);
    for (const subjectId of person.subjectIds ?? []) add(bySubject, subjectId, index);
  });
  return { byRecord, bySubject };
}

/** Runs `work` over `items`, a few at a time, keeping the order of the answers. */
async function inBatches<Item, Answer>(items: readonly Item[], work: (item: Item) => Promise<Answer>): Promise<Answer[]> {
  const answers: Answer[] = [];
  for (let start = 0; start < items.length; start += CONCURRENCY) answers.push(...(await Promise.all(items.slice(start, start + CONCURRENCY).map(work))));
  return answers;
}

/** The subject's records, following a merged subject to its survivor once. */
async function subjectRecords(adapter: PlumblineAdapterV1, subjectId: string, context: OperationContext): Promise<string[]> {
  let lookup = await adapter.consolidation!.getSubject(subjectId, context).catch(notFoundAsNull);
  if (lookup && 'redirectTo' in lookup) lookup = await adapter.consolidation!.getSubject(lookup.redirectTo, context).catch(notFoundAsNull);
  if (!lookup || !('subject' in lookup)) return [];
  return answerOf(adapter, Subject, lookup.subject, 'a subject').records.map(recordKey);
}

function notFoundAsNull(error: unknown): null {
  if (error instanceof PlumblineError && error.kind === 'not-found') return null;
  throw error;
}

function inPeriod(flag: Flag, options: FairnessOptions): boolean {
  const day = flag.raisedAt.slice(0, 10);
  return (options.raisedFrom === undefined || day >= options.raisedFrom) && (options.raisedTo === undefined || day <= options.raisedTo);
}

/** Whether the adapter holds each sampled person's first record: people it does not hold cannot be flagged. */
async function measureCoverage(adapter: PlumblineAdapterV1, people: readonly EqualityPerson[], context: OperationContext) {
  if (!adapter.capabilities.includes('records.read') || !adapter.sources) return null;
  const keyed = people.filter((person) => (person.records?.length ?? 0) > 0);
  const step = Math.max(1, Math.floor(keyed.length / COVERAGE_SAMPLE));
  const sample = keyed.filter((_, index) => index % step === 0).slice(0, COVERAGE_SAMPLE);
  const found = await inBatches(sample, async (person) => {
    const { sourceId, recordId } = person.records![0];
    const held = await adapter.sources!.getRecord(sourceId, recordId, context).catch(notFoundAsNull);
    return held !== null && StoredRecord.safeParse(held).success;
  });
  return { checked: sample.length, found: found.filter(Boolean).length };
}

/** Every flag, with the people of the equality data it concerns. */
export async function collectFlags(
  adapter: PlumblineAdapterV1,
  people: readonly EqualityPerson[],
  options: FairnessOptions,
  context: OperationContext,
): Promise<CollectedFlags> {
  if (!adapter.capabilities.includes('flagging') || !adapter.flagging) throw errors.unsupported('flagging', adapter.identity.id);
  const { byRecord, bySubject } = indexPeople(people);
  const chosen = options.detectors && new Set(options.detectors);
  const flags = (await allFlags(adapter, context))
    .map((flag) => answerOf(adapter, Flag, flag, 'a flag'))
    .filter((flag) => inPeriod(flag, options) && (!chosen || chosen.has(flag.detectorId)));

  const subjectIds = [...new Set(flags.flatMap((flag) => flag.subjectIds))];
  const needsRecords = subjectIds.filter((subjectId) => !bySubject.has(subjectId));
  if (needsRecords.length > 0 && byRecord.size > 0 && (!adapter.capabilities.includes('consolidation') || !adapter.consolidation)) {
    throw errors.unsupported('consolidation', adapter.identity.id);
  }
  const recordsOf = new Map<string, string[]>();
  if (byRecord.size > 0) {
    const answers = await inBatches(needsRecords, (subjectId) => subjectRecords(adapter, subjectId, context));
    needsRecords.forEach((subjectId, index) => recordsOf.set(subjectId, answers[index]));
  }
  let sharedSubjects = 0;
  const peopleOf = new Map<string, number[]>();
  for (const subjectId of subjectIds) {
    const found = new Set(bySubject.get(subjectId) ?? []);
    for (const key of recordsOf.get(subjectId) ?? []) for (const person of byRecord.get(key) ?? []) found.add(person);
    if (found.size > 1) sharedSubjects += 1;
    peopleOf.set(subjectId, [...found]);
  }

  const listed = (await adapter.flagging.listDetectors(context)).map((detector) => answerOf(adapter, Detector, detector, 'a detector').detectorId);
  const detectorIds = [...new Set([...listed, ...flags.map((flag) => flag.detectorId)])].filter((detectorId) => !chosen || chosen.has(detectorId));
  return {
    flags: flags.map((flag) => ({
      detectorId: flag.detectorId,
      people: [...new Set(flag.subjectIds.flatMap((subjectId) => peopleOf.get(subjectId) ?? []))],
      closed: flag.status === 'closed',
      unfounded: flag.status === 'closed' && flag.outcome !== null && unfoundedOutcomes.includes(flag.outcome),
    })),
    detectorIds,
    flagsRead: flags.length,
    sharedSubjects,
    coverage: await measureCoverage(adapter, people, context),
  };
}
