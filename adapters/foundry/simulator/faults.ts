/**
 * Fault injection, switchable per test: each rule matches requests (method, path, action) and
 * injects one fault a given number of times. Faults that act before the platform processes the
 * request (error statuses, a drop, a delay) model an overloaded front door; faults after it (a
 * delay, a drop, a malformed body) model a platform that did the work but whose answer was lost or
 * spoiled — the case that tempts a connector into repeating a write.
 */

/** One fault. */
export type Fault =
  | { readonly kind: 'status'; readonly status: 429 | 500 | 502 | 503; readonly retryAfterSeconds?: number }
  | { readonly kind: 'slow'; readonly delayMs: number; readonly when: 'before' | 'after' }
  | { readonly kind: 'drop'; readonly when: 'before' | 'after' }
  | { readonly kind: 'malformed'; readonly variant: 'truncated' | 'wrong-type' };

/** Which requests a rule applies to; every given criterion must hold. */
export interface FaultMatch {
  readonly method?: string;
  /** A substring of, or a pattern for, the request path. */
  readonly path?: string | RegExp;
  /** An action type, for `apply` and `applyBatch` calls. */
  readonly action?: string;
}

/** A rule: which requests, what fault, how many times (default: until cleared). */
export interface FaultRule {
  readonly match?: FaultMatch;
  readonly fault: Fault;
  readonly times?: number;
}

interface ActiveRule {
  readonly rule: FaultRule;
  remaining: number;
}

/** The rules in force; tests add and clear them. */
export class FaultInjector {
  private rules: ActiveRule[] = [];
  /** How many faults were injected, for assertions. */
  injected = 0;

  /** Adds a rule; earlier rules win when several match. */
  add(rule: FaultRule): void {
    this.rules.push({ rule, remaining: rule.times ?? Number.POSITIVE_INFINITY });
  }

  /** Removes every rule. */
  clear(): void {
    this.rules = [];
  }

  /** The fault for this request, if a rule matches (and uses up one of its times). */
  take(method: string, path: string): Fault | undefined {
    const active = this.rules.find((candidate) => candidate.remaining > 0 && matches(candidate.rule.match, method, path));
    if (!active) return undefined;
    active.remaining -= 1;
    this.injected += 1;
    return active.rule.fault;
  }
}

function matches(match: FaultMatch | undefined, method: string, path: string): boolean {
  if (!match) return true;
  if (match.method && match.method.toUpperCase() !== method.toUpperCase()) return false;
  if (match.path !== undefined && !(typeof match.path === 'string' ? path.includes(match.path) : match.path.test(path))) return false;
  if (match.action !== undefined && !new RegExp(`/actions/${match.action}/apply(Batch)?$`).test(path.split('?')[0]!)) return false;
  return true;
}

/** Spoils a JSON body: cut short, or one property given a value of the wrong type. */
export function spoil(payload: string, variant: 'truncated' | 'wrong-type'): string {
  if (variant === 'truncated') return payload.slice(0, Math.max(1, Math.floor(payload.length / 2)));
  const body = JSON.parse(payload) as Record<string, unknown>;
  const target = (Array.isArray(body.data) && typeof body.data[0] === 'object' ? body.data[0] : body) as Record<string, unknown>;
  const property = Object.keys(target).find((name) => !name.startsWith('__') && typeof target[name] === 'string');
  if (property) target[property] = 42;
  else body.data = 'not a list';
  return JSON.stringify(body);
}
