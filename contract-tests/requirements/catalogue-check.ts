/**
 * The catalogue's own consistency: every requirement is verified by at least one test, every test
 * names at least one requirement, and every name is a known one. The suite's tests run this over
 * the real catalogue (and over broken ones, to show the check can fail).
 */
import { capabilities } from '../../src/contract/index.js';
import type { TestGroup } from '../suite/conformance-test.js';
import type { Requirement } from './requirement.js';

/** Every inconsistency between the catalogue and the tests, as sentences; empty when there is none. */
export function catalogueProblems(requirements: readonly Requirement[], groups: readonly TestGroup[]): string[] {
  const problems: string[] = [];
  const known = new Set(requirements.map((requirement) => requirement.id));
  const verified = new Set<string>();
  for (const group of groups) {
    for (const test of group.tests) {
      if (test.requirements.length === 0) problems.push(`The test "${test.title}" (${group.title}) names no requirement.`);
      for (const id of test.requirements) {
        if (!known.has(id)) problems.push(`The test "${test.title}" names ${id}, which is not in the catalogue.`);
        verified.add(id);
      }
    }
  }
  for (const requirement of requirements) {
    if (!verified.has(requirement.id)) problems.push(`The requirement ${requirement.id} has no test.`);
    if (requirement.capability && !(capabilities as readonly string[]).includes(requirement.capability)) {
      problems.push(`The requirement ${requirement.id} belongs to an unknown capability "${requirement.capability}".`);
    }
    if (!/^[A-Z`].*[.)]$/.test(requirement.statement) || requirement.statement.includes('\n')) {
      problems.push(`The statement of ${requirement.id} is not one sentence: "${requirement.statement}".`);
    }
  }
  if (known.size !== requirements.length) problems.push('Two requirements share an id.');
  return problems;
}
