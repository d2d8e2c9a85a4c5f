/**
 * Guards on merges of whole clusters (see `clustering.ts`): the combination the engine uses, and the
 * date-of-birth guard. The others are `identifier-conflicts.ts` (issued numbers no slip explains) and
 * `name-conflicts.ts` (names that agree in no way).
 */
import type { MergeGuard } from './clustering.js';
import { Level, compareDates } from './field-comparators.js';
import { dateIndex, fieldCount, type ProfileSet } from './profiles.js';

/** Several guards as one: a merge is allowed when every guard allows it. */
export class AllGuards implements MergeGuard {
  private readonly guards: readonly MergeGuard[];

  constructor(...guards: MergeGuard[]) {
    this.guards = guards;
  }

  allows(left: number, right: number, byScore: boolean): boolean {
    return this.guards.every((guard) => guard.allows(left, right, byScore));
  }

  joined(root: number, absorbed: number): void {
    for (const guard of this.guards) guard.joined(root, absorbed);
  }
}

const maximumDatesPerCluster = 8;

/**
 * Dates of birth that no slip explains, for merges made on a score. A record that holds only a name
 * ("Michael Doyle" on a complaint) scores alike against a father and a son of that name; once it
 * has joined one of them, the other's date of birth differs outright from the cluster's and the
 * second merge is refused. Merges on a shared identifier are not judged here: the identifier rule
 * has already weighed the dates of the pair that carries them.
 */
export class DateConflicts implements MergeGuard {
  private readonly merged = new Map<number, number[]>();
  private readonly leftScratch = [0];
  private readonly rightScratch = [0];

  constructor(private readonly profiles: ProfileSet) {}

  private datesOf(root: number, scratch: number[]): readonly number[] {
    const known = this.merged.get(root);
    if (known) return known;
    const id = this.profiles.valueIds[this.profiles.profileOfNode[root] * fieldCount + dateIndex];
    if (id < 0) return noDates;
    scratch[0] = id;
    return scratch;
  }

  allows(left: number, right: number, byScore: boolean): boolean {
    if (!byScore) return true;
    const leftDates = this.datesOf(left, this.leftScratch);
    const rightDates = this.datesOf(right, this.rightScratch);
    if (leftDates.length === 0 || rightDates.length === 0) return true;
    const values = this.profiles.fieldValues[dateIndex] as string[];
    for (const leftId of leftDates) {
      for (const rightId of rightDates) if (leftId === rightId || compareDates(values[leftId], values[rightId]) !== Level.different) return true;
    }
    return false;
  }

  joined(root: number, absorbed: number): void {
    const union = [...this.datesOf(root, this.leftScratch)];
    for (const date of this.datesOf(absorbed, this.rightScratch)) if (!union.includes(date) && union.length < maximumDatesPerCluster) union.push(date);
    this.merged.delete(absorbed);
    if (union.length > 0) this.merged.set(root, union);
  }
}

const noDates: readonly number[] = [];
