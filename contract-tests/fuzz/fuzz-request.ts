/**
 * One fuzzed request, made from the published document alone: values for every parameter and the
 * body generated from their JSON Schemas by json-schema-faker (seeded by fast-check, so any run
 * replays from its seed), then broken in one chosen way, or not at all. Ids are often ones the
 * target really holds (harvested from its answers), so reads find something to answer with.
 */
import { generateSync } from 'json-schema-faker';
import { publishedDocument, type PublishedOperation, type PublishedParameter } from '../published/published-contract.js';

/** How a request is broken: each has an answer the contract promises. */
export const mutations = [
  'valid',
  'valid',
  'valid',
  'invalid-body',
  'invalid-parameter',
  'no-token',
  'wrong-role',
  'no-justification',
  'wrong-content-type',
] as const;
export type Mutation = (typeof mutations)[number];

export interface FuzzRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
  readonly mutation: Mutation;
  /** Whether the mutation actually applied (a body to break, a role to withhold…); otherwise the request is sent valid. */
  readonly broken: boolean;
}

/** Ids the target answered with, by parameter name, so later requests can ask for them. */
export type KnownIds = Map<string, string[]>;

/** Generation drops `minProperties`, which json-schema-faker 0.6.3 cannot combine with closed objects. */
const generationComponents = JSON.parse(
  JSON.stringify(publishedDocument.components)
    .replace(/"minProperties":\d+,?/g, '')
    .replace(/,}/g, '}'),
);

export function fake(schema: unknown, seed: number): unknown {
  return generateSync(
    { ...(schema as object), components: generationComponents } as never,
    { seed, optionalsProbability: 0.7, maxItems: 3, useDefaultValue: false } as never,
  );
}

const pick = <Item>(items: readonly Item[], seed: number): Item => items[Math.abs(seed) % items.length];

function parameterValue(parameter: PublishedParameter, seed: number, known: KnownIds): unknown {
  const ids = known.get(parameter.name);
  if (ids?.length && seed % 5 < 3) return pick(ids, seed >> 3);
  return fake(parameter.schema, seed);
}

/** A value the parameter's schema refuses. */
function invalidValue(parameter: PublishedParameter): string {
  const schema = parameter.schema as { type?: string; enum?: unknown[]; $ref?: string; pattern?: string; maxLength?: number };
  if (schema.type === 'integer') return '-7.5';
  if (schema.enum || schema.$ref) return 'not-a-known-value';
  if (schema.pattern) return 'has spaces!';
  return 'x'.repeat((schema.maxLength ?? 200) + 1);
}

/** A body with one thing wrong that the schema forbids: a required field gone, or of the wrong type. */
function breakBody(body: unknown, seed: number): unknown {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return 42;
  const keys = Object.keys(body);
  if (keys.length === 0) return [];
  const key = pick(keys, seed);
  const value = (body as Record<string, unknown>)[key];
  return { ...body, [key]: typeof value === 'string' ? { not: 'a string' } : 'not-what-was-expected' };
}

export function makeRequest(
  { method, template, operation }: { method: string; template: string; operation: PublishedOperation },
  mutation: Mutation,
  seed: number,
  known: KnownIds,
  tokenFor: (roles: readonly string[]) => string,
): FuzzRequest {
  const parameters = operation.parameters ?? [];
  const roles = operation['x-plumbline-roles'] ?? [];
  let broken = false;
  let path = template;
  const query = new URLSearchParams();
  const breakable = parameters.filter((parameter) => parameter.in !== 'header');
  const victim = mutation === 'invalid-parameter' && breakable.length > 0 ? pick(breakable, seed) : undefined;
  parameters.forEach((parameter, index) => {
    if (parameter.in === 'header') return;
    if (parameter.in === 'query' && !parameter.required && (seed >> index) % 2 === 0 && parameter !== victim) return;
    const value = parameter === victim ? ((broken = true), invalidValue(parameter)) : parameterValue(parameter, seed + index * 7919, known);
    if (parameter.in === 'path') path = path.replace(`{${parameter.name}}`, encodeURIComponent(String(value)));
    else query.set(parameter.name, String(value));
  });

  const headers: Record<string, string> = {};
  const isPublic = Array.isArray(operation.security) && operation.security.length === 0;
  if (!isPublic) {
    const otherRoles = ['ingest', 'analyst', 'reviewer', 'auditor', 'admin'].filter((role) => !roles.includes(role));
    if (mutation === 'no-token') broken = true;
    else if (mutation === 'wrong-role' && otherRoles.length > 0) {
      broken = true;
      headers.authorization = `Bearer ${tokenFor(otherRoles)}`;
    } else headers.authorization = `Bearer ${tokenFor(roles.length ? [pick(roles, seed)] : [])}`;
  }
  if (mutation === 'no-justification' && operation['x-plumbline-justification'] === 'required') broken = true;
  else headers['plumbline-justification'] = 'FUZZ-CASE-0001';

  let body: string | undefined;
  const media = Object.keys(operation.requestBody?.content ?? {})[0];
  if (media) {
    const schema = operation.requestBody!.content[media].schema;
    if (media === 'application/x-ndjson') {
      const lines = [fake(schema, seed), fake(schema, seed + 1)];
      body = lines.map((line) => JSON.stringify(line)).join('\n') + '\n';
    } else {
      let value = fake(schema, seed);
      if (mutation === 'invalid-body') {
        broken = true;
        value = breakBody(value, seed);
      }
      body = JSON.stringify(value);
    }
    headers['content-type'] = media;
    if (mutation === 'wrong-content-type') {
      broken = true;
      headers['content-type'] = 'text/csv';
    }
  }
  const search = query.toString();
  return { method, path: search ? `${path}?${search}` : path, headers, body, mutation, broken };
}
