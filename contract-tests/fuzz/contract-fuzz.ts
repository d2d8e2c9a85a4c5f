/**
 * Contract-level property-based fuzzing: fast-check drives requests generated from the published
 * document (fuzz-request.ts) at the gateway over a fresh reference engine with authentication on,
 * and every answer is judged against the document (response-checks.ts). Run at a small count in
 * `npm test` and at ~10,000 requests by `plumbline fuzz`; a failing run replays from its seed.
 */
import fc from 'fast-check';
import { buildGateway } from '../../src/gateway/app.js';
import { createTestSecurity, TEST_JUSTIFICATION } from '../../src/gateway/testing/test-security.js';
import type { Role } from '../../src/contract/index.js';
import { injectFetch, INJECT_BASE_URL } from '../harness/inject-fetch.js';
import { temporaryReferenceAdapter } from '../harness/reference-target.js';
import { clientFor } from '../harness/target.js';
import { publishedOperations } from '../published/published-contract.js';
import { TargetApi } from '../suite/target-api.js';
import { employment, systemAccess } from '../suite/record-builders.js';
import { inventPerson } from '../suite/unique.js';
import { makeRequest, mutations, type KnownIds } from './fuzz-request.js';
import { checkAnswer, type Violation, type ViolationKind } from './response-checks.js';

export interface FuzzOptions {
  readonly requests: number;
  readonly seed?: number;
  readonly onProgress?: (done: number) => void;
}

export interface FuzzFigures {
  readonly seed: number;
  readonly requests: number;
  readonly operations: number;
  readonly byStatus: Record<string, number>;
  readonly byMutation: Record<string, number>;
  readonly violations: Record<ViolationKind, number>;
  /** The first violations of each kind, for the report. */
  readonly examples: string[];
  readonly seconds: number;
}

/** Ids worth asking for again, by the parameter name they fill. */
const idFields = ['sourceId', 'recordId', 'subjectId', 'flagId', 'runId', 'overrideId'];

function harvest(value: unknown, known: KnownIds, depth = 0): void {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) return value.slice(0, 10).forEach((item) => harvest(item, known, depth + 1));
  for (const [key, child] of Object.entries(value)) {
    if (idFields.includes(key) && typeof child === 'string') {
      const ids = known.get(key) ?? [];
      if (!ids.includes(child) && ids.length < 50) known.set(key, [...ids, child]);
    } else harvest(child, known, depth + 1);
  }
}

/** A little data first, so that reads and reviews find something: two officers, consolidated and flagged. */
async function seedTarget(fetch: typeof globalThis.fetch, token: string): Promise<void> {
  const api = new TargetApi(
    clientFor({ name: 'fuzz', kind: 'in-process', baseUrl: INJECT_BASE_URL, fetch, token, justification: TEST_JUSTIFICATION, close: async () => {} }),
  );
  for (const label of ['fuzz-a', 'fuzz-b']) {
    const person = inventPerson(label);
    await api.putSource(`${label}-hr`, 'hr');
    await api.putSource(`${label}-access`, 'access_audit');
    await api.ingest(`${label}-hr`, [employment(`${label}-emp`, person.identity)]);
    await api.ingest(
      `${label}-access`,
      Array.from({ length: 6 }, (_, index) => systemAccess(`${label}-acc${index}`, { username: person.identity.username }, `2026-01-1${index}`)),
    );
  }
  await api.consolidate();
  await api.flag('2026-01-31');
}

export async function runContractFuzz(options: FuzzOptions): Promise<FuzzFigures> {
  const started = performance.now();
  const seed = options.seed ?? Date.now() % 2 ** 31;
  const { security, tokenFor } = await createTestSecurity();
  const app = await buildGateway({ adapter: temporaryReferenceAdapter(), security });
  const fetch = injectFetch(app);
  const operations = publishedOperations();
  // A token per single role, and one per set of roles some operation does not allow ("wrong-role").
  const tokens = new Map<string, string>();
  const allRoles: Role[] = ['ingest', 'analyst', 'reviewer', 'auditor', 'admin'];
  for (const role of allRoles) tokens.set(role, await tokenFor([role], `fuzz-${role}`));
  for (const { operation } of operations) {
    const others = allRoles.filter((role) => !(operation['x-plumbline-roles'] ?? allRoles).includes(role));
    if (others.length > 0 && !tokens.has(others.join(','))) tokens.set(others.join(','), await tokenFor(others, 'fuzz-others'));
  }
  const tokenOf = (roles: readonly string[]) => tokens.get(roles.join(','))!;

  const known: KnownIds = new Map();
  const byStatus: Record<string, number> = {};
  const byMutation: Record<string, number> = {};
  const violations: Violation[] = [];
  let sent = 0;
  try {
    await seedTarget(fetch, await tokenFor(['ingest', 'analyst', 'reviewer', 'admin'], 'fuzz-seed'));
    const input = fc.record({
      operation: fc.nat({ max: operations.length - 1 }),
      mutation: fc.constantFrom(...mutations),
      seed: fc.integer({ min: 1, max: 2 ** 30 }),
    });
    await fc.assert(
      fc.asyncProperty(input, async ({ operation: index, mutation, seed: requestSeed }) => {
        const published = operations[index];
        const request = makeRequest(published, mutation, requestSeed, known, tokenOf);
        const response = await fetch(`${INJECT_BASE_URL}${request.path}`, { method: request.method, headers: request.headers, body: request.body });
        const body = request.method === 'HEAD' ? '' : await response.text();
        const answer = { status: response.status, contentType: response.headers.get('content-type') ?? '', body };
        sent += 1;
        byStatus[answer.status] = (byStatus[answer.status] ?? 0) + 1;
        byMutation[request.broken ? mutation : 'valid'] = (byMutation[request.broken ? mutation : 'valid'] ?? 0) + 1;
        if (answer.status < 300 && answer.contentType.startsWith('application/json')) harvest(JSON.parse(body || 'null'), known);
        violations.push(...checkAnswer(published.operation, request, answer));
        if (sent % 500 === 0) options.onProgress?.(sent);
        return true;
      }),
      { numRuns: options.requests, seed, endOnFailure: true },
    );
  } finally {
    await app.close();
  }
  const counts = Object.fromEntries(
    (['server-error', 'undocumented-status', 'undocumented-content-type', 'schema-violation', 'invalid-accepted', 'auth-ignored'] as ViolationKind[]).map(
      (kind) => [kind, violations.filter((one) => one.kind === kind).length],
    ),
  ) as Record<ViolationKind, number>;
  const examples = [...new Set(violations.map((one) => one.message))].slice(0, 20);
  return {
    seed,
    requests: sent,
    operations: operations.length,
    byStatus,
    byMutation,
    violations: counts,
    examples,
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
}

/** Whether the run found nothing the contract does not allow. */
export const clean = (figures: FuzzFigures) => Object.values(figures.violations).every((count) => count === 0);
