/**
 * What every source generator shares: each person's records are derived from streams keyed by
 * (seed, source, person), so a source can be regenerated alone, in any order, and twice over with the
 * same result. People are taken in a shuffled order, in blocks of 500, and each block's records are
 * written in date order: memory stays flat, and no person's records sit together in a file, so a
 * file's layout gives no hint of whose a record is.
 */
import type { RecordedIdentity, SourceRecord } from '../../contract/index.js';
import type { ResolvedOptions } from '../options.js';
import type { Person } from '../people.js';
import type { Directives, Plan } from '../plan/types.js';
import { Random, hashInts, streams } from '../random.js';
import { IdentityRecorder } from '../recorded-identity.js';
import { quirksOf } from '../profiles.js';
import { RecordIdMaker } from '../record-ids.js';
import { sourceDefinitions, type SourceDefinition, type SourceKey } from '../sources.js';

/** People whose records are gathered and put in date order together. */
const blockSize = 500;

export interface GeneratorContext {
  readonly options: ResolvedOptions;
  readonly people: readonly Person[];
  readonly plan: Plan;
}

/** A record and whose it truly is. */
export interface EmittedRecord {
  readonly record: SourceRecord;
  readonly personIndex: number;
}

export type SourceGenerator = (context: GeneratorContext) => Iterable<EmittedRecord>;

/** A person as one source's generator sees them. */
export interface PersonScope {
  readonly person: Person;
  /** The content stream for this person in this source. */
  readonly random: Random;
  readonly directives: Directives | undefined;
  /** The identity this source records for the person on `day`, noise included. */
  identity(day: number): RecordedIdentity;
  /** The next record id of this person in this source. */
  nextId(): string;
}

export function sourceIndex(key: SourceKey): number {
  return sourceDefinitions.findIndex((definition) => definition.key === key);
}

/** The recorded-identity maker and id maker of one source. */
export function sourceTools(definition: SourceDefinition, options: ResolvedOptions) {
  const index = sourceIndex(definition.key);
  return {
    index,
    recorder: new IdentityRecorder(definition, options.noise, {
      quirks: quirksOf(options.profile, definition.key, options.noise),
      seed: options.seed,
      sourceIndex: index,
      profiled: options.profile.name !== 'clean',
    }),
    ids: new RecordIdMaker(options.seed, index, idPrefixes[definition.key]),
    noiseFor: (key: number) => new Random(options.seed, streams.noise, hashInts(index, key)),
  };
}

const idPrefixes: Record<SourceKey, string> = {
  hr: 'EMP',
  complaints: 'CMP',
  conduct: 'CND',
  vetting: 'VET',
  interests: 'DEC',
  intelligence: 'INT',
  access: 'AUD',
  absence: 'ABS',
  duty: 'DUTY',
  building: 'BLD',
  training: 'TRN',
  useOfForce: 'UOF',
};

/** Content stream label of each source. */
const contentStreams: Record<SourceKey, number> = {
  hr: streams.hr,
  complaints: streams.cases,
  conduct: streams.cases,
  vetting: streams.vetting,
  interests: streams.interests,
  intelligence: streams.interests,
  access: streams.access,
  absence: streams.absence,
  duty: streams.duty,
  building: streams.building,
  training: streams.training,
  useOfForce: streams.useOfForce,
};

/** Builds a source generator from a function giving one person's records, in the order the person's ids were assigned. */
export function perPerson(key: SourceKey, generate: (scope: PersonScope, context: GeneratorContext) => Iterable<SourceRecord>): SourceGenerator {
  const definition = sourceDefinitions.find((candidate) => candidate.key === key)!;
  return function* (context) {
    const { options, people, plan } = context;
    const tools = sourceTools(definition, options);
    const scopeOf = (person: Person): PersonScope => {
      const noise = tools.noiseFor(person.index);
      const quirks = tools.recorder.quirkStream(person);
      let sequence = 0;
      return {
        person,
        random: new Random(options.seed, contentStreams[key] * 64 + tools.index, person.index),
        directives: plan.directives.get(person.index),
        identity: (day) => tools.recorder.record(person, day, noise, quirks),
        nextId: () => tools.ids.id(person.index, sequence++),
      };
    };
    const order = new Random(options.seed, streams.order, tools.index).shuffle(people.map((_, index) => index));
    for (let first = 0; first < order.length; first += blockSize) {
      const block: EmittedRecord[] = [];
      for (const index of order.slice(first, first + blockSize))
        for (const record of generate(scopeOf(people[index]), context)) block.push({ record, personIndex: index });
      yield* sortChronologically(block);
    }
  };
}

const dayCache = new Map<string, number>();
const digit = (text: string, index: number) => text.charCodeAt(index) - 48;

/** Minutes since 1970 of an RFC 3339 timestamp as the generators write them (UTC, whole minutes). */
function minuteKey(timestamp: string): number {
  const date = timestamp.slice(0, 10);
  let day = dayCache.get(date);
  if (day === undefined) dayCache.set(date, (day = Math.round(Date.parse(date) / 86_400_000)));
  return day * 1440 + (digit(timestamp, 11) * 10 + digit(timestamp, 12)) * 60 + digit(timestamp, 14) * 10 + digit(timestamp, 15);
}

/** Date order; records of the same minute keep the order they were generated in (the sort is stable). */
export function sortChronologically(records: EmittedRecord[]): EmittedRecord[] {
  const keyed = records.map((entry) => ({ entry, key: minuteKey(entry.record.occurredAt) }));
  keyed.sort((left, right) => left.key - right.key);
  return keyed.map((item) => item.entry);
}
