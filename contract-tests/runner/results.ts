/**
 * The results of a run of the suite against one target: per test, then per requirement. Statuses
 * are richer than pass/fail so that a scorecard can tell "does not work" from "not offered" and
 * from "could not be checked here".
 */
import type { Meta } from '../../src/contract/index.js';
import type { Level, Profile, Requirement } from '../requirements/index.js';

/**
 * `pass`; `fail` (the target broke the requirement: observed and expected are given); `skip` (could
 * not be checked on this target: the reason is given); `not-offered` (the capability is not
 * claimed: CAP-001 checks that it is refused with 501); `error` (the harness or the target blew up).
 */
export type Status = 'pass' | 'fail' | 'skip' | 'not-offered' | 'error';
/** Every status, worst first after `pass`, as reports order them. */
export const statuses: readonly Status[] = ['pass', 'fail', 'error', 'skip', 'not-offered'];

/** What one conformance test found. */
export interface TestResult {
  readonly group: string;
  readonly title: string;
  readonly requirements: readonly string[];
  readonly status: Status;
  readonly durationMs: number;
  /** What went wrong (fail, error) or why it was not checked (skip, not-offered). */
  readonly message?: string;
  readonly observed?: string;
  readonly expected?: string;
}

/** A requirement with its status and the results of the tests that verified it. */
export interface RequirementResult extends Requirement {
  readonly status: Status;
  /** The tests that verified it, with their own results. */
  readonly tests: readonly TestResult[];
}

/** The target as its meta described it (or as it was named, when it could not be reached). */
export interface TargetDescription {
  readonly name: string;
  readonly kind: 'in-process' | 'http';
  readonly baseUrl: string;
  readonly adapter?: Meta['adapter'];
  readonly contractVersion?: string;
  readonly capabilities: readonly string[];
}

/** How many requirements of one level ended in each status. */
export type LevelSummary = Record<Status, number> & { readonly total: number };

/** One run of the suite against one target. */
export interface SuiteResult {
  readonly target: TargetDescription;
  readonly profile: Profile;
  readonly startedAt: string;
  readonly durationMs: number;
  readonly tests: readonly TestResult[];
  readonly requirements: readonly RequirementResult[];
  /** Requirements by level and status. */
  readonly summary: Record<Level, LevelSummary>;
  /** What the target offers, apart from how well it does it. */
  readonly coverage: Coverage;
}

/**
 * Coverage: which of the contract's capabilities the target offers. Reported apart from quality
 * (how well it meets the requirements of what it offers), so a partial bidder is neither failed
 * for what it declines nor ranked as if it offered everything.
 */
export interface Coverage {
  /** The contract's capabilities the target claims. */
  readonly offered: readonly string[];
  /** The contract's capabilities it declines. */
  readonly declined: readonly string[];
  /** Capabilities of the baseline profile it declines: empty when it covers the baseline. */
  readonly baselineDeclined: readonly string[];
  /** Requirements of the run that apply to what it offers (not `not-offered`), and all of them. */
  readonly applicableRequirements: number;
  readonly requirements: number;
}

/** A requirement's status from its tests': any failure fails it, a pass with no failure passes it. */
export function requirementStatus(tests: readonly TestResult[]): Status {
  const has = (status: Status) => tests.some((test) => test.status === status);
  if (has('fail')) return 'fail';
  if (has('error')) return 'error';
  if (has('pass')) return 'pass';
  if (has('not-offered')) return 'not-offered';
  return 'skip';
}

/** Counts requirements by level and status. */
export function summarise(requirements: readonly RequirementResult[]): Record<Level, LevelSummary> {
  const empty = (): LevelSummary => ({ pass: 0, fail: 0, skip: 0, 'not-offered': 0, error: 0, total: 0 });
  const summary: Record<Level, LevelSummary> = { MUST: empty(), SHOULD: empty(), MAY: empty() };
  for (const requirement of requirements) {
    const counts = summary[requirement.level] as Record<Status | 'total', number>;
    counts[requirement.status] += 1;
    counts.total += 1;
  }
  return summary;
}

/** Whether any MUST requirement failed or errored: the command exits non-zero then. */
export function mustFailed(result: SuiteResult): boolean {
  return result.summary.MUST.fail + result.summary.MUST.error > 0;
}

const failed = (test: TestResult) => test.status === 'fail' || test.status === 'error';

/**
 * The tests that failed or errored, each named by its requirements and title. A requirement takes
 * the worst of its tests, so comparing requirements would let a new failure hide behind an old one
 * of the same requirement; comparing tests cannot.
 */
export function failingTests(result: SuiteResult): string[] {
  return result.tests.filter(failed).map((test) => `${test.requirements.join(', ')}: ${test.title}`);
}

/** The verdict in words: every MUST met, or how many MUSTs are not and how many tests failed. */
export function verdict(result: SuiteResult): string {
  const musts = result.summary.MUST.fail + result.summary.MUST.error;
  if (musts === 0) return 'every MUST met';
  const tests = result.tests.filter(
    (test) => failed(test) && test.requirements.some((id) => result.requirements.find((one) => one.id === id)?.level === 'MUST'),
  ).length;
  return `${musts} MUST not met (${tests} failing test${tests === 1 ? '' : 's'})`;
}
