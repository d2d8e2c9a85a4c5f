/**
 * Background complaints and conduct cases: about 0.25 allegations per officer per year (fewer for
 * staff and specials) over the last two years, most naming one person, some naming colleagues from
 * the same unit. A case is kept only for the people it leaves below every allegation rule on the
 * as-of date, so background raises no flag and the planted scenarios are the only ones.
 */
import { allegationOutcomes, professionalStandards } from '../../contract/index.js';
import { Random, WeightedTable, streams } from '../random.js';
import type { Candidate, PlantingContext } from './context.js';
import type { AllegationCase, AllegationOutcome, AllegationParty } from './types.js';

const ratePerYear = { officer: 0.25, staff: 0.05, special: 0.1 } as const;
const caseSizes = [1, 2, 3, 4];
const caseSizeWeights = [0.8, 0.12, 0.06, 0.02];
/** Outcome shares among decided allegations, in the contract's order (pending excluded). */
const decidedOutcomes = allegationOutcomes.filter((outcome) => outcome !== 'pending');
const decidedWeights = [0.38, 0.1, 0.2, 0.15, 0.05, 0.01, 0.11];

interface Held {
  readonly caseIndex: number;
  readonly day: number;
  readonly category: string;
  readonly findingDay?: number;
}

/** Would adding `next` to what a person already holds keep them below every allegation rule on `asOf`? */
export function staysQuiet(held: readonly Held[], next: Held, asOf: number): boolean {
  const all = [...held, next];
  const casesSince = (from: number, filter: (item: Held) => boolean = () => true) =>
    new Set(all.filter((item) => item.day >= from && item.day <= asOf && filter(item)).map((item) => item.caseIndex)).size;
  if (casesSince(asOf - 364) >= 3) return false;
  if (casesSince(asOf - 729, (item) => item.category === next.category) >= 2) return false;
  for (const finding of all) {
    if (finding.findingDay === undefined || finding.findingDay > asOf) continue;
    const end = Math.min(finding.findingDay + 365, asOf);
    if (all.some((item) => item.caseIndex !== finding.caseIndex && item.day > finding.findingDay! && item.day <= end)) return false;
  }
  return true;
}

export function backgroundCases(context: PlantingContext): AllegationCase[] {
  const { options } = context;
  const asOf = options.asOf;
  const historyStart = asOf - Math.max(730, options.weeks * 7) + 1;
  const random = new Random(options.seed, streams.cases);
  const eligible = context.candidates.filter((candidate) => !context.allegationPeople.has(candidate.index));
  const span = (candidate: Candidate) => Math.max(0, asOf - Math.max(historyStart, candidate.startDay) + 1) / 365;
  const weights = eligible.map((candidate) => ratePerYear[candidate.unitType.category] * span(candidate));
  const table = new WeightedTable(eligible, weights);
  const byUnit = new Map<string, Candidate[]>();
  for (const candidate of eligible) byUnit.set(candidate.unit, [...(byUnit.get(candidate.unit) ?? []), candidate]);
  const expectedParties = weights.reduce((sum, weight) => sum + weight, 0);
  const caseCount = Math.round(expectedParties / 1.3);

  const held = new Map<number, Held[]>();
  const pairs = new Set<string>();
  const cases: AllegationCase[] = [];
  for (let attempt = 0; attempt < caseCount; attempt++) {
    const primary = table.pick(random);
    const first = Math.max(historyStart, primary.startDay);
    if (first > asOf) continue;
    const day = random.int(first, asOf);
    const size = random.weighted(caseSizes, caseSizeWeights);
    const named = [primary];
    const unitMembers = byUnit.get(primary.unit) ?? [];
    for (let tries = 0; named.length < size && tries < 12; tries++) {
      const colleague = random.pick(unitMembers);
      if (!named.includes(colleague) && colleague.startDay <= day) named.push(colleague);
    }
    const sharedCategory = random.chance(0.6) ? random.pick(professionalStandards) : undefined;
    const parties: AllegationParty[] = [];
    for (const person of named) {
      const category = sharedCategory ?? random.pick(professionalStandards);
      const outcomeDay = day + random.int(40, 300);
      const outcome: AllegationOutcome = outcomeDay > asOf ? 'pending' : random.weighted(decidedOutcomes, decidedWeights);
      const finding = outcome === 'misconduct' || outcome === 'gross_misconduct';
      const next: Held = { caseIndex: cases.length, day, category, ...(finding ? { findingDay: outcomeDay } : {}) };
      const pairedBefore = parties.some((other) => pairs.has(pairKey(other.personIndex, person.index)));
      if (pairedBefore || !staysQuiet(held.get(person.index) ?? [], next, asOf)) continue;
      parties.push({ personIndex: person.index, category, outcome, ...(outcome === 'pending' ? {} : { outcomeDay }) });
    }
    if (parties.length === 0) continue;
    for (const added of parties) {
      const list = held.get(added.personIndex) ?? [];
      list.push({
        caseIndex: cases.length,
        day,
        category: added.category,
        ...(added.outcome === 'misconduct' || added.outcome === 'gross_misconduct' ? { findingDay: added.outcomeDay } : {}),
      });
      held.set(added.personIndex, list);
      for (const other of parties) if (other.personIndex < added.personIndex) pairs.add(pairKey(other.personIndex, added.personIndex));
    }
    cases.push({ origin: random.chance(0.65) ? 'public' : 'internal', day, parties });
  }
  return cases;
}

function pairKey(left: number, right: number): string {
  return left < right ? `${left}:${right}` : `${right}:${left}`;
}

/** Orders every case by date and gives it a reference: CMP-YYYY-NNNNN (public) or CND-YYYY-NNNNN (internal). */
export function assignReferences(cases: AllegationCase[]): AllegationCase[] {
  const sorted = [...cases].sort((left, right) => left.day - right.day || (left.origin < right.origin ? -1 : left.origin > right.origin ? 1 : 0));
  const counters = new Map<string, number>();
  for (const allegationCase of sorted) {
    const year = new Date(allegationCase.day * 86_400_000).getUTCFullYear();
    const key = `${allegationCase.origin === 'public' ? 'CMP' : 'CND'}-${year}`;
    const next = (counters.get(key) ?? 0) + 1;
    counters.set(key, next);
    allegationCase.reference = `${key}-${String(next).padStart(5, '0')}`;
  }
  return sorted;
}
