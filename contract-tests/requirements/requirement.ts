/**
 * What a requirement of the conformance suite is. Each one is a single, checkable sentence about
 * the contract's behaviour, with a level (RFC 2119 words), the capability it belongs to and the
 * profile that asks for it. Tests name the requirements they verify; the catalogue check fails when
 * a requirement has no test or a test names no requirement.
 */
import type { Capability } from '../../src/contract/index.js';

/** How binding a requirement is: a bidder must meet every MUST, should meet every SHOULD, may meet a MAY. */
export type Level = 'MUST' | 'SHOULD' | 'MAY';
/** The levels, most binding first. */
export const levels: readonly Level[] = ['MUST', 'SHOULD', 'MAY'];

/** `baseline`: what every bidder must meet; `full`: everything the contract defines. */
export type Profile = 'baseline' | 'full';
/** The profiles, narrowest first. */
export const profiles: readonly Profile[] = ['baseline', 'full'];

/** One requirement of the catalogue. */
export interface Requirement {
  /** Stable id such as `REC-003`: the prefix names the area, the number never changes meaning. */
  readonly id: string;
  readonly level: Level;
  /**
   * The capability the requirement belongs to; null when every target must meet it whatever it
   * claims (meta, problem format, pagination). A target that does not claim the capability gets
   * `not-offered` for the requirement, and CAP-001 checks that it refuses it with 501.
   */
  readonly capability: Capability | null;
  /** The narrowest profile that includes it: a baseline requirement is in the full profile too. */
  readonly profile: Profile;
  /** One sentence, shown next to every failure in the reports. */
  readonly statement: string;
}

/** Whether a requirement belongs to a profile (the full profile includes the baseline one). */
export function inProfile(requirement: Requirement, profile: Profile): boolean {
  return profile === 'full' || requirement.profile === 'baseline';
}

/** Declares the requirements of one area, keeping their ids unique within it. */
export function defineRequirements(area: string, requirements: readonly Requirement[]): readonly Requirement[] {
  const seen = new Set<string>();
  for (const requirement of requirements) {
    if (!requirement.id.startsWith(`${area}-`)) throw new Error(`Requirement ${requirement.id} is not in area ${area}.`);
    if (seen.has(requirement.id)) throw new Error(`Requirement ${requirement.id} is declared twice.`);
    seen.add(requirement.id);
  }
  return requirements;
}
