/**
 * The synthetic force generator: a deterministic, whole-force data set in the contract's record
 * format, with ground truth (whose record is whose), planted patterns and near-misses for every
 * standard detector, and demographics for bias audits. See docs/synthetic-force.md.
 */
export { synthesizeForce, type RegisteredSource, type SyntheticForce, type TruthfulRecord } from './force.js';
export { writeForce } from './writer.js';
export { readForce, type TruthEntry, type WrittenForce } from './reader.js';
export type { ForceManifest, RecordCounts } from './manifest.js';
export { defaultOptions, generatorVersion, periodEnd, type SynthOptions } from './options.js';
export type { SyntheticPerson } from './people.js';
export type { PlantedPattern } from './plan/types.js';
export { defaultNoise, type NoiseKind, type NoiseProfile } from './noise.js';
export { defaultProfile, forceProfiles, isProfileName, profileNames, type ForceProfile, type ProfileName } from './profiles.js';
