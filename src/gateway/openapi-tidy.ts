/**
 * Tidies the generated OpenAPI document. The zod type provider emits every named schema twice
 * (`X` for answers, `XInput` for requests) even where the two are identical; keeping only the
 * variants that really differ makes the published contract (and the generated client types)
 * readable. It also gives success responses the description of the schema they return.
 *
 * Answers are documented as open objects (no `additionalProperties: false`): v1 grows by adding
 * fields, so clients must ignore fields they do not know, and requests already ignore them.
 */
import type { OpenAPIV3_1 } from 'openapi-types';

type Json = unknown;
const refPrefix = '#/components/schemas/';

function rewriteRefs(value: Json, renames: Map<string, string>): Json {
  if (Array.isArray(value)) return value.map((item) => rewriteRefs(item, renames));
  if (value === null || typeof value !== 'object') return value;
  const result: Record<string, Json> = {};
  for (const [key, child] of Object.entries(value)) {
    if (key === 'additionalProperties' && child === false) continue;
    if (key === '$ref' && typeof child === 'string' && child.startsWith(refPrefix)) {
      const name = child.slice(refPrefix.length);
      result[key] = refPrefix + (renames.get(name) ?? name);
    } else {
      result[key] = rewriteRefs(child, renames);
    }
  }
  return result;
}

/** Drops each `XInput` schema that is the same as `X` once references are folded the same way. */
export function tidyOpenapiDocument(document: OpenAPIV3_1.Document): OpenAPIV3_1.Document {
  const renames = new Map<string, string>();
  const schemas = rewriteRefs({ ...(document.components?.schemas ?? {}) }, renames) as Record<string, Json>;
  let changed = true;
  while (changed) {
    changed = false;
    for (const name of Object.keys(schemas)) {
      if (!name.endsWith('Input') || renames.has(name)) continue;
      const base = name.slice(0, -'Input'.length);
      if (!(base in schemas)) continue;
      const folded = JSON.stringify(rewriteRefs(schemas[name], renames));
      const baseFolded = JSON.stringify(rewriteRefs(schemas[base], renames));
      if (folded === baseFolded) {
        renames.set(name, base);
        changed = true;
      }
    }
  }
  for (const name of renames.keys()) delete schemas[name];

  let tidied = rewriteRefs({ ...document, components: { ...document.components, schemas } }, renames) as OpenAPIV3_1.Document;
  for (let before = ''; before !== JSON.stringify(tidied); ) {
    before = JSON.stringify(tidied);
    tidied = dropUnusedVariants(tidied);
  }
  describeResponses(tidied);
  return tidied;
}

/**
 * Request-only schemas exist as an unused answer variant `X` beside the `XInput` requests use:
 * drop the unused `X` and publish `XInput` under the plain name.
 */
function dropUnusedVariants(document: OpenAPIV3_1.Document): OpenAPIV3_1.Document {
  const schemas = { ...(document.components?.schemas ?? {}) } as Record<string, Json>;
  const text = JSON.stringify({ ...document, components: { ...document.components, schemas: {} } }) + JSON.stringify(schemas);
  const renames = new Map<string, string>();
  for (const name of Object.keys(schemas)) {
    if (!name.endsWith('Input')) continue;
    const base = name.slice(0, -'Input'.length);
    if (base in schemas && !text.includes(`"${refPrefix}${base}"`)) {
      delete schemas[base];
      schemas[base] = schemas[name];
      delete schemas[name];
      renames.set(name, base);
    }
  }
  const sorted = Object.fromEntries(Object.keys(schemas).sort().map((name) => [name, schemas[name]]));
  return rewriteRefs({ ...document, components: { ...document.components, schemas: sorted } }, renames) as OpenAPIV3_1.Document;
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
