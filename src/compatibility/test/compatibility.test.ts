/**
 * The breaking-change gate: each rule on a small document that breaks exactly one promise (and an
 * additive change that breaks none), the accepted-changes list, and the real gate over the
 * generated contract and every released v1 document.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AcceptedChange, judge } from '../accepted-changes.js';
import { breakingChanges, type OpenApiDocument } from '../document-compatibility.js';
import { defaultGatePaths, runGate } from '../gate.js';

const problem = { $ref: '#/components/schemas/Problem' };

/** v1.0.0 of a tiny contract: list widgets (public), create one. */
function released(): OpenApiDocument {
  return {
    openapi: '3.1.0',
    info: { version: '1.0.0' },
    security: [{ bearer: [] }],
    paths: {
      '/v1/widgets': {
        get: {
          security: [],
          parameters: [{ in: 'query', name: 'colour', required: false, schema: { type: 'string', enum: ['red', 'blue'] } }],
          responses: {
            '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/Widget' } } } },
            '400': { content: { 'application/problem+json': { schema: problem } } },
          },
        },
        post: {
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/WidgetRequest' } } } },
          responses: { '201': { content: { 'application/json': { schema: { $ref: '#/components/schemas/Widget' } } } } },
        },
      },
    },
    components: {
      schemas: {
        Widget: {
          type: 'object',
          properties: {
            id: { type: 'string' },
            colour: { type: 'string', enum: ['red', 'blue'] },
            size: { type: 'integer' },
            part: { oneOf: [{ type: 'object', properties: { kind: { const: 'bolt' } } }] },
            capability: { type: 'string', enum: ['a'], 'x-extensible-enum': true },
          },
          required: ['id', 'colour'],
        },
        WidgetRequest: {
          type: 'object',
          properties: { name: { type: 'string', maxLength: 100 }, tags: { type: 'array', items: { type: 'string' } }, count: { type: ['integer', 'null'] } },
          required: ['name'],
        },
        Problem: { type: 'object', 'x-plumbline-problem-types': [{ type: 'urn:x:not-found', status: 404 }] },
      },
    },
  } as unknown as OpenApiDocument;
}

type Mutation = (document: Record<string, any>) => void;
const schemas = (document: Record<string, any>) => document.components.schemas;

/** The findings of one change, with the minor version bumped as an additive change would need. */
function findingsAfter(change: Mutation): { rule: string; location: string }[] {
  const after = structuredClone(released()) as Record<string, any>;
  change(after);
  after.info.version = '1.1.0';
  return breakingChanges(released(), after as OpenApiDocument).map(({ rule, location }) => ({ rule, location }));
}

describe('the breaking-change rules', () => {
  it.each<[string, Mutation, { rule: string; location: string }]>([
    ['an operation removed', (d) => delete d.paths['/v1/widgets'].post, { rule: 'operation-removed', location: 'POST /v1/widgets' }],
    [
      'a parameter made required',
      (d) => (d.paths['/v1/widgets'].get.parameters[0].required = true),
      { rule: 'parameter-required', location: 'GET /v1/widgets parameter query colour' },
    ],
    [
      'a new required request field',
      (d) => schemas(d).WidgetRequest.required.push('tags'),
      { rule: 'request-property-required', location: '#/components/schemas/WidgetRequest/properties/tags' },
    ],
    [
      'a narrower request type',
      (d) => (schemas(d).WidgetRequest.properties.count.type = 'integer'),
      { rule: 'request-type-narrowed', location: '#/components/schemas/WidgetRequest/properties/count' },
    ],
    [
      'a narrower parameter enum',
      (d) => (d.paths['/v1/widgets'].get.parameters[0].schema.enum = ['red']),
      { rule: 'request-enum-narrowed', location: 'GET /v1/widgets parameter query colour' },
    ],
    [
      'a new bound on a request array (maxItems)',
      (d) => (schemas(d).WidgetRequest.properties.tags.maxItems = 50),
      { rule: 'request-bound-narrowed', location: '#/components/schemas/WidgetRequest/properties/tags' },
    ],
    [
      'a tighter request bound',
      (d) => (schemas(d).WidgetRequest.properties.name.maxLength = 60),
      { rule: 'request-bound-narrowed', location: '#/components/schemas/WidgetRequest/properties/name' },
    ],
    [
      'a request object closed',
      (d) => (schemas(d).WidgetRequest.additionalProperties = false),
      { rule: 'request-closed', location: '#/components/schemas/WidgetRequest' },
    ],
    [
      'a response field removed',
      (d) => delete schemas(d).Widget.properties.size,
      { rule: 'response-property-removed', location: '#/components/schemas/Widget/properties/size' },
    ],
    [
      'a response field no longer always sent',
      (d) => (schemas(d).Widget.required = ['id']),
      { rule: 'response-property-optional', location: '#/components/schemas/Widget/properties/colour' },
    ],
    [
      'a wider response enum',
      (d) => schemas(d).Widget.properties.colour.enum.push('green'),
      { rule: 'response-enum-widened', location: '#/components/schemas/Widget/properties/colour' },
    ],
    [
      'a wider response type',
      (d) => (schemas(d).Widget.properties.size.type = ['integer', 'null']),
      { rule: 'response-type-widened', location: '#/components/schemas/Widget/properties/size' },
    ],
    [
      'a new kind of answer in a union',
      (d) => schemas(d).Widget.properties.part.oneOf.push({ type: 'object', properties: { kind: { const: 'nut' } } }),
      { rule: 'response-variant-added', location: '#/components/schemas/Widget/properties/part/oneOf[kind="nut"]' },
    ],
    [
      'a success answer removed',
      (d) => (d.paths['/v1/widgets'].post.responses = { '202': d.paths['/v1/widgets'].post.responses['201'] }),
      { rule: 'response-status-removed', location: 'POST /v1/widgets 201' },
    ],
    ['a public operation secured', (d) => delete d.paths['/v1/widgets'].get.security, { rule: 'operation-secured', location: 'GET /v1/widgets' }],
    [
      'a problem type answered with another status',
      (d) => (schemas(d).Problem['x-plumbline-problem-types'][0].status = 410),
      { rule: 'problem-type-changed', location: 'urn:x:not-found' },
    ],
  ])('%s', (_title, change, expected) => {
    expect(findingsAfter(change)).toContainEqual(expected);
  });

  it('lets additive changes through: new fields, operations, error statuses, enum values of an open enum, a wider request', () => {
    const findings = findingsAfter((d) => {
      schemas(d).Widget.properties.weight = { type: 'number' };
      schemas(d).Widget.properties.capability.enum.push('b');
      schemas(d).WidgetRequest.properties.name.maxLength = 200;
      schemas(d).WidgetRequest.properties.colour = { type: 'string' };
      d.paths['/v1/widgets'].post.responses['409'] = { content: { 'application/problem+json': { schema: problem } } };
      d.paths['/v1/gadgets'] = { get: { responses: { '200': { content: { 'application/json': { schema: { type: 'object' } } } } } } };
      schemas(d).Problem['x-plumbline-problem-types'].push({ type: 'urn:x:gone', status: 410 });
    });
    expect(findings).toEqual([]);
  });

  it('takes a header v1.0.0 required through x-plumbline-justification as already required, and flags one it called optional', () => {
    const declared = (required: boolean) => (d: Record<string, any>) => {
      d.paths['/v1/widgets'].post['x-plumbline-justification'] = 'required';
      d.paths['/v1/widgets'].get['x-plumbline-justification'] = 'optional';
      const header = { in: 'header', name: 'Plumbline-Justification', required, schema: { type: 'string' } };
      d.paths['/v1/widgets'].post.parameters = [header];
      d.paths['/v1/widgets'].get.parameters.push(header);
    };
    const stated = (d: Record<string, any>) => {
      d.paths['/v1/widgets'].post['x-plumbline-justification'] = 'required';
      d.paths['/v1/widgets'].get['x-plumbline-justification'] = 'optional';
    };
    const releasedWithExtension = structuredClone(released()) as Record<string, any>;
    stated(releasedWithExtension);
    const after = structuredClone(releasedWithExtension);
    declared(true)(after);
    after.info.version = '1.1.0';
    const findings = breakingChanges(releasedWithExtension as OpenApiDocument, after as OpenApiDocument).map(({ rule, location }) => ({ rule, location }));
    expect(findings).toEqual([{ rule: 'parameter-required', location: 'GET /v1/widgets parameter header Plumbline-Justification' }]);
  });

  it('asks for a minor version for any change, and refuses a new major within v1', () => {
    const unchangedVersion = structuredClone(released()) as Record<string, any>;
    unchangedVersion.paths['/v1/gadgets'] = { get: { responses: {} } };
    expect(breakingChanges(released(), unchangedVersion as OpenApiDocument)).toContainEqual(expect.objectContaining({ rule: 'version-not-bumped' }));
    expect(breakingChanges(released(), released())).toEqual([]);
    const major = { ...released(), info: { version: '2.0.0' } } as OpenApiDocument;
    expect(breakingChanges(released(), major)).toContainEqual(expect.objectContaining({ rule: 'major-version-changed' }));
  });
});

describe('accepted breaking changes', () => {
  const finding = { rule: 'request-bound-narrowed', location: '#/components/schemas/WidgetRequest/properties/tags', detail: 'maxItems none → 50' };
  const entry: AcceptedChange = {
    rule: finding.rule,
    locations: [finding.location],
    reason: 'Unbounded arrays let one request exhaust the server; no real client sends more than 50 tags.',
    issue: 13,
    reviewedBy: 'lead',
  };

  it('accept a change only at the exact rule and location, and fail on an entry that matches nothing', () => {
    expect(judge([finding], [entry])).toMatchObject({ unaccepted: [], unused: [] });
    expect(judge([finding], [{ ...entry, locations: ['#/components/schemas/WidgetRequest'] }]).unaccepted).toEqual([finding]);
    expect(judge([], [entry]).unused).toEqual([{ rule: entry.rule, location: finding.location }]);
  });

  it('need a reason, an issue and a reviewer', () => {
    expect(AcceptedChange.safeParse({ ...entry, reason: 'ok' }).success).toBe(false);
    expect(AcceptedChange.safeParse({ rule: entry.rule, locations: entry.locations, reason: entry.reason }).success).toBe(false);
  });
});

describe('the gate over the real contract', () => {
  it('finds no unaccepted break between any released v1 document and the generated one', async () => {
    const verdict = await runGate(defaultGatePaths(fileURLToPath(new URL('../../../', import.meta.url))));
    const report = verdict.releases.flatMap((release) => release.unaccepted.map((one) => `${release.release}: ${one.rule} ${one.location} (${one.detail})`));
    expect(report, 'run `plumbline compat`; see docs/contract-compatibility.md').toEqual([]);
    expect(verdict.unused, 'accepted entries that match nothing: remove them').toEqual([]);
    expect(verdict.passed).toBe(true);
  });
});
