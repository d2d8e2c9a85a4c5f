/**
 * What planters work with. A planter sees candidates, a view of each person that holds their post,
 * dates and status but no sex, ethnicity or name: the type system, not just good intentions, keeps
 * demographics out of who is chosen. People are drawn without replacement from one shuffled pool, so
 * every planted person carries exactly one scenario and scenarios cannot interfere.
 */
import type { ResolvedOptions } from '../options.js';
import type { UnitType } from '../organisation.js';
import { currentPosting, type EmploymentStatus, type Person } from '../people.js';
import { Random, streams } from '../random.js';
import { isoDate } from '../dates.js';
import type { AllegationCase, Directives, PlantedPattern } from './types.js';

export interface Candidate {
  readonly index: number;
  readonly personId: string;
  readonly unitType: UnitType;
  readonly unit: string;
  readonly startDay: number;
  /** Employed throughout, active on the as-of date, no status change in the period, joined well before the longest window. */
  readonly stable: boolean;
  /** Lived at more than one address while employed. */
  readonly moved: boolean;
}

function toCandidate(person: Person, options: ResolvedOptions): Candidate {
  const current = currentPosting(person, options.asOf);
  const steady = person.postings.every((posting) => posting.day < options.start || posting.status === 'active');
  return {
    index: person.index,
    personId: person.personId,
    unitType: current.unitType,
    unit: current.unit,
    startDay: person.startDay,
    stable: current.status === 'active' && person.endDay === undefined && steady && person.startDay <= options.asOf - 800,
    moved: person.addresses.length > 1,
  };
}

/** The outcome of one scenario, before the context stamps detector and kind on it. */
export interface ScenarioResult {
  readonly people: readonly Candidate[];
  readonly description: string;
  readonly measurements?: Record<string, number>;
}

export class PlantingContext {
  readonly candidates: readonly Candidate[];
  readonly random: Random;
  readonly directives = new Map<number, Directives>();
  readonly cases: AllegationCase[] = [];
  /** People named in planted allegation cases: background cases leave them alone. */
  readonly allegationPeople = new Set<number>();
  readonly planted: PlantedPattern[] = [];
  private readonly pool: Candidate[];
  private readonly used = new Set<number>();

  constructor(
    readonly options: ResolvedOptions,
    private readonly people: Person[],
  ) {
    this.candidates = people.map((person) => toCandidate(person, options));
    this.random = new Random(options.seed, streams.planting);
    this.pool = this.random.shuffle(this.candidates.filter((candidate) => candidate.stable));
  }

  get asOf(): number {
    return this.options.asOf;
  }

  /** Takes `count` unused stable candidates that satisfy `accept`; null when there are not enough. */
  take(count: number, accept: (candidate: Candidate) => boolean = () => true): Candidate[] | null {
    const chosen: Candidate[] = [];
    for (const candidate of this.pool) {
      if (this.used.has(candidate.index) || !accept(candidate)) continue;
      chosen.push(candidate);
      if (chosen.length === count) break;
    }
    if (chosen.length < count) return null;
    for (const candidate of chosen) this.used.add(candidate.index);
    return chosen;
  }

  isUsed(index: number): boolean {
    return this.used.has(index);
  }

  /** Marks a person as carrying a scenario chosen by other means (a unit's outlier). */
  claim(candidate: Candidate): void {
    this.used.add(candidate.index);
  }

  directivesFor(candidate: Candidate): Directives {
    let directives = this.directives.get(candidate.index);
    if (!directives) this.directives.set(candidate.index, (directives = {}));
    return directives;
  }

  addCase(allegationCase: AllegationCase): void {
    this.cases.push(allegationCase);
    for (const party of allegationCase.parties) this.allegationPeople.add(party.personIndex);
  }

  /** Changes a planted person's status from `day` on (a near-miss that is not active on the as-of date). */
  setStatus(candidate: Candidate, day: number, status: EmploymentStatus): void {
    const postings = this.people[candidate.index].postings;
    const last = postings[postings.length - 1];
    postings.push({ ...last, day: Math.max(day, last.day + 1), status, reason: status === 'on_leave' ? 'leave' : status });
  }

  record(detectorId: string, kind: PlantedPattern['kind'], variant: string, result: ScenarioResult): void {
    this.planted.push({
      detectorId,
      kind,
      variant,
      personIds: result.people.map((candidate) => candidate.personId).sort(),
      asOf: isoDate(this.asOf),
      description: result.description,
      measurements: result.measurements ?? {},
    });
  }
}
