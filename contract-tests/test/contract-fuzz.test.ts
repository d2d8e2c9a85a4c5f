/**
 * Contract-level fuzzing at a small count (`plumbline fuzz` runs ~10,000): generated valid and
 * broken requests against the gateway over the reference engine, every answer judged against the
 * published document. And the judge itself can fail: each check, on an answer that breaks it.
 */
import { describe, expect, it } from 'vitest';
import { runContractFuzz } from '../fuzz/contract-fuzz.js';
import { checkAnswer } from '../fuzz/response-checks.js';
import { publishedOperations } from '../published/published-contract.js';
import type { FuzzRequest } from '../fuzz/fuzz-request.js';

describe('the contract fuzzer', () => {
  it('finds no server error, undocumented answer, schema violation, accepted invalid input or ignored auth', async () => {
    const figures = await runContractFuzz({ requests: 200, seed: 20261206 });
    expect(figures.examples).toEqual([]);
    expect(figures.requests).toBe(200);
    // It reaches both sides: successes and every kind of refusal.
    expect(Object.keys(figures.byStatus)).toEqual(expect.arrayContaining(['200', '400', '401', '403', '404']));
  }, 120_000);

  it('judges answers by the document: each check fails on an answer that breaks it', () => {
    const getSource = publishedOperations().find(({ operation }) => operation.operationId === 'getSource')!.operation;
    const valid: FuzzRequest = { method: 'GET', path: '/v1/sources/hr', headers: {}, mutation: 'valid', broken: false };
    const problem = (status: number) => JSON.stringify({ type: 'urn:plumbline:problem:x', title: 'x', status });
    const kinds = (request: FuzzRequest, status: number, contentType: string, body: string) =>
      checkAnswer(getSource, request, { status, contentType, body }).map((one) => one.kind);
    expect(kinds(valid, 404, 'application/problem+json', problem(404))).toEqual([]);
    expect(kinds(valid, 500, 'application/problem+json', problem(500))).toContain('server-error');
    expect(kinds(valid, 418, 'application/problem+json', problem(418))).toContain('undocumented-status');
    expect(kinds(valid, 404, 'text/plain', 'Not Found')).toContain('undocumented-content-type');
    expect(kinds(valid, 200, 'application/json', JSON.stringify({ sourceId: 'hr' }))).toContain('schema-violation');
    expect(kinds({ ...valid, mutation: 'no-token', broken: true }, 404, 'application/problem+json', problem(404))).toContain('auth-ignored');
    expect(kinds({ ...valid, mutation: 'invalid-parameter', broken: true }, 200, 'application/json', '{}')).toContain('invalid-accepted');
  });
});
