/**
 * Bounds on the contract's free-form values (extensions, detector parameters): JSON the contract
 * does not describe, so nothing else limits its shape. A value nested thousands of levels deep
 * overflowed the stack of whatever walked it later (a stored record became a poison record that
 * failed every later batch holding it), and a wide one cost time on every read. Each is checked
 * here, by a walk that keeps its own stack and stops at the first bound passed, so the check
 * itself costs at most the bounds, whatever it is sent.
 */
import { z } from 'zod';

/** Deepest nesting of objects and arrays in one free-form value (the value itself is level 1). */
export const MAX_FREE_FORM_DEPTH = 32;
/** Most JSON text one free-form value may take, in UTF-16 code units of its keys and strings, roughly bytes. */
export const MAX_FREE_FORM_SIZE = 16 * 1024;
/** Most keys a free-form map (extensions, parameters) may hold. */
export const MAX_FREE_FORM_KEYS = 100;

/** The text shown in the document beside a free-form value. */
export const freeFormBoundsText = `Each value nests at most ${MAX_FREE_FORM_DEPTH} levels of objects and arrays and takes at most ${MAX_FREE_FORM_SIZE / 1024} KiB of JSON.`;

/** What is wrong with a free-form value, or undefined when it is within the bounds. */
export function freeFormProblem(value: unknown): string | undefined {
  const pending: [unknown, number][] = [[value, 1]];
  let size = 0;
  while (pending.length > 0) {
    const [current, depth] = pending.pop()!;
    if (typeof current === 'string') size += current.length + 2;
    else size += 8;
    if (current !== null && typeof current === 'object') {
      if (depth > MAX_FREE_FORM_DEPTH) return `nests deeper than ${MAX_FREE_FORM_DEPTH} levels of objects and arrays`;
      if (Array.isArray(current)) {
        for (const item of current) pending.push([item, depth + 1]);
      } else {
        for (const [key, item] of Object.entries(current)) {
          size += key.length + 3;
          pending.push([item, depth + 1]);
        }
      }
    }
    if (size > MAX_FREE_FORM_SIZE) return `is larger than ${MAX_FREE_FORM_SIZE / 1024} KiB of JSON`;
  }
  return undefined;
}

/**
 * A map of free-form values under keys of `key`: at most `MAX_FREE_FORM_KEYS` keys, counted before
 * any key is checked, then each value within the depth and size bounds, reported at its own key.
 * `meta` is the map's metadata (its component id), given here because the key count is checked
 * by the map instance itself, which a later `.meta()` would copy without that check.
 */
export function freeFormMap(key: z.ZodString, meta: Record<string, unknown> = {}) {
  const map = z
    .record(key, z.unknown())
    .superRefine((values, context) => {
      for (const [name, value] of Object.entries(values)) {
        const problem = freeFormProblem(value);
        if (problem) context.addIssue({ code: 'custom', path: [name], message: `this value ${problem}` });
      }
    })
    .meta({ ...meta, maxProperties: MAX_FREE_FORM_KEYS });
  return countKeysFirst(map);
}

/**
 * zod checks every key of a map before any check of the map runs, slowly (5,000 keys took a tenth
 * of a second): this refuses an oversized map before that, as zod itself does for an array with a
 * maximum length. It hooks the instance's parse step, which is zod's own way of doing so.
 */
function countKeysFirst<Schema extends z.ZodType>(schema: Schema): Schema {
  const internals = schema._zod as unknown as { parse: (payload: { value: unknown; issues: unknown[] }, context: unknown) => unknown };
  const parse = internals.parse;
  internals.parse = (payload, context) => {
    const value = payload.value;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      let count = 0;
      for (const _name in value) {
        if (++count > MAX_FREE_FORM_KEYS) {
          payload.issues.push({
            code: 'custom',
            message: `holds more than ${MAX_FREE_FORM_KEYS} keys; at most ${MAX_FREE_FORM_KEYS} are allowed`,
            input: value,
            inst: schema,
            continue: false,
          });
          return payload;
        }
      }
    }
    return parse(payload, context);
  };
  return schema;
}
