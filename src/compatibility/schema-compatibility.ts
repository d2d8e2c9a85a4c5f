/**
 * Whether a v1 client still works with a changed JSON Schema, in the direction the data flows:
 *
 * - `request` (the client sends it): the new schema must accept everything the old one accepted.
 *   A new required field, a narrower type or enum, a tighter bound, a closed object: breaking.
 * - `response` (the client receives it): the new schema may only send what the old one allowed.
 *   A removed field, a field no longer always present, a wider type, a new enum value or a new
 *   variant: breaking — except for enums and unions marked `x-extensible-enum`, which clients are
 *   told to read as open (capabilities, say).
 *
 * References to the same named schema on both sides are compared once, as that component; where
 * the names differ the two are resolved and compared in place.
 */
export type Direction = 'request' | 'response';

/** A change that breaks a v1 client, where it is, and what it is. */
export interface Finding {
  readonly rule: string;
  readonly location: string;
  readonly detail: string;
}

export type JsonSchema = Record<string, unknown>;

const refPrefix = '#/components/schemas/';
const lowerBounds = ['minLength', 'minimum', 'exclusiveMinimum', 'minItems', 'minProperties'] as const;
const upperBounds = ['maxLength', 'maximum', 'exclusiveMaximum', 'maxItems', 'maxProperties'] as const;

const isObject = (value: unknown): value is JsonSchema => typeof value === 'object' && value !== null && !Array.isArray(value);
const refName = (schema: JsonSchema): string | undefined =>
  typeof schema.$ref === 'string' && schema.$ref.startsWith(refPrefix) ? schema.$ref.slice(refPrefix.length) : undefined;

/** The values a schema allows, when it lists them (`enum` or `const`). */
function allowedValues(schema: JsonSchema): unknown[] | undefined {
  if ('const' in schema) return [schema.const];
  return Array.isArray(schema.enum) ? schema.enum : undefined;
}

/** The JSON types a schema allows; undefined when it does not say (any type). */
function typesOf(schema: JsonSchema): Set<string> | undefined {
  if (typeof schema.type === 'string') return new Set(schema.type === 'integer' ? ['integer'] : [schema.type]);
  if (Array.isArray(schema.type)) return new Set(schema.type as string[]);
  return undefined;
}

/** Whether every type of `inner` is allowed by `outer` (an integer is a number). */
function typesWithin(inner: Set<string>, outer: Set<string>): boolean {
  return [...inner].every((type) => outer.has(type) || (type === 'integer' && outer.has('number')));
}

const same = (left: unknown, right: unknown) => JSON.stringify(left) === JSON.stringify(right);

/** The key that pairs the variants of two unions: their constant discriminator values, or their position. */
function variantKey(variant: JsonSchema, index: number, resolve: (schema: JsonSchema) => JsonSchema): string {
  const resolved = resolve(variant);
  const properties = isObject(resolved.properties) ? resolved.properties : {};
  const constants = Object.entries(properties)
    .map(([name, property]) => [name, isObject(property) ? allowedValues(resolve(property)) : undefined] as const)
    .filter(([, values]) => values?.length === 1)
    .map(([name, values]) => `${name}=${JSON.stringify(values![0])}`);
  return constants.length > 0 ? constants.sort().join('&') : `#${index}`;
}

export class SchemaComparison {
  readonly findings: Finding[] = [];
  private readonly compared = new Set<string>();

  constructor(
    private readonly oldDocument: JsonSchema,
    private readonly newDocument: JsonSchema,
  ) {}

  private component(document: JsonSchema, name: string): JsonSchema {
    const schemas = (document.components as { schemas?: Record<string, JsonSchema> } | undefined)?.schemas ?? {};
    return schemas[name] ?? {};
  }

  private report(rule: string, location: string, detail: string): void {
    this.findings.push({ rule, location, detail });
  }

  /** Compares the schema at `location` of the old and new documents, as data flowing in `direction`. */
  compare(oldSchema: unknown, newSchema: unknown, direction: Direction, location: string): void {
    if (!isObject(oldSchema) || !isObject(newSchema)) return;
    const [oldRef, newRef] = [refName(oldSchema), refName(newSchema)];
    if (oldRef !== undefined && oldRef === newRef) {
      const key = `${direction} ${oldRef}`;
      if (this.compared.has(key)) return;
      this.compared.add(key);
      return this.compare(this.component(this.oldDocument, oldRef), this.component(this.newDocument, newRef), direction, `${refPrefix}${oldRef}`);
    }
    // Two different components (`Record` answered, `RecordInput` accepted): compared once, by name.
    if (oldRef !== undefined && newRef !== undefined) {
      const pair = `${direction} ${oldRef}>${newRef}`;
      if (this.compared.has(pair)) return;
      this.compared.add(pair);
      location = `${refPrefix}${newRef} (was ${oldRef})`;
    }
    const before = oldRef === undefined ? oldSchema : this.component(this.oldDocument, oldRef);
    const after = newRef === undefined ? newSchema : this.component(this.newDocument, newRef);
    if (direction === 'request') this.requestRules(before, after, location);
    else this.responseRules(before, after, location);
    this.children(before, after, direction, location);
  }

  private requestRules(before: JsonSchema, after: JsonSchema, location: string): void {
    const [oldTypes, newTypes] = [typesOf(before), typesOf(after)];
    if (newTypes && (!oldTypes || !typesWithin(oldTypes, newTypes)))
      this.report('request-type-narrowed', location, `accepts ${[...newTypes].join('|')}, was ${oldTypes ? [...oldTypes].join('|') : 'any type'}`);
    const [oldValues, newValues] = [allowedValues(before), allowedValues(after)];
    if (newValues && (!oldValues || oldValues.some((value) => !newValues.some((one) => same(one, value))))) {
      this.report('request-enum-narrowed', location, `accepts ${JSON.stringify(newValues)}, was ${oldValues ? JSON.stringify(oldValues) : 'any value'}`);
    }
    for (const bound of lowerBounds) {
      const [was, now] = [before[bound] as number | undefined, after[bound] as number | undefined];
      if (now !== undefined && (was === undefined || now > was)) this.report('request-bound-narrowed', location, `${bound} ${was ?? 'none'} → ${now}`);
    }
    for (const bound of upperBounds) {
      const [was, now] = [before[bound] as number | undefined, after[bound] as number | undefined];
      if (now !== undefined && (was === undefined || now < was)) this.report('request-bound-narrowed', location, `${bound} ${was ?? 'none'} → ${now}`);
    }
    for (const keyword of ['pattern', 'format', 'multipleOf'] as const) {
      if (after[keyword] !== undefined && !same(after[keyword], before[keyword]))
        this.report('request-bound-narrowed', location, `${keyword} ${JSON.stringify(before[keyword] ?? null)} → ${JSON.stringify(after[keyword])}`);
    }
    const oldRequired = new Set((before.required as string[] | undefined) ?? []);
    for (const name of (after.required as string[] | undefined) ?? []) {
      if (!oldRequired.has(name)) this.report('request-property-required', `${location}/properties/${name}`, 'newly required');
    }
    if (after.additionalProperties === false && before.additionalProperties !== false)
      this.report('request-closed', location, 'fields it does not define are now refused');
  }

  private responseRules(before: JsonSchema, after: JsonSchema, location: string): void {
    const [oldTypes, newTypes] = [typesOf(before), typesOf(after)];
    if (oldTypes && (!newTypes || !typesWithin(newTypes, oldTypes)))
      this.report('response-type-widened', location, `may send ${newTypes ? [...newTypes].join('|') : 'any type'}, sent ${[...oldTypes].join('|')}`);
    const [oldValues, newValues] = [allowedValues(before), allowedValues(after)];
    const open = before['x-extensible-enum'] === true;
    if (oldValues && !open && (!newValues || newValues.some((value) => !oldValues.some((one) => same(one, value))))) {
      this.report('response-enum-widened', location, `may send ${newValues ? JSON.stringify(newValues) : 'any value'}, sent ${JSON.stringify(oldValues)}`);
    }
    const oldProperties = isObject(before.properties) ? before.properties : {};
    const newProperties = isObject(after.properties) ? after.properties : {};
    for (const name of Object.keys(oldProperties))
      if (!(name in newProperties)) this.report('response-property-removed', `${location}/properties/${name}`, 'no longer sent');
    const newRequired = new Set((after.required as string[] | undefined) ?? []);
    for (const name of (before.required as string[] | undefined) ?? []) {
      if (name in newProperties && !newRequired.has(name)) this.report('response-property-optional', `${location}/properties/${name}`, 'no longer always sent');
    }
  }

  private children(before: JsonSchema, after: JsonSchema, direction: Direction, location: string): void {
    const oldProperties = isObject(before.properties) ? before.properties : {};
    const newProperties = isObject(after.properties) ? after.properties : {};
    for (const [name, schema] of Object.entries(oldProperties)) {
      if (name in newProperties) this.compare(schema, newProperties[name], direction, `${location}/properties/${name}`);
      else if (direction === 'request' && after.additionalProperties === false)
        this.report('request-property-refused', `${location}/properties/${name}`, 'no longer accepted');
    }
    if (isObject(before.items) && isObject(after.items)) this.compare(before.items, after.items, direction, `${location}/items`);
    for (const keyword of ['oneOf', 'anyOf'] as const) this.variants(before, after, keyword, direction, location);
  }

  private variants(before: JsonSchema, after: JsonSchema, keyword: 'oneOf' | 'anyOf', direction: Direction, location: string): void {
    const [oldVariants, newVariants] = [(before[keyword] as JsonSchema[] | undefined) ?? [], (after[keyword] as JsonSchema[] | undefined) ?? []];
    if (oldVariants.length === 0 && newVariants.length === 0) return;
    const resolveOld = (schema: JsonSchema) => (refName(schema) ? this.component(this.oldDocument, refName(schema)!) : schema);
    const resolveNew = (schema: JsonSchema) => (refName(schema) ? this.component(this.newDocument, refName(schema)!) : schema);
    const oldByKey = new Map(oldVariants.map((variant, index) => [variantKey(variant, index, resolveOld), variant]));
    const newByKey = new Map(newVariants.map((variant, index) => [variantKey(variant, index, resolveNew), variant]));
    for (const [key, variant] of oldByKey) {
      const match = newByKey.get(key);
      if (match) this.compare(variant, match, direction, `${location}/${keyword}[${key}]`);
      else if (direction === 'request' && newVariants.length > 0)
        this.report('request-variant-removed', `${location}/${keyword}[${key}]`, 'no longer accepted');
    }
    if (direction === 'response' && oldVariants.length > 0 && before['x-extensible-enum'] !== true) {
      for (const key of newByKey.keys())
        if (!oldByKey.has(key)) this.report('response-variant-added', `${location}/${keyword}[${key}]`, 'a kind of answer v1 clients do not know');
    }
  }
}
