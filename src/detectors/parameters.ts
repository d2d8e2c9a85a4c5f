/**
 * A detector's parameters, declared once: the same declaration gives the zod schema that validates
 * a run's values (strict, defaults filled) and the `parameters` list `GET /v1/detectors` publishes,
 * so the published ranges cannot drift from the enforced ones.
 */
import { z } from 'zod';
import type { DetectorParameter } from '../contract/index.js';

/** An integer or decimal parameter with an inclusive range. */
export interface NumericParameterSpec {
  readonly type: 'integer' | 'number';
  readonly default: number;
  readonly minimum: number;
  readonly maximum: number;
  readonly description: string;
}

/** A list of strings, optionally restricted to known values. */
export interface StringListParameterSpec {
  readonly type: 'string-list';
  readonly default: readonly string[];
  /** The values an entry may take; any non-empty string when absent. */
  readonly allowed?: readonly string[];
  /** Fewest entries (default 0). */
  readonly minimumEntries?: number;
  readonly description: string;
}

export type ParameterSpec = NumericParameterSpec | StringListParameterSpec;
export type ParameterSpecs = Readonly<Record<string, ParameterSpec>>;

/** The validated values of a set of parameters. */
export type ParameterValues<Specs extends ParameterSpecs> = {
  -readonly [Name in keyof Specs]: Specs[Name] extends StringListParameterSpec ? string[] : number;
};

function numericSchema(spec: NumericParameterSpec) {
  let schema = z.number({ error: 'must be a number' });
  if (spec.type === 'integer') schema = schema.int({ error: 'must be a whole number' });
  return schema
    .min(spec.minimum, { error: `must be at least ${spec.minimum}` })
    .max(spec.maximum, { error: `must be at most ${spec.maximum}` })
    .default(spec.default);
}

function stringListSchema(spec: StringListParameterSpec) {
  const allowed = spec.allowed;
  const entry = allowed
    ? z.string({ error: 'must be a string' }).refine((value) => allowed.includes(value), { error: `must be one of ${allowed.join(', ')}` })
    : z.string({ error: 'must be a string' }).min(1, { error: 'must not be empty' });
  const minimumEntries = spec.minimumEntries ?? 0;
  return z
    .array(entry, { error: 'must be a list of strings' })
    .min(minimumEntries, { error: `must have at least ${minimumEntries} ${minimumEntries === 1 ? 'entry' : 'entries'}` })
    .default(() => [...spec.default]);
}

/** The schema (strict: unknown names refused; defaults filled) and the published list of a set of parameters. */
export function defineParameters<Specs extends ParameterSpecs>(specs: Specs): { schema: z.ZodType<ParameterValues<Specs>>; definitions: DetectorParameter[] } {
  const shape: Record<string, z.ZodType> = {};
  const definitions: DetectorParameter[] = [];
  for (const [name, spec] of Object.entries(specs)) {
    if (spec.type === 'string-list') {
      shape[name] = stringListSchema(spec);
      definitions.push({ name, type: spec.type, default: [...spec.default], description: spec.description });
    } else {
      shape[name] = numericSchema(spec);
      definitions.push({ name, type: spec.type, default: spec.default, minimum: spec.minimum, maximum: spec.maximum, description: spec.description });
    }
  }
  return { schema: z.strictObject(shape) as unknown as z.ZodType<ParameterValues<Specs>>, definitions };
}

/** The shared window-length parameter: most rules look back a number of days from the as-of date. */
export function windowDaysParameter(defaultDays: number, what: string, minimum = 1): NumericParameterSpec {
  return {
    type: 'integer',
    default: defaultDays,
    minimum,
    maximum: 3650,
    description: `Length of the window in days, ending on the as-of date inclusive: ${what}.`,
  };
}
