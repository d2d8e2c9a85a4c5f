/**
 * Uses of force: how many each person reports in the 365 days ending on the as-of date, decided
 * here because `use-of-force-peer-outlier` compares a person with every active colleague in the unit.
 * Background counts follow each unit's rate with modest individual spread, then the highest counts
 * are trimmed until nobody's z-score reaches 2.2; planted outliers are set one per unit to the
 * smallest count that reaches 2.5 (or the largest that does not, for near-misses).
 */
import { isoDate } from '../dates.js';
import { useOfForceFactor } from '../organisation.js';
import { currentPosting, type Person } from '../people.js';
import { Random, streams } from '../random.js';
import type { Candidate, PlantingContext } from './context.js';

const zThreshold = 2.5;
/** Background never comes closer than this to the threshold. */
const quietZ = 2.2;
/** Planted values keep clear of the threshold by more than floating-point noise. */
const margin = 1e-6;

interface Group {
  readonly unit: string;
  readonly members: number[];
}

function statistics(counts: Int32Array, members: readonly number[], replaced?: { index: number; count: number }) {
  let sum = 0;
  let squares = 0;
  for (const member of members) {
    const count = replaced && member === replaced.index ? replaced.count : counts[member];
    sum += count;
    squares += count * count;
  }
  const mean = sum / members.length;
  return { mean, deviation: Math.sqrt(Math.max(0, squares / members.length - mean * mean)) };
}

function zScore(counts: Int32Array, group: Group, index: number, count: number): number {
  const { mean, deviation } = statistics(counts, group.members, { index, count });
  return deviation > 0 ? (count - mean) / deviation : 0;
}

/** Trims the highest counts of a group until nobody (active or not) stands out. */
function quieten(counts: Int32Array, group: Group, others: readonly number[]): void {
  for (;;) {
    const { mean, deviation } = statistics(counts, group.members);
    if (deviation === 0) return;
    const limit = Math.floor(mean + quietZ * deviation - margin);
    let highest = -1;
    for (const member of [...group.members, ...others]) if (counts[member] > limit && (highest < 0 || counts[member] > counts[highest])) highest = member;
    if (highest < 0) return;
    counts[highest]--;
  }
}

export function planUseOfForce(context: PlantingContext, people: readonly Person[], scenarios: number): Int32Array {
  const { options } = context;
  const asOf = options.asOf;
  const windowStart = Math.max(asOf - 364, options.start);
  const counts = new Int32Array(people.length);
  const groups = new Map<string, Group>();
  const inactive = new Map<string, number[]>();
  for (const person of people) {
    const posting = currentPosting(person, asOf);
    const random = new Random(options.seed, streams.useOfForce, person.index);
    const from = Math.max(windowStart, person.startDay);
    const to = Math.min(asOf, person.endDay ?? asOf);
    const rate = posting.unitType.useOfForce * useOfForceFactor(person.category, posting.rank);
    if (to >= from && rate > 0) counts[person.index] = random.poisson((rate * (0.75 + random.next() * 0.5) * (to - from + 1)) / 365);
    if (posting.status === 'active') {
      const group = groups.get(posting.unit) ?? { unit: posting.unit, members: [] };
      group.members.push(person.index);
      groups.set(posting.unit, group);
    } else {
      inactive.set(posting.unit, [...(inactive.get(posting.unit) ?? []), person.index]);
    }
  }
  for (const group of groups.values()) quieten(counts, group, inactive.get(group.unit) ?? []);

  const candidates = new Map<number, Candidate>(context.candidates.map((candidate) => [candidate.index, candidate]));
  const usable = context.random.shuffle([...groups.values()].filter((group) => group.members.length >= 8));
  const used = new Set<string>();
  const plant = (kind: 'pattern' | 'near-miss', variant: string, choose: (group: Group, index: number) => number | null, describe: string) => {
    for (const group of usable) {
      if (used.has(group.unit)) continue;
      const member = group.members.map((index) => candidates.get(index)!).find((candidate) => candidate.stable && !context.isUsed(candidate.index));
      if (!member) continue;
      const count = choose(group, member.index);
      if (count === null) continue;
      used.add(group.unit);
      context.claim(member);
      counts[member.index] = count;
      const { mean, deviation } = statistics(counts, group.members);
      const zScoreValue = (count - mean) / deviation;
      context.record('use-of-force-peer-outlier', kind, variant, {
        people: [member],
        description: `${count} uses of force in the 365 days to ${isoDate(asOf)} against ${group.members.length} active peers in ${group.unit}: z = ${zScoreValue.toFixed(3)} (${describe}).`,
        measurements: { count, peerMean: mean, peerStdDev: deviation, zScore: zScoreValue, peerGroupSize: group.members.length, zThreshold, minCount: 3 },
      });
      return true;
    }
    return false;
  };

  /** Smallest count from `from` whose z-score reaches the threshold, or null. */
  const smallestOutlier = (group: Group, index: number, from: number): number | null => {
    for (let count = from; count < 400; count++) {
      const z = zScore(counts, group, index, count);
      if (Math.abs(z - zThreshold) < margin) return null;
      if (z >= zThreshold) return count;
    }
    return null;
  };
  const variants: [kind: 'pattern' | 'near-miss', name: string, choose: (group: Group, index: number) => number | null, describe: string][] = [
    ['pattern', 'just-over-threshold', (group, index) => smallestOutlier(group, index, 3), 'the smallest count reaching z 2.5'],
    [
      'pattern',
      'clear-outlier',
      (group, index) => {
        const count = smallestOutlier(group, index, 3);
        return count === null ? null : count + 4;
      },
      'well over z 2.5',
    ],
    [
      'near-miss',
      'just-below-threshold',
      (group, index) => {
        const count = smallestOutlier(group, index, 3);
        return count === null || count - 1 < 3 || Math.abs(zScore(counts, group, index, count - 1) - zThreshold) < margin ? null : count - 1;
      },
      'one fewer than the smallest count reaching z 2.5',
    ],
    [
      'near-miss',
      'below-minimum-count',
      (group, index) => (zScore(counts, group, index, 2) >= zThreshold + margin ? 2 : null),
      'z over 2.5 but fewer than 3 uses',
    ],
  ];
  for (const kind of ['pattern', 'near-miss'] as const) {
    const ofKind = variants.filter((entry) => entry[0] === kind);
    let planted = 0;
    for (let attempt = 0; planted < scenarios && attempt < scenarios * 3; attempt++) {
      const [, name, choose, describe] = ofKind[attempt % ofKind.length];
      if (plant(kind, name, choose, describe)) planted++;
    }
  }
  return counts;
}
