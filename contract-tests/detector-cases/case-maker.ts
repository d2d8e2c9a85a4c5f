/**
 * Hand-made datasets for the standard detectors. Each case is a small story (a few people and
 * their records) that lands on one side of a threshold or a window edge, with the number of flags
 * a reader expects from it. Every person's records carry their full identity, so consolidation
 * cannot be what decides the outcome; dates are days relative to the as-of date.
 */
import type { RecordOf, RecordType, SourceRecord } from '../../src/contract/index.js';
import { addDays } from '../../src/detectors/dates.js';
import { record } from '../suite/record-builders.js';
import { inventPerson, type Person, type UniqueIds } from '../suite/unique.js';

/** The as-of date every detector case is evaluated at. */
export const CASES_AS_OF = '2026-06-30';

/** The date `offset` days from the as-of date (negative: before it). */
export const day = (offset: number) => addDays(CASES_AS_OF, offset);

/** The Monday on or before a date. */
export function mondayOf(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}

type Fields<Type extends RecordType> = Omit<RecordOf<Type>, 'type' | 'recordId' | 'occurredAt' | 'identity'>;

/** One invented person of a case, collecting the records the case gives them. */
export class CasePerson {
  readonly records: SourceRecord[] = [];
  readonly identity: Person['identity'];

  constructor(
    /** Unique within the run: `<case key>/<label>`. */
    readonly key: string,
    private readonly recordIdPrefix: string,
  ) {
    this.identity = inventPerson(key).identity;
  }

  /** Adds a record of any type dated `date`, with the person's full identity. */
  add<Type extends RecordType>(type: Type, date: string, fields: Fields<Type>): this {
    this.records.push(record(type, `${this.recordIdPrefix}-${this.records.length + 1}`, this.identity, date, fields));
    return this;
  }

  /** An employment record from years back: active in `unit` unless told otherwise. */
  employed(unit: string, options: Partial<Fields<'employment'>> = {}): this {
    return this.add('employment', '2019-03-04', {
      employeeCategory: 'officer',
      role: 'Response officer',
      rank: 'PC',
      unit,
      status: 'active',
      startDate: '2019-03-04',
      ...options,
    });
  }

  alleged(date: string, caseReference: string, options: Partial<Fields<'allegation'>> = {}): this {
    return this.add('allegation', date, { caseReference, category: 'authority_respect_and_courtesy', origin: 'public', outcome: 'pending', ...options });
  }

  accessed(date: string, options: Partial<Fields<'system_access'>> = {}): this {
    return this.add('system_access', date, { system: 'PNC', action: 'view', target: { kind: 'vehicle' }, ...options });
  }
}

/** Makes the people and names of one case, unique to the run. */
export class CaseMaker {
  readonly people: CasePerson[] = [];

  constructor(
    private readonly ids: UniqueIds,
    /** The case's position in the catalogue of cases: keeps ids short and unique. */
    private readonly caseKey: string,
  ) {}

  person(label: string): CasePerson {
    const person = new CasePerson(`${this.caseKey}/${label}`, this.ids.of(`${this.caseKey}-${label}`));
    this.people.push(person);
    return person;
  }

  /** `count` people labelled `<label>0`, `<label>1`, … */
  crowd(label: string, count: number): CasePerson[] {
    return Array.from({ length: count }, (_, index) => this.person(`${label}${index}`));
  }

  /** A name (unit, case reference, counterparty) no other case or run uses. */
  name(label: string): string {
    return this.ids.of(`${this.caseKey}-${label}`);
  }
}

export interface DetectorCase {
  readonly detectorId: string;
  /** The story, as failures name it. */
  readonly title: string;
  /** How many flags of `detectorId` its people should get, as a reader of the definition counts them. */
  readonly flags: number;
  build(make: CaseMaker): void;
}

/** Declares the cases of one detector. */
export function casesOf(detectorId: string, cases: readonly Omit<DetectorCase, 'detectorId'>[]): DetectorCase[] {
  return cases.map((one) => ({ detectorId, ...one }));
}
