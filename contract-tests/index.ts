/**
 * The Plumbline conformance suite: one suite, two harnesses. In an adapter's test file,
 * `runConformance({ adapter })` (in process) or `runConformance({ url, token })` (over HTTP);
 * programmatically, `runSuite(target)` with a target from `inProcessTarget` or `httpTarget`.
 */
export { runConformance, type RunConformanceOptions } from './runner/run-conformance.js';
export { runSuite, type SuiteOptions } from './runner/run-suite.js';
export { mustFailed, statuses, type RequirementResult, type Status, type SuiteResult, type TestResult } from './runner/results.js';
export { inProcessTarget, SUITE_ROLES, type AdapterMaker, type InProcessOptions } from './harness/in-process.js';
export { httpTarget, type HttpTargetOptions } from './harness/http.js';
export { referenceTarget } from './harness/reference-target.js';
export type { ConformanceTarget, Credentials } from './harness/target.js';
export type { UpstreamFault, UpstreamFaults } from './harness/upstream-faults.js';
export type { MadeAdapter } from './harness/in-process.js';
export { requirements, requirementById, baselineCapabilities, type Level, type Profile, type Requirement } from './requirements/index.js';
