/**
 * How a conformance test says what went wrong. A `ConformanceFailure` is the target breaking a
 * requirement (status `fail`, with what was observed and what the contract expects); any other
 * exception is the harness or the target blowing up (status `error`). `SkipTest` ends a test that
 * cannot be checked on this target, with the reason.
 */
import { isDeepStrictEqual } from 'node:util';

export class ConformanceFailure extends Error {
  constructor(
    message: string,
    /** What the target did, in a form a reader can compare with `expected`. */
    readonly observed?: unknown,
    /** What the contract requires. */
    readonly expected?: unknown,
  ) {
    super(message);
    this.name = 'ConformanceFailure';
  }
}

/** Ends a test unchecked: `skip` (it cannot be observed here) or `not-offered` (what it checks is declined). */
export class SkipTest extends Error {
  constructor(
    readonly reason: string,
    readonly status: 'skip' | 'not-offered' = 'skip',
  ) {
    super(reason);
    this.name = 'SkipTest';
  }
}

/**
 * The target answered 501 `capability-unsupported`: a failure when it claims the capability, but
 * when it declines it, the test needed a capability it did not declare, and it is skipped with the
 * reason rather than counted against the target (the suite's blind spot is not the bidder's fault).
 */
export class DeclinedCapability extends ConformanceFailure {
  constructor(
    message: string,
    readonly capability: string,
    observed?: unknown,
    expected?: unknown,
  ) {
    super(message, observed, expected);
    this.name = 'DeclinedCapability';
  }
}

/** Fails the test unless `condition` holds. */
export function check(condition: unknown, message: string, observed?: unknown, expected?: unknown): asserts condition {
  if (!condition) throw new ConformanceFailure(message, observed, expected);
}

/**
 * Fails the test unless `observed` deeply equals `expected`. For objects, only the fields that
 * differ are reported (by path), so a long resource with one wrong field reads as that field.
 */
export function checkEqual<Value>(observed: unknown, expected: Value, message: string): asserts observed is Value {
  if (isDeepStrictEqual(observed, expected)) return;
  if (isObject(observed) && isObject(expected)) {
    const differences = differingPaths(observed, expected, '');
    const side = (index: 1 | 2) => Object.fromEntries(differences.map((difference) => [difference[0], difference[index] ?? '(absent)']));
    throw new ConformanceFailure(message, side(1), side(2));
  }
  throw new ConformanceFailure(message, observed, expected);
}

/** Records, not arrays: a list that differs is shown whole, which reads better than by index. */
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The paths at which two values differ, with each side's value there (the first 20). */
function differingPaths(left: unknown, right: unknown, path: string): [string, unknown, unknown][] {
  if (isDeepStrictEqual(left, right)) return [];
  if (!isObject(left) || !isObject(right)) return [[path || '/', left, right]];
  const keys = [...new Set([...Object.keys(left), ...Object.keys(right)])];
  return keys.flatMap((key) => differingPaths(left[key], right[key], `${path}/${key}`)).slice(0, 20);
}

/** A value as reports show it: JSON, shortened so that a huge answer does not drown the report. */
export function describeValue(value: unknown, maximumLength = 600): string {
  if (value === undefined) return '(nothing)';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > maximumLength ? `${text.slice(0, maximumLength)}… (${text.length} characters)` : text;
}
