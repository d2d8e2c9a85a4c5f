/**
 * A property or parameter the ontology declares as a string holding JSON (Foundry has no map
 * type): written with `JSON.stringify`, read back through `jsonText(schema)`, which parses the
 * string and validates what it holds, so a malformed one is a 502 naming the property.
 */
import { z } from 'zod';

/** A string holding JSON of `schema`'s shape; parses to that shape. */
export function jsonText<Schema extends z.ZodType>(schema: Schema) {
  return z
    .string()
    .transform((text, context): unknown => {
      try {
        return JSON.parse(text);
      } catch {
        context.addIssue({ code: 'custom', message: 'is not JSON' });
        return z.NEVER;
      }
    })
    .pipe(schema);
}
