/**
 * Generated from the operations table: every route is either public or names an operation, and
 * every operation is called with a token for every role. A role the table allows gets a success;
 * any other gets 403 before the adapter is called. Changing the table changes this test, and the
 * table in docs/security.md must follow.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPublicRoute, needsJustification, operations, policyOf, type OperationId } from '../operations.js';
import { actingRole } from '../plugins/access-control.js';
import { createSecuredGateway, type SecuredGateway } from '../testing/test-security.js';
import { exampleRequests, withHeaders } from '../testing/example-requests.js';
import { roles } from '../../contract/index.js';

let gateway: SecuredGateway;
beforeAll(async () => {
  gateway = await createSecuredGateway();
});
afterAll(() => gateway.app.close());

describe('every route is accounted for', () => {
  it('each route names an operation of the table or is public, and each operation has a route', () => {
    for (const route of gateway.app.routePolicies) {
      expect(route.operation !== null || isPublicRoute(route.url), `${route.method} ${route.url}`).toBe(true);
    }
    const served = new Set(gateway.app.routePolicies.map((route) => route.operation));
    expect(Object.keys(operations).filter((operation) => !served.has(operation as OperationId))).toEqual([]);
    expect(gateway.app.routePolicies.filter((route) => route.operation === null).map((route) => route.url)).toEqual(
      expect.arrayContaining(['/healthz', '/readyz', '/openapi.json', '/docs']),
    );
  });
});

const matrix = (Object.keys(operations) as OperationId[]).flatMap((operation) => roles.map((role) => [operation, role] as const));

describe.each(matrix)('%s as %s', (operation, role) => {
  const allowed = policyOf(operation).roles.includes(role);

  it(allowed ? 'is allowed' : 'is refused with 403 before the adapter is called', async () => {
    const before = gateway.adapter.calls.length;
    const response = await gateway.app.inject(withHeaders(exampleRequests[operation], await gateway.headersFor(role)));
    if (allowed) {
      expect(response.statusCode, response.body).toBeLessThan(400);
    } else {
      expect(response.statusCode, response.body).toBe(403);
      expect(response.json()).toMatchObject({ type: 'urn:plumbline:problem:forbidden', status: 403 });
      expect(response.json().detail).toContain(operation);
      expect(gateway.adapter.calls.length).toBe(before);
    }
  });
});

describe('the documentation', () => {
  it('docs/security.md lists the roles and justification rule of every operation, as the table has them', async () => {
    const page = await readFile(fileURLToPath(new URL('../../../docs/security.md', import.meta.url)), 'utf8');
    const documented = Object.fromEntries(
      [...page.matchAll(/^\| `(\w+)` \| ([a-z, ]+?) \|(?: (required))? \|$/gm)].map(([, operation, listed, justification]) => [
        operation,
        { roles: listed.split(', '), justification: justification === 'required' },
      ]),
    );
    const table = Object.fromEntries(
      Object.entries(operations).map(([operation, policy]) => [operation, { roles: [...policy.roles], justification: needsJustification(policy) }]),
    );
    expect(documented).toEqual(table);
  });
});

describe('deny by default', () => {
  it('an operation whose roles are empty is refused to every role', () => {
    for (const role of roles) expect(actingRole({ capability: null, processing: 'none', roles: [] }, [role])).toBeNull();
  });

  it('a token with no known role is refused everywhere but public routes', async () => {
    const headers = await gateway.headersFor([]);
    for (const operation of Object.keys(operations) as OperationId[]) {
      expect((await gateway.app.inject(withHeaders(exampleRequests[operation], headers))).statusCode, operation).toBe(403);
    }
    expect((await gateway.app.inject('/healthz')).statusCode).toBe(200);
  });
});
