/**
 * One source of truth: the checked-in OpenAPI document and client types are exactly what the zod
 * schemas and routes produce, the document lints clean, and it publishes every route of v1.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildGateway } from '../app.js';
import { contractDocument, formatDocument } from '../contract-document.js';
import { createRecordingAdapter } from '../testing/recording-adapter.js';
import { generateClientTypes } from '../../client/generate-types.js';
import { needsJustification, operations } from '../operations.js';
import { problemKinds, problemType, type ProblemKind } from '../../contract/index.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixHint = 'run `npm run openapi` and commit the result';

describe('the published contract', () => {
  it('openapi/plumbline.v1.json is what the gateway serves at /openapi.json', async () => {
    const checkedIn = await readFile(`${root}openapi/plumbline.v1.json`, 'utf8');
    const app = await buildGateway({ adapter: createRecordingAdapter() });
    const served = (await app.inject('/openapi.json')).json();
    await app.close();
    expect(JSON.parse(checkedIn), fixHint).toEqual(served);
    expect(checkedIn, fixHint).toBe(formatDocument(await contractDocument()));
  });

  it('src/client/plumbline.v1.ts is what openapi-typescript generates from it', async () => {
    const checkedIn = await readFile(`${root}src/client/plumbline.v1.ts`, 'utf8');
    const document = JSON.parse(await readFile(`${root}openapi/plumbline.v1.json`, 'utf8'));
    expect(checkedIn, fixHint).toBe(await generateClientTypes(document));
    // openapi-typescript over the whole document is CPU-bound: on a loaded two-core machine it took over 30 s.
  }, 120_000);

  it('contains every route of v1 with an operation id, and names its components', async () => {
    const document = await contractDocument();
    const expected: Record<string, string[]> = {
      '/v1/meta': ['get'],
      '/v1/sources/{sourceId}': ['put', 'get'],
      '/v1/sources': ['get'],
      '/v1/sources/{sourceId}/records': ['post'],
      '/v1/sources/{sourceId}/records/{recordId}': ['get', 'delete'],
      '/v1/consolidation-runs': ['post'],
      '/v1/flagging-runs': ['post'],
      '/v1/imports': ['post'],
      '/v1/runs/{runId}': ['get'],
      '/v1/subjects': ['get'],
      '/v1/subjects/{subjectId}': ['get'],
      '/v1/subjects/{subjectId}/links': ['get'],
      '/v1/link-overrides': ['post', 'get'],
      '/v1/link-overrides/{overrideId}': ['delete'],
      '/v1/detectors': ['get'],
      '/v1/flags': ['get'],
      '/v1/flags/{flagId}': ['get'],
      '/v1/flags/{flagId}/reviews': ['post'],
      '/v1/export': ['get'],
      '/v1/audit-events': ['get'],
      '/healthz': ['get'],
      '/readyz': ['get'],
    };
    for (const [path, methods] of Object.entries(expected)) {
      for (const method of methods) {
        const operation = (document.paths?.[path] as Record<string, { operationId?: string }> | undefined)?.[method];
        expect(operation?.operationId, `${method.toUpperCase()} ${path}`).toBeTruthy();
      }
    }
    const schemas = Object.keys(document.components?.schemas ?? {});
    for (const name of [
      'Problem',
      'Meta',
      'Source',
      'Record',
      'EmploymentRecord',
      'Subject',
      'LinkExplanation',
      'LinkOverride',
      'Detector',
      'Flag',
      'Run',
      'ExportLine',
      'AuditEvent',
      'Role',
    ]) {
      expect(schemas).toContain(name);
    }
    expect(document.paths?.['/v1/imports']?.post?.requestBody).toMatchObject({ content: { 'application/x-ndjson': {} } });
    expect(document.paths?.['/v1/export']?.get?.responses?.['200']).toMatchObject({ content: { 'application/x-ndjson': {} } });
  });

  it('publishes each operation’s roles and justification rule from the operations table', async () => {
    const document = await contractDocument();
    const published = Object.values(document.paths ?? {}).flatMap((pathItem) =>
      Object.values(pathItem as Record<string, { operationId?: string; 'x-plumbline-roles'?: string[]; 'x-plumbline-justification'?: string }>),
    );
    for (const [operationId, policy] of Object.entries(operations)) {
      const operation = published.find((candidate) => candidate.operationId === operationId);
      expect(operation?.['x-plumbline-roles'], operationId).toEqual(policy.roles);
      expect(operation?.['x-plumbline-justification'], operationId).toBe(needsJustification(policy) ? 'required' : 'optional');
    }
  });

  it('says everything a client needs that route schemas cannot: problem types, capabilities, headers, refusals', async () => {
    const document = await contractDocument();
    type Operation = {
      operationId: string;
      responses: Record<string, { headers?: Record<string, unknown>; content?: Record<string, unknown> }>;
      'x-plumbline-capability'?: string | null;
    };
    const byId = new Map(
      Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
        Object.entries(item as Record<string, Operation>).map(([method, operation]) => [operation.operationId, { path, method, operation }] as const),
      ),
    );
    const problem = document.components?.schemas?.Problem as { 'x-plumbline-problem-types': { type: string; status: number }[]; description: string };
    for (const [kind, { status }] of Object.entries(problemKinds)) {
      expect(problem['x-plumbline-problem-types']).toContainEqual(expect.objectContaining({ type: problemType(kind as ProblemKind), status }));
      expect(problem.description).toContain(problemType(kind as ProblemKind));
      expect(await readFile(`${root}docs/problem-types.md`, 'utf8'), kind).toContain(`\`${problemType(kind as ProblemKind)}\` | ${status} |`);
    }
    for (const [id, { operation, method }] of byId) {
      const policy = operations[id as keyof typeof operations];
      expect(operation['x-plumbline-capability'], id).toBe(policy?.capability ?? null);
      // 501 only where a capability can be declined: runs, meta and the audit trail belong to none.
      expect('501' in operation.responses, id).toBe(Boolean(policy?.capability));
      if (method !== 'get') expect(Object.keys(operation.responses), id).toEqual(expect.arrayContaining(['413', '415']));
      for (const [status, header] of [
        ['202', 'Location'],
        ['308', 'Location'],
        ['401', 'WWW-Authenticate'],
        ['429', 'Retry-After'],
      ]) {
        if (status in operation.responses) expect(operation.responses[status].headers, `${id} ${status}`).toHaveProperty(header);
      }
    }
    expect(byId.get('getOpenapiDocument')?.path).toBe('/openapi.json');
    expect(byId.get('listSubjectLinks')?.operation.responses).toHaveProperty('308');
    const schemas = document.components?.schemas as Record<
      string,
      { minProperties?: number; additionalProperties?: unknown; properties?: Record<string, { items?: unknown }> }
    >;
    expect(schemas.RecordedIdentity.minProperties).toBe(1);
    // Records are held exactly as sent: a request carrying a field the contract does not define is refused.
    expect(schemas.RecordedIdentityInput.additionalProperties).toBe(false);
    expect(schemas.RecordedIdentity.additionalProperties).toBeUndefined();
    // Each item of a batch is judged on its own: a validating proxy must not refuse the batch for one.
    expect(schemas.IngestBatch.properties?.records.items).not.toHaveProperty('$ref');
  });

  it('every named schema has a description and an example', async () => {
    const document = await contractDocument();
    for (const [name, schema] of Object.entries(document.components?.schemas ?? {}) as [string, { description?: string; examples?: unknown[] }][]) {
      expect(schema.description, name).toBeTruthy();
      expect(schema.examples?.length, name).toBeGreaterThan(0);
    }
  });

  it('lints clean under Redocly’s recommended rules', async () => {
    const cli = `${root}node_modules/@redocly/cli/bin/cli.js`;
    const result = await promisify(execFile)(process.execPath, [cli, 'lint', 'openapi/plumbline.v1.json', '--format=summary'], { cwd: root }).catch(
      (error) => error,
    );
    const output = `${result.stdout}${result.stderr}`;
    expect(result.code ?? 0, output).toBe(0);
    expect(output).not.toMatch(/\b(error|warning) /);
  }, 60_000);
});
