/** Shorthand for declaring requirements: one line each in the area files. */
import type { Capability } from '../../src/contract/index.js';
import type { Level, Profile, Requirement } from './requirement.js';

/** One requirement, in the order its fields are read: id, level, capability, profile, statement. */
export function requirement(id: string, level: Level, capability: Capability | null, profile: Profile, statement: string): Requirement {
  return { id, level, capability, profile, statement };
}
