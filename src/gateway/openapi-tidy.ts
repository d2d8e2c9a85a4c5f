/**
 * Tidies the generated OpenAPI document. The zod type provider emits every named schema twice
 * (`X` for answers, `XInput` for requests) even where the two are identical; keeping only the
 * variants that really differ makes the published contract (and the generated client types)
 * readable. It also gives success responses the description of the schema they return.
 *
 * Answers are documented as open objects (no `additionalProperties: false`): v1 grows by adding
 * fields, so clients must ignore fields they do not know. Requests keep it where the contract is
 * strict (records, which are held exactly as sent): there an unknown field is refused.
 */
import type { OpenAPIV3_1 } from 'openapi-types';

type Json = unknown;
const refPrefix = '#/components/schemas/';

/** Rewrites references by `renames`, dropping `additionalProperties: false` unless the schema is a request variant. */
function rewriteRefs(value: Json, renames: Map<string, string>, keepClosed = false): Json {
  if (Array.isArray(value)) return value.map((item) => rewriteRefs(item, renames, keepClosed));
  if (value === null || typeof value !== 'object') return value;
  const result: Record<string, Json> = {};
  for (const [key, child] of Object.entries(value)) {
    if (key === 'additionalProperties' && child === false && !keepClosed) continue;
    if (key === '$ref' && typeof child === 'string' && child.startsWith(refPrefix)) {
      const name = child.slice(refPrefix.length);
      result[key] = refPrefix + (renames.get(name) ?? name);
    } else {
      result[key] = rewriteRefs(child, renames, keepClosed);
    }
  }
  return result;
}

/** Drops each `XInput` schema that is the same as `X` once references are folded the same way. */
export function tidyOpenapiDocument(document: OpenAPIV3_1.Document): OpenAPIV3_1.Document {
  const renames = new Map<string, string>();
  const schemas = Object.fromEntries(
    Object.entries(document.components?.schemas ?? {}).map(([name, schema]) => [name, rewriteRefs(schema, renames, name.endsWith('Input'))]),
  ) as Record<string, Json>;
  let changed = true;
  while (changed) {
    changed = false;
    for (const name of Object.keys(schemas)) {
      if (!name.endsWith('Input') || renames.has(name)) continue;
      const base = name.slice(0, -'Input'.length);
      if (!(base in schemas)) continue;
      const folded = JSON.stringify(rewriteRefs(schemas[name], renames, true));
      const baseFolded = JSON.stringify(rewriteRefs(schemas[base], renames, true));
      if (folded === baseFolded) {
        renames.set(name, base);
        changed = true;
      }
    }
  }
  for (const name of renames.keys()) delete schemas[name];

  const rest = rewriteRefs({ ...document, components: { ...document.components, schemas: {} } }, renames) as OpenAPIV3_1.Document;
  const kept = Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, rewriteRefs(schema, renames, true)]));
  let tidied = { ...rest, components: { ...rest.components, schemas: kept } } as OpenAPIV3_1.Document;
  for (let before = ''; before !== JSON.stringify(tidied);) {
    before = JSON.stringify(tidied);
    tidied = dropUnusedVariants(tidied);
  }
  describeResponses(tidied);
  return tidied;
}

/**
 * Request-only schemas exist as an unused answer variant `X` beside the `XInput` requests use:
 * drop the unused `X` and publish `XInput` under the plain name. An `XInput` nothing uses goes.
 */
function dropUnusedVariants(document: OpenAPIV3_1.Document): OpenAPIV3_1.Document {
  const schemas = { ...(document.components?.schemas ?? {}) } as Record<string, Json>;
  const text = JSON.stringify({ ...document, components: { ...document.components, schemas: {} } }) + JSON.stringify(schemas);
  const renames = new Map<string, string>();
  for (const name of Object.keys(schemas)) {
    if (!name.endsWith('Input')) continue;
    const base = name.slice(0, -'Input'.length);
    // A request variant no request uses (of an answer that holds a strict part) is noise.
    if (!text.includes(`"${refPrefix}${name}"`)) {
      delete schemas[name];
      continue;
    }
    if (base in schemas && !text.includes(`"${refPrefix}${base}"`)) {
      delete schemas[base];
      schemas[base] = schemas[name];
      delete schemas[name];
      renames.set(name, base);
    }
  }
  const sorted = Object.fromEntries(
    Object.keys(schemas)
      .sort()
      .map((name) => [name, rewriteRefs(schemas[name], renames, true)]),
  );
  const rest = rewriteRefs({ ...document, components: { ...document.components, schemas: {} } }, renames) as OpenAPIV3_1.Document;
  return { ...rest, components: { ...rest.components, schemas: sorted } } as OpenAPIV3_1.Document;
}

function describeResponses(document: OpenAPIV3_1.Document) {
  const schemas = (document.components?.schemas ?? {}) as Record<string, { description?: string }>;
  for (const pathItem of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(pathItem ?? {})) {
      const responses = (operation as OpenAPIV3_1.OperationObject).responses ?? {};
      for (const response of Object.values(responses) as OpenAPIV3_1.ResponseObject[]) {
        if (response.description !== 'Default Response') continue;
        const media = Object.values(response.content ?? {})[0] as { schema?: { $ref?: string; description?: string } } | undefined;
        const ref = media?.schema?.$ref;
        response.description = media?.schema?.description ?? (ref ? schemas[ref.slice(refPrefix.length)]?.description : undefined) ?? 'Success';
      }
    }
  }
}
