/**
 * The Plumbline contract, v1: every resource as a zod schema. This is the single source of truth;
 * the OpenAPI document in `openapi/` and the client types in `src/client/` are generated from it.
 */
export * from './primitives.js';
export * from './free-form.js';
export * from './json-pointer.js';
export * from './problem.js';
export * from './meta.js';
export * from './sources.js';
export * from './protected-characteristics.js';
export * from './identity.js';
export * from './records.js';
export * from './ingest.js';
export * from './runs.js';
export * from './subjects.js';
export * from './overrides.js';
export * from './link-candidates.js';
export * from './detectors.js';
export * from './flags.js';
export * from './portability.js';
export * from './audit.js';
export * from './fairness.js';
export * from './parallel-run.js';
