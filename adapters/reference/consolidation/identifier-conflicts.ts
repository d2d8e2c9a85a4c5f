/**
 * Clusters that cannot be one person. Links are decided pair by pair, and a pair sees only the
 * fields both of its nodes hold: a complaint naming "Ciaran Byrne" with a collar number and a vetting
 * file on another Ciaran Byrne with a staff number agree on everything they share. Each of them is
 * firmly tied to its own HR record, though, and the two HR records hold different staff numbers. So
 * a merge of two clusters is refused when, for some issued number (staff, warrant, payroll or NI),
 * both clusters hold values and no value of one is within one slip (exact, one character wrong, or
 * two neighbours swapped) of a value of the other: two people's numbers, not one person's typo.
 *
 * The evidence is weighed, not one field vetoing: clusters holding the same NI or payroll number
 * are one person even when their staff or warrant numbers differ (a rejoiner, a transferee, a
 * collar number changed on promotion), unless their NI numbers conflict — the one number kept for life.
 *
 * Usernames and emails are not used: a change of name (marriage) issues new ones to the same person.
 * Must-link overrides are never refused: the human has the last word.
 */
import { Level, compareIdentifiers } from './field-comparators.js';
import type { MergeGuard } from './clustering.js';
import { fieldCount, fieldIndex, type ProfileSet } from './profiles.js';

/** The issued numbers a person keeps for life. */
const conflictFields = [fieldIndex.staffNumber, fieldIndex.warrantNumber, fieldIndex.payrollNumber, fieldIndex.niNumber];
/** A cluster seldom holds more than a few spellings of one number; beyond this, more add little. */
const maximumValuesPerField = 16;

/** Tracks the issued numbers of each cluster during clustering (see `clustering.ts`). */
export class IdentifierConflicts implements MergeGuard {
  /** Value ids per conflict field, for clusters formed by merging; a lone node reads its profile. */
  private readonly merged = new Map<number, number[][]>();
  // Scratch lists for lone nodes, so that checking a merge allocates nothing.
  private readonly leftScratch = [0];
  private readonly rightScratch = [0];

  constructor(private readonly profiles: ProfileSet) {}

  /** The values of one field in the cluster rooted at `root` (possibly a scratch list: read it at once). */
  private valuesOf(root: number, index: number, scratch: number[]): readonly number[] {
    const known = this.merged.get(root);
    if (known) return known[index];
    const id = this.profiles.valueIds[this.profiles.profileOfNode[root] * fieldCount + conflictFields[index]];
    if (id < 0) return noValues;
    scratch[0] = id;
    return scratch;
  }

  /** Whether the clusters rooted at `left` and `right` could be one person. */
  allows(left: number, right: number): boolean {
    const niValuesLeft = this.valuesOf(left, niSlot, this.leftScratch);
    const niValuesRight = this.valuesOf(right, niSlot, this.rightScratch);
    if (!this.compatible(conflictFields[niSlot], niValuesLeft, niValuesRight)) return false;
    if (shareValue(niValuesLeft, niValuesRight)) return true;
    if (shareValue(this.valuesOf(left, payrollSlot, this.leftScratch), this.valuesOf(right, payrollSlot, this.rightScratch))) return true;
    for (let index = 0; index < conflictFields.length; index++) {
      const leftValues = this.valuesOf(left, index, this.leftScratch);
      const rightValues = this.valuesOf(right, index, this.rightScratch);
      if (!this.compatible(conflictFields[index], leftValues, rightValues)) return false;
    }
    return true;
  }

  private compatible(field: number, left: readonly number[], right: readonly number[]): boolean {
    if (left.length === 0 || right.length === 0) return true;
    const values = this.profiles.fieldValues[field] as string[];
    for (const leftId of left) {
      for (const rightId of right) {
        if (leftId === rightId || compareIdentifiers(values[leftId], values[rightId]) !== Level.different) return true;
      }
    }
    return false;
  }

  /** Records that `absorbed` joined `root`. */
  joined(root: number, absorbed: number): void {
    const lists = conflictFields.map((_, index) => {
      const union = [...this.valuesOf(root, index, this.leftScratch)];
      for (const value of this.valuesOf(absorbed, index, this.rightScratch)) {
        if (!union.includes(value) && union.length < maximumValuesPerField) union.push(value);
      }
      return union;
    });
    this.merged.delete(absorbed);
    if (lists.some((list) => list.length > 0)) this.merged.set(root, lists);
    else this.merged.delete(root);
  }
}

const noValues: readonly number[] = [];
const payrollSlot = conflictFields.indexOf(fieldIndex.payrollNumber);
const niSlot = conflictFields.indexOf(fieldIndex.niNumber);

/** Whether two lists of value ids hold one value in common. */
function shareValue(left: readonly number[], right: readonly number[]): boolean {
  for (const value of left) if (right.includes(value)) return true;
  return false;
}
