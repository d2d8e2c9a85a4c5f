/**
 * The breaking-change gate's comparison of two OpenAPI 3.1 documents: the released v1 contract
 * (the promise to every v1 client) and the document the code generates now. It reports every
 * change that would break a client written against the released one (docs/contract-compatibility.md):
 * operations removed, parameters or bodies newly required, request schemas narrowed, response
 * schemas widened or emptied, success answers removed or added, public operations secured, problem
 * types removed or renumbered, and a contract that changed without a new minor version.
 */
import { SchemaComparison, type Finding, type JsonSchema } from './schema-compatibility.js';

export type { Finding } from './schema-compatibility.js';

type Operation = {
  parameters?: { in: string; name: string; required?: boolean; schema?: unknown }[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
  security?: unknown[];
  'x-plumbline-justification'?: 'required' | 'optional';
};
type Document = JsonSchema & { info: { version: string }; paths?: Record<string, Record<string, Operation>>; security?: unknown[] };

const methods = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];
const isSuccess = (status: string) => /^2\d\d$/.test(status);

function operationsOf(document: Document): Map<string, Operation> {
  const found = new Map<string, Operation>();
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of methods) if (item[method]) found.set(`${method.toUpperCase()} ${path}`, item[method]);
  }
  return found;
}

/**
 * v1.0.0 stated the justification header in an extension, not as a parameter: an operation it
 * marked `required` already refused a request without the header, so declaring it now breaks no one.
 */
function justificationOf(operation: Operation): NonNullable<Operation['parameters']> {
  const stated = operation['x-plumbline-justification'];
  return stated ? [{ in: 'header', name: 'Plumbline-Justification', required: stated === 'required' }] : [];
}

const isPublic = (operation: Operation, document: Document) => (operation.security ?? document.security ?? []).length === 0;

function compareOperation(
  name: string,
  before: Operation,
  after: Operation,
  documents: [Document, Document],
  schemas: SchemaComparison,
  findings: Finding[],
): void {
  const report = (rule: string, location: string, detail: string) => findings.push({ rule, location, detail });
  if (isPublic(before, documents[0]) && !isPublic(after, documents[1])) report('operation-secured', name, 'now needs credentials');

  const parameterKey = (parameter: { in: string; name: string }) => `${parameter.in} ${parameter.name.toLowerCase()}`;
  const oldParameters = new Map([...(before.parameters ?? []), ...justificationOf(before)].map((parameter) => [parameterKey(parameter), parameter]));
  for (const parameter of after.parameters ?? []) {
    const was = oldParameters.get(parameterKey(parameter));
    const location = `${name} parameter ${parameter.in} ${parameter.name}`;
    if (parameter.required && !was?.required) report('parameter-required', location, was ? 'now required' : 'a new required parameter');
    if (was) schemas.compare(was.schema, parameter.schema, 'request', location);
  }

  const [oldBody, newBody] = [before.requestBody, after.requestBody];
  if (newBody?.required && !oldBody?.required) report('request-body-required', `${name} request body`, oldBody ? 'now required' : 'a new required body');
  for (const [media, { schema }] of Object.entries(oldBody?.content ?? {})) {
    const now = newBody?.content?.[media];
    if (!now) report('request-media-removed', `${name} request body ${media}`, 'no longer accepted');
    else schemas.compare(schema, now.schema, 'request', `${name} request body ${media}`);
  }

  const [oldResponses, newResponses] = [before.responses ?? {}, after.responses ?? {}];
  for (const [status, response] of Object.entries(oldResponses)) {
    const now = newResponses[status];
    if (!now) {
      if (isSuccess(status)) report('response-status-removed', `${name} ${status}`, 'no longer answered');
      continue;
    }
    for (const [media, { schema }] of Object.entries(response.content ?? {})) {
      const location = `${name} ${status} ${media}`;
      const same = now.content?.[media];
      if (!same) report('response-media-removed', location, 'no longer sent');
      else schemas.compare(schema, same.schema, 'response', location);
    }
  }
  for (const status of Object.keys(newResponses)) {
    if (isSuccess(status) && !(status in oldResponses)) report('response-status-added', `${name} ${status}`, 'a success v1 clients do not expect');
  }
}

type ProblemTypes = { type: string; status: number }[];
const problemTypes = (document: Document): ProblemTypes | undefined =>
  (document.components as { schemas?: Record<string, JsonSchema> } | undefined)?.schemas?.Problem?.['x-plumbline-problem-types'] as ProblemTypes | undefined;

/** Problem kinds are what clients branch on: none may go or change status within v1. */
function compareProblemTypes(before: Document, after: Document, findings: Finding[]): void {
  const now = new Map((problemTypes(after) ?? []).map((entry) => [entry.type, entry.status]));
  for (const { type, status } of problemTypes(before) ?? []) {
    if (!now.has(type)) findings.push({ rule: 'problem-type-changed', location: type, detail: 'removed from the registry' });
    else if (now.get(type) !== status) findings.push({ rule: 'problem-type-changed', location: type, detail: `answered with ${now.get(type)}, was ${status}` });
  }
}

const versionParts = (version: string) => version.split('.').map(Number);

/** Additive changes bump the minor version; a major change needs a new path, never v1. */
function compareVersions(before: Document, after: Document, findings: Finding[]): void {
  const [oldMajor, oldMinor] = versionParts(before.info.version);
  const [newMajor, newMinor] = versionParts(after.info.version);
  if (newMajor !== oldMajor) {
    findings.push({
      rule: 'major-version-changed',
      location: 'info.version',
      detail: `${before.info.version} → ${after.info.version}: a new major version needs a new path, not v1`,
    });
    return;
  }
  const withoutVersion = (document: Document) => JSON.stringify({ ...document, info: { ...document.info, version: undefined } });
  if (withoutVersion(before) !== withoutVersion(after) && newMinor <= oldMinor) {
    findings.push({
      rule: 'version-not-bumped',
      location: 'info.version',
      detail: `the contract changed since ${before.info.version} but is still ${after.info.version}: bump the minor version`,
    });
  }
}

/** Every change from `released` to `current` that breaks a client of `released`. */
export function breakingChanges(released: Document, current: Document): Finding[] {
  const findings: Finding[] = [];
  const schemas = new SchemaComparison(released, current);
  const now = operationsOf(current);
  for (const [name, operation] of operationsOf(released)) {
    const after = now.get(name);
    if (!after) findings.push({ rule: 'operation-removed', location: name, detail: 'no longer served' });
    else compareOperation(name, operation, after, [released, current], schemas, findings);
  }
  compareProblemTypes(released, current, findings);
  compareVersions(released, current, findings);
  return [...findings, ...schemas.findings];
}

export type { Document as OpenApiDocument };
