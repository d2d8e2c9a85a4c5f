/**
 * Scoring pairs with a compiled model, and the rule for deterministic identifier links.
 *
 * Identifier rule: two nodes recording the same strong identifier (same field, same normalised
 * value) link on that identifier alone — unless the rest of their identities outweigh it. The
 * evidence is weighed, not vetoed on one field:
 * - an exact NI or payroll number is the strongest evidence there is (issued once for life, or by
 *   the system that pays the person): only names and date of birth all outright different outweigh
 *   it, a typed number that landed on a colleague's. A different staff or warrant number does not:
 *   rejoiners and transferees get new ones;
 * - any other shared identifier (a warrant or staff number, often typed by hand onto a form; a
 *   login) needs corroboration: it is outweighed by another issued number that differs outright (a
 *   reissued collar number), by a family name that differs with no given name or date of birth
 *   agreeing (a missing one does not rescue it), by given name and date of birth both different,
 *   and by names that agree in no way at all when both sides hold one.
 * A maiden name alone, or a nickname, never blocks an identifier link. An outweighed pair is not
 * dropped: it is scored without the shared identifier's weight, so the rest of its evidence can still
 * link it or put it before a person.
 */
import type { LinkExplanation } from '../../../src/contract/index.js';
import { comparisonLevels } from '../../../src/contract/index.js';
import { levelAt } from './comparison-vector.js';
import { Level, nameSimilarity } from './field-comparators.js';
import { levelCount, type CompiledModel } from './match-model.js';
import type { NormalisedName } from './normalise.js';
import {
  comparedFields,
  dateIndex,
  familyIndex,
  fieldCount,
  fieldIndex,
  givenIndex,
  postcodeIndex,
  strongFieldIndexes,
  nameValueOf,
  type ProfileSet,
} from './profiles.js';

/** One field's evidence in a link explanation. */
export type FieldComparison = NonNullable<LinkExplanation['comparisons']>[number];

/** Scores pairs of one profile set: the model's weights plus per-name term-frequency adjustments. */
export class PairScorer {
  private readonly givenAdjustments: Float64Array;
  private readonly familyAdjustments: Float64Array;
  // Prior plus weights per distinct vector: a force has a few thousand distinct vectors and millions
  // of pairs, so each is summed once.
  private readonly vectorScores = new Map<number, number>();

  constructor(
    readonly model: CompiledModel,
    private readonly profiles: ProfileSet,
  ) {
    const names = (field: number) => profiles.fieldValues[field] as NormalisedName[];
    this.givenAdjustments = Float64Array.from(names(givenIndex), (name) => model.givenAdjustment(name.joined));
    this.familyAdjustments = Float64Array.from(names(familyIndex), (name) => model.familyAdjustment(name.joined));
  }

  /** The weight one field contributes, including the term-frequency adjustment of an exact name. */
  fieldWeight(vector: number, left: number, field: number): number {
    const level = levelAt(vector, field);
    let weight = this.model.weights[field * levelCount + level];
    if (level === Level.exact && (field === givenIndex || field === familyIndex)) {
      const id = this.profiles.valueIds[left * fieldCount + field];
      weight += field === givenIndex ? this.givenAdjustments[id] : this.familyAdjustments[id];
    }
    return weight;
  }

  /** The pair's score: prior log2-odds plus every field's weight. */
  score(vector: number, left: number): number {
    let score = this.vectorScores.get(vector);
    if (score === undefined) {
      score = this.model.prior;
      for (let field = 0; field < fieldCount; field++) score += this.model.weights[field * levelCount + levelAt(vector, field)];
      this.vectorScores.set(vector, score);
    }
    const base = left * fieldCount;
    if (levelAt(vector, givenIndex) === Level.exact) score += this.givenAdjustments[this.profiles.valueIds[base + givenIndex]];
    if (levelAt(vector, familyIndex) === Level.exact) score += this.familyAdjustments[this.profiles.valueIds[base + familyIndex]];
    return score;
  }

  /**
   * Every field either side holds, with its level, weight and (for names) Jaro-Winkler similarity:
   * the per-field evidence of a probabilistic link's explanation.
   */
  explain(vector: number, left: number, right: number): FieldComparison[] {
    const comparisons: FieldComparison[] = [];
    for (let field = 0; field < fieldCount; field++) {
      const leftId = this.profiles.valueIds[left * fieldCount + field];
      const rightId = this.profiles.valueIds[right * fieldCount + field];
      if (leftId < 0 && rightId < 0) continue;
      const level = levelAt(vector, field);
      const comparison: FieldComparison = {
        field: comparedFields[field],
        level: comparisonLevels[level],
        weight: round(this.fieldWeight(vector, left, field)),
      };
      if ((field === givenIndex || field === familyIndex) && leftId >= 0 && rightId >= 0) {
        comparison.similarity = round(nameSimilarity(nameValueOf(this.profiles, left, field)!, nameValueOf(this.profiles, right, field)!));
      }
      comparisons.push(comparison);
    }
    return comparisons;
  }
}

/** Rounded for display (explanations are read by people; 3 decimals are plenty). */
export function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** The first strong identifier field on which the pair agrees exactly, or -1. */
export function sharedIdentifierField(vector: number): number {
  for (const field of strongFieldIndexes) if (levelAt(vector, field) === Level.exact) return field;
  return -1;
}

const isAgreement = (level: number): boolean => level !== Level.different && level !== Level.missing;
/** Agreement that names a person: not an initial or a loose likeness (`similar`). */
const isNameAgreement = (level: number): boolean => level === Level.exact || level === Level.close || level === Level.nickname || level === Level.transposed;
const issuedFieldIndexes = [fieldIndex.staffNumber, fieldIndex.warrantNumber, fieldIndex.payrollNumber, fieldIndex.niNumber] as const;
const lifetimeFieldIndexes = [fieldIndex.payrollNumber, fieldIndex.niNumber] as const;

/** Whether the rest of the identity outweighs a shared identifier (see the rule above). */
export function contradictsSharedIdentifier(vector: number, sharedField: number): boolean {
  const given = levelAt(vector, givenIndex);
  const family = levelAt(vector, familyIndex);
  const date = levelAt(vector, dateIndex);
  if (lifetimeFieldIndexes.some((field) => levelAt(vector, field) === Level.exact)) {
    return family === Level.different && given === Level.different && date === Level.different;
  }
  for (const field of issuedFieldIndexes) if (field !== sharedField && levelAt(vector, field) === Level.different) return true;
  for (const field of strongFieldIndexes) if (field !== sharedField && levelAt(vector, field) === Level.exact) return false;
  const dateAgrees = isAgreement(date);
  if (family === Level.different && !isNameAgreement(given) && !dateAgrees) return true;
  if (given === Level.different && date === Level.different) return true;
  const bothNamed = given !== Level.missing && family !== Level.missing;
  return bothNamed && !isAgreement(given) && !isAgreement(family) && !dateAgrees && levelAt(vector, postcodeIndex) !== Level.exact;
}
