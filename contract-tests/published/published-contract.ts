/**
 * The contract read the way a bidder (or a black-box fuzzer) would: from the published OpenAPI
 * document alone. Operations are found by method and path template, values are validated with Ajv
 * against the document's own schemas, and the capability an operation needs is its
 * `x-plumbline-capability`. Nothing here comes from the gateway's or the engine's code: the
 * outsider and the contract fuzzer are built on it.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const documentPath = new URL('../../openapi/plumbline.v1.json', import.meta.url);
export const publishedDocument = JSON.parse(readFileSync(documentPath, 'utf8')) as {
  info: { version: string };
  paths: Record<string, Record<string, PublishedOperation>>;
  components: { schemas: Record<string, unknown> };
};

export interface PublishedParameter {
  readonly in: 'path' | 'query' | 'header';
  readonly name: string;
  readonly required?: boolean;
  readonly schema: Record<string, unknown>;
}

export interface PublishedOperation {
  readonly operationId: string;
  readonly parameters?: PublishedParameter[];
  readonly requestBody?: { required?: boolean; content: Record<string, { schema: unknown }> };
  readonly responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
  readonly security?: unknown[];
  readonly 'x-plumbline-capability'?: string | null;
  readonly 'x-plumbline-roles'?: string[];
  readonly 'x-plumbline-justification'?: 'required' | 'optional';
}

/** One invalid field, as problem details list them. */
export interface FieldError {
  readonly path: string;
  readonly message: string;
}

const ajv = new Ajv2020({ strict: false, allErrors: true });
(addFormats as unknown as (instance: Ajv2020) => void)(ajv);
ajv.addSchema(publishedDocument, 'plumbline.json');

const compiled = new Map<string, ValidateFunction>();

/** A validator for a schema of the document (a `$ref` or an inline schema holding refs). */
export function validatorFor(schema: unknown): ValidateFunction {
  const text = JSON.stringify(schema).replaceAll('"#/components/', '"plumbline.json#/components/');
  let validate = compiled.get(text);
  if (!validate) {
    validate = ajv.compile(JSON.parse(text));
    compiled.set(text, validate);
  }
  return validate;
}

/** Ajv's errors as field errors under a prefix (`/body`, `/records/3`). */
export function fieldErrors(errors: readonly ErrorObject[] | null | undefined, prefix: string): FieldError[] {
  return (errors ?? []).map((error) => {
    const extra =
      error.keyword === 'additionalProperties'
        ? `/${(error.params as { additionalProperty: string }).additionalProperty}`
        : error.keyword === 'required'
          ? `/${(error.params as { missingProperty: string }).missingProperty}`
          : '';
    return { path: `${prefix}${error.instancePath}${extra}`, message: error.message ?? 'invalid' };
  });
}

/** Every operation of the document with its method and path template. */
export function publishedOperations(): { method: string; template: string; operation: PublishedOperation }[] {
  return Object.entries(publishedDocument.paths).flatMap(([template, item]) =>
    Object.entries(item).map(([method, operation]) => ({ method: method.toUpperCase(), template, operation })),
  );
}

const templates = Object.entries(publishedDocument.paths).map(([template, item]) => {
  const names: string[] = [];
  const pattern = new RegExp(`^${template.replace(/\{([^}]+)\}/g, (_match, name: string) => (names.push(name), '([^/]+)'))}$`);
  return { template, item, pattern, names };
});

/** The operation a request is for, with its path parameters (still %-encoded), or undefined. */
export function findOperation(method: string, path: string): { operation: PublishedOperation; pathParameters: Record<string, string> } | undefined {
  for (const { item, pattern, names } of templates) {
    const match = pattern.exec(path);
    const operation = match && item[method.toLowerCase()];
    if (operation) return { operation, pathParameters: Object.fromEntries(names.map((name, index) => [name, match[index + 1]])) };
  }
  return undefined;
}
